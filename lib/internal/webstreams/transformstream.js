'use strict';
// WHATWG TransformStream: a writable side feeding transform() whose controller enqueues to the readable side.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { ReadableStream, readableStreamState } = require('internal/webstreams/readablestream');
const { WritableStream, errorWritableIfNeeded } = require('internal/webstreams/writablestream');
const {
  customInspect, deferred, extractHighWaterMark, extractSizeAlgorithm, invalidState, kInspect, promiseCall,
} = require('internal/webstreams/util');

const kState = Symbol('kState');

class TransformStream {
  constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
    if (transformer === null) throw new ERR_INVALID_ARG_VALUE('transformer', transformer);
    if (transformer.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', transformer.readableType);
    }
    if (transformer.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', transformer.writableType);
    }
    const readableHWM = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHWM = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const startPromise = deferred();
    const controller = new TransformStreamDefaultController(kState);
    const state = {
      backpressure: undefined,
      backpressureChange: undefined,
      readableController: undefined,
      controller,
      readable: undefined,
      writable: undefined,
    };
    this[kState] = state;
    controller[kState] = {
      stream: this,
      transformAlgorithm: transformer.transform === undefined ?
        (chunk) => {
          try {
            enqueue(this, chunk);
            return Promise.resolve();
          } catch (err) {
            return Promise.reject(err);
          }
        } :
        (chunk) => promiseCall(transformer.transform, transformer, chunk, controller),
      flushAlgorithm: () => promiseCall(transformer.flush, transformer, controller),
      cancelAlgorithm: (reason) => promiseCall(transformer.cancel, transformer, reason),
    };

    state.writable = new WritableStream({
      start: () => startPromise.promise,
      write: (chunk) => sinkWrite(this, chunk),
      abort: (reason) => sinkAbort(this, reason),
      close: () => sinkClose(this),
    }, { highWaterMark: writableHWM, size: writableSize });
    state.readable = new ReadableStream({
      start: (c) => {
        state.readableController = c;
        return startPromise.promise;
      },
      pull: () => {
        setBackpressure(this, false);
        return state.backpressureChange.promise;
      },
      cancel: (reason) => {
        errorWritableAndUnblockWrite(this, reason);
        return controller[kState].cancelAlgorithm(reason);
      },
    }, { highWaterMark: readableHWM, size: readableSize });
    setBackpressure(this, true);
    try {
      const result = transformer.start === undefined ? undefined :
        Reflect.apply(transformer.start, transformer, [controller]);
      startPromise.resolve(result);
    } catch (err) {
      startPromise.reject(err);
    }
  }

  get readable() {
    return this[kState].readable;
  }

  get writable() {
    return this[kState].writable;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'TransformStream', {
      readable: this.readable,
      writable: this.writable,
      backpressure: this[kState].backpressure,
    });
  }
}
Object.defineProperty(TransformStream.prototype, Symbol.toStringTag, { value: 'TransformStream', configurable: true });

class TransformStreamDefaultController {
  constructor(key) {
    if (key !== kState) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
  }

  get desiredSize() {
    return this[kState].stream[kState].readableController.desiredSize;
  }

  enqueue(chunk) {
    enqueue(this[kState].stream, chunk);
  }

  error(reason) {
    errorStream(this[kState].stream, reason);
  }

  terminate() {
    const stream = this[kState].stream;
    const rc = stream[kState].readableController;
    try {
      rc.close();
    } catch {
      // Already closed: terminating twice is allowed.
    }
    errorWritableAndUnblockWrite(stream, invalidState('TransformStream terminated'));
  }
}
Object.defineProperty(TransformStreamDefaultController.prototype, Symbol.toStringTag, {
  value: 'TransformStreamDefaultController', configurable: true,
});

function enqueue(stream, chunk) {
  const state = stream[kState];
  const rc = state.readableController;
  try {
    rc.enqueue(chunk);
  } catch (err) {
    errorWritableAndUnblockWrite(stream, err);
    throw readableStreamState(state.readable).storedError ?? err;
  }
  const backpressure = rc.desiredSize <= 0;
  if (backpressure !== state.backpressure) setBackpressure(stream, true);
}

function errorStream(stream, error) {
  try {
    stream[kState].readableController.error(error);
  } catch {
    // The readable side may already be closed.
  }
  errorWritableAndUnblockWrite(stream, error);
}

function errorWritableAndUnblockWrite(stream, error) {
  const state = stream[kState];
  const writable = state.writable;
  if (writable) errorWritableIfNeeded(writable, error);
  if (state.backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  const state = stream[kState];
  if (state.backpressureChange !== undefined) state.backpressureChange.resolve();
  state.backpressureChange = deferred();
  state.backpressure = backpressure;
}

function performTransform(stream, chunk) {
  const c = stream[kState].controller[kState];
  return c.transformAlgorithm(chunk).catch((reason) => {
    errorStream(stream, reason);
    throw reason;
  });
}

function sinkWrite(stream, chunk) {
  const state = stream[kState];
  if (state.backpressure) {
    return state.backpressureChange.promise.then(() => {
      const rs = readableStreamState(state.readable);
      if (rs.state === 'errored') throw rs.storedError;
      return performTransform(stream, chunk);
    });
  }
  return performTransform(stream, chunk);
}

function sinkAbort(stream, reason) {
  const c = stream[kState].controller[kState];
  return c.cancelAlgorithm(reason).then(() => {
    errorStream(stream, reason);
  }, (err) => {
    errorStream(stream, err);
    throw err;
  });
}

function sinkClose(stream) {
  const state = stream[kState];
  const c = state.controller[kState];
  return c.flushAlgorithm().then(() => {
    const rs = readableStreamState(state.readable);
    if (rs.state === 'errored') throw rs.storedError;
    try {
      state.readableController.close();
    } catch {
      // Closed by terminate() during flush.
    }
  }, (err) => {
    errorStream(stream, err);
    throw err;
  });
}

module.exports = { TransformStream, TransformStreamDefaultController };
