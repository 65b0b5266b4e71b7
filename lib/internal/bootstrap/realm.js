'use strict';
// The loader of core modules (lib/): `requireBuiltin(id)` runs an embedded module once and caches it.
// Public ids (`fs`, `node:fs`) and internal ones (`internal/errors`) share this cache.

const { compileBuiltin, ids } = internalBinding('builtins');

const bindingCache = Object.create(null);
function cachedBinding(name) {
  let b = bindingCache[name];
  if (b === undefined) {
    b = internalBinding(name);
    bindingCache[name] = b;
  }
  return b;
}

// Public modules that need a prefix (`node:test`), and ids that are not modules users may require.
const schemeOnly = new Set(['test', 'test/reporters', 'sea', 'sqlite']);
const allIds = new Set(ids);

// `primordials` are built on first use (most modules never touch them), then shared by all.
let primordialsObject;
function realPrimordials() {
  primordialsObject ??= requireBuiltin('internal/per_context/primordials');
  return primordialsObject;
}
const lazyPrimordials = new Proxy({}, {
  get: (_, key) => realPrimordials()[key],
  has: (_, key) => key in realPrimordials(),
  ownKeys: () => Reflect.ownKeys(realPrimordials()),
  getOwnPropertyDescriptor: (_, key) => {
    const desc = Reflect.getOwnPropertyDescriptor(realPrimordials(), key);
    return desc && { ...desc, configurable: true };
  },
});

class BuiltinModule {
  static map = new Map();

  constructor(id) {
    this.id = id;
    this.filename = `${id}.js`;
    this.exports = {};
    this.loaded = false;
    this.loading = false;
  }

  static exists(id) {
    return allIds.has(id);
  }

  static canBeRequiredByUsers(id) {
    return allIds.has(id) && !id.startsWith('internal/') && !schemeOnly.has(id);
  }

  static canBeRequiredWithoutScheme(id) {
    return BuiltinModule.canBeRequiredByUsers(id);
  }

  static getSchemeOnlyModuleNames() {
    return [...schemeOnly];
  }

  static publicIds() {
    return ids.filter((id) => !id.startsWith('internal/') && !schemeOnly.has(id));
  }

  compileForInternalLoader() {
    if (this.loaded || this.loading) return this.exports;
    const fn = compileBuiltin(this.id);
    if (fn === undefined) throw new Error(`No such built-in module: ${this.id}`);
    this.loading = true;
    try {
      fn(this.exports, requireBuiltin, this, cachedBinding, lazyPrimordials);
      this.loaded = true;
    } finally {
      this.loading = false;
    }
    return this.exports;
  }
}

function requireBuiltin(id) {
  let mod = BuiltinModule.map.get(id);
  if (mod === undefined) {
    mod = new BuiltinModule(id);
    BuiltinModule.map.set(id, mod);
  }
  return mod.compileForInternalLoader();
}

requireBuiltin.BuiltinModule = BuiltinModule;
module.exports = { requireBuiltin, BuiltinModule, internalBinding: cachedBinding };

// This file ran before the cache existed: record it so `require('internal/bootstrap/realm')` reuses it.
const self = new BuiltinModule('internal/bootstrap/realm');
self.exports = module.exports;
self.loaded = true;
BuiltinModule.map.set(self.id, self);
