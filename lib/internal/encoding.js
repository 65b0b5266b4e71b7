'use strict';
// WHATWG TextEncoder / TextDecoder (utf-8, utf-16le and windows-1252 labels, as node's build supports).

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_ENCODING_INVALID_ENCODED_DATA, ERR_ENCODING_NOT_SUPPORTED, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { encodingOps, isAnyArrayBuffer } = require('internal/buffer');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

const labels = { __proto__: null };
function addLabels(encoding, names) {
  for (const name of names) labels[name] = encoding;
}
addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']);
addLabels('utf-16be', ['unicodefffe', 'utf-16be']);
addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']);
addLabels('windows-1252', [
  'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1',
  'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252',
]);

function getEncodingFromLabel(label) {
  return labels[`${label}`.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase()];
}

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    return new Uint8Array(binding.fromString(`${input}`, binding.encodings.utf8));
  }

  encodeInto(src, dest) {
    if (!(dest instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const [read, written] = binding.encodeIntoUtf8(dest, `${src}`);
    return { read, written };
  }

  [kInspect](depth, opts, inspect) {
    if (typeof inspect !== 'function') return `{ encoding: 'utf-8' }`;
    return inspect({ encoding: this.encoding }, opts);
  }
}

Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

const kState = Symbol('kState');

// Bytes of any BufferSource as a Uint8Array view over the same memory.
function toBytes(input) {
  if (input === undefined) return new Uint8Array(0);
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const err = new ERR_INVALID_ARG_TYPE('list', ['SharedArrayBuffer', 'ArrayBuffer', 'ArrayBufferView'], input);
  err.message = 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
  throw err;
}

// Index where a trailing, still-incomplete UTF-8 sequence starts (bytes.length when none).
function incompleteUtf8Tail(bytes) {
  const end = bytes.length;
  let j = end - 1;
  while (j >= 0 && j > end - 4 && (bytes[j] & 0xC0) === 0x80) j--;
  if (j < 0) return end;
  const b = bytes[j];
  const need = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
  return need > end - j ? j : end;
}

function concatBytes(a, b) {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    this[kState] = {
      encoding: enc,
      fatal: Boolean(options?.fatal),
      ignoreBOM: Boolean(options?.ignoreBOM),
      pending: new Uint8Array(0),
      bomChecked: false,
    };
  }

  get encoding() {
    return state(this).encoding;
  }

  get fatal() {
    return state(this).fatal;
  }

  get ignoreBOM() {
    return state(this).ignoreBOM;
  }

  decode(input = undefined, options = {}) {
    const s = state(this);
    const stream = Boolean(options?.stream);
    let bytes = toBytes(input);
    let out;
    if (s.encoding === 'windows-1252') {
      out = encodingOps.latin1.slice(bytes, 0, bytes.length);
    } else {
      bytes = concatBytes(s.pending, bytes);
      const unit = s.encoding === 'utf-8' ? 1 : 2;
      let end = bytes.length;
      if (stream) end = unit === 1 ? incompleteUtf8Tail(bytes) : end - (end % 2);
      s.pending = end < bytes.length ? bytes.slice(end) : new Uint8Array(0);
      out = unit === 1 ? decodeUtf8(bytes, end, s.fatal) :
        decodeUtf16(bytes, end, s.fatal, stream, s.encoding === 'utf-16be');
      if (unit === 2 && stream && out.length > 0) {
        const last = out.charCodeAt(out.length - 1);
        if (last >= 0xD800 && last <= 0xDBFF) {
          // Keep a trailing high surrogate until its pair arrives.
          s.pending = concatBytes(bytes.slice(end - 2), new Uint8Array(0));
          out = out.slice(0, -1);
        }
      }
      if (unit === 2) out = fixSurrogates(out, s.fatal);
    }
    if (!s.bomChecked && out.length > 0) {
      s.bomChecked = true;
      if (!s.ignoreBOM && s.encoding !== 'windows-1252' && out.charCodeAt(0) === 0xFEFF) out = out.slice(1);
    }
    if (!stream) {
      s.bomChecked = false;
      s.pending = new Uint8Array(0);
    }
    return out;
  }

  [kInspect](depth, opts, inspect) {
    const s = state(this);
    const shown = { encoding: s.encoding, fatal: s.fatal, ignoreBOM: s.ignoreBOM };
    if (typeof inspect !== 'function') return `TextDecoder ${JSON.stringify(shown)}`;
    return `${this.constructor.name} ${inspect(shown, opts)}`;
  }
}

Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

function state(self) {
  const s = self?.[kState];
  if (s === undefined) throw new ERR_INVALID_THIS('TextDecoder');
  return s;
}

function decodeUtf8(bytes, end, fatal) {
  const view = end === bytes.length ? bytes : bytes.subarray(0, end);
  const str = binding.decodeUtf8(view, fatal);
  if (str === null) throw new ERR_ENCODING_INVALID_ENCODED_DATA('utf-8');
  return str;
}

function decodeUtf16(bytes, end, fatal, stream, bigEndian) {
  const even = end - (end % 2);
  let units = bytes;
  if (bigEndian) {
    units = new Uint8Array(even);
    for (let i = 0; i < even; i += 2) {
      units[i] = bytes[i + 1];
      units[i + 1] = bytes[i];
    }
  }
  let str = encodingOps.utf16le.slice(units, 0, even);
  if (!stream && even < end) {
    if (fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA(bigEndian ? 'utf-16be' : 'utf-16le');
    str += '\ufffd';
  }
  return str;
}

function fixSurrogates(str, fatal) {
  if (!loneSurrogates.test(str)) return str;
  loneSurrogates.lastIndex = 0;
  if (fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA('utf-16le');
  return str.replace(loneSurrogates, '\ufffd');
}

module.exports = { TextEncoder, TextDecoder, getEncodingFromLabel };
