'use strict';
// Built-ins captured before user code runs, so core keeps working when user code patches
// prototypes: `ArrayPrototypePush(arr, x)`, `ObjectKeys(o)`, `SafeMap`, ... named as in node.

const out = Object.create(null);
const { apply, bind, call } = Function.prototype;
const uncurryThis = bind.bind(call);
out.uncurryThis = uncurryThis;
out.applyBind = bind.bind(apply);

function copyProps(src, dest, prefix) {
  for (const key of Reflect.ownKeys(src)) {
    if (typeof key !== 'string' || key === 'prototype' || key === 'constructor') continue;
    const desc = Reflect.getOwnPropertyDescriptor(src, key);
    const name = `${prefix}${key[0].toUpperCase()}${key.slice(1)}`;
    if ('value' in desc) {
      dest[name] = desc.value;
    } else if (desc.get) {
      dest[`${name}Get`] = desc.get;
    }
  }
}

function copyPrototype(src, dest, prefix) {
  for (const key of Reflect.ownKeys(src)) {
    if (typeof key !== 'string' || key === 'constructor') continue;
    const desc = Reflect.getOwnPropertyDescriptor(src, key);
    const name = `${prefix}${key[0].toUpperCase()}${key.slice(1)}`;
    if (typeof desc.value === 'function') {
      dest[name] = uncurryThis(desc.value);
    } else if (desc.get) {
      dest[`${name}Get`] = uncurryThis(desc.get);
    }
  }
}

for (const name of ['JSON', 'Math', 'Proxy', 'Reflect']) {
  out[name] = globalThis[name];
  copyProps(globalThis[name], out, name);
}

for (const name of [
  'AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView',
  'Date', 'Error', 'EvalError', 'FinalizationRegistry', 'Float32Array', 'Float64Array', 'Function', 'Int16Array',
  'Int32Array', 'Int8Array', 'Map', 'Number', 'Object', 'RangeError', 'ReferenceError', 'RegExp', 'Set', 'String',
  'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'Uint16Array', 'Uint32Array', 'Uint8Array',
  'Uint8ClampedArray', 'WeakMap', 'WeakRef', 'WeakSet', 'Promise',
]) {
  const ctor = globalThis[name];
  if (ctor === undefined) continue;
  out[name] = ctor;
  copyProps(ctor, out, name);
  copyPrototype(ctor.prototype, out, `${name}Prototype`);
}

const TypedArray = Reflect.getPrototypeOf(Uint8Array);
out.TypedArray = TypedArray;
copyProps(TypedArray, out, 'TypedArray');
copyPrototype(TypedArray.prototype, out, 'TypedArrayPrototype');

for (const fn of ['decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'isFinite', 'isNaN',
  'parseFloat', 'parseInt', 'escape', 'unescape']) {
  out[fn] = globalThis[fn];
}

const IteratorPrototype = Reflect.getPrototypeOf(Reflect.getPrototypeOf([][Symbol.iterator]()));
out.IteratorPrototype = IteratorPrototype;
out.AsyncIteratorPrototype = Reflect.getPrototypeOf(
  Reflect.getPrototypeOf(async function* () {}).prototype);
out.ArrayIteratorPrototypeNext = uncurryThis([][Symbol.iterator]().next);
out.StringIteratorPrototypeNext = uncurryThis(''[Symbol.iterator]().next);
out.MapIteratorPrototypeNext = uncurryThis(new Map()[Symbol.iterator]().next);
out.SetIteratorPrototypeNext = uncurryThis(new Set()[Symbol.iterator]().next);

// Collections whose iteration user code cannot break by patching prototypes.
function makeSafe(Base) {
  class Safe extends Base {}
  for (const key of Reflect.ownKeys(Base.prototype)) {
    if (key === 'constructor') continue;
    Reflect.defineProperty(Safe.prototype, key, Reflect.getOwnPropertyDescriptor(Base.prototype, key));
  }
  Object.freeze(Safe.prototype);
  return Safe;
}
out.SafeMap = makeSafe(Map);
out.SafeSet = makeSafe(Set);
out.SafeWeakMap = makeSafe(WeakMap);
out.SafeWeakSet = makeSafe(WeakSet);
out.SafeWeakRef = makeSafe(WeakRef);
out.SafeFinalizationRegistry = makeSafe(FinalizationRegistry);
out.SafePromise = makeSafe(Promise);

out.PromisePrototypeThen = uncurryThis(Promise.prototype.then);
out.SafePromiseAll = (promises) => Promise.all(promises);
out.SafePromiseAllReturnVoid = (promises) => Promise.all(promises).then(() => {});
out.SafePromiseRace = (promises) => Promise.race(promises);
out.SafeArrayIterator = class SafeArrayIterator {
  constructor(arr) { this.it = arr[Symbol.iterator](); }
  [Symbol.iterator]() { return this; }
  next() { return this.it.next(); }
};

module.exports = Object.freeze(out);
