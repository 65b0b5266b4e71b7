'use strict';
// `string_decoder`: turns a stream of byte chunks into strings without splitting multi-byte
// characters (utf8, utf16le) or base64 groups across chunk boundaries.

const { Buffer } = require('buffer');
const { encodingOps, normalizeEncoding } = require('internal/buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING } } = require('internal/errors');

// Length a UTF-8 lead byte announces (node holds even overlong/out-of-range leads); 0 for others.
function utf8SequenceLength(b) {
  if (b >= 0xC0 && b <= 0xDF) return 2;
  if (b >= 0xE0 && b <= 0xEF) return 3;
  if (b >= 0xF0 && b <= 0xF7) return 4;
  return 0;
}

function hold(decoder, buf, start, end, total) {
  for (let i = start; i < end; i++) decoder.lastChar[i - start] = buf[i];
  decoder.lastTotal = total;
  decoder.lastNeed = total - (end - start);
}

function utf8Write(decoder, buf) {
  let prefix = '';
  let i = 0;
  if (decoder.lastNeed > 0) {
    let filled = decoder.lastTotal - decoder.lastNeed;
    while (decoder.lastNeed > 0 && i < buf.length && (buf[i] & 0xC0) === 0x80) {
      decoder.lastChar[filled++] = buf[i++];
      decoder.lastNeed--;
    }
    if (decoder.lastNeed > 0 && i === buf.length) return '';
    prefix = encodingOps.utf8.slice(decoder.lastChar, 0, filled);
    decoder.lastNeed = 0;
    decoder.lastTotal = 0;
  }
  let end = buf.length;
  let j = end - 1;
  while (j >= i && j > end - 4 && (buf[j] & 0xC0) === 0x80) j--;
  if (j >= i) {
    const need = utf8SequenceLength(buf[j]);
    if (need > end - j) {
      hold(decoder, buf, j, end, need);
      end = j;
    }
  }
  return i === end ? prefix : prefix + encodingOps.utf8.slice(buf, i, end);
}

function completePending(decoder, buf, ops) {
  let filled = decoder.lastTotal - decoder.lastNeed;
  let i = 0;
  while (decoder.lastNeed > 0 && i < buf.length) {
    decoder.lastChar[filled++] = buf[i++];
    decoder.lastNeed--;
  }
  if (decoder.lastNeed > 0) return { i, prefix: undefined };
  decoder.lastTotal = 0;
  return { i, prefix: ops.slice(decoder.lastChar, 0, filled) };
}

// Holds an odd trailing byte, or a trailing high surrogate when the chunk ends on a unit boundary.
function utf16Write(decoder, buf) {
  let prefix = '';
  let i = 0;
  if (decoder.lastNeed > 0) {
    ({ i, prefix } = completePending(decoder, buf, encodingOps.utf16le));
    if (prefix === undefined) return '';
  }
  let end = buf.length;
  if ((end - i) % 2 === 1) {
    end--;
    hold(decoder, buf, end, buf.length, 2);
  } else if (end > i) {
    const lastUnit = buf[end - 2] | (buf[end - 1] << 8);
    if (lastUnit >= 0xD800 && lastUnit <= 0xDBFF) {
      end -= 2;
      hold(decoder, buf, end, buf.length, 4);
    }
  }
  return i === end ? prefix : prefix + encodingOps.utf16le.slice(buf, i, end);
}

function base64Write(decoder, buf, ops) {
  let prefix = '';
  let i = 0;
  if (decoder.lastNeed > 0) {
    ({ i, prefix } = completePending(decoder, buf, ops));
    if (prefix === undefined) return '';
  }
  const rest = (buf.length - i) % 3;
  const end = buf.length - rest;
  if (rest > 0) hold(decoder, buf, end, buf.length, 3);
  return i === end ? prefix : prefix + ops.slice(buf, i, end);
}
class StringDecoder {
  constructor(encoding) {
    const name = normalizeEncoding(encoding);
    if (name === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    this.encoding = name;
    this.lastChar = Buffer.alloc(4);
    this.lastNeed = 0;
    this.lastTotal = 0;
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) {
      throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    }
    if (!(buf instanceof Uint8Array) || buf.constructor !== Buffer) {
      buf = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    switch (this.encoding) {
      case 'utf8': return utf8Write(this, buf);
      case 'utf16le': return utf16Write(this, buf);
      case 'base64': case 'base64url': return base64Write(this, buf, encodingOps[this.encoding]);
      default: return encodingOps[this.encoding].slice(buf, 0, buf.length);
    }
  }

  end(buf) {
    let out = buf === undefined ? '' : this.write(buf);
    if (this.lastNeed > 0) {
      const held = this.lastTotal - this.lastNeed;
      switch (this.encoding) {
        case 'utf8': out += '\ufffd'; break;
        case 'utf16le': out += encodingOps.utf16le.slice(this.lastChar, 0, held - (held % 2)); break;
        default: out += encodingOps[this.encoding].slice(this.lastChar, 0, held);
      }
    }
    this.lastNeed = 0;
    this.lastTotal = 0;
    return out;
  }

  // Legacy: decodes `buf` from `offset`, as node's `text()`.
  text(buf, offset) {
    this.lastNeed = 0;
    this.lastTotal = 0;
    return this.write(buf.subarray(offset));
  }
}

module.exports = { StringDecoder };
