'use strict';
// The Console class and the global console. (Core subset for the runtime.)

const { formatWithOptions, inspect } = require('internal/util/inspect');

const kWrite = Symbol('kWrite');
const kGroupIndent = Symbol('kGroupIndent');
const kCounts = Symbol('kCounts');
const kTimers = Symbol('kTimers');

class Console {
  constructor(options, stderr, ignoreErrors) {
    if (!options || typeof options.write === 'function') options = { stdout: options, stderr, ignoreErrors };
    this._stdout = options.stdout;
    this._stderr = options.stderr || options.stdout;
    this[kGroupIndent] = '';
    this[kCounts] = new Map();
    this[kTimers] = new Map();
    for (const key of Object.getOwnPropertyNames(Console.prototype)) {
      if (key !== 'constructor') this[key] = this[key].bind(this);
    }
  }

  [kWrite](stream, text) {
    const indent = this[kGroupIndent];
    if (indent.length > 0) text = text.replace(/^/gm, indent);
    stream.write(`${text}\n`);
  }

  log(...args) {
    this[kWrite](this._stdout, formatWithOptions(undefined, ...args));
  }

  info(...args) {
    this.log(...args);
  }

  debug(...args) {
    this.log(...args);
  }

  warn(...args) {
    this[kWrite](this._stderr, formatWithOptions(undefined, ...args));
  }

  error(...args) {
    this.warn(...args);
  }

  dir(obj, options) {
    this[kWrite](this._stdout, inspect(obj, options));
  }

  trace(...args) {
    const err = { name: 'Trace', message: formatWithOptions(undefined, ...args) };
    Error.captureStackTrace(err, this.trace);
    this.error(err.stack);
  }

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      this.warn(...args);
    }
  }

  count(label = 'default') {
    label = `${label}`;
    const n = (this[kCounts].get(label) || 0) + 1;
    this[kCounts].set(label, n);
    this.log(`${label}: ${n}`);
  }

  countReset(label = 'default') {
    this[kCounts].delete(`${label}`);
  }

  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kGroupIndent] += '  ';
  }

  groupCollapsed(...data) {
    this.group(...data);
  }

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, -2);
  }

  time(label = 'default') {
    this[kTimers].set(`${label}`, performance.now());
  }

  timeEnd(label = 'default') {
    this.timeLog(label);
    this[kTimers].delete(`${label}`);
  }

  timeLog(label = 'default', ...data) {
    const start = this[kTimers].get(`${label}`);
    if (start === undefined) return;
    const ms = performance.now() - start;
    this.log(`${label}: ${ms.toFixed(3)}ms`, ...data);
  }
}

module.exports = { Console };
