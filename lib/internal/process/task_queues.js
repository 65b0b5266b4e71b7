'use strict';
// The nextTick queue and microtask draining, run by the loop after every callback into JS.

const { setTickScheduled, runMicrotasks: runJobs, setupTaskQueue } = internalBinding('process');
const { validateFunction } = require('internal/validators');
const { processPromiseRejections } = require('internal/process/promises');
const { triggerUncaughtException } = require('internal/process/execution');

// A simple ring of arrays: shift() is O(1) amortised and never reallocates the whole queue.
class FixedQueue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  isEmpty() {
    return this.head === this.items.length;
  }

  push(item) {
    this.items.push(item);
  }

  shift() {
    if (this.head === this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

const queue = new FixedQueue();
let tickScheduled = false;

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  if (!tickScheduled) {
    tickScheduled = true;
    setTickScheduled(true);
  }
  queue.push({ callback, args });
}

function processTicksAndRejections() {
  let tock;
  do {
    while ((tock = queue.shift()) !== undefined) {
      const { callback, args } = tock;
      try {
        if (args.length === 0) callback();
        else Reflect.apply(callback, undefined, args);
      } catch (err) {
        triggerUncaughtException(err, false);
      }
    }
    runJobs();
  } while (!queue.isEmpty() || processPromiseRejections());
  tickScheduled = false;
  setTickScheduled(false);
}

function runMicrotasks() {
  runJobs();
}

// queueMicrotask: an exception in the callback is an uncaught exception, not a rejection.
function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      triggerUncaughtException(err, false);
    }
  });
}

setupTaskQueue(processTicksAndRejections);

module.exports = { nextTick, queueMicrotask, runMicrotasks, processTicksAndRejections };
