'use strict';
// Shared pieces of the WHATWG streams implementation: promise capabilities, the size-tracked queue,
// strategy extraction.

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE } } = require('internal/errors');

// A promise with its settle functions; `settled` records whether either has run.
function deferred() {
  const result = { promise: undefined, resolve: undefined, reject: undefined, settled: false };
  result.promise = new Promise((res, rej) => {
    result.resolve = (value) => {
      result.settled = true;
      res(value);
    };
    result.reject = (reason) => {
      result.settled = true;
      rej(reason);
    };
  });
  return result;
}

// A rejected promise whose rejection is considered handled (spec: "set [[PromiseIsHandled]]").
function markHandled(promise) {
  promise.then(undefined, () => {});
  return promise;
}

function rejectedHandled(reason) {
  return markHandled(Promise.reject(reason));
}

function resetQueue(container) {
  container.queue = [];
  container.queueTotalSize = 0;
}

function enqueueValueWithSize(container, value, size) {
  size = Number(size);
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

function dequeueValue(container) {
  const { value, size } = container.queue.shift();
  container.queueTotalSize = Math.max(0, container.queueTotalSize - size);
  return value;
}

function extractHighWaterMark(strategy, defaultHWM) {
  if (strategy === undefined || strategy.highWaterMark === undefined) return defaultHWM;
  const hwm = Number(strategy.highWaterMark);
  if (Number.isNaN(hwm) || hwm < 0) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', hwm);
  return hwm;
}

function extractSizeAlgorithm(strategy) {
  if (strategy === undefined || strategy.size === undefined) return () => 1;
  const size = strategy.size;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_VALUE('strategy.size', size);
  return (chunk) => size(chunk);
}

// Calls an optional method of an underlying source/sink, turning throws and results into a promise.
function promiseCall(fn, thisArg, ...args) {
  if (fn === undefined) return Promise.resolve();
  try {
    return Promise.resolve(Reflect.apply(fn, thisArg, args));
  } catch (err) {
    return Promise.reject(err);
  }
}

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// Web stream objects print as `Name { ...summary }`, one level shallower than the caller asked for.
function customInspect(depth, options, name, data) {
  if (depth < 0) return this;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${require('util').inspect(data, opts)}`;
}

function invalidState(message) {
  return new ERR_INVALID_STATE.TypeError(message);
}

module.exports = {
  customInspect, deferred, dequeueValue, enqueueValueWithSize, extractHighWaterMark, extractSizeAlgorithm, invalidState,
  kInspect, markHandled, promiseCall, rejectedHandled, resetQueue,
};
