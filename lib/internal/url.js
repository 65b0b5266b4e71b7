'use strict';
// WHATWG URL and URLSearchParams on internalBinding('url') (the `url` crate), plus file-URL helpers.

const binding = internalBinding('url');
const {
  codes: {
    ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS, ERR_INVALID_TUPLE, ERR_INVALID_URL, ERR_INVALID_URL_SCHEME, ERR_MISSING_ARGS,
  },
} = require('internal/errors');

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
const FIELDS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
  'search', 'hash'];

function toUSVString(value) {
  const s = `${value}`;
  return typeof s.toWellFormed === 'function' ? s.toWellFormed() : s;
}

// application/x-www-form-urlencoded byte serializer: [A-Za-z0-9*-._] kept, space as '+'.
function formEncode(str) {
  const bytes = unescape(encodeURIComponent(str));
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 42 || c === 45 ||
        c === 46 || c === 95) {
      out += bytes[i];
    } else if (c === 32) {
      out += '+';
    } else {
      out += `%${c < 16 ? '0' : ''}${c.toString(16).toUpperCase()}`;
    }
  }
  return out;
}

function formDecode(str) {
  const s = str.replace(/\+/g, ' ');
  // Percent-decode to bytes, then UTF-8 decode with replacement.
  let bytes = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes += String.fromCharCode(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes += unescape(encodeURIComponent(s[i].toWellFormed ? s[i].toWellFormed() : s[i]));
    }
  }
  try {
    return decodeURIComponent(escape(bytes));
  } catch {
    return new TextDecoderLite().decode(bytes);
  }
}

// Minimal UTF-8 decoder with U+FFFD replacement, for byte strings decodeURIComponent rejects.
class TextDecoderLite {
  decode(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length;) {
      const b = bytes.charCodeAt(i);
      const need = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
      if (need === 0) { out += bytes[i++]; continue; }
      if (need < 0) { out += '\ufffd'; i++; continue; }
      let j = i + 1;
      while (j <= i + need && j < bytes.length && (bytes.charCodeAt(j) & 0xC0) === 0x80) j++;
      if (j === i + need + 1) {
        try { out += decodeURIComponent(escape(bytes.slice(i, j))); } catch { out += '\ufffd'; }
      } else {
        out += '\ufffd';
      }
      i = j;
    }
    return out;
  }
}

function parseParams(query) {
  const list = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? '' : part.slice(eq + 1);
    list.push([formDecode(name), formDecode(value)]);
  }
  return list;
}

const kList = Symbol('query');
const kUrl = Symbol('context');

class URLSearchParams {
  constructor(init = undefined) {
    this[kList] = [];
    this[kUrl] = null;
    if (init === undefined || init === null) {
      if (init === null) this[kList] = parseParams('null');
      return;
    }
    if (typeof init === 'object' || typeof init === 'function') {
      const iter = init[Symbol.iterator];
      if (iter !== undefined && iter !== null) {
        if (typeof iter !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [...pair];
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this[kList].push([toUSVString(items[0]), toUSVString(items[1])]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (typeof key === 'string' && desc !== undefined && desc.enumerable) {
            this[kList].push([toUSVString(key), toUSVString(init[key])]);
          }
        }
      }
      return;
    }
    let s = toUSVString(init);
    if (s[0] === '?') s = s.slice(1);
    this[kList] = parseParams(s);
  }

  get size() {
    check(this);
    return this[kList].length;
  }

  append(name, value) {
    check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this[kList].push([toUSVString(name), toUSVString(value)]);
    update(this);
  }

  delete(name, value = undefined) {
    check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      this[kList] = this[kList].filter(([n, v]) => !(n === name && v === value));
    } else {
      this[kList] = this[kList].filter(([n]) => n !== name);
    }
    update(this);
  }

  get(name) {
    check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const hit = this[kList].find(([n]) => n === name);
    return hit === undefined ? null : hit[1];
  }

  getAll(name) {
    check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    return this[kList].filter(([n]) => n === name).map(([, v]) => v);
  }

  has(name, value = undefined) {
    check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      return this[kList].some(([n, v]) => n === name && v === value);
    }
    return this[kList].some(([n]) => n === name);
  }

  set(name, value) {
    check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this[kList];
    const first = list.findIndex(([n]) => n === name);
    if (first === -1) {
      list.push([name, value]);
    } else {
      list[first][1] = value;
      this[kList] = list.filter(([n], i) => i <= first || n !== name);
    }
    update(this);
  }

  sort() {
    check(this);
    // Stable sort by UTF-16 code units of the name, as the spec asks.
    this[kList] = this[kList].map((p, i) => [p, i]).sort((a, b) => {
      if (a[0][0] < b[0][0]) return -1;
      if (a[0][0] > b[0][0]) return 1;
      return a[1] - b[1];
    }).map(([p]) => p);
    update(this);
  }

  forEach(callback, thisArg = undefined) {
    check(this);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    for (let i = 0; i < this[kList].length; i++) {
      const [n, v] = this[kList][i];
      callback.call(thisArg, v, n, this);
    }
  }

  *entries() {
    check(this);
    for (let i = 0; i < this[kList].length; i++) yield [this[kList][i][0], this[kList][i][1]];
  }

  *keys() {
    check(this);
    for (let i = 0; i < this[kList].length; i++) yield this[kList][i][0];
  }

  *values() {
    check(this);
    for (let i = 0; i < this[kList].length; i++) yield this[kList][i][1];
  }

  toString() {
    check(this);
    return this[kList].map(([n, v]) => `${formEncode(n)}=${formEncode(v)}`).join('&');
  }

  [inspectCustom](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const fmt = (v) => (typeof inspect === 'function' ? inspect(v, options) : `'${v}'`);
    const parts = this[kList].map(([n, v]) => `${fmt(n)} => ${fmt(v)}`);
    if (parts.length === 0) return 'URLSearchParams {}';
    const oneLine = `URLSearchParams { ${parts.join(', ')} }`;
    const width = options?.breakLength ?? 80;
    if (oneLine.length <= width) return oneLine;
    return `URLSearchParams {\n  ${parts.join(',\n  ')} }`;
  }
}
URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

function check(params) {
  if (params === null || typeof params !== 'object' || !(kList in params)) {
    throw new ERR_INVALID_THIS('URLSearchParams');
  }
}

// A URLSearchParams owned by a URL writes its serialization back into the URL's query.
function update(params) {
  const url = params[kUrl];
  if (url === null) return;
  url[kParts] = binding.update(url[kParts][0], 'search', params.toString());
}

const kParts = Symbol('parts');

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const parts = binding.parse(input, base);
    if (parts === undefined) throw new ERR_INVALID_URL(input, base);
    this[kParts] = parts;
    this[kList] = null;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    return binding.canParse(input, base);
  }

  static createObjectURL() {
    throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', arguments[0]);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
  }

  get searchParams() {
    if (this[kList] === null) {
      const params = new URLSearchParams(this[kParts][9].slice(1));
      params[kUrl] = this;
      this[kList] = params;
    }
    return this[kList];
  }

  toString() {
    return this[kParts][0];
  }

  toJSON() {
    return this[kParts][0];
  }

  [inspectCustom](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {};
    for (const f of FIELDS) obj[f] = this[f];
    obj.searchParams = this.searchParams;
    const body = typeof inspect === 'function' ? inspect(obj, options) : JSON.stringify(obj);
    return `${this.constructor.name} ${body}`;
  }
}

function setUrlPart(url, name, value) {
  const parts = binding.update(url[kParts][0], name, toUSVString(value));
  if (parts === undefined) throw new ERR_INVALID_URL(toUSVString(value));
  url[kParts] = parts;
  if (name !== 'hash' && url[kList] !== null) url[kList][kList] = parseParams(parts[9].slice(1));
}

FIELDS.forEach((name, index) => {
  const desc = { enumerable: true, configurable: true, get() { return this[kParts][index]; } };
  if (name !== 'origin') desc.set = function(value) { setUrlPart(this, name, value); };
  Object.defineProperty(URL.prototype, name, desc);
});
for (const name of ['toString', 'toJSON', 'searchParams']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, name);
  d.enumerable = true;
  Object.defineProperty(URL.prototype, name, d);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

function isURL(value) {
  return value != null && typeof value === 'object' && kParts in value;
}

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (path.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = path.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  let resolved = require('path').resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  const encoded = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D').replace(/\t/g, '%09');
  const url = new URL(`file://${encoded.replace(/\?/g, '%3F').replace(/#/g, '%23')}`);
  return url;
}

function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  isURL,
  pathToFileURL,
  toPathIfFileURL: (p) => (isURL(p) ? fileURLToPath(p) : p),
  urlToHttpOptions,
  formEncode,
};
