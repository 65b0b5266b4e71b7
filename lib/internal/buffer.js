'use strict';
// Buffer.prototype: encoding-aware string methods (backed by internalBinding('buffer')), search, fill,
// compare/copy, byte swaps and the numeric read*/write* family with node's exact range errors.

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_BUFFER_SIZE,
    ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');

const kMaxLength = 2 ** 32;

class FastBuffer extends Uint8Array {
  // Explicit constructor: QuickJS is faster with it than with the implicit spread form.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sharedByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;

function isUint8Array(v) {
  return typedArrayTag.call(v) === 'Uint8Array';
}
function isTypedArray(v) {
  return typedArrayTag.call(v) !== undefined;
}
function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}
function isAnyArrayBuffer(v) {
  if (v === null || typeof v !== 'object') return false;
  try {
    arrayBufferByteLength.call(v);
    return true;
  } catch {
    if (sharedByteLength === undefined) return false;
    try {
      sharedByteLength.call(v);
      return true;
    } catch {
      return false;
    }
  }
}

function makeOps(name, id) {
  const write = binding[`${name === 'utf16le' ? 'ucs2' : name}Write`];
  const slice = binding[`${name === 'utf16le' ? 'ucs2' : name}Slice`];
  return { name, id, write, slice };
}

const ids = binding.encodings;
const encodingOps = {
  utf8: makeOps('utf8', ids.utf8),
  utf16le: makeOps('utf16le', ids.ucs2),
  latin1: makeOps('latin1', ids.latin1),
  ascii: makeOps('ascii', ids.ascii),
  hex: makeOps('hex', ids.hex),
  base64: makeOps('base64', ids.base64),
  base64url: makeOps('base64url', ids.base64url),
};

const encodingAliases = {
  __proto__: null,
  'utf8': 'utf8', 'utf-8': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'ascii': 'ascii', 'hex': 'hex', 'base64': 'base64', 'base64url': 'base64url',
};

// Canonical encoding name for node's accepted spellings (any case), or undefined.
function normalizeEncoding(enc) {
  if (enc == null || enc === '') return 'utf8';
  const name = encodingAliases[enc] ?? encodingAliases[`${enc}`.toLowerCase()];
  return name;
}

function getEncodingOps(encoding) {
  const name = encodingAliases[encoding] ?? encodingAliases[`${encoding}`.toLowerCase()];
  return name === undefined ? undefined : encodingOps[name];
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

// ---- numeric reads and writes -------------------------------------------------------------------

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(type || 'offset', 'number', value);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkOffset(buf, offset, byteLength) {
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (buf[offset] === undefined || buf[offset + byteLength - 1] === undefined) {
    boundsError(offset, buf.length - byteLength);
  }
  return offset;
}

function checkByteLength(byteLength) {
  if (typeof byteLength !== 'number') throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (!(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

function rangeText(min, max, byteLength, big) {
  const n = big ? 'n' : '';
  if (byteLength <= 4) return `>= ${min}${n} and <= ${max}${n}`;
  const bits = byteLength * 8;
  if (min === 0 || min === 0n) return `>= 0${n} and < 2${n} ** ${bits}${n}`;
  return `>= -(2${n} ** ${bits - 1}${n}) and < 2 ** ${bits - 1}${n}`;
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', rangeText(min, max, byteLength, typeof min === 'bigint'), value);
  }
  return checkOffset(buf, offset, byteLength);
}

function readUIntBytes(buf, offset, n, little) {
  let val = 0;
  let mul = 1;
  for (let i = 0; i < n; i++) {
    val += buf[little ? offset + i : offset + n - 1 - i] * mul;
    mul *= 0x100;
  }
  return val;
}

function writeUIntBytes(buf, value, offset, n, little) {
  let v = value;
  for (let i = 0; i < n; i++) {
    buf[little ? offset + i : offset + n - 1 - i] = v & 0xff;
    v = Math.floor(v / 0x100);
  }
  return offset + n;
}

function makeReadUInt(n, little) {
  return function(offset = 0) {
    offset = checkOffset(this, offset, n);
    return readUIntBytes(this, offset, n, little);
  };
}

function makeReadInt(n, little) {
  const limit = 2 ** (n * 8 - 1);
  return function(offset = 0) {
    offset = checkOffset(this, offset, n);
    const v = readUIntBytes(this, offset, n, little);
    return v >= limit ? v - limit * 2 : v;
  };
}

function makeWriteUInt(n, little) {
  const max = 2 ** (n * 8) - 1;
  return function(value, offset = 0) {
    value = +value;
    offset = checkInt(value, 0, max, this, offset, n);
    return writeUIntBytes(this, value, offset, n, little);
  };
}

function makeWriteInt(n, little) {
  const limit = 2 ** (n * 8 - 1);
  return function(value, offset = 0) {
    value = +value;
    offset = checkInt(value, -limit, limit - 1, this, offset, n);
    return writeUIntBytes(this, value < 0 ? value + limit * 2 : value, offset, n, little);
  };
}

function makeReadVariable(signed, little) {
  return function(offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkByteLength(byteLength);
    offset = checkOffset(this, offset, byteLength);
    const v = readUIntBytes(this, offset, byteLength, little);
    if (!signed) return v;
    const limit = 2 ** (byteLength * 8 - 1);
    return v >= limit ? v - limit * 2 : v;
  };
}

function makeWriteVariable(signed, little) {
  return function(value, offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkByteLength(byteLength);
    value = +value;
    const limit = 2 ** (byteLength * 8 - (signed ? 1 : 0));
    const min = signed ? -limit : 0;
    const max = limit - 1;
    offset = checkInt(value, min, max, this, offset, byteLength);
    const raw = value < 0 ? value + 2 ** (byteLength * 8) : value;
    return writeUIntBytes(this, raw, offset, byteLength, little);
  };
}

const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);
const hostLittle = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function makeReadFloat(view, bytes, little) {
  const n = bytes.length;
  return function(offset = 0) {
    offset = checkOffset(this, offset, n);
    for (let i = 0; i < n; i++) bytes[little === hostLittle ? i : n - 1 - i] = this[offset + i];
    return view[0];
  };
}

function makeWriteFloat(view, bytes, little) {
  const n = bytes.length;
  return function(value, offset = 0) {
    value = +value;
    offset = checkOffset(this, offset, n);
    view[0] = value;
    for (let i = 0; i < n; i++) this[offset + i] = bytes[little === hostLittle ? i : n - 1 - i];
    return offset + n;
  };
}

function makeReadBig(signed, little) {
  return function(offset = 0) {
    offset = checkOffset(this, offset, 8);
    let v = 0n;
    for (let i = 0; i < 8; i++) v = (v << 8n) | BigInt(this[little ? offset + 7 - i : offset + i]);
    return signed ? BigInt.asIntN(64, v) : v;
  };
}

function makeWriteBig(signed, little) {
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  return function(value, offset = 0) {
    if (value > max || value < min) {
      const range = signed ? '>= -(2n ** 63n) and < 2n ** 63n' : '>= 0n and < 2n ** 64n';
      throw new ERR_OUT_OF_RANGE('value', range, value);
    }
    offset = checkOffset(this, offset, 8);
    let v = BigInt.asUintN(64, value);
    for (let i = 0; i < 8; i++) {
      this[little ? offset + i : offset + 7 - i] = Number(v & 0xffn);
      v >>= 8n;
    }
    return offset + 8;
  };
}

function numericMethods() {
  const m = {
    readUInt8: makeReadUInt(1, true),
    readUInt16LE: makeReadUInt(2, true), readUInt16BE: makeReadUInt(2, false),
    readUInt32LE: makeReadUInt(4, true), readUInt32BE: makeReadUInt(4, false),
    readUIntLE: makeReadVariable(false, true), readUIntBE: makeReadVariable(false, false),
    readInt8: makeReadInt(1, true),
    readInt16LE: makeReadInt(2, true), readInt16BE: makeReadInt(2, false),
    readInt32LE: makeReadInt(4, true), readInt32BE: makeReadInt(4, false),
    readIntLE: makeReadVariable(true, true), readIntBE: makeReadVariable(true, false),
    readFloatLE: makeReadFloat(float32, float32Bytes, true), readFloatBE: makeReadFloat(float32, float32Bytes, false),
    readDoubleLE: makeReadFloat(float64, float64Bytes, true), readDoubleBE: makeReadFloat(float64, float64Bytes, false),
    readBigUInt64LE: makeReadBig(false, true), readBigUInt64BE: makeReadBig(false, false),
    readBigInt64LE: makeReadBig(true, true), readBigInt64BE: makeReadBig(true, false),
    writeUInt8: makeWriteUInt(1, true),
    writeUInt16LE: makeWriteUInt(2, true), writeUInt16BE: makeWriteUInt(2, false),
    writeUInt32LE: makeWriteUInt(4, true), writeUInt32BE: makeWriteUInt(4, false),
    writeUIntLE: makeWriteVariable(false, true), writeUIntBE: makeWriteVariable(false, false),
    writeInt8: makeWriteInt(1, true),
    writeInt16LE: makeWriteInt(2, true), writeInt16BE: makeWriteInt(2, false),
    writeInt32LE: makeWriteInt(4, true), writeInt32BE: makeWriteInt(4, false),
    writeIntLE: makeWriteVariable(true, true), writeIntBE: makeWriteVariable(true, false),
    writeFloatLE: makeWriteFloat(float32, float32Bytes, true),
    writeFloatBE: makeWriteFloat(float32, float32Bytes, false),
    writeDoubleLE: makeWriteFloat(float64, float64Bytes, true),
    writeDoubleBE: makeWriteFloat(float64, float64Bytes, false),
    writeBigUInt64LE: makeWriteBig(false, true), writeBigUInt64BE: makeWriteBig(false, false),
    writeBigInt64LE: makeWriteBig(true, true), writeBigInt64BE: makeWriteBig(true, false),
  };
  for (const name of Object.keys(m)) {
    Object.defineProperty(m[name], 'name', { value: name });
    // Lowercase aliases (readUint8, writeBigUint64LE, ...) share the same function, as in node.
    if (name.includes('UInt')) m[name.replace('UInt', 'Uint')] = m[name];
  }
  return m;
}

// ---- string, search, fill, compare --------------------------------------------------------------

function toString(encoding, start, end) {
  const len = this.length;
  if (arguments.length === 0) return binding.utf8Slice(this, 0, len);
  if (start === undefined || start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return binding.utf8Slice(this, start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
}

function write(string, offset, length, encoding) {
  if (typeof string !== 'string') {
    const err = new ERR_INVALID_ARG_TYPE('argument', 'string', string);
    err.message = 'argument must be a string';
    throw err;
  }
  if (offset === undefined) {
    return binding.utf8Write(this, string, 0, this.length);
  }
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return binding.utf8Write(this, string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.write(this, string, offset, length);
}

function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || binding.compare(this, otherBuffer) === 0;
}

function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return binding.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return binding.compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  const source = this;
  targetStart = targetStart === undefined ? 0 : toInteger(targetStart, 0);
  if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  sourceStart = sourceStart === undefined ? 0 : toInteger(sourceStart, 0);
  if (sourceStart < 0 || sourceStart > source.length) {
    throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
  }
  sourceEnd = sourceEnd === undefined ? source.length : toInteger(sourceEnd, source.length);
  if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  if (sourceEnd > source.length) sourceEnd = source.length;
  const nb = Math.min(sourceEnd - sourceStart, target.length - targetStart);
  if (nb <= 0) return 0;
  const from = sourceStart === 0 && nb === source.length ? source :
    new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  Uint8Array.prototype.set.call(target, from, targetStart);
  return nb;
}

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) return Math.max(offset + length, 0);
  return offset < length ? offset : length;
}

function slice(start, end) {
  const len = this.length;
  start = start === undefined ? 0 : adjustOffset(start, len);
  end = end === undefined ? len : adjustOffset(end, len);
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
}

function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
}

function fillImpl(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    if (encoding !== undefined && typeof encoding !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('encoding', 'string', encoding);
    }
    const name = normalizeEncoding(encoding);
    if (name === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((name === 'utf8' && code < 128) || name === 'latin1') value = code & 255;
    }
    encoding = name;
  } else if (typeof value === 'boolean') {
    value = Number(value);
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    Uint8Array.prototype.fill.call(buf, value & 255, offset, end);
    return buf;
  }
  let pattern;
  if (typeof value === 'string') {
    pattern = new Uint8Array(binding.fromString(value, encodingOps[encoding].id));
    if (pattern.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  } else if (isArrayBufferView(value)) {
    pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    if (pattern.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  } else {
    Uint8Array.prototype.fill.call(buf, Number(value) & 255, offset, end);
    return buf;
  }
  binding.fillBytes(buf, pattern, offset, end);
  return buf;
}

// Resolves node's search start: clamps huge values, treats NaN as "whole buffer", negative from the end.
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : buffer.length;
  let needle;
  if (typeof val === 'number') {
    needle = new Uint8Array([(val >>> 0) & 255]);
  } else if (typeof val === 'string') {
    const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    needle = new Uint8Array(binding.fromString(val, ops.id));
  } else if (isUint8Array(val)) {
    needle = val;
  } else {
    throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
  }
  return searchFrom(buffer, needle, byteOffset, dir);
}

function searchFrom(hay, needle, offset, forward) {
  const hayLen = hay.length;
  const needleLen = needle.length;
  offset = Math.trunc(offset);
  if (offset < 0) {
    if (offset + hayLen >= 0) offset += hayLen;
    else if (forward || needleLen === 0) offset = 0;
    else return -1;
  } else if (offset + needleLen > hayLen) {
    if (needleLen === 0) offset = hayLen;
    else if (forward) return -1;
    else offset = hayLen - 1;
  }
  if (needleLen === 0) return offset;
  if (hayLen === 0) return -1;
  return binding.indexOfBytes(hay, needle, offset, forward);
}

function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
}

function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
}

function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
}

function swap(buf, size) {
  if (buf.length % size !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${size * 8}-bits`);
  for (let i = 0; i < buf.length; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) {
      const t = buf[a];
      buf[a] = buf[b];
      buf[b] = t;
    }
  }
  return buf;
}

function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
}

function addBufferPrototypeMethods(proto) {
  const methods = {
    ...numericMethods(),
    toString, write, equals, compare, copy, slice, fill, indexOf, lastIndexOf, includes, toJSON,
    toLocaleString: toString,
    swap16() { return swap(this, 2); },
    swap32() { return swap(this, 4); },
    swap64() { return swap(this, 8); },
  };
  for (const [name, ops] of Object.entries(encodingOps)) {
    const method = name === 'utf16le' ? 'ucs2' : name;
    methods[`${method}Slice`] = function(start, end) {
      return ops.slice(this, start ?? 0, end ?? this.length);
    };
    methods[`${method}Write`] = function(string, offset = 0, length = this.length - offset) {
      if (offset < 0 || offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
      return ops.write(this, string, offset, length);
    };
  }
  for (const name of Object.keys(methods)) {
    Object.defineProperty(proto, name, {
      __proto__: null, value: methods[name], writable: true, enumerable: false, configurable: true,
    });
  }
  Object.defineProperty(proto, 'parent', {
    __proto__: null, enumerable: true, configurable: true,
    get() { return this instanceof FastBuffer ? this.buffer : undefined; },
  });
  Object.defineProperty(proto, 'offset', {
    __proto__: null, enumerable: true, configurable: true,
    get() { return this instanceof FastBuffer ? this.byteOffset : undefined; },
  });
}

module.exports = {
  FastBuffer,
  encodingOps,
  getEncodingOps,
  normalizeEncoding,
  isUint8Array,
  isTypedArray,
  isArrayBufferView,
  isAnyArrayBuffer,
  validateOffset,
  kMaxLength,
  addBufferPrototypeMethods,
};
