'use strict';
// `buffer`: Buffer (a Uint8Array subclass), its static helpers, atob/btoa, Blob/File re-exports.
// Byte <-> string work runs in Rust (internalBinding('buffer')) straight on the array's memory.

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateArray, validateNumber } = require('internal/validators');
const {
  FastBuffer, encodingOps, getEncodingOps, isUint8Array, isAnyArrayBuffer, isArrayBufferView, isTypedArray,
  addBufferPrototypeMethods, validateOffset, kMaxLength,
} = require('internal/buffer');

const kStringMaxLength = 2 ** 29 - 24;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});
let INSPECT_MAX_BYTES = 50;

function validateSize(size) {
  if (typeof size !== 'number') throw new ERR_INVALID_ARG_TYPE('size', 'number', size);
  if (!(size >= 0 && size <= kMaxLength)) throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
}

let warnedDeprecatedCall = false;
const kDeprecatedCallMessage = 'Buffer() is deprecated due to security and usability issues. Please use the ' +
  'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.';

// Deprecated call form `Buffer(x)` / `new Buffer(x)`: same as alloc / from. TypedArray species
// construction (subarray, map) also lands here with an ArrayBuffer, which must not warn.
function Buffer(arg, encodingOrOffset, length) {
  if (!warnedDeprecatedCall && !isAnyArrayBuffer(arg) && typeof process?.emitWarning === 'function') {
    warnedDeprecatedCall = true;
    process.emitWarning(kDeprecatedCallMessage, 'DeprecationWarning', 'DEP0005');
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  __proto__: null, value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);
addBufferPrototypeMethods(Buffer.prototype);

Buffer.poolSize = 8 * 1024;

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return new FastBuffer(binding.fromString(string, ops.id));
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  const buf = new FastBuffer(obj.length);
  if (isTypedArray(obj)) {
    buf.set(obj);
  } else {
    for (let i = 0; i < buf.length; i++) buf[i] = obj[i];
  }
  return buf;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

function invalidFirstArgument(value) {
  return new ERR_INVALID_ARG_TYPE(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw invalidFirstArgument(value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return new FastBuffer();
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateOffset(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateOffset(length, 'length', 0, Number.MAX_SAFE_INTEGER);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return new FastBuffer(bytes.slice().buffer);
};

Buffer.of = function of(...items) {
  const buf = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) buf[i] = items[i];
  return buf;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  const buf = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    buf.fill(fill, encoding);
  }
  return buf;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  validateSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && getEncodingOps(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (!isUint8Array(list[i])) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
      length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = new FastBuffer(length);
  let pos = 0;
  for (let i = 0; i < list.length && pos < length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], buf);
    const n = Math.min(buf.length, length - pos);
    buffer.set(n === buf.length ? buf : buf.subarray(0, n), pos);
    pos += n;
  }
  return buffer;
};

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  const ops = typeof encoding === 'string' ? getEncodingOps(encoding) : undefined;
  switch (ops?.name) {
    case 'utf16le': return len * 2;
    case 'latin1': case 'ascii': return len;
    case 'hex': return len >>> 1;
    case 'base64': case 'base64url': return base64ByteLength(string, len);
    default: return binding.byteLengthUtf8(string);
  }
};

Object.defineProperty(Buffer.prototype, Symbol.for('nodejs.util.inspect.custom'), {
  __proto__: null, writable: true, configurable: true, enumerable: false,
  value: function inspect(recurseTimes, ctx, inspectFn) {
    const max = INSPECT_MAX_BYTES;
    const actualMax = Math.min(max, this.length);
    const remaining = this.length - max;
    let str = binding.hexSlice(this, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx && typeof inspectFn === 'function') {
      const extras = [];
      for (const key of Object.keys(this)) {
        if (/^\d+$/.test(key)) continue;
        extras.push(`${key}: ${inspectFn(this[key], { ...ctx, breakLength: Infinity, compact: true })}`);
      }
      if (extras.length > 0) str += `${str.length !== 0 ? ', ' : ''}${extras.join(', ')}`;
    }
    return `<${this.constructor.name} ${str}>`;
  },
});

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return new FastBuffer();
  const from = getEncodingOps(`${fromEncoding}`);
  const to = getEncodingOps(`${toEncoding}`);
  const supported = ['utf8', 'utf16le', 'latin1', 'ascii'];
  if (!from || !to || !supported.includes(from.name) || !supported.includes(to.name)) {
    const err = new Error(`Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let str = from.slice(source, 0, source.length);
  // ICU substitutes '?' for characters the target charset cannot hold.
  if (to.name === 'ascii') str = str.replace(/[^\x00-\x7f]/gu, '?');
  else if (to.name === 'latin1') str = str.replace(/[^\x00-\xff]/gu, '?');
  return fromString(str, to.name);
}

function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input) || isArrayBufferView(input)) {
    return binding.isUtf8(toBytes(input));
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input) || isArrayBufferView(input)) {
    return binding.isAscii(toBytes(input));
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function toBytes(input) {
  if (isUint8Array(input) || isAnyArrayBuffer(input)) return input;
  return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
}

let DOMExceptionCtor;
function domException(message, name) {
  if (DOMExceptionCtor === undefined) {
    try {
      const mod = require('internal/per_context/domexception');
      DOMExceptionCtor = typeof mod === 'function' ? mod : mod.DOMException;
    } catch {
      DOMExceptionCtor = null;
    }
  }
  if (DOMExceptionCtor) return new DOMExceptionCtor(message, name);
  const err = new Error(message);
  err.name = name;
  return err;
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw domException('Invalid character', 'InvalidCharacterError');
  }
  return binding.base64Slice(binding.fromString(input, encodingOps.latin1.id), 0, Infinity);
}

const kBase64Alphabet = /^[A-Za-z0-9+/]*={0,2}$/;

// WHATWG forgiving-base64 decode, returning a latin1 string.
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const data = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (!kBase64Alphabet.test(data)) throw domException('Invalid character', 'InvalidCharacterError');
  let body = data;
  if (data.length % 4 === 0) body = data.replace(/={1,2}$/, '');
  else if (data.includes('=')) throw domException('Invalid character', 'InvalidCharacterError');
  if (body.length % 4 === 1) {
    throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  return binding.latin1Slice(binding.fromString(body, encodingOps.base64.id), 0, Infinity);
}

let blobModule;
function lazyBlob() {
  blobModule ??= require('internal/blob');
  return blobModule;
}

function resolveObjectURL(url) {
  return lazyBlob().resolveObjectURL(url);
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  resolveObjectURL,
};

Object.defineProperties(module.exports, {
  Blob: { __proto__: null, enumerable: true, configurable: true, get() { return lazyBlob().Blob; } },
  File: { __proto__: null, enumerable: true, configurable: true, get() { return lazyBlob().File; } },
  INSPECT_MAX_BYTES: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
});
