'use strict';
// Deep equality for assert.deepEqual / deepStrictEqual and util.isDeepStrictEqual, following node's rules:
// strict mode compares prototypes, [[Class]], symbol keys, -0 vs 0 and hole vs undefined; loose mode uses ==
// for primitives and ignores prototypes. Cycles are handled by assuming pairs under comparison equal.

const types = require('internal/util/types');

const kStrict = true;
const kLoose = false;
const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

const objectToString = (value) => Object.prototype.toString.call(value);
const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);

function isPrimitive(value) {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

function bytesOf(view) {
  if (types.isAnyArrayBuffer(view)) return new Uint8Array(view);
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = bytesOf(a);
  const y = bytesOf(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

// Loose float arrays compare numerically (so -0 == 0), not by bytes.
function sameFloats(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameBoxed(a, b) {
  if (types.isNumberObject(a)) return types.isNumberObject(b) && Object.is(a.valueOf(), b.valueOf());
  if (types.isStringObject(b) || types.isStringObject(a)) {
    return types.isStringObject(a) && types.isStringObject(b) && a.valueOf() === b.valueOf();
  }
  if (types.isBooleanObject(a)) return types.isBooleanObject(b) && a.valueOf() === b.valueOf();
  if (types.isBigIntObject(a)) return types.isBigIntObject(b) && a.valueOf() === b.valueOf();
  if (types.isSymbolObject(a)) return types.isSymbolObject(b) && a.valueOf() === b.valueOf();
  return false;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, kLoose, undefined);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, kStrict, undefined);
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  const tag = objectToString(a);
  if (tag !== objectToString(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keysA = ownKeys(a, strict, true);
    const keysB = ownKeys(b, strict, true);
    if (keysA.length !== keysB.length) return false;
    return keyCheck(a, b, strict, memos, kIsArray, keysA);
  }
  if (tag === '[object Object]' && !types.isBoxedPrimitive(a) && !types.isBoxedPrimitive(b) &&
      !types.isNativeError(a) && !types.isNativeError(b)) {
    return keyCheck(a, b, strict, memos, kNoIterator);
  }
  if (types.isDate(a)) {
    if (!types.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (types.isNativeError(a) || a instanceof Error) {
    if ((!types.isNativeError(b) && !(b instanceof Error)) || a.message !== b.message || a.name !== b.name) {
      return false;
    }
    if (hasOwn(a, 'cause') !== hasOwn(b, 'cause') ||
        (hasOwn(a, 'cause') && !innerDeepEqual(a.cause, b.cause, strict, memos))) {
      return false;
    }
    if (hasOwn(a, 'errors') !== hasOwn(b, 'errors') ||
        (hasOwn(a, 'errors') && !innerDeepEqual(a.errors, b.errors, strict, memos))) {
      return false;
    }
  } else if (types.isArrayBufferView(a)) {
    if (!types.isArrayBufferView(b)) return false;
    if (!strict && (types.isFloat32Array(a) || types.isFloat64Array(a))) {
      if (!sameFloats(a, b)) return false;
    } else if (!sameBytes(a, b)) {
      return false;
    }
    const keysA = ownKeys(a, strict, true);
    if (keysA.length !== ownKeys(b, strict, true).length) return false;
    return keyCheck(a, b, strict, memos, kNoIterator, keysA);
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsSet);
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsMap);
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || !sameBytes(a, b)) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!sameBoxed(a, b)) return false;
  } else if (Array.isArray(b) || types.isArrayBufferView(b) || types.isSet(b) || types.isMap(b) ||
             types.isDate(b) || types.isRegExp(b) || types.isAnyArrayBuffer(b) || types.isBoxedPrimitive(b) ||
             types.isNativeError(b) || b instanceof Error) {
    return false;
  }
  return keyCheck(a, b, strict, memos, kNoIterator);
}

// Own keys that take part in the comparison: enumerable string keys (minus array indices when
// `skipIndices`), plus enumerable symbols in strict mode.
function ownKeys(obj, strict, skipIndices) {
  let keys = Object.keys(obj);
  if (skipIndices) keys = keys.filter((k) => !isIndex(k));
  if (strict) {
    for (const sym of Object.getOwnPropertySymbols(obj)) if (isEnumerable(obj, sym)) keys.push(sym);
  }
  return keys;
}

function isIndex(key) {
  if (key.length === 0 || key.length > 10) return false;
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < 2 ** 32 - 1 && String(n) === key;
}

function keyCheck(a, b, strict, memos, iterationType, keysA) {
  if (keysA === undefined) {
    keysA = ownKeys(a, strict, false);
    if (keysA.length !== ownKeys(b, strict, false).length) return false;
  }
  for (const key of keysA) {
    if (!isEnumerable(b, key)) return false;
  }
  if (keysA.length === 0 && (iterationType === kNoIterator ||
      (iterationType === kIsArray && a.length === 0) || a.size === 0)) {
    return true;
  }
  // Pairs under comparison higher up the stack are assumed equal (coinduction), which both ends cycles
  // and treats differently-shaped but equivalent cyclic structures as equal, as node does.
  memos ??= new Map();
  let partners = memos.get(a);
  if (partners === undefined) {
    partners = new Set();
    memos.set(a, partners);
  } else if (partners.has(b)) {
    return true;
  }
  partners.add(b);
  const result = objEquiv(a, b, strict, keysA, memos, iterationType);
  partners.delete(b);
  if (partners.size === 0) memos.delete(a);
  return result;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // Sparse arrays: the remaining own keys must line up exactly.
        const keysA = Object.keys(a);
        const keysB = Object.keys(b);
        if (keysA.length !== keysB.length) return false;
        for (const key of keysA) {
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
        }
        return true;
      }
    }
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

// For a primitive missing from the other set/map in loose mode, the primitives that would be == to it.
function looseVariant(prim) {
  switch (typeof prim) {
    case 'undefined': return null;
    case 'object': return undefined; // null
    case 'symbol': return false;
    case 'string': prim = +prim; // falls through
    case 'number': if (Number.isNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const alt = looseVariant(prim);
  if (alt != null) return alt; // eslint-disable-line eqeqeq
  return b.has(alt) && !a.has(alt);
}

function mapMightHaveLoosePrim(a, b, prim, item, memos) {
  const alt = looseVariant(prim);
  if (alt != null) return alt; // eslint-disable-line eqeqeq
  const curB = b.get(alt);
  if ((curB === undefined && !b.has(alt)) || !innerDeepEqual(item, curB, false, memos)) return false;
  return !a.has(alt);
}

function setHasEqualElement(set, value, strict, memos) {
  for (const candidate of set) {
    if (innerDeepEqual(value, candidate, strict, memos)) {
      set.delete(candidate);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  let pending = null;
  for (const value of a) {
    if (typeof value === 'object' && value !== null) {
      (pending ??= new Set()).add(value);
    } else if (!b.has(value)) {
      if (strict) return false;
      if (!setMightHaveLoosePrim(a, b, value)) return false;
      (pending ??= new Set()).add(value);
    }
  }
  if (pending === null) return true;
  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!setHasEqualElement(pending, value, strict, memos)) return false;
    } else if (!strict && !a.has(value) && !setHasEqualElement(pending, value, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function mapHasEqualEntry(set, map, key1, item1, strict, memos) {
  for (const key2 of set) {
    if (innerDeepEqual(key1, key2, strict, memos) && innerDeepEqual(item1, map.get(key2), strict, memos)) {
      set.delete(key2);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [key, item1] of a) {
    if (typeof key === 'object' && key !== null) {
      (pending ??= new Set()).add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, strict, memos)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrim(a, b, key, item1, memos)) return false;
        (pending ??= new Set()).add(key);
      }
    }
  }
  if (pending === null) return true;
  for (const [key, item] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!mapHasEqualEntry(pending, a, key, item, strict, memos)) return false;
    } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), item, false, memos)) &&
               !mapHasEqualEntry(pending, a, key, item, false, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

module.exports = { isDeepEqual, isDeepStrictEqual, isPrimitive };
