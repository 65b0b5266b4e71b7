'use strict';
// stream.Writable: write queue with highWaterMark/'drain', cork/uncork and _writev batching, end/_final,
// 'prefinish'/'finish' ordering and autoDestroy. State names follow node's `_writableState`.

const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const {
  defineBitFlags, defineDefaultEncoding, defineValueSlot, getHighWaterMark, getDefaultHighWaterMark, kAfterConstruct,
  kState,
} = require('internal/streams/state');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_MULTIPLE_CALLBACK, ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_CANNOT_PIPE, ERR_STREAM_DESTROYED, ERR_STREAM_NULL_VALUES, ERR_STREAM_WRITE_AFTER_END,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');

const { errorOrDestroy } = destroyImpl;
const nop = () => {};
const kOnFinished = Symbol('kOnFinished');
let Duplex;

function lazyBuffer() {
  return require('buffer').Buffer;
}

const kObjectMode = 1 << 0;
const kErrorEmitted = 1 << 1;
const kAutoDestroy = 1 << 2;
const kEmitClose = 1 << 3;
const kDestroyed = 1 << 4;
const kClosed = 1 << 5;
const kCloseEmitted = 1 << 6;
const kErrored = 1 << 7;
const kConstructed = 1 << 8;
const kSync = 1 << 9;
const kFinalCalled = 1 << 10;
const kNeedDrain = 1 << 11;
const kEnding = 1 << 12;
const kFinished = 1 << 13;
const kDecodeStrings = 1 << 14;
const kWriting = 1 << 15;
const kBufferProcessing = 1 << 16;
const kPrefinished = 1 << 17;
const kAllBuffers = 1 << 18;
const kAllNoop = 1 << 19;
const kEnded = 1 << 30;
const kDefaultUTF8Encoding = 1 << 24;
const kUserWriteCb = 1 << 25;
const kWriteCb = 1 << 26;
const kAfterWriteTickInfo = 1 << 27;
const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kAfterWriteTickInfoValue = Symbol('kAfterWriteTickInfoValue');
const kWriteCbValue = Symbol('kWriteCbValue');
const kBufferedValue = Symbol('kBufferedValue');

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof require('internal/streams/duplex');
  this[kState] = kSync | kConstructed | kEmitClose | kAutoDestroy | kDecodeStrings;
  if ((options && options.objectMode) || (isDuplex && options && options.writableObjectMode)) {
    this[kState] |= kObjectMode;
  }
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);
  if (options && options.decodeStrings === false) this[kState] &= ~kDecodeStrings;
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  this.length = 0;
  this.corked = 0;
  this.onwrite = onwrite.bind(undefined, stream);
  this.writelen = 0;
  resetBuffer(this);
  this.pendingcb = 0;
  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;
}

function resetBuffer(state) {
  state[kBufferedValue] = null;
  state.bufferedIndex = 0;
  state[kState] |= kAllBuffers | kAllNoop;
}

defineBitFlags(WritableState.prototype, {
  objectMode: kObjectMode,
  finalCalled: kFinalCalled,
  needDrain: kNeedDrain,
  ending: kEnding,
  ended: kEnded,
  finished: kFinished,
  destroyed: kDestroyed,
  decodeStrings: kDecodeStrings,
  writing: kWriting,
  // True while inside _write(): completion callbacks are then deferred to keep them asynchronous.
  sync: kSync,
  bufferProcessing: kBufferProcessing,
  constructed: kConstructed,
  prefinished: kPrefinished,
  errorEmitted: kErrorEmitted,
  emitClose: kEmitClose,
  autoDestroy: kAutoDestroy,
  closed: kClosed,
  closeEmitted: kCloseEmitted,
  allBuffers: kAllBuffers,
  allNoop: kAllNoop,
});
defineValueSlot(WritableState.prototype, 'errored', kErrored, kErroredValue);
defineDefaultEncoding(WritableState.prototype, kDefaultUTF8Encoding, kDefaultEncodingValue);
defineValueSlot(WritableState.prototype, 'afterWriteTickInfo', kAfterWriteTickInfo, kAfterWriteTickInfoValue);

Object.defineProperties(WritableState.prototype, {
  // The in-flight write's callback: one bit when it is the no-op, the slot for a user callback.
  writecb: {
    __proto__: null,
    configurable: true,
    get() {
      if ((this[kState] & kWriteCb) === 0) return null;
      return (this[kState] & kUserWriteCb) !== 0 ? this[kWriteCbValue] : nop;
    },
    set(value) {
      if (value === nop) {
        this[kState] = (this[kState] | kWriteCb) & ~kUserWriteCb;
      } else if (value) {
        this[kState] |= kWriteCb | kUserWriteCb;
        this[kWriteCbValue] = value;
      } else {
        this[kState] &= ~(kWriteCb | kUserWriteCb);
        this[kWriteCbValue] = null;
      }
    },
  },
  buffered: {
    __proto__: null,
    configurable: true,
    get() { return this[kBufferedValue] ?? []; },
    set(value) { this[kBufferedValue] = value; },
  },
});

// The write queue, created on first use.
function bufferedList(state) {
  state[kBufferedValue] ??= [];
  return state[kBufferedValue];
}

function onFinishedList(state) {
  state[kOnFinished] ??= [];
  return state[kOnFinished];
}

function takeOnFinished(state) {
  const list = state[kOnFinished];
  return list ? list.splice(0) : [];
}

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get() { return this.buffered.length - this.bufferedIndex; },
});

function Writable(options) {
  Duplex ??= require('internal/streams/duplex');
  const isDuplex = this instanceof Duplex;
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) return new Writable(options);
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  destroyImpl.construct(this, () => afterConstruct(this, this._writableState));
}

// Runs once _construct has called back: flush what was written meanwhile, maybe finish.
function afterConstruct(stream, state) {
  if ((state[kState] & kWriting) === 0) clearBuffer(stream, state);
  finishMaybe(stream, state);
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

// Duplex inherits from Readable only, yet `duplex instanceof Writable` must hold.
Object.defineProperty(Writable, Symbol.hasInstance, {
  __proto__: null,
  value: function(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.WritableState = WritableState;
Writable[kAfterConstruct] = afterConstruct;

Writable.prototype.pipe = function() {
  errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
};

function writeImpl(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  } else if (typeof cb !== 'function') {
    cb = nop;
  }
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  // Object mode hands `encoding` to _write untouched; byte mode defaults and validates it.
  if ((state[kState] & kObjectMode) === 0) {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !lazyBuffer().isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (typeof chunk === 'string') {
      if ((state[kState] & kDecodeStrings) !== 0) {
        chunk = lazyBuffer().from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Uint8Array) {
      const Buffer = lazyBuffer();
      if (!(chunk instanceof Buffer)) chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
  }
  let err;
  if ((state[kState] & kEnding) !== 0) err = new ERR_STREAM_WRITE_AFTER_END();
  else if ((state[kState] & kDestroyed) !== 0) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function(chunk, encoding, cb) {
  return writeImpl(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if ((state[kState] & kWriting) === 0) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!lazyBuffer().isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
  state.length += len;
  if (state.corked || (state[kState] & (kWriting | kErrored | kConstructed)) !== kConstructed) {
    bufferedList(state).push({ chunk, encoding, callback });
    if ((state[kState] & kAllBuffers) !== 0 && encoding !== 'buffer') state[kState] &= ~kAllBuffers;
    if ((state[kState] & kAllNoop) !== 0 && callback !== nop) state[kState] &= ~kAllNoop;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state[kState] |= kWriting;
    state[kState] |= kSync;
    stream._write(chunk, encoding, state.onwrite);
    state[kState] &= ~kSync;
  }
  // Measured after _write so a synchronously completed write does not count against the limit.
  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state[kState] |= kNeedDrain;
  return ret && (state[kState] & (kErrored | kDestroyed)) === 0;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state[kState] |= kWriting;
  state[kState] |= kSync;
  if ((state[kState] & kDestroyed) !== 0) state.onwrite(new ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state[kState] &= ~kSync;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  const state = stream._writableState;
  const sync = (state[kState] & kSync) !== 0;
  const cb = state.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }
  state[kState] &= ~kWriting;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;
  if (er) {
    er.stack; // eslint-disable-line no-unused-expressions
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
    if (sync) {
      // Coalesce the callbacks of many synchronous writes into one tick.
      if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
        state.afterWriteTickInfo.count++;
      } else {
        state.afterWriteTickInfo = { count: 1, cb, stream, state };
        process.nextTick(afterWriteTick, state.afterWriteTickInfo);
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteTick({ stream, state, count, cb }) {
  state.afterWriteTickInfo = null;
  return afterWrite(stream, state, count, cb);
}

function afterWrite(stream, state, count, cb) {
  const needDrain = (state[kState] & (kEnding | kNeedDrain)) === kNeedDrain && !stream.destroyed && state.length === 0;
  if (needDrain) {
    state[kState] &= ~kNeedDrain;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if ((state[kState] & kDestroyed) !== 0) errorBuffer(state);
  finishMaybe(stream, state);
}

// Fails every queued write (and pending end() callbacks) once the stream is destroyed or errored.
function errorBuffer(state) {
  if ((state[kState] & kWriting) !== 0) return;
  for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
    const { chunk, callback } = state.buffered[n];
    const len = (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    state.length -= len;
    callback(state.errored ?? new ERR_STREAM_DESTROYED('write'));
  }
  const onfinishCallbacks = takeOnFinished(state);
  for (const cb of onfinishCallbacks) cb(state.errored ?? new ERR_STREAM_DESTROYED('end'));
  resetBuffer(state);
}

function clearBuffer(stream, state) {
  if (state.corked || (state[kState] & (kBufferProcessing | kDestroyed | kConstructed)) !== kConstructed) return;
  const { buffered, bufferedIndex, objectMode } = state;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;
  let i = bufferedIndex;
  state[kState] |= kBufferProcessing;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const callback = (state[kState] & kAllNoop) !== 0 ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = (state[kState] & kAllNoop) !== 0 && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = (state[kState] & kAllBuffers) !== 0;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && (state[kState] & kWriting) === 0);
    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state[kState] &= ~kBufferProcessing;
}

Writable.prototype._write = function(chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
};

Writable.prototype._writev = null;

Writable.prototype.end = function(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  let err;
  if (chunk !== null && chunk !== undefined) {
    const ret = writeImpl(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }
  if (err) {
    // The write already reported it.
  } else if ((state[kState] & (kErrored | kEnding)) === 0) {
    state[kState] |= kEnding;
    finishMaybe(this, state, true);
    state[kState] |= kEnded;
    // _final may have failed synchronously and destroyed the stream: report that to `cb` right away.
    if ((state[kState] & kDestroyed) !== 0 && state.errored) err = state.errored;
  } else if ((state[kState] & kFinished) !== 0) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if ((state[kState] & kDestroyed) !== 0) {
    err = new ERR_STREAM_DESTROYED('end');
  }
  if (typeof cb === 'function') {
    if (err || (state[kState] & kFinished) !== 0) process.nextTick(cb, err);
    else onFinishedList(state).push(cb);
  }
  return this;
};

function needFinish(state) {
  const mask = kEnding | kConstructed | kDestroyed | kErrored | kFinished | kWriting | kErrorEmitted | kCloseEmitted;
  return (state[kState] & mask) === (kEnding | kConstructed) && state.length === 0 && state.buffered.length === 0;
}

function callFinal(stream, state) {
  let called = false;
  function onFinish(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      const onfinishCallbacks = takeOnFinished(state);
      for (const cb of onfinishCallbacks) cb(err);
      errorOrDestroy(stream, err, (state[kState] & kSync) !== 0);
    } else if (needFinish(state)) {
      state[kState] |= kPrefinished;
      stream.emit('prefinish');
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }
  state[kState] |= kSync;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }
  state[kState] &= ~kSync;
}

function prefinish(stream, state) {
  if ((state[kState] & kPrefinished) === 0 && (state[kState] & kFinalCalled) === 0) {
    if (typeof stream._final === 'function' && (state[kState] & kDestroyed) === 0) {
      state[kState] |= kFinalCalled;
      callFinal(stream, state);
    } else {
      state[kState] |= kPrefinished;
      stream.emit('prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (!needFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    state.pendingcb++;
    process.nextTick((stream, state) => {
      if (needFinish(state)) finish(stream, state);
      else state.pendingcb--;
    }, stream, state);
  } else if (needFinish(state)) {
    state.pendingcb++;
    finish(stream, state);
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state[kState] |= kFinished;
  const onfinishCallbacks = takeOnFinished(state);
  for (const cb of onfinishCallbacks) cb(null);
  stream.emit('finish');
  if ((state[kState] & kAutoDestroy) !== 0) {
    const rState = stream._readableState;
    const autoDestroy = !rState || (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

function stateGetter(fn) {
  return { __proto__: null, enumerable: false, configurable: true, get: fn };
}

Object.defineProperties(Writable.prototype, {
  closed: stateGetter(function() { return this._writableState ? this._writableState.closed : false; }),
  destroyed: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(value) { if (this._writableState) this._writableState.destroyed = value; },
  },
  writable: {
    __proto__: null,
    configurable: true,
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished: stateGetter(function() { return this._writableState ? this._writableState.finished : false; }),
  writableObjectMode: stateGetter(function() { return this._writableState ? this._writableState.objectMode : false; }),
  writableBuffer: stateGetter(function() { return this._writableState && this._writableState.getBuffer(); }),
  writableEnded: stateGetter(function() { return this._writableState ? this._writableState.ending : false; }),
  writableNeedDrain: stateGetter(function() {
    const w = this._writableState;
    if (!w) return false;
    return !w.destroyed && !w.ending && w.needDrain;
  }),
  writableHighWaterMark: stateGetter(function() { return this._writableState && this._writableState.highWaterMark; }),
  writableCorked: stateGetter(function() { return this._writableState ? this._writableState.corked : 0; }),
  writableLength: stateGetter(function() { return this._writableState && this._writableState.length; }),
  errored: stateGetter(function() { return this._writableState ? this._writableState.errored : null; }),
  writableAborted: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
  },
});

Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;
  // Fail queued writes now unless a write is in flight (its completion will do it).
  const pendingEnds = state[kOnFinished] ? state[kOnFinished].length : 0;
  if ((state[kState] & kDestroyed) === 0 && (state.bufferedIndex < state.buffered.length || pendingEnds)) {
    process.nextTick(errorBuffer, state);
  }
  destroyImpl.destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function(err, cb) { cb(err); };
Writable.prototype[Symbol.for('nodejs.rejection')] = function(err) { this.destroy(err); };

Writable.fromWeb = function(writableStream, options) {
  return require('internal/webstreams/adapters').newStreamWritableFromWritableStream(writableStream, options);
};

Writable.toWeb = function(streamWritable) {
  return require('internal/webstreams/adapters').newWritableStreamFromStreamWritable(streamWritable);
};

module.exports = Writable;
