'use strict';
// WHATWG ReadableStream with the default controller and reader (spec algorithms, non-byte streams;
// `type: 'bytes'` sources are driven through the default controller).

const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const {
  deferred, dequeueValue, enqueueValueWithSize, extractHighWaterMark, extractSizeAlgorithm, invalidState,
  customInspect, kInspect, markHandled, promiseCall, resetQueue,
} = require('internal/webstreams/util');

const kState = Symbol('kState');
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
let WritableStreamAPI;

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    if (source === null) throw new ERR_INVALID_ARG_VALUE('source', source);
    this[kState] = { state: 'readable', reader: undefined, storedError: undefined, disturbed: false, controller: undefined };
    this[kIsClosedPromise] = deferred();
    markHandled(this[kIsClosedPromise].promise);
    const type = source.type;
    if (type !== undefined && `${type}` !== 'bytes') throw new ERR_INVALID_ARG_VALUE('source.type', type);
    const hwm = extractHighWaterMark(strategy, 1);
    const size = type === undefined ? extractSizeAlgorithm(strategy) : (chunk) => chunk.byteLength;
    setupDefaultController(this, source, hwm, size);
  }

  get locked() {
    return this[kState].reader !== undefined;
  }

  cancel(reason) {
    if (!isReadableStream(this)) return Promise.reject(new ERR_INVALID_ARG_TYPE('this', 'ReadableStream', this));
    if (this.locked) return Promise.reject(invalidState('ReadableStream is locked'));
    return cancelStream(this, reason);
  }

  getReader(options = {}) {
    if (options.mode !== undefined && `${options.mode}` !== 'byob') {
      throw new ERR_INVALID_ARG_VALUE('options.mode', options.mode);
    }
    return new ReadableStreamDefaultReader(this);
  }

  pipeThrough(transform, options = {}) {
    if (this.locked) throw invalidState('The ReadableStream is locked');
    if (transform.writable.locked) throw invalidState('The WritableStream is locked');
    markHandled(pipeTo(this, transform.writable, options));
    return transform.readable;
  }

  pipeTo(destination, options = {}) {
    if (this.locked) return Promise.reject(invalidState('The ReadableStream is locked'));
    if (destination.locked) return Promise.reject(invalidState('The WritableStream is locked'));
    return pipeTo(this, destination, options);
  }

  tee() {
    return teeStream(this);
  }

  values(options = {}) {
    return createAsyncIterator(this, !!options.preventCancel);
  }

  [Symbol.asyncIterator](options) {
    return this.values(options);
  }

  static from(iterable) {
    return readableStreamFrom(iterable);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableStream', {
      locked: this.locked,
      state: this[kState].state,
      supportsBYOB: false,
    });
  }
}
Object.defineProperty(ReadableStream.prototype, Symbol.toStringTag, { value: 'ReadableStream', configurable: true });

function isReadableStream(value) {
  return typeof value === 'object' && value !== null && value[kState] !== undefined && value instanceof ReadableStream;
}

class ReadableStreamDefaultController {
  constructor(key) {
    if (key !== kState) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
  }

  get desiredSize() {
    return desiredSize(this);
  }

  close() {
    if (!canCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    closeController(this);
  }

  enqueue(chunk) {
    if (!canCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    enqueueController(this, chunk);
  }

  error(error) {
    errorController(this, error);
  }

  get byobRequest() {
    return null;
  }
}
Object.defineProperty(ReadableStreamDefaultController.prototype, Symbol.toStringTag, {
  value: 'ReadableStreamDefaultController', configurable: true,
});

function setupDefaultController(stream, source, hwm, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kState);
  controller[kState] = {
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    highWaterMark: hwm,
    sizeAlgorithm,
    pullAlgorithm: () => promiseCall(source.pull, source, controller),
    cancelAlgorithm: (reason) => promiseCall(source.cancel, source, reason),
  };
  stream[kState].controller = controller;
  const startResult = source.start === undefined ? undefined : Reflect.apply(source.start, source, [controller]);
  Promise.resolve(startResult).then(() => {
    controller[kState].started = true;
    callPullIfNeeded(controller);
  }, (err) => errorController(controller, err));
}

function desiredSize(controller) {
  const c = controller[kState];
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.highWaterMark - c.queueTotalSize;
}

function canCloseOrEnqueue(controller) {
  const c = controller[kState];
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

function clearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.sizeAlgorithm = undefined;
}

function closeController(controller) {
  const c = controller[kState];
  if (!canCloseOrEnqueue(controller)) return;
  c.closeRequested = true;
  if (c.queue.length === 0) {
    clearAlgorithms(c);
    closeStream(c.stream);
  }
}

function enqueueController(controller, chunk) {
  const c = controller[kState];
  if (!canCloseOrEnqueue(controller)) return;
  const stream = c.stream;
  const reader = stream[kState].reader;
  if (reader !== undefined && reader[kState].readRequests.length > 0) {
    reader[kState].readRequests.shift().resolve({ value: chunk, done: false });
  } else {
    let size;
    try {
      size = c.sizeAlgorithm(chunk);
    } catch (err) {
      errorController(controller, err);
      throw err;
    }
    try {
      enqueueValueWithSize(c, chunk, size);
    } catch (err) {
      errorController(controller, err);
      throw err;
    }
  }
  callPullIfNeeded(controller);
}

function errorController(controller, error) {
  const c = controller[kState];
  if (c.stream[kState].state !== 'readable') return;
  resetQueue(c);
  clearAlgorithms(c);
  errorStream(c.stream, error);
}

function shouldCallPull(controller) {
  const c = controller[kState];
  if (!canCloseOrEnqueue(controller) || !c.started) return false;
  const reader = c.stream[kState].reader;
  if (reader !== undefined && reader[kState].readRequests.length > 0) return true;
  return desiredSize(controller) > 0;
}

function callPullIfNeeded(controller) {
  if (!shouldCallPull(controller)) return;
  const c = controller[kState];
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      callPullIfNeeded(controller);
    }
  }, (err) => errorController(controller, err));
}

// The controller's [[PullSteps]]: serve a read from the queue or park it.
function pullSteps(controller, readRequest) {
  const c = controller[kState];
  if (c.queue.length > 0) {
    const chunk = dequeueValue(c);
    if (c.closeRequested && c.queue.length === 0) {
      clearAlgorithms(c);
      closeStream(c.stream);
    } else {
      callPullIfNeeded(controller);
    }
    readRequest.resolve({ value: chunk, done: false });
  } else {
    c.stream[kState].reader[kState].readRequests.push(readRequest);
    callPullIfNeeded(controller);
  }
}

function closeStream(stream) {
  const s = stream[kState];
  s.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = s.reader;
  if (reader === undefined) return;
  reader[kState].closed.resolve();
  for (const request of reader[kState].readRequests.splice(0)) request.resolve({ value: undefined, done: true });
}

function errorStream(stream, error) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = error;
  stream[kIsClosedPromise].reject(error);
  const reader = s.reader;
  if (reader === undefined) return;
  markHandled(reader[kState].closed.promise);
  reader[kState].closed.reject(error);
  for (const request of reader[kState].readRequests.splice(0)) request.reject(error);
}

function cancelStream(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve();
  if (s.state === 'errored') return Promise.reject(s.storedError);
  closeStream(stream);
  const c = s.controller[kState];
  resetQueue(c);
  const result = c.cancelAlgorithm(reason);
  clearAlgorithms(c);
  return result.then(() => undefined);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (stream.locked) throw invalidState('ReadableStream is locked');
    this[kState] = { stream, readRequests: [], closed: deferred() };
    stream[kState].reader = this;
    const state = stream[kState].state;
    if (state === 'closed') {
      this[kState].closed.resolve();
    } else if (state === 'errored') {
      markHandled(this[kState].closed.promise);
      this[kState].closed.reject(stream[kState].storedError);
    }
  }

  read() {
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(invalidState('The reader is not attached to a stream'));
    const request = deferred();
    const s = stream[kState];
    s.disturbed = true;
    if (s.state === 'closed') request.resolve({ value: undefined, done: true });
    else if (s.state === 'errored') request.reject(s.storedError);
    else pullSteps(s.controller, request);
    return request.promise;
  }

  releaseLock() {
    const stream = this[kState].stream;
    if (stream === undefined) return;
    const error = invalidState('Reader released');
    if (stream[kState].state === 'readable') {
      this[kState].closed.reject(error);
    } else {
      this[kState].closed = deferred();
      this[kState].closed.reject(error);
    }
    markHandled(this[kState].closed.promise);
    for (const request of this[kState].readRequests.splice(0)) request.reject(error);
    stream[kState].reader = undefined;
    this[kState].stream = undefined;
  }

  cancel(reason) {
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(invalidState('The reader is not attached to a stream'));
    return cancelStream(stream, reason);
  }

  get closed() {
    return this[kState].closed.promise;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableStreamDefaultReader', {
      stream: this[kState].stream,
      readRequests: this[kState].readRequests.length,
      close: this[kState].closed.promise,
    });
  }
}
Object.defineProperty(ReadableStreamDefaultReader.prototype, Symbol.toStringTag, {
  value: 'ReadableStreamDefaultReader', configurable: true,
});

function createAsyncIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  let done = false;
  const iterator = {
    next() {
      if (done) return Promise.resolve({ value: undefined, done: true });
      return reader.read().then((result) => {
        if (result.done) {
          done = true;
          reader.releaseLock();
        }
        return result;
      }, (err) => {
        done = true;
        reader.releaseLock();
        throw err;
      });
    },
    return(value) {
      if (done) return Promise.resolve({ value, done: true });
      done = true;
      if (!preventCancel) {
        const result = reader.cancel(value);
        reader.releaseLock();
        return result.then(() => ({ value, done: true }));
      }
      reader.releaseLock();
      return Promise.resolve({ value, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
  return iterator;
}

function readableStreamFrom(iterable) {
  let iterator;
  if (iterable != null && typeof iterable[Symbol.asyncIterator] === 'function') {
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable != null && typeof iterable[Symbol.iterator] === 'function') {
    const syncIterator = iterable[Symbol.iterator]();
    iterator = {
      async next() {
        const { value, done } = syncIterator.next();
        return { value: await value, done };
      },
      async return(v) {
        if (typeof syncIterator.return === 'function') syncIterator.return(v);
        return { value: v, done: true };
      },
    };
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable', 'AsyncIterable'], iterable);
  }
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel(reason) {
      if (typeof iterator.return === 'function') await iterator.return(reason);
    },
  }, { highWaterMark: 0 });
}

function teeStream(stream) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();

  function pull() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    reader.read().then(({ value, done }) => {
      queueMicrotask(() => {
        readAgain = false;
        if (done) {
          reading = false;
          if (!canceled1) closeController(branch1[kState].controller);
          if (!canceled2) closeController(branch2[kState].controller);
          if (!canceled1 || !canceled2) cancelPromise.resolve();
          return;
        }
        if (!canceled1) enqueueController(branch1[kState].controller, value);
        if (!canceled2) enqueueController(branch2[kState].controller, value);
        reading = false;
        if (readAgain) pull();
      });
    }, () => { reading = false; });
    return Promise.resolve();
  }

  function cancelBranch(which, reason) {
    if (which === 1) {
      canceled1 = true;
      reason1 = reason;
    } else {
      canceled2 = true;
      reason2 = reason;
    }
    if (canceled1 && canceled2) cancelPromise.resolve(cancelStream(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = new ReadableStream({ pull, cancel: (r) => cancelBranch(1, r) });
  branch2 = new ReadableStream({ pull, cancel: (r) => cancelBranch(2, r) });
  reader[kState].closed.promise.catch((err) => {
    errorController(branch1[kState].controller, err);
    errorController(branch2[kState].controller, err);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });
  return [branch1, branch2];
}

// pipeTo: read from `source`, write to `dest`, honouring the prevent* options and an AbortSignal.
function pipeTo(source, dest, { preventClose = false, preventAbort = false, preventCancel = false, signal } = {}) {
  WritableStreamAPI ??= require('internal/webstreams/writablestream');
  if (signal !== undefined && (typeof signal !== 'object' || signal === null || !('aborted' in signal))) {
    return Promise.reject(new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal));
  }
  const reader = new ReadableStreamDefaultReader(source);
  const writer = dest.getWriter();
  source[kState].disturbed = true;
  const done = deferred();
  let shuttingDown = false;
  let currentWrite = Promise.resolve();

  function finalize(isError, error) {
    writer.releaseLock();
    reader.releaseLock();
    if (signal) signal.removeEventListener('abort', onAbort);
    if (isError) done.reject(error);
    else done.resolve();
  }

  function shutdown(action, isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    // Chunks already read must still reach the destination, including one whose read is settling now.
    const waitWrites = () => {
      const pending = currentWrite;
      return pending.then(() => {}, () => {}).then(() => (pending === currentWrite ? undefined : waitWrites()));
    };
    const run = () => {
      if (!action) return finalize(isError, error);
      action().then(() => finalize(isError, error), (newError) => finalize(true, newError));
    };
    if (WritableStreamAPI.isWritableState(dest, 'writable') && !WritableStreamAPI.closeQueuedOrInFlight(dest)) {
      waitWrites().then(run);
    } else {
      run();
    }
  }

  function onAbort() {
    const error = signal.reason ?? new AbortError();
    const actions = [];
    if (!preventAbort) {
      actions.push(() => (WritableStreamAPI.isWritableState(dest, 'writable') ? writer.abort(error) : Promise.resolve()));
    }
    if (!preventCancel) {
      actions.push(() => (source[kState].state === 'readable' ? cancelStream(source, error) : Promise.resolve()));
    }
    shutdown(() => Promise.all(actions.map((a) => a())), true, error);
  }

  if (signal) {
    if (signal.aborted) {
      onAbort();
      return done.promise;
    }
    signal.addEventListener('abort', onAbort, { once: true });
  }

  reader.closed.then(() => {
    if (!preventClose) shutdown(() => writer.close(), false);
    else shutdown(null, false);
  }, (storedError) => {
    if (!preventAbort) shutdown(() => writer.abort(storedError), true, storedError);
    else shutdown(null, true, storedError);
  });
  writer.closed.then(() => {
    if (source[kState].state === 'readable' || source[kState].state === 'closed') {
      const error = invalidState('the destination writable stream closed before all data could be piped to it');
      if (!preventCancel) shutdown(() => cancelStream(source, error), true, error);
      else shutdown(null, true, error);
    }
  }, (storedError) => {
    if (!preventCancel) shutdown(() => cancelStream(source, storedError), true, storedError);
    else shutdown(null, true, storedError);
  });

  function step() {
    if (shuttingDown) return;
    writer.ready.then(() => reader.read()).then(({ value, done: finished }) => {
      if (finished) return;
      currentWrite = writer.write(value);
      markHandled(currentWrite);
      step();
    }, () => {});
  }
  step();
  return done.promise;
}

module.exports = {
  ReadableStream, ReadableStreamDefaultController, ReadableStreamDefaultReader, isReadableStream, kState,
  readableStreamState: (stream) => stream[kState],
};
