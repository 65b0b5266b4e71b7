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
const kAutoDestroy = 1 << 2;
const kEmitClose = 1 << 3;
const kErrored = 1 << 7;
const kConstructed = 1 << 8;
const kSync = 1 << 9;
const kDecodeStrings = 1 << 14;
const kAllBuffers = 1 << 18;
const kAllNoop = 1 << 19;
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
  finalCalled: 1 << 10,
  needDrain: 1 << 11,
  ending: 1 << 12,
  ended: 1 << 30,
  finished: 1 << 13,
  destroyed: 1 << 4,
  decodeStrings: kDecodeStrings,
  writing: 1 << 15,
  // True while inside _write(): completion callbacks are then deferred to keep them asynchronous.
  sync: kSync,
  bufferProcessing: 1 << 16,
  constructed: kConstructed,
  prefinished: 1 << 17,
  errorEmitted: 1 << 1,
  emitClose: kEmitClose,
  autoDestroy: kAutoDestroy,
  closed: 1 << 5,
  closeEmitted: 1 << 6,
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
  if (!state.writing) clearBuffer(stream, state);
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
  if (!state.objectMode) {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !lazyBuffer().isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) {
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
  if (state.ending) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (state.destroyed) err = new ERR_STREAM_DESTROYED('write');
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
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!lazyBuffer().isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = state.objectMode ? 1 : chunk.length;
  state.length += len;
  if (state.writing || state.corked || state.errored || !state.constructed) {
    bufferedList(state).push({ chunk, encoding, callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }
  // Measured after _write so a synchronously completed write does not count against the limit.
  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state.needDrain = true;
  return ret && !state.errored && !state.destroyed;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  if (state.destroyed) state.onwrite(new ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  const state = stream._writableState;
  const sync = state.sync;
  const cb = state.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }
  state.writing = false;
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
  const needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) errorBuffer(state);
  finishMaybe(stream, state);
}

// Fails every queued write (and pending end() callbacks) once the stream is destroyed or errored.
function errorBuffer(state) {
  if (state.writing) return;
  for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
    const { chunk, callback } = state.buffered[n];
    const len = state.objectMode ? 1 : chunk.length;
    state.length -= len;
    callback(state.errored ?? new ERR_STREAM_DESTROYED('write'));
  }
  const onfinishCallbacks = takeOnFinished(state);
  for (const cb of onfinishCallbacks) cb(state.errored ?? new ERR_STREAM_DESTROYED('end'));
  resetBuffer(state);
}

function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  const { buffered, bufferedIndex, objectMode } = state;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;
  let i = bufferedIndex;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const callback = state.allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);
    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
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
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
    // _final may have failed synchronously and destroyed the stream: report that to `cb` right away.
    if (state.destroyed && state.errored) err = state.errored;
  } else if (state.finished) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if (state.destroyed) {
    err = new ERR_STREAM_DESTROYED('end');
  }
  if (typeof cb === 'function') {
    if (err || state.finished) process.nextTick(cb, err);
    else onFinishedList(state).push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 && !state.errored &&
    state.buffered.length === 0 && !state.finished && !state.writing && !state.errorEmitted && !state.closeEmitted;
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
      errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
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
  state.finished = true;
  const onfinishCallbacks = takeOnFinished(state);
  for (const cb of onfinishCallbacks) cb(null);
  stream.emit('finish');
  if (state.autoDestroy) {
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
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || pendingEnds)) {
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
