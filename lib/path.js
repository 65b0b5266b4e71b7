'use strict';
// path: `posix` and `win32` flavours; the module itself is the flavour of the host (posix here).

const { validateString, validateObject } = require('internal/validators');

const SLASH = 47;
const BACKSLASH = 92;
const DOT = 46;
const COLON = 58;

function isPosixSep(code) {
  return code === SLASH;
}

function isWinSep(code) {
  return code === SLASH || code === BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Resolves '.' and '..' segments of a root-less path; `sep` is what the result is joined with.
function normalizeSegments(path, allowAboveRoot, sep, isSep) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSep(path.charCodeAt(i))) continue;
    const segment = path.slice(start, i);
    start = i + 1;
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
      continue;
    }
    out.push(segment);
  }
  return out.join(sep);
}

// Shared by both flavours: the last-dot rules of extname/parse over `path.slice(start, end)`.
function splitExt(path, start, isSep, startPartInit = start) {
  let startDot = -1;
  let startPart = startPartInit;
  let end = -1;
  let matchedSep = true;
  let preDotState = 0;
  for (let i = path.length - 1; i >= start; --i) {
    const code = path.charCodeAt(i);
    if (isSep(code)) {
      if (!matchedSep) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSep = false;
      end = i + 1;
    }
    if (code === DOT) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  const noExt = startDot === -1 || preDotState === 0 ||
    (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1);
  return { startPart, end, dot: noExt ? -1 : startDot };
}

function basenameFrom(path, suffix, start, isSep) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  const withSuffix = suffix !== undefined && suffix.length > 0 && suffix.length <= path.length;
  let end = path.length;
  while (end > start && isSep(path.charCodeAt(end - 1))) end--;
  let begin = end;
  while (begin > start && !isSep(path.charCodeAt(begin - 1))) begin--;
  if (withSuffix && suffix === path) return '';
  // Node quirk: with a suffix, a path of only separators comes back whole.
  if (end === begin) return withSuffix ? path.slice(start) : '';
  const base = path.slice(begin, end);
  if (withSuffix) {
    if (base !== suffix && base.endsWith(suffix)) return base.slice(0, base.length - suffix.length);
  }
  return base;
}

function formatWith(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const ext = pathObject.ext ? `${pathObject.ext[0] === '.' ? '' : '.'}${pathObject.ext}` : '';
  const base = pathObject.base || `${pathObject.name || ''}${ext}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

function extnameFrom(path, start, isSep) {
  const { end, dot } = splitExt(path, start, isSep);
  return dot === -1 || end === -1 ? '' : path.slice(dot, end);
}

function fillParsed(ret, path, rootEnd, isSep, startPartInit = rootEnd) {
  const { startPart, end, dot } = splitExt(path, rootEnd, isSep, startPartInit);
  if (end !== -1) {
    const from = Math.max(startPart, rootEnd);
    ret.base = path.slice(from, end);
    if (dot === -1) {
      ret.name = ret.base;
    } else {
      ret.name = path.slice(from, dot);
      ret.ext = path.slice(dot, end);
    }
  }
  return startPart;
}

// Glob patterns (minimatch-style: *, ?, **, [...], {a,b}) compiled to regular expressions.
const globCache = new Map();
function globToRegExp(pattern, windows) {
  const key = `${windows}${pattern}`;
  let re = globCache.get(key);
  if (re !== undefined) return re;
  const sep = windows ? '[\\\\/]' : '\\/';
  const notSep = windows ? '[^\\\\/]' : '[^/]';
  let src = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/';
        i++;
        if (atStart && pattern[i + 1] === '/') {
          i++;
          src += `(?:(?!\\.)${notSep}*${sep})*`;
        } else {
          src += `(?:(?!\\.)${notSep}*(?:${sep}|$))*`;
        }
      } else {
        src += `${i === 0 || pattern[i - 1] === '/' ? '(?!\\.)' : ''}${notSep}*`;
      }
    } else if (c === '?') {
      src += notSep;
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) {
        src += '\\[';
      } else {
        let body = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (body[0] === '!') body = `^${body.slice(1)}`;
        src += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      src += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      src += ')';
    } else if (c === ',' && braces > 0) {
      src += '|';
    } else if (c === '/' || (windows && c === '\\')) {
      src += sep;
    } else {
      src += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  re = new RegExp(`^${src}$`);
  globCache.set(key, re);
  return re;
}

let globWarned = false;
function matchesGlob(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (!globWarned) {
    globWarned = true;
    process.emitWarning('glob is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  try {
    return globToRegExp(pattern, windows).test(path);
  } catch {
    return false;
  }
}

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : process.cwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === SLASH;
    }
    resolved = normalizeSegments(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === SLASH;
    const trailingSep = path.charCodeAt(path.length - 1) === SLASH;
    let out = normalizeSegments(path, !absolute, '/', isPosixSep);
    if (out.length === 0) {
      if (absolute) return '/';
      return trailingSep ? './' : '.';
    }
    if (trailingSep) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; ++i) {
      validateString(args[i], 'path');
      if (args[i].length > 0) parts.push(args[i]);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromParts = posix.resolve(from).split('/').filter(Boolean);
    const toParts = posix.resolve(to).split('/').filter(Boolean);
    let common = 0;
    while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
    const up = fromParts.slice(common).map(() => '..');
    return up.concat(toParts.slice(common)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === SLASH;
    // The separator just before the last segment; separators before it are kept as they are.
    let end = path.length;
    while (end > 1 && path.charCodeAt(end - 1) === SLASH) end--;
    while (end > 1 && path.charCodeAt(end - 1) !== SLASH) end--;
    end--;
    if (end < 1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    return basenameFrom(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    return extnameFrom(path, 0, isPosixSep);
  },

  format: formatWith.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path.charCodeAt(0) === SLASH;
    if (absolute) ret.root = '/';
    const startPart = fillParsed(ret, path, absolute ? 1 : 0, isPosixSep, 0);
    if (startPart > 0) ret.dir = path.slice(0, startPart - 1);
    else if (absolute) ret.dir = '/';
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

// The root of a win32 path: its device ('C:' or '\\server\share'), whether it is absolute, and
// where the part after the root starts. With `namespaces`, '\\?\' and '\\.\' are roots of their own
// (as node's normalize and resolve see them; dirname and parse read them as UNC).
function winRoot(path, namespaces = false) {
  const len = path.length;
  const code = path.charCodeAt(0);
  if (len === 0) return { device: '', absolute: false, rootEnd: 0 };
  if (len === 1) return { device: '', absolute: isWinSep(code), rootEnd: isWinSep(code) ? 1 : 0 };
  if (isWinSep(code)) {
    if (isWinSep(path.charCodeAt(1))) {
      // UNC: \\server\share
      let j = 2;
      const serverStart = j;
      while (j < len && !isWinSep(path.charCodeAt(j))) j++;
      if (j < len && j !== serverStart) {
        const server = path.slice(serverStart, j);
        if (namespaces && (server === '?' || server === '.')) {
          return { device: `\\\\${server}`, absolute: true, rootEnd: j + 1 };
        }
        while (j < len && isWinSep(path.charCodeAt(j))) j++;
        const shareStart = j;
        while (j < len && !isWinSep(path.charCodeAt(j))) j++;
        if (j !== shareStart) {
          const device = `\\\\${server}\\${path.slice(shareStart, j)}`;
          return { device, absolute: true, rootEnd: j === len ? j : j + 1 };
        }
      }
    }
    return { device: '', absolute: true, rootEnd: 1 };
  }
  if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
    if (len > 2 && isWinSep(path.charCodeAt(2))) return { device: path.slice(0, 2), absolute: true, rootEnd: 3 };
    return { device: path.slice(0, 2), absolute: false, rootEnd: 2 };
  }
  return { device: '', absolute: false, rootEnd: 0 };
}

// A relative result must not read as a drive path on Windows: prefix '.\' when the tail starts
// like 'c:' or when any ':' in the input ends a segment (node's guard for device-looking paths).
function guardDriveLike(path, tail) {
  if (!path.includes(':')) return tail;
  if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === COLON) return `.\\${tail}`;
  for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
    if (i === path.length - 1 || isWinSep(path.charCodeAt(i + 1))) return `.\\${tail}`;
  }
  return tail;
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = process.cwd();
      } else {
        path = process.env[`=${device}`] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path.charCodeAt(2) === BACKSLASH)) {
          path = `${device}\\`;
        }
      }
      const root = winRoot(path, true);
      if (root.device.length > 0) {
        if (device.length > 0) {
          if (root.device.toLowerCase() !== device.toLowerCase()) continue;
        } else {
          device = root.device;
        }
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${path.slice(root.rootEnd)}\\${tail}`;
        absolute = root.absolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = normalizeSegments(tail, !absolute, '\\', isWinSep);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? '\\' : path;
    const { device, absolute, rootEnd } = winRoot(path, true);
    let tail = rootEnd < len ? normalizeSegments(path.slice(rootEnd), !absolute, '\\', isWinSep) : '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';
    if (!absolute && device.length === 0) tail = guardDriveLike(path, tail);
    return `${device}${absolute ? '\\' : ''}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isWinSep(code) ||
      (len > 2 && isDriveLetter(code) && path.charCodeAt(1) === COLON && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; ++i) {
      validateString(args[i], 'path');
      if (args[i].length > 0) parts.push(args[i]);
    }
    if (parts.length === 0) return '.';
    let joined = parts.join('\\');
    // Only a first part that itself starts with exactly two separators may make a UNC root;
    // separators that merely pile up from joining collapse to one.
    const first = parts[0];
    let keepUnc = false;
    let leading = 0;
    if (isWinSep(first.charCodeAt(0))) {
      leading = 1;
      if (first.length > 1 && isWinSep(first.charCodeAt(1))) {
        leading = 2;
        if (first.length > 2) {
          if (isWinSep(first.charCodeAt(2))) leading = 3;
          else keepUnc = true;
        }
      }
    }
    if (!keepUnc) {
      while (leading < joined.length && isWinSep(joined.charCodeAt(leading))) leading++;
      if (leading >= 2) joined = `\\${joined.slice(leading)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    const fromLower = fromOrig.toLowerCase();
    const toLower = toOrig.toLowerCase();
    if (fromLower === toLower) return '';
    // Compare the lowercased paths without their leading and trailing separators.
    const trim = (p) => {
      let start = 0;
      while (start < p.length && p.charCodeAt(start) === BACKSLASH) start++;
      let end = p.length;
      while (end - 1 > start && p.charCodeAt(end - 1) === BACKSLASH) end--;
      return [start, end];
    };
    const [fromStart, fromEnd] = trim(fromLower);
    let [toStart, toEnd] = trim(toLower);
    const fromLen = fromEnd - fromStart;
    const toLen = toEnd - toStart;
    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const code = fromLower.charCodeAt(fromStart + i);
      if (code !== toLower.charCodeAt(toStart + i)) break;
      if (code === BACKSLASH) lastCommonSep = i;
    }
    if (i !== length) {
      // Different roots (drives or UNC shares) have no relative path between them.
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        if (toLower.charCodeAt(toStart + i) === BACKSLASH) return toOrig.slice(toStart + i + 1);
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLen > length) {
        if (fromLower.charCodeAt(fromStart + i) === BACKSLASH) lastCommonSep = i;
        else if (i === 2) lastCommonSep = 3;
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || fromLower.charCodeAt(i) === BACKSLASH) out += out.length === 0 ? '..' : '\\..';
    }
    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === BACKSLASH) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const code = resolved.charCodeAt(2);
        if (code !== 63 && code !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (isDriveLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === COLON &&
               resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';
    let rootEnd = -1;
    const root = winRoot(path);
    if (root.rootEnd > 0) rootEnd = root.rootEnd;
    if (root.device.length > 2 && root.rootEnd === len) return path;
    const offset = rootEnd === -1 ? 0 : rootEnd;
    // The separator just before the last segment; separators before it are kept as they are.
    let end = len;
    while (end > offset && isWinSep(path.charCodeAt(end - 1))) end--;
    while (end > offset && !isWinSep(path.charCodeAt(end - 1))) end--;
    if (end === offset) return rootEnd === -1 ? '.' : path.slice(0, rootEnd);
    return path.slice(0, end - 1);
  },

  basename(path, suffix) {
    validateString(path, 'path');
    const start = path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON ? 2 : 0;
    return basenameFrom(path, suffix, start, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    const start = path.length >= 2 && path.charCodeAt(1) === COLON && isDriveLetter(path.charCodeAt(0)) ? 2 : 0;
    return extnameFrom(path, start, isWinSep);
  },

  format: formatWith.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    if (len === 1) {
      if (isWinSep(path.charCodeAt(0))) ret.root = ret.dir = path;
      else ret.base = ret.name = path;
      return ret;
    }
    const { rootEnd } = winRoot(path);
    ret.root = path.slice(0, rootEnd);
    if (rootEnd === len) {
      ret.dir = ret.root;
      return ret;
    }
    const startPart = fillParsed(ret, path, rootEnd, isWinSep);
    ret.dir = startPart > 0 && startPart !== rootEnd ? path.slice(0, startPart - 1) : ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
