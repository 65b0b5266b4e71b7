'use strict';
// CommonJS: node's resolution algorithm (files, directories, node_modules, package.json
// main/exports/imports), the module cache, cycles, and the module wrapper.

const path = require('path');
const { BuiltinModule } = require('internal/bootstrap/realm');
const { internalModuleStat, readFileUtf8, realpath: realpathNative } = internalBinding('fs');
const { compileFunction } = internalBinding('contextify');
const { getOptionValue } = require('internal/options');
const { registerSource } = require('internal/source_registry');
const { markWrapped } = require('internal/util/stack_trace');
const {
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_INVALID_MODULE_SPECIFIER, ERR_INVALID_PACKAGE_CONFIG, ERR_INVALID_PACKAGE_TARGET,
    ERR_PACKAGE_IMPORT_NOT_DEFINED, ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_REQUIRE_ESM, ERR_UNKNOWN_BUILTIN_MODULE,
    ERR_DLOPEN_FAILED,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');

const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];
const kIsMainSymbol = Symbol('kIsMainSymbol');
const preserveSymlinks = getOptionValue('--preserve-symlinks') === true;
const preserveSymlinksMain = getOptionValue('--preserve-symlinks-main') === true;
const userConditions = getOptionValue('--conditions');
const cjsConditions = new Set(['require', 'node', 'node-addons', ...userConditions]);

function stat(filename) {
  return internalModuleStat(filename);
}

const realpathCache = new Map();
function toRealPath(requestPath) {
  let real = realpathCache.get(requestPath);
  if (real === undefined) {
    real = realpathNative(requestPath);
    realpathCache.set(requestPath, real);
  }
  return real;
}

// ---- package.json ----
const packageJsonCache = new Map();
function readPackage(dir) {
  const jsonPath = path.resolve(dir, 'package.json');
  if (packageJsonCache.has(jsonPath)) return packageJsonCache.get(jsonPath);
  let json;
  try {
    json = readFileUtf8(jsonPath);
  } catch {
    packageJsonCache.set(jsonPath, false);
    return false;
  }
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    const err = new ERR_INVALID_PACKAGE_CONFIG(jsonPath, undefined, e.message);
    err.path = jsonPath;
    throw err;
  }
  const pkg = {
    name: typeof parsed.name === 'string' ? parsed.name : undefined,
    main: typeof parsed.main === 'string' ? parsed.main : undefined,
    exports: parsed.exports,
    imports: parsed.imports,
    type: parsed.type === 'module' || parsed.type === 'commonjs' ? parsed.type : 'none',
    path: jsonPath,
  };
  packageJsonCache.set(jsonPath, pkg);
  return pkg;
}

function readPackageScope(checkPath) {
  const rootSeparatorIndex = checkPath.indexOf('/');
  let separatorIndex;
  do {
    separatorIndex = checkPath.lastIndexOf('/');
    checkPath = checkPath.slice(0, separatorIndex);
    if (checkPath.endsWith('/node_modules')) return false;
    const pjson = readPackage(checkPath + '/');
    if (pjson) return { data: pjson, path: checkPath };
  } while (separatorIndex > rootSeparatorIndex);
  return false;
}

// ---- exports / imports resolution (node's PACKAGE_*_RESOLVE with CommonJS conditions) ----
function isConditionalExportsMainSugar(exports, pkgPath) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.keys(exports);
  let isConditional = false;
  for (let i = 0; i < keys.length; i++) {
    const cur = keys[i] === '' || keys[i][0] !== '.';
    if (i === 0) {
      isConditional = cur;
    } else if (isConditional !== cur) {
      throw new ERR_INVALID_PACKAGE_CONFIG(`${pkgPath}package.json`, undefined,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isConditional;
}

const invalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

function resolvePackageTargetString(target, subpath, match, pkgPath, base, pattern, internal) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw new ERR_INVALID_PACKAGE_TARGET(pkgPath, match, target, internal, base);
  }
  if (!target.startsWith('./')) {
    if (internal && !target.startsWith('../') && !target.startsWith('/')) {
      const exportTarget = pattern ? target.replaceAll('*', subpath) : target + subpath;
      return { bare: exportTarget };
    }
    throw new ERR_INVALID_PACKAGE_TARGET(pkgPath, match, target, internal, base);
  }
  if (invalidSegmentRegEx.test(target.slice(2))) {
    throw new ERR_INVALID_PACKAGE_TARGET(pkgPath, match, target, internal, base);
  }
  const resolved = path.resolve(pkgPath, target);
  if (pattern) return resolved.replaceAll('*', subpath);
  return resolved + subpath;
}

function resolvePackageTarget(pkgPath, target, subpath, packageSubpath, base, pattern, internal) {
  if (typeof target === 'string') {
    return resolvePackageTargetString(target, subpath, packageSubpath, pkgPath, base, pattern, internal);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (const t of target) {
      let resolved;
      try {
        resolved = resolvePackageTarget(pkgPath, t, subpath, packageSubpath, base, pattern, internal);
      } catch (e) {
        lastException = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastException = null;
        continue;
      }
      return resolved;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  }
  if (typeof target === 'object' && target !== null) {
    for (const key of Object.keys(target)) {
      if (/^\d+$/.test(key)) {
        throw new ERR_INVALID_PACKAGE_CONFIG(`${pkgPath}package.json`, base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const key of Object.keys(target)) {
      if (key === 'default' || cjsConditions.has(key)) {
        const resolved = resolvePackageTarget(pkgPath, target[key], subpath, packageSubpath, base, pattern, internal);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw new ERR_INVALID_PACKAGE_TARGET(pkgPath, packageSubpath, target, internal, base);
}

function patternKeyCompare(a, b) {
  const aPatternIndex = a.indexOf('*');
  const bPatternIndex = b.indexOf('*');
  const baseLenA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLenB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Resolves `matchKey` against an exports or imports map. Returns a path, a `{ bare }` specifier, or throws.
function resolveInMap(map, matchKey, pkgPath, base, internal, notFound) {
  if (Object.hasOwn(map, matchKey) && !matchKey.includes('*')) {
    const resolved = resolvePackageTarget(pkgPath, map[matchKey], '', matchKey, base, false, internal);
    if (resolved == null) throw notFound();
    return resolved;
  }
  let bestMatch = '';
  let bestMatchSubpath;
  for (const key of Object.keys(map)) {
    const patternIndex = key.indexOf('*');
    if (patternIndex !== -1 && matchKey.startsWith(key.slice(0, patternIndex))) {
      const patternTrailer = key.slice(patternIndex + 1);
      if (matchKey.length >= key.length && matchKey.endsWith(patternTrailer) &&
          patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === patternIndex) {
        bestMatch = key;
        bestMatchSubpath = matchKey.slice(patternIndex, matchKey.length - patternTrailer.length);
      }
    }
  }
  if (bestMatch) {
    const resolved = resolvePackageTarget(pkgPath, map[bestMatch], bestMatchSubpath, bestMatch, base, true, internal);
    if (resolved == null) throw notFound();
    return resolved;
  }
  throw notFound();
}

function packageExportsResolve(pkgPath, packageSubpath, exports, base) {
  if (isConditionalExportsMainSugar(exports, pkgPath)) exports = { '.': exports };
  return resolveInMap(exports, packageSubpath, pkgPath, base, false,
    () => new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgPath, packageSubpath, base));
}

function resolveExports(nmPath, request) {
  const m = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  if (!m) return undefined;
  const pkgPath = path.resolve(nmPath, m[1]);
  const pkg = readPackage(pkgPath);
  if (pkg && pkg.exports != null) {
    const resolved = packageExportsResolve(`${pkgPath}/`, `.${m[2] || ''}`, pkg.exports, undefined);
    return finalizeEsmResolution(resolved, pkgPath, request);
  }
  return undefined;
}

function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const scope = readPackageScope(parentPath);
  if (!scope || scope.data.exports == null || scope.data.name === undefined) return false;
  const { name } = scope.data;
  let expansion;
  if (request === name) expansion = '.';
  else if (request.startsWith(`${name}/`)) expansion = `.${request.slice(name.length)}`;
  else return false;
  const resolved = packageExportsResolve(`${scope.path}/`, expansion, scope.data.exports, parentPath);
  return finalizeEsmResolution(resolved, scope.path, request);
}

function finalizeEsmResolution(resolved, pkgPath, request) {
  if (typeof resolved === 'object') return undefined;
  if (/%2f|%5c/i.test(resolved)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(resolved, 'must not include encoded "/" or "\\" characters', pkgPath);
  }
  const actual = tryFile(resolved) || resolved;
  if (stat(actual) === 0) return actual;
  const err = new Error(`Cannot find module '${resolved}'`);
  err.code = 'MODULE_NOT_FOUND';
  err.path = path.resolve(pkgPath, 'package.json');
  throw err;
}

function resolveImports(request, parent) {
  const parentPath = parent?.filename || (parent?.id === '<repl>' ? `${process.cwd()}/` : undefined);
  const scope = parentPath ? readPackageScope(parentPath) : false;
  const base = parentPath;
  if (request === '#' || request.startsWith('#/') || request.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(request, 'is not a valid internal imports specifier name', base);
  }
  const notFound = () => new ERR_PACKAGE_IMPORT_NOT_DEFINED(request, scope ? `${scope.path}/` : undefined, base);
  if (!scope || scope.data.imports == null || typeof scope.data.imports !== 'object') throw notFound();
  const resolved = resolveInMap(scope.data.imports, request, `${scope.path}/`, base, true, notFound);
  if (typeof resolved === 'object') {
    return Module._resolveFilename(resolved.bare, parent, false);
  }
  return finalizeEsmResolution(resolved, scope.path, request);
}

// ---- file lookup ----
function tryFile(requestPath, isMain) {
  if (stat(requestPath) !== 0) return false;
  if (preserveSymlinks && !isMain) return path.resolve(requestPath);
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts, isMain) {
  for (const ext of exts) {
    const filename = tryFile(basePath + ext, isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg ? pkg.main : undefined;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) || tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (actual) {
      process.emitWarning(`Invalid 'main' field in '${pkg.path}' of '${main}'. ` +
        'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
    } else {
      const err = new Error(`Cannot find module '${filename}'. Please verify that the package.json has a valid "main" entry`);
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
  }
  return actual;
}

const trailingSlashRegex = /(?:^|\/)\.?\.$/;

function findPath(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = `${request}\x00${paths.join('\x00')}`;
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;
  let trailingSlash = request.length > 0 && request.charCodeAt(request.length - 1) === 47;
  if (!trailingSlash) trailingSlash = trailingSlashRegex.test(request);
  const exts = Object.keys(Module._extensions);
  for (const curPath of paths) {
    if (curPath && stat(curPath) < 1) continue;
    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) {
        const preserve = isMain ? preserveSymlinksMain : preserveSymlinks;
        filename = preserve ? path.resolve(basePath) : toRealPath(basePath);
      }
      if (!filename) filename = tryExtensions(basePath, exts, isMain);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, exts, isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
}

function nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  for (let i = from.length - 1, p = 0, last = from.length; i >= 0; --i) {
    const code = from.charCodeAt(i);
    if (code === 47) {
      if (p !== 'node_modules'.length) paths.push(`${from.slice(0, last)}/node_modules`);
      last = i;
      p = 0;
    } else if (p !== -1) {
      if ('node_modules'.charCodeAt('node_modules'.length - 1 - p) === code) ++p;
      else p = -1;
    }
  }
  paths.push('/node_modules');
  return paths;
}

// ---- Module ----
function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  moduleParentCache.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

const moduleParentCache = new WeakMap();
function getModuleParent() {
  return moduleParentCache.get(this);
}
function setModuleParent(value) {
  moduleParentCache.set(this, value);
}
Object.defineProperty(Module.prototype, 'parent', {
  get: getModuleParent, set: setModuleParent, enumerable: false, configurable: true,
});

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
Module.wrapper = [`(function (${wrapperParams.join(', ')}) { `, '\n});'];
Module.wrap = (script) => `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;
Module._debug = () => {};
Module.isBuiltin = (id) => BuiltinModule.canBeRequiredByUsers(id) ||
  (typeof id === 'string' && id.startsWith('node:') && isSchemeBuiltin(id.slice(5)));
Module._findPath = findPath;
Module._nodeModulePaths = nodeModulePaths;

Object.defineProperty(Module, 'builtinModules', {
  get() {
    return BuiltinModule.publicIds();
  },
  enumerable: true,
  configurable: true,
});

Module._initPaths = function() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  let paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths = nodePath.split(path.delimiter).filter(Boolean).concat(paths);
  }
  Module.globalPaths = paths;
};

Module._resolveLookupPaths = function(request, parent) {
  if (BuiltinModule.canBeRequiredByUsers(request)) return null;
  if (request[0] !== '.' || (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    let paths = parent?.paths?.length ? parent.paths.concat(Module.globalPaths) : Module.globalPaths;
    if (!parent?.paths?.length) paths = nodeModulePaths('.').concat(Module.globalPaths);
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

// Ids reachable as `node:<id>`: every public builtin plus the scheme-only ones (`node:test`) that exist.
function isSchemeBuiltin(id) {
  return BuiltinModule.canBeRequiredByUsers(id) ||
    (BuiltinModule.getSchemeOnlyModuleNames().includes(id) && BuiltinModule.exists(id));
}

function loadBuiltin(id) {
  const { requireBuiltin } = require('internal/bootstrap/realm');
  return requireBuiltin(id);
}

Module._load = function(request, parent, isMain) {
  if (typeof request === 'string' && request.startsWith('node:')) {
    const id = request.slice(5);
    if (!isSchemeBuiltin(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return loadBuiltin(id);
  }
  const relResolveCacheIdentifier = parent?.path ? `${parent.path}\x00${request}` : undefined;
  if (relResolveCacheIdentifier !== undefined) {
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cached = Module._cache[filename];
      if (cached !== undefined) {
        updateChildren(parent, cached, true);
        if (!cached.loaded) return getExportsForCircularRequire(cached);
        return cached.exports;
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
    return cachedModule.exports;
  }
  if (BuiltinModule.canBeRequiredByUsers(filename)) return loadBuiltin(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
    module[kIsMainSymbol] = true;
  }
  Module._cache[filename] = module;
  if (relResolveCacheIdentifier !== undefined) relativeResolveCache[relResolveCacheIdentifier] = filename;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent?.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    }
  }
  return module.exports;
};

const relativeResolveCache = Object.create(null);

function getExportsForCircularRequire(module) {
  return module.exports;
}

Module._resolveFilename = function(request, parent, isMain, options) {
  if (BuiltinModule.canBeRequiredByUsers(request) || (request.startsWith('node:') && isSchemeBuiltin(request.slice(5)))) {
    return request;
  }
  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      const isRelative = request.startsWith('./') || request.startsWith('../');
      if (isRelative) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (const p of options.paths) {
          fakeParent.paths = nodeModulePaths(p);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (const lp of lookupPaths) if (!paths.includes(lp)) paths.push(lp);
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const scope = readPackageScope(parent.filename || `${process.cwd()}/`);
    if (scope && scope.data.imports != null) return resolveImports(request, parent);
  }
  const parentPath = parent?.filename ?? (parent?.id === '[eval]' ? `${process.cwd()}/[eval]` : undefined);
  if (parentPath) {
    const selfResolved = trySelf(parentPath, request);
    if (selfResolved) {
      Module._pathCache[`${request}\x00${paths ? paths.join('\x00') : ''}`] = selfResolved;
      return selfResolved;
    }
  }
  const filename = findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  if (filename.endsWith('.mjs') && !Module._extensions['.mjs']) {
    throw new ERR_REQUIRE_ESM(filename, true, parentPathOf(this));
  }
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

function parentPathOf(module) {
  const parent = moduleParentCache.get(module);
  return parent ? parent.filename || parent.id : null;
}

// A cheap stand-in for node's parse: does the source use import/export declarations?
function hasEsmSyntax(source) {
  return /^\s*(?:import\s*[\w{*'"]|export\s+[\w{*]|export\s*\{)/m.test(source);
}

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.require = function(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  Object.defineProperty(require, 'main', {
    get: () => process.mainModule, set: undefined, enumerable: true, configurable: true,
  });
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.prototype._compile = function(content, filename) {
  // A shebang line becomes a comment of the same length, so columns stay right.
  if (content.startsWith('#!')) content = `//${content.slice(2)}`;
  const params = wrapperParams.join(', ');
  const compiled = compileFunction(content, filename, params);
  markWrapped(filename, params);
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  return Reflect.apply(compiled, exports, [exports, require, this, filename, dirname]);
};

Module._extensions['.js'] = function(module, filename) {
  const content = readFileUtf8(filename);
  if (filename.endsWith('.js')) {
    const pkg = readPackageScope(filename);
    if (pkg?.data?.type === 'module') {
      throw new ERR_REQUIRE_ESM(filename, hasEsmSyntax(content), parentPathOf(module), pkg.data.path);
    }
  }
  module._compile(content, filename);
};

Module._extensions['.json'] = function(module, filename) {
  const content = readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  throw new ERR_DLOPEN_FAILED(`${filename}: native addons (.node files) are not supported by oxnode`);
};

// `file:` URL (string or URL object) to an absolute path; undefined when it is not a usable file URL.
function fileUrlToPath(url) {
  const m = /^file:\/\/(localhost)?(\/[^?#]*)/i.exec(url);
  if (!m || /%2f/i.test(m[2])) return undefined;
  try {
    return decodeURIComponent(m[2]);
  } catch {
    return undefined;
  }
}

Module.createRequire = function createRequire(filename) {
  let filepath;
  // A URL object, recognised by shape as node does (legacy url.parse() results have `auth`/`path`).
  if (filename?.href && filename.protocol && filename.auth === undefined && filename.path === undefined) {
    filepath = fileUrlToPath(filename.href);
  } else if (typeof filename === 'string') {
    filepath = filename.startsWith('file:') ? fileUrlToPath(filename) : filename;
  }
  if (filepath === undefined || !path.isAbsolute(filepath)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module.runMain = function(main = process.argv[1]) {
  const resolved = resolveMainPath(main);
  Module._load(resolved ?? main, null, true);
};

function resolveMainPath(main) {
  const mainPath = findPath(path.resolve(main), null, true);
  if (!mainPath) return undefined;
  if (preserveSymlinksMain) return mainPath;
  return toRealPath(mainPath);
}

Module.syncBuiltinESMExports = function() {};
Module.findSourceMap = function() {
  return undefined;
};
Module.register = function() {};
Module.Module = Module;

// `-e`, `-p` and stdin: run source as a script whose `module` lives in the current directory.
function evalScript(name, source, print) {
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = nodeModulePaths(cwd);
  const userRequire = makeRequireFunction(module);
  registerSource(name, source);
  const globals = { __filename: name, module, exports: module.exports, __dirname: '.', require: userRequire };
  for (const [key, value] of Object.entries(globals)) {
    Object.defineProperty(globalThis, key, { value, writable: true, enumerable: true, configurable: true });
  }
  const result = internalBinding('contextify').runInThisContext(source, name);
  if (print) {
    const { inspect } = require('internal/util/inspect');
    console.log(typeof result === 'string' ? result : inspect(result));
  }
}

Module._initPaths();
module.exports = { Module, evalScript };
