'use strict';
// structuredClone: the HTML structured clone algorithm over the value kinds node's serializer
// supports, preserving shared and circular references; `transfer` detaches ArrayBuffers.

const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
const { validateObject, kValidateObjectAllowNullable } = require('internal/validators');

function dataCloneError(value) {
  let shown;
  try {
    shown = typeof value === 'symbol' ? value.toString() : String(value);
  } catch {
    shown = Object.prototype.toString.call(value);
  }
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(`${shown} could not be cloned.`, 'DataCloneError');
}

const errorCtors = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function cloneError(value, memo) {
  const name = value.name;
  const Ctor = Object.hasOwn(errorCtors, name) ? errorCtors[name] : Error;
  const out = Object.create(Ctor.prototype);
  memo.set(value, out);
  const define = (key, v) => Object.defineProperty(out, key, { value: v, writable: true, configurable: true });
  if (value.message !== undefined) define('message', String(value.message));
  if (typeof value.stack === 'string') define('stack', value.stack);
  if ('cause' in value) define('cause', clone(value.cause, memo));
  return out;
}

function cloneTypedArray(value, memo) {
  const buffer = clone(value.buffer, memo);
  if (value instanceof DataView) return new DataView(buffer, value.byteOffset, value.byteLength);
  return new value.constructor(buffer, value.byteOffset, value.length);
}

function clone(value, memo) {
  if (value === null) return value;
  const type = typeof value;
  if (type === 'symbol' || type === 'function') throw dataCloneError(value);
  if (type !== 'object') return value;
  if (memo.has(value)) return memo.get(value);
  let out;
  if (Array.isArray(value)) {
    out = new Array(value.length);
    memo.set(value, out);
    for (const key of Object.keys(value)) out[key] = clone(value[key], memo);
    return out;
  }
  if (value instanceof ArrayBuffer) {
    out = value.slice(0);
  } else if (ArrayBuffer.isView(value)) {
    out = cloneTypedArray(value, memo);
  } else if (value instanceof Date) {
    out = new Date(value.getTime());
  } else if (value instanceof RegExp) {
    out = new RegExp(value.source, value.flags);
  } else if (value instanceof Boolean || value instanceof Number || value instanceof String ||
             value instanceof BigInt) {
    out = Object(value.valueOf());
  } else if (value instanceof Map) {
    out = new Map();
    memo.set(value, out);
    for (const [k, v] of value) out.set(clone(k, memo), clone(v, memo));
    return out;
  } else if (value instanceof Set) {
    out = new Set();
    memo.set(value, out);
    for (const v of value) out.add(clone(v, memo));
    return out;
  } else if (value instanceof Error) {
    return cloneError(value, memo);
  } else if (value instanceof Promise || value instanceof WeakMap || value instanceof WeakSet ||
             value instanceof WeakRef) {
    throw dataCloneError(value);
  } else {
    out = {};
    memo.set(value, out);
    for (const key of Object.keys(value)) {
      const v = value[key];
      if (typeof v === 'function') throw dataCloneError(v);
      out[key] = clone(v, memo);
    }
    return out;
  }
  memo.set(value, out);
  return out;
}

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('The value argument');
  if (options !== undefined) validateObject(options, 'options', kValidateObjectAllowNullable);
  const result = clone(value, new Map());
  const transfer = options?.transfer;
  if (transfer !== undefined) {
    for (const item of transfer) {
      if (item instanceof ArrayBuffer && typeof item.transfer === 'function') item.transfer();
    }
  }
  return result;
}

module.exports = { structuredClone };
