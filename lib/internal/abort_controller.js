'use strict';
// AbortController and AbortSignal (abort/timeout/any, reason, throwIfAborted, onabort).

const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS } } = require('internal/errors');
const { validateAbortSignal, validateUint32 } = require('internal/validators');
const { Event, EventTarget, defineEventHandler, kTrustEvent } = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');

const kDontThrow = Symbol('kDontThrow');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function lazyInspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}

function inspectWith(self, shown, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${self.constructor.name} ${lazyInspect(shown, opts)}`;
}

let isAbortSignal;
let abortSignal;
let followSignals;

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  // Signals made by AbortSignal.any() that must abort when this one does.
  #dependents = [];

  constructor(token = undefined) {
    if (token !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  static {
    isAbortSignal = (value) => value !== null && typeof value === 'object' && #aborted in value;
    abortSignal = (signal, reason) => {
      if (signal.#aborted) return;
      signal.#aborted = true;
      signal.#reason = reason;
      signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
      for (const dependent of signal.#dependents.splice(0)) abortSignal(dependent, reason);
    };
    followSignals = (signal, sources) => {
      for (const source of sources) source.#dependents.push(signal);
    };
  }

  get aborted() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return this.#aborted;
  }

  get reason() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return this.#reason;
  }

  throwIfAborted() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    if (this.#aborted) throw this.#reason;
  }

  [customInspect](depth, options) {
    return inspectWith(this, { aborted: this.#aborted }, depth, options);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kDontThrow);
    abortSignal(signal, reason);
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrow);
    // A pending timeout signal alone must not keep the process alive.
    setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay).unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) throw new ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    for (let i = 0; i < signals.length; i++) {
      if (!isAbortSignal(signals[i])) throw new ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', signals[i]);
    }
    const signal = new AbortSignal(kDontThrow);
    const already = signals.find((s) => s.aborted);
    if (already !== undefined) abortSignal(signal, already.reason);
    else followSignals(signal, signals);
    return signal;
  }
}

for (const name of ['aborted', 'reason', 'throwIfAborted']) {
  Object.defineProperty(AbortSignal.prototype, name, { enumerable: true });
}
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, configurable: true,
});

let isAbortController;

class AbortController {
  #signal;

  static {
    isAbortController = (value) => value !== null && typeof value === 'object' && #signal in value;
  }

  get signal() {
    if (!isAbortController(this)) throw new ERR_INVALID_THIS('AbortController');
    this.#signal ??= new AbortSignal(kDontThrow);
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    if (!isAbortController(this)) throw new ERR_INVALID_THIS('AbortController');
    abortSignal(this.signal, reason);
  }

  [customInspect](depth, options) {
    return inspectWith(this, { signal: this.signal }, depth, options);
  }
}

for (const name of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, name, { enumerable: true });
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, configurable: true,
});

module.exports = { AbortController, AbortSignal, validateAbortSignal };
