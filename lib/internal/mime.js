'use strict';
// util.MIMEType / util.MIMEParams: WHATWG MIME type parsing and serialization.

const { codes: { ERR_INVALID_MIME_SYNTAX } } = require('internal/errors');

const kNotToken = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const kNotQuotedStringChar = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const kWhitespace = /[\t\n\r ]/;

function invalidIndex(text, pattern) {
  const match = pattern.exec(text);
  return match === null ? -1 : match.index;
}

function checkToken(production, value) {
  if (value.length === 0) throw new ERR_INVALID_MIME_SYNTAX(production, value, -1);
  const at = invalidIndex(value, kNotToken);
  if (at !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, value, at);
}

function trimHttpWhitespace(text) {
  return text.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function serializeValue(value) {
  if (value.length > 0 && !kNotToken.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const value = this.#data.get(name);
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const nameAt = invalidIndex(name, kNotToken);
    if (name.length === 0 || nameAt !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, nameAt);
    const valueAt = invalidIndex(value, kNotQuotedStringChar);
    if (valueAt !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, valueAt);
    this.#data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#data) out += `${out === '' ? '' : ';'}${name}=${serializeValue(value)}`;
    return out;
  }

  toJSON() {
    return this.toString();
  }
}

// Parameters after the essence: the first occurrence of a name wins, invalid ones are skipped.
function parseParams(params, text) {
  let pos = 0;
  while (pos < text.length) {
    pos++; // the ';'
    while (pos < text.length && kWhitespace.test(text[pos])) pos++;
    let name = '';
    while (pos < text.length && text[pos] !== ';' && text[pos] !== '=') name += text[pos++];
    name = name.toLowerCase();
    if (pos >= text.length) break;
    if (text[pos] === ';') continue;
    pos++; // the '='
    let value = '';
    if (text[pos] === '"') {
      pos++;
      while (pos < text.length && text[pos] !== '"') {
        if (text[pos] === '\\' && pos + 1 < text.length) pos++;
        value += text[pos++];
      }
      while (pos < text.length && text[pos] !== ';') pos++;
    } else {
      while (pos < text.length && text[pos] !== ';') value += text[pos++];
      value = value.replace(/[\t\n\r ]+$/, '');
      if (value === '') continue;
    }
    if (name !== '' && !kNotToken.test(name) && !kNotQuotedStringChar.test(value) && !params.has(name)) {
      params.set(name, value);
    }
  }
}

class MIMEType {
  #type;
  #subtype;
  #params = new MIMEParams();

  constructor(string) {
    string = `${string}`;
    const text = trimHttpWhitespace(string);
    const slash = text.indexOf('/');
    const type = slash === -1 ? text : text.slice(0, slash);
    if (type.length === 0 || slash === -1) {
      throw new ERR_INVALID_MIME_SYNTAX('type', string, type.length === 0 ? -1 : invalidIndex(type, kNotToken));
    }
    const typeAt = invalidIndex(type, kNotToken);
    if (typeAt !== -1) throw new ERR_INVALID_MIME_SYNTAX('type', string, typeAt);
    const semicolon = text.indexOf(';', slash + 1);
    const subtype = (semicolon === -1 ? text.slice(slash + 1) : text.slice(slash + 1, semicolon))
      .replace(/[\t\n\r ]+$/, '');
    if (subtype.length === 0) throw new ERR_INVALID_MIME_SYNTAX('subtype', string, -1);
    const subtypeAt = invalidIndex(subtype, kNotToken);
    if (subtypeAt !== -1) throw new ERR_INVALID_MIME_SYNTAX('subtype', string, subtypeAt);
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    if (semicolon !== -1) parseParams(this.#params, text.slice(semicolon));
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    checkToken('type', value);
    this.#type = value.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    checkToken('subtype', value);
    this.#subtype = value.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = this.#params.toString();
    return params === '' ? this.essence : `${this.essence};${params}`;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEParams, MIMEType };
