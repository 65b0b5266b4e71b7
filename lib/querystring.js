'use strict';
// querystring: application/x-www-form-urlencoded parsing and serialization, node's legacy flavour.

const HEX = '0123456789ABCDEF';
// Characters escape() leaves as they are: A-Z a-z 0-9 - . _ ~ ! * ' ( )
const UNRESERVED = /[A-Za-z0-9\-._~!*'()]/;

function hexByte(b) {
  return `%${HEX[b >> 4]}${HEX[b & 15]}`;
}

function encodeStr(str) {
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) {
      out += UNRESERVED.test(str[i]) ? str[i] : hexByte(c);
    } else if (c < 0x800) {
      out += hexByte(0xC0 | (c >> 6)) + hexByte(0x80 | (c & 63));
    } else if (c < 0xD800 || c >= 0xE000) {
      out += hexByte(0xE0 | (c >> 12)) + hexByte(0x80 | ((c >> 6) & 63)) + hexByte(0x80 | (c & 63));
    } else {
      // Like node, any surrogate takes the next unit as its pair unchecked; only one at the end fails.
      const next = str.charCodeAt(i + 1);
      if (i + 1 >= str.length) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_URI();
      }
      i++;
      const cp = 0x10000 + (((c & 0x3FF) << 10) | (next & 0x3FF));
      out += hexByte(0xF0 | (cp >> 18)) + hexByte(0x80 | ((cp >> 12) & 63)) +
        hexByte(0x80 | ((cp >> 6) & 63)) + hexByte(0x80 | (cp & 63));
    }
  }
  return out;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str);
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// Decodes %XX (and '+' when asked) into bytes; malformed escapes stay as they are.
function unescapeBytes(s, decodeSpaces) {
  s = `${s}`;
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 && i + 2 < s.length && hexValue(s.charCodeAt(i + 1)) >= 0 && hexValue(s.charCodeAt(i + 2)) >= 0) {
      bytes.push(hexValue(s.charCodeAt(i + 1)) * 16 + hexValue(s.charCodeAt(i + 2)));
      i += 2;
    } else if (c === 43 && decodeSpaces) {
      bytes.push(32);
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      const b = utf8Bytes(s[i] + (c >= 0xD800 && c < 0xDC00 && i + 1 < s.length ? s[++i] : ''));
      for (let k = 0; k < b.length; k++) bytes.push(b[k]);
    }
  }
  return bytes;
}

function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  return Buffer.from(unescapeBytes(s, decodeSpaces));
}

// UTF-8 to string, each maximal invalid subsequence becoming one U+FFFD (as Buffer#toString does).
function decodeUtf8(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lo = 0x80;
    let hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
    else if (b >= 0xE0 && b <= 0xEF) { need = 2; cp = b & 0x0F; if (b === 0xE0) lo = 0xA0; if (b === 0xED) hi = 0x9F; }
    else if (b >= 0xF0 && b <= 0xF4) { need = 3; cp = b & 0x07; if (b === 0xF0) lo = 0x90; if (b === 0xF4) hi = 0x8F; }
    else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = i + 1;
    for (; j <= i + need; j++) {
      const c = bytes[j];
      if (c === undefined || c < lo || c > hi) break;
      cp = (cp << 6) | (c & 0x3F);
      lo = 0x80;
      hi = 0xBF;
    }
    if (j === i + need + 1) out += String.fromCodePoint(cp);
    else out += '\ufffd';
    i = j;
  }
  return out;
}

function utf8Bytes(str) {
  return unescape(encodeURIComponent(str.toWellFormed ? str.toWellFormed() : str)).split('').map((ch) => ch.charCodeAt(0));
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return decodeUtf8(unescapeBytes(s, decodeSpaces));
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = (v) => encode(stringifyPrimitive(v));
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = convert(k) + eq;
    if (Array.isArray(v)) {
      for (const item of v) fields.push(ks + convert(item));
    } else {
      fields.push(ks + convert(v));
    }
  }
  return fields.join(sep);
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const decodeOne = (s) => {
    const plus = s.replace(/\+/g, ' ');
    if (!/[%]/.test(plus) && decode === qsUnescape) return plus;
    try {
      return decode(plus);
    } catch {
      return qsUnescape(plus, true);
    }
  };
  let pairs = qs.split(sep);
  if (maxKeys > 0 && pairs.length > maxKeys) pairs = pairs.slice(0, maxKeys);
  for (const pair of pairs) {
    if (pair.length === 0 && pairs.length > 1) continue;
    const at = pair.indexOf(eq);
    const rawKey = at === -1 ? pair : pair.slice(0, at);
    const rawValue = at === -1 ? '' : pair.slice(at + eq.length);
    if (rawKey.length === 0 && rawValue.length === 0 && at === -1) continue;
    const key = decodeOne(rawKey);
    const value = decodeOne(rawValue);
    if (key in obj) {
      const cur = obj[key];
      if (Array.isArray(cur)) cur.push(value);
      else obj[key] = [cur, value];
    } else {
      obj[key] = value;
    }
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
