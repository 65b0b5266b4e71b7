'use strict';
// timers/promises: setTimeout, setImmediate, setInterval (async iterator) and scheduler.

const { Timeout, Immediate, insert, clearTimeout, clearImmediate } = require('internal/timers');
const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateObject } = require('internal/validators');

function validateOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// Rejects with an AbortError when `signal` aborts first (after `cancel()`ing the timer); returns
// the function that resolves and stops listening for the abort.
function settleOnAbort(signal, cancel, resolve, reject) {
  const onAbort = () => {
    cancel();
    reject(abortError(signal));
  };
  signal.addEventListener('abort', onAbort, { once: true });
  return (v) => {
    signal.removeEventListener('abort', onAbort);
    resolve(v);
  };
}

function validateDelay(after) {
  if (after !== undefined && typeof after !== 'number') throw new ERR_INVALID_ARG_TYPE('delay', 'number', after);
}

function setTimeout(after, value, options = {}) {
  let opts;
  try {
    validateDelay(after);
    opts = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const timeout = new Timeout(resolve, after, [value], false, ref);
    insert(timeout, timeout._idleTimeout);
    if (signal) timeout._onTimeout = settleOnAbort(signal, () => clearTimeout(timeout), resolve, reject);
  });
}

function setImmediate(value, options = {}) {
  let opts;
  try {
    opts = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const immediate = new Immediate(resolve, [value]);
    if (!ref) immediate.unref();
    if (signal) immediate._onImmediate = settleOnAbort(signal, () => clearImmediate(immediate), resolve, reject);
  });
}

async function* setInterval(after, value, options = {}) {
  validateDelay(after);
  const { signal, ref } = validateOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let notYielded = 0;
  let wake;
  const interval = new Timeout(() => {
    notYielded++;
    if (wake) {
      wake();
      wake = undefined;
    }
  }, after, undefined, true, ref);
  insert(interval, interval._idleTimeout);
  let onAbort;
  if (signal) {
    onAbort = () => {
      clearTimeout(interval);
      if (wake) {
        wake();
        wake = undefined;
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
  }
  try {
    while (!signal?.aborted) {
      if (notYielded === 0) await new Promise((resolve) => { wake = resolve; });
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw abortError(signal);
  } finally {
    clearTimeout(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  },
  yield() {
    return setImmediate();
  },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
