'use strict';
// util: the public utility module. inspect/format live in internal/util/inspect; promisify and friends in
// internal/util; the rest is defined here or loaded on first use.

const { inspect, format, formatWithOptions, stripVTControlCharacters } = require('internal/util/inspect');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
  errnoException, exceptionWithHostPort,
} = require('internal/errors');
const {
  callbackify, deprecate, defineLazyProperties, getSystemErrorMap, promisify, toUSVString,
} = require('internal/util');
const { debuglog } = require('internal/util/debuglog');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const types = require('internal/util/types');
const { validateNumber, validateObject, validateString, kValidateObjectAllowFunction } =
  require('internal/validators');

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  return require('internal/errors').uvErrname(err);
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n) => String(n).padStart(2, '0');

// `26 Nov 21:17:50 - message`, in local time.
function log(...args) {
  const d = new Date();
  const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
  console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(process.env.FORCE_COLOR);
  if (!stream?.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function validateStyleStream(stream) {
  if (stream === null || typeof stream !== 'object' || (typeof stream.write !== 'function' &&
      typeof stream.getWriter !== 'function' && typeof stream.getReader !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
}

function styleText(formats, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  const colors = inspect.colors;
  const list = Array.isArray(formats) ? formats : [formats];
  let left = '';
  let right = '';
  for (const key of list) {
    const codes = colors[key];
    if (codes === undefined) {
      throw new ERR_INVALID_ARG_VALUE('format', key, `must be one of: ${Object.keys(colors).map((k) => `'${k}'`).join(', ')}`);
    }
    left += `\u001b[${codes[0]}m`;
    right = `\u001b[${codes[1]}m${right}`;
  }
  // Node 20 only consults the stream for a single (non-array) format.
  if (!Array.isArray(formats) && validateStream) {
    validateStyleStream(stream);
    if (!shouldColorize(stream)) return text;
  }
  return `${left}${text}${right}`;
}

async function aborted(signal, resource) {
  const { validateAbortSignal } = require('internal/validators');
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowFunction);
  if (signal.aborted) return;
  await new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

function transferableAbortSignal(signal) {
  const { AbortSignal } = require('internal/abort_controller');
  if (!(signal instanceof AbortSignal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  // Node hands back a transferable snapshot: same aborted state, not linked to later aborts.
  if (signal.aborted) return AbortSignal.abort(signal.reason);
  return transferableAbortController().signal;
}

function transferableAbortController() {
  const { AbortController } = require('internal/abort_controller');
  return new AbortController();
}

// Dotenv syntax: KEY=value lines, optional `export`, quotes (double quotes expand \n), # comments.
function parseEnv(content) {
  validateString(content, 'content');
  const env = {};
  const line = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*("(?:\\.|[^"])*"|'[^']*'|`[^`]*`|[^#\r\n]*)/gm;
  for (const match of content.matchAll(line)) {
    let value = match[2].trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'" || quote === '`') && value.endsWith(quote) && value.length > 1) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, '\n');
    }
    env[match[1]] = value;
  }
  return env;
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  for (let i = keys.length - 1; i >= 0; i--) target[keys[i]] = source[keys[i]];
  return target;
}

function isBuffer(value) {
  const { Buffer } = require('buffer');
  return Buffer.isBuffer(value);
}

function _errnoException(...args) {
  return errnoException(...args);
}

function _exceptionWithHostPort(...args) {
  return exceptionWithHostPort(...args);
}

const isPrimitive = (arg) => arg === null || (typeof arg !== 'object' && typeof arg !== 'function');

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (arg) => typeof arg === 'boolean',
  isBuffer,
  isDeepStrictEqual,
  isNull: (arg) => arg === null,
  isNullOrUndefined: (arg) => arg === null || arg === undefined,
  isNumber: (arg) => typeof arg === 'number',
  isString: (arg) => typeof arg === 'string',
  isSymbol: (arg) => typeof arg === 'symbol',
  isUndefined: (arg) => arg === undefined,
  isRegExp: types.isRegExp,
  isObject: (arg) => arg !== null && typeof arg === 'object',
  isDate: types.isDate,
  isError: (e) => types.isNativeError(e) || e instanceof Error,
  isFunction: (arg) => typeof arg === 'function',
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseEnv,
  parseArgs: (config) => require('internal/util/parse_args').parseArgs(config),
};
defineLazyProperties(module.exports, 'internal/encoding', ['TextDecoder', 'TextEncoder']);
defineLazyProperties(module.exports, 'internal/mime', ['MIMEType', 'MIMEParams']);
