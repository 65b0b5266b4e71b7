'use strict';
// WHATWG WritableStream with its default controller and writer (spec algorithms: one write in flight,
// backpressure via writer.ready, erroring -> errored once in-flight work settles, abort/close requests).

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const {
  deferred, dequeueValue, enqueueValueWithSize, extractHighWaterMark, extractSizeAlgorithm, invalidState,
  customInspect, kInspect, markHandled, promiseCall, resetQueue,
} = require('internal/webstreams/util');

const kState = Symbol('kState');
const kCloseSentinel = Symbol('kCloseSentinel');
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');

class WritableStream {
  constructor(sink = {}, strategy = {}) {
    if (sink === null) throw new ERR_INVALID_ARG_VALUE('sink', sink);
    if (sink.type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', sink.type);
    this[kState] = {
      state: 'writable',
      storedError: undefined,
      writer: undefined,
      controller: undefined,
      writeRequests: [],
      inFlightWriteRequest: undefined,
      closeRequest: undefined,
      inFlightCloseRequest: undefined,
      pendingAbortRequest: undefined,
      backpressure: false,
    };
    this[kIsClosedPromise] = deferred();
    markHandled(this[kIsClosedPromise].promise);
    const hwm = extractHighWaterMark(strategy, 1);
    const size = extractSizeAlgorithm(strategy);
    setupController(this, sink, hwm, size);
  }

  get locked() {
    return this[kState].writer !== undefined;
  }

  abort(reason) {
    if (this.locked) return Promise.reject(invalidState('WritableStream is locked'));
    return abortStream(this, reason);
  }

  close() {
    if (this.locked) return Promise.reject(invalidState('WritableStream is locked'));
    if (closeQueuedOrInFlight(this)) return Promise.reject(invalidState('Failure closing WritableStream'));
    return closeStream(this);
  }

  getWriter() {
    return new WritableStreamDefaultWriter(this);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'WritableStream', { locked: this.locked, state: this[kState].state });
  }
}
Object.defineProperty(WritableStream.prototype, Symbol.toStringTag, { value: 'WritableStream', configurable: true });

class WritableStreamDefaultController {
  constructor(key) {
    if (key !== kState) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
  }

  get signal() {
    return this[kState].abortController.signal;
  }

  error(error) {
    if (this[kState].stream[kState].state !== 'writable') return;
    errorController(this, error);
  }
}
Object.defineProperty(WritableStreamDefaultController.prototype, Symbol.toStringTag, {
  value: 'WritableStreamDefaultController', configurable: true,
});

function setupController(stream, sink, hwm, sizeAlgorithm) {
  const controller = new WritableStreamDefaultController(kState);
  const { AbortController } = require('internal/abort_controller');
  controller[kState] = {
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    highWaterMark: hwm,
    sizeAlgorithm,
    abortController: new AbortController(),
    writeAlgorithm: (chunk) => promiseCall(sink.write, sink, chunk, controller),
    closeAlgorithm: () => promiseCall(sink.close, sink),
    abortAlgorithm: (reason) => promiseCall(sink.abort, sink, reason),
  };
  stream[kState].controller = controller;
  updateBackpressure(stream, getBackpressure(controller));
  const startResult = sink.start === undefined ? undefined : Reflect.apply(sink.start, sink, [controller]);
  Promise.resolve(startResult).then(() => {
    controller[kState].started = true;
    advanceQueueIfNeeded(controller);
  }, (err) => {
    controller[kState].started = true;
    dealWithRejection(stream, err);
  });
}

function clearAlgorithms(c) {
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.sizeAlgorithm = undefined;
}

function getDesiredSize(controller) {
  const c = controller[kState];
  return c.highWaterMark - c.queueTotalSize;
}

function getBackpressure(controller) {
  return getDesiredSize(controller) <= 0;
}

function closeQueuedOrInFlight(stream) {
  const s = stream[kState];
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(stream) {
  const s = stream[kState];
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function abortStream(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  s.controller[kState].abortController.abort(reason);
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve();
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (s.state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = deferred();
  s.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return promise.promise;
}

function closeStream(stream) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') {
    return Promise.reject(invalidState('WritableStream is closed or errored'));
  }
  const promise = deferred();
  s.closeRequest = promise;
  if (s.writer !== undefined && s.backpressure && s.state === 'writable') s.writer[kState].ready.resolve();
  const c = s.controller[kState];
  enqueueValueWithSize(c, kCloseSentinel, 0);
  advanceQueueIfNeeded(s.controller);
  return promise.promise;
}

function dealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function startErroring(stream, reason) {
  const s = stream[kState];
  s.state = 'erroring';
  s.storedError = reason;
  const writer = s.writer;
  if (writer !== undefined) ensureReadyPromiseRejected(writer, reason);
  if (!hasOperationMarkedInFlight(stream) && s.controller[kState].started) finishErroring(stream);
}

function finishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  resetQueue(s.controller[kState]);
  const storedError = s.storedError;
  for (const request of s.writeRequests.splice(0)) request.reject(storedError);
  if (s.pendingAbortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = s.pendingAbortRequest;
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const c = s.controller[kState];
  const result = c.abortAlgorithm(abortRequest.reason);
  clearAlgorithms(c);
  result.then(() => {
    abortRequest.promise.resolve();
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = undefined;
  }
  stream[kIsClosedPromise].reject(s.storedError);
  const writer = s.writer;
  if (writer !== undefined) {
    markHandled(writer[kState].closed.promise);
    writer[kState].closed.reject(s.storedError);
  }
}

function updateBackpressure(stream, backpressure) {
  const s = stream[kState];
  const writer = s.writer;
  if (writer !== undefined && backpressure !== s.backpressure) {
    if (backpressure) writer[kState].ready = deferred();
    else writer[kState].ready.resolve();
  }
  s.backpressure = backpressure;
}

function errorController(controller, error) {
  const stream = controller[kState].stream;
  clearAlgorithms(controller[kState]);
  startErroring(stream, error);
}

function errorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') errorController(controller, error);
}

function advanceQueueIfNeeded(controller) {
  const c = controller[kState];
  const stream = c.stream;
  const s = stream[kState];
  if (!c.started || s.inFlightWriteRequest !== undefined) return;
  if (s.state === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (c.queue.length === 0) return;
  const value = c.queue[0].value;
  if (value === kCloseSentinel) processClose(controller);
  else processWrite(controller, value);
}

function processClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
  dequeueValue(c);
  const result = c.closeAlgorithm();
  clearAlgorithms(c);
  result.then(() => {
    s.inFlightCloseRequest.resolve();
    s.inFlightCloseRequest = undefined;
    if (s.state === 'erroring') {
      s.storedError = undefined;
      if (s.pendingAbortRequest !== undefined) {
        s.pendingAbortRequest.promise.resolve();
        s.pendingAbortRequest = undefined;
      }
    }
    s.state = 'closed';
    stream[kIsClosedPromise].resolve();
    if (s.writer !== undefined) s.writer[kState].closed.resolve();
  }, (reason) => {
    s.inFlightCloseRequest.reject(reason);
    s.inFlightCloseRequest = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.promise.reject(reason);
      s.pendingAbortRequest = undefined;
    }
    dealWithRejection(stream, reason);
  });
}

function processWrite(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightWriteRequest = s.writeRequests.shift();
  c.writeAlgorithm(chunk).then(() => {
    s.inFlightWriteRequest.resolve();
    s.inFlightWriteRequest = undefined;
    const state = s.state;
    dequeueValue(c);
    if (!closeQueuedOrInFlight(stream) && state === 'writable') updateBackpressure(stream, getBackpressure(controller));
    advanceQueueIfNeeded(controller);
  }, (reason) => {
    if (s.state === 'writable') clearAlgorithms(c);
    s.inFlightWriteRequest.reject(reason);
    s.inFlightWriteRequest = undefined;
    dealWithRejection(stream, reason);
  });
}

function ensureReadyPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.ready.settled) w.ready = deferred();
  markHandled(w.ready.promise);
  w.ready.reject(error);
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!(stream instanceof WritableStream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    if (stream.locked) throw invalidState('WritableStream is locked');
    const s = stream[kState];
    this[kState] = { stream, ready: deferred(), closed: deferred() };
    s.writer = this;
    const state = s.state;
    if (state === 'writable') {
      if (!closeQueuedOrInFlight(stream) && s.backpressure) {
        // ready stays pending
      } else {
        this[kState].ready.resolve();
      }
    } else if (state === 'erroring') {
      markHandled(this[kState].ready.promise);
      this[kState].ready.reject(s.storedError);
    } else if (state === 'closed') {
      this[kState].ready.resolve();
      this[kState].closed.resolve();
    } else {
      markHandled(this[kState].ready.promise);
      this[kState].ready.reject(s.storedError);
      markHandled(this[kState].closed.promise);
      this[kState].closed.reject(s.storedError);
    }
  }

  get closed() {
    return this[kState].closed.promise;
  }

  get ready() {
    return this[kState].ready.promise;
  }

  get desiredSize() {
    const stream = this[kState].stream;
    if (stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    const state = stream[kState].state;
    if (state === 'errored' || state === 'erroring') return null;
    if (state === 'closed') return 0;
    return getDesiredSize(stream[kState].controller);
  }

  abort(reason) {
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    return abortStream(stream, reason);
  }

  close() {
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    if (closeQueuedOrInFlight(stream)) return Promise.reject(invalidState('Failure to close WritableStream'));
    return closeStream(stream);
  }

  releaseLock() {
    const stream = this[kState].stream;
    if (stream === undefined) return;
    const error = invalidState('Writer released');
    ensureReadyPromiseRejected(this, error);
    this[kState].closed = deferred();
    markHandled(this[kState].closed.promise);
    this[kState].closed.reject(error);
    stream[kState].writer = undefined;
    this[kState].stream = undefined;
  }

  write(chunk) {
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(invalidState('Writer is not bound to a WritableStream'));
    const s = stream[kState];
    const controller = s.controller;
    const c = controller[kState];
    let chunkSize = 1;
    try {
      chunkSize = c.sizeAlgorithm ? c.sizeAlgorithm(chunk) : 1;
    } catch (err) {
      errorIfNeeded(controller, err);
      chunkSize = 1;
    }
    if (stream !== this[kState].stream) return Promise.reject(invalidState('Writer released'));
    const state = s.state;
    if (state === 'errored') return Promise.reject(s.storedError);
    if (closeQueuedOrInFlight(stream) || state === 'closed') {
      return Promise.reject(invalidState('WritableStream is closed'));
    }
    if (state === 'erroring') return Promise.reject(s.storedError);
    const request = deferred();
    s.writeRequests.push(request);
    try {
      enqueueValueWithSize(c, chunk, chunkSize);
    } catch (err) {
      errorIfNeeded(controller, err);
      return request.promise;
    }
    if (!closeQueuedOrInFlight(stream) && s.state === 'writable') updateBackpressure(stream, getBackpressure(controller));
    advanceQueueIfNeeded(controller);
    return request.promise;
  }

  [kInspect](depth, options) {
    const stream = this[kState].stream;
    return customInspect(depth, options, 'WritableStreamDefaultWriter', {
      stream,
      close: this[kState].closed.promise,
      ready: this[kState].ready.promise,
      desiredSize: stream === undefined ? undefined : this.desiredSize,
    });
  }
}
Object.defineProperty(WritableStreamDefaultWriter.prototype, Symbol.toStringTag, {
  value: 'WritableStreamDefaultWriter', configurable: true,
});

function isWritableState(stream, state) {
  return stream[kState].state === state;
}

// Errors the stream through its controller unless it already left the 'writable' state.
function errorWritableIfNeeded(stream, error) {
  errorIfNeeded(stream[kState].controller, error);
}

module.exports = {
  WritableStream, WritableStreamDefaultController, WritableStreamDefaultWriter, closeQueuedOrInFlight,
  errorWritableIfNeeded, isWritableState,
};
