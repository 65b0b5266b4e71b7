'use strict';
// AbortController for stream internals: the global one when the runtime provides it, otherwise a minimal
// stand-in whose signal supports aborted/reason/addEventListener/removeEventListener.

const { AbortError } = require('internal/errors');

class MinimalAbortSignal {
  constructor() {
    this.aborted = false;
    this.reason = undefined;
    this.onabort = null;
    this.listeners = [];
  }

  addEventListener(type, fn) {
    if (type === 'abort') this.listeners.push(fn);
  }

  removeEventListener(type, fn) {
    const i = this.listeners.indexOf(fn);
    if (type === 'abort' && i !== -1) this.listeners.splice(i, 1);
  }

  throwIfAborted() {
    if (this.aborted) throw this.reason;
  }
}

class MinimalAbortController {
  constructor() {
    this.signal = new MinimalAbortSignal();
  }

  abort(reason = new AbortError('This operation was aborted')) {
    const signal = this.signal;
    if (signal.aborted) return;
    signal.aborted = true;
    signal.reason = reason;
    const event = { type: 'abort', target: signal };
    if (typeof signal.onabort === 'function') signal.onabort(event);
    for (const fn of signal.listeners.splice(0)) fn.call(signal, event);
  }
}

function createAbortController() {
  return typeof globalThis.AbortController === 'function' ? new globalThis.AbortController() : new MinimalAbortController();
}

module.exports = { createAbortController };
