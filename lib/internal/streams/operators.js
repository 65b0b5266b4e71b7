'use strict';
// Readable.prototype iterator helpers (map, filter, reduce, ...). Stream-returning ones are async
// generators that stream.js wraps with Readable.from; the others return promises.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateAbortSignal, validateInteger, validateObject, validateFunction } = require('internal/validators');
const { createAbortController } = require('internal/streams/abort-controller');
const { finished } = require('internal/streams/end-of-stream');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function abortedError(options) {
  return new AbortError(undefined, { cause: options.signal.reason });
}

// An internal controller that also follows the caller's signal.
function linkedController(options) {
  const ac = createAbortController();
  if (options && options.signal) {
    if (options.signal.aborted) ac.abort(options.signal.reason);
    else options.signal.addEventListener('abort', () => ac.abort(options.signal.reason), { once: true });
  }
  return ac;
}

function map(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  return async function* map() {
    const ac = linkedController(options);
    const signal = ac.signal;
    const stream = this;
    const queue = [];
    const signalOpt = { signal };
    let next;
    let resume;
    let done = false;
    let cnt = 0;

    function onCatch() {
      done = true;
      afterItemProcessed();
    }
    function afterItemProcessed() {
      cnt -= 1;
      maybeResume();
    }
    function maybeResume() {
      if (resume && !done && cnt < concurrency && queue.length < highWaterMark) {
        resume();
        resume = null;
      }
    }

    // Pulls from the source and starts fn() calls, up to `concurrency` in flight.
    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;
          if (signal.aborted) throw new AbortError();
          try {
            val = fn(val, signalOpt);
            if (val === kEmpty) continue;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          cnt += 1;
          val.then(afterItemProcessed, onCatch);
          queue.push(val);
          if (next) {
            next();
            next = null;
          }
          if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
            await new Promise((resolve) => { resume = resolve; });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const val = Promise.reject(err);
        val.then(afterItemProcessed, onCatch);
        queue.push(val);
      } finally {
        done = true;
        if (next) {
          next();
          next = null;
        }
      }
    }

    pump();
    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw new AbortError();
          if (val !== kEmpty) yield val;
          queue.shift();
          maybeResume();
        }
        await new Promise((resolve) => { next = resolve; });
      }
    } finally {
      done = true;
      if (resume) {
        resume();
        resume = null;
      }
      ac.abort();
    }
  }.call(this);
}

let warnedAsIndexedPairs = false;

function compose(stream, options) {
  validateOptions(options);
  const { isNodeStream, isWritable } = require('internal/streams/utils');
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  const composedStream = require('internal/streams/compose')(this, stream);
  if (options && options.signal) {
    require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, composedStream);
  }
  return composedStream;
}

function asIndexedPairs(options = undefined) {
  if (!warnedAsIndexedPairs && process.noDeprecation !== true) {
    warnedAsIndexedPairs = true;
    process.emitWarning('readable.asIndexedPairs will be removed in a future version.', 'DeprecationWarning');
  }
  validateOptions(options);
  return async function* asIndexedPairs() {
    let index = 0;
    for await (const val of this) {
      if (options && options.signal && options.signal.aborted) throw abortedError(options);
      yield [index++, val];
    }
  }.call(this);
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) { // eslint-disable-line no-unused-vars
    return true;
  }
  return false;
}

async function every(fn, options = undefined) {
  validateFunction(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options)); // eslint-disable-line no-unused-vars
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options && options.signal && options.signal.aborted) {
    const err = abortedError(options);
    this.once('error', () => {});
    await finished(this.destroy(err));
    throw err;
  }
  const ac = linkedController(options);
  const signal = ac.signal;
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      if (options && options.signal && options.signal.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    if (options && options.signal && options.signal.aborted) throw abortedError(options);
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMap() {
    for await (const val of values) yield* val;
  }.call(this);
}

function toIntegerOrInfinity(num) {
  num = Number(num);
  if (Number.isNaN(num)) return 0;
  if (num < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', num);
  return num;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* drop() {
    if (options && options.signal && options.signal.aborted) throw new AbortError();
    for await (const val of this) {
      if (options && options.signal && options.signal.aborted) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  }.call(this);
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* take() {
    if (options && options.signal && options.signal.aborted) throw new AbortError();
    for await (const val of this) {
      if (options && options.signal && options.signal.aborted) throw new AbortError();
      if (number-- > 0) yield val;
      // Stop before pulling another item once enough were taken.
      if (number <= 0) return;
    }
  }.call(this);
}

module.exports = {
  streamReturningOperators: { asIndexedPairs, compose, drop, filter, flatMap, map, take },
  promiseReturningOperators: { every, forEach, reduce, toArray, some, find },
};
