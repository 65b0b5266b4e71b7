'use strict';
// stream.Readable: buffering, flowing/paused modes, 'readable'/'data'/'end' scheduling, pipe with backpressure,
// async iteration. State field names follow node's `_readableState`, which userland modules inspect.

const { Stream, prependListener } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const {
  defineBitFlags, defineDefaultEncoding, defineValueSlot, getHighWaterMark, getDefaultHighWaterMark, kMaybeReadMore,
  kState,
} = require('internal/streams/state');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE, ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

const { errorOrDestroy, aggregateTwoErrors } = destroyImpl;
const nop = () => {};
let Duplex;
let StringDecoder;
let eos;
let from;

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
const kEnded = 1 << 9;
const kEndEmitted = 1 << 10;
const kReading = 1 << 11;
const kSync = 1 << 12;
const kNeedReadable = 1 << 13;
const kEmittedReadable = 1 << 14;
const kReadableListening = 1 << 15;
const kResumeScheduled = 1 << 16;
const kMultiAwaitDrain = 1 << 17;
const kReadingMore = 1 << 18;
const kDataEmitted = 1 << 19;
const kDefaultUTF8Encoding = 1 << 20;
const kDecoder = 1 << 21;
const kEncoding = 1 << 22;
const kHasFlowing = 1 << 23;
const kFlowing = 1 << 24;
const kHasPaused = 1 << 25;
const kPausedBit = 1 << 26;
const kErroredValue = Symbol('kErroredValue');
const kDecoderValue = Symbol('kDecoderValue');
const kEncodingValue = Symbol('kEncodingValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof lazyDuplex();
  this[kState] = kEmitClose | kAutoDestroy | kConstructed | kSync;
  if ((options && options.objectMode) || (isDuplex && options && options.readableObjectMode)) {
    this[kState] |= kObjectMode;
  }
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.awaitDrainWriters = null;
  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  if (options && options.encoding) {
    StringDecoder ??= require('string_decoder').StringDecoder;
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

defineBitFlags(ReadableState.prototype, {
  objectMode: kObjectMode,
  ended: kEnded,
  endEmitted: kEndEmitted,
  reading: kReading,
  constructed: kConstructed,
  // True while inside _read(): pushes then are buffered and 'readable' is deferred.
  sync: kSync,
  needReadable: kNeedReadable,
  emittedReadable: kEmittedReadable,
  readableListening: kReadableListening,
  resumeScheduled: kResumeScheduled,
  errorEmitted: kErrorEmitted,
  emitClose: kEmitClose,
  autoDestroy: kAutoDestroy,
  destroyed: kDestroyed,
  closed: kClosed,
  closeEmitted: kCloseEmitted,
  multiAwaitDrain: kMultiAwaitDrain,
  readingMore: kReadingMore,
  dataEmitted: kDataEmitted,
});
defineValueSlot(ReadableState.prototype, 'errored', kErrored, kErroredValue);
defineDefaultEncoding(ReadableState.prototype, kDefaultUTF8Encoding, kDefaultEncodingValue);
defineValueSlot(ReadableState.prototype, 'decoder', kDecoder, kDecoderValue);
defineValueSlot(ReadableState.prototype, 'encoding', kEncoding, kEncodingValue);

Object.defineProperties(ReadableState.prototype, {
  // null until first set: neither flowing nor explicitly paused yet.
  flowing: {
    __proto__: null,
    configurable: true,
    get() { return (this[kState] & kHasFlowing) !== 0 ? (this[kState] & kFlowing) !== 0 : null; },
    set(value) {
      if (value == null) this[kState] &= ~(kHasFlowing | kFlowing);
      else if (value) this[kState] |= kHasFlowing | kFlowing;
      else this[kState] = (this[kState] | kHasFlowing) & ~kFlowing;
    },
  },
  paused: {
    __proto__: null,
    configurable: true,
    get() { return (this[kState] & kPausedBit) !== 0; },
    set(value) {
      if (value) this[kState] |= kHasPaused | kPausedBit;
      else this[kState] = (this[kState] | kHasPaused) & ~kPausedBit;
    },
  },
  pipesCount: {
    __proto__: null,
    configurable: true,
    get() { return this.pipes.length; },
  },
});

// Tri-state pause marker: never set (null), paused by pause() (true), resumed by resume() (false).
function pausedState(state) {
  if ((state[kState] & kHasPaused) === 0) return null;
  return (state[kState] & kPausedBit) !== 0;
}

function lazyDuplex() {
  Duplex ??= require('internal/streams/duplex');
  return Duplex;
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = this instanceof lazyDuplex();
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  destroyImpl.construct(this, () => {
    if (this._readableState.needReadable) maybeReadMore(this, this._readableState);
  });
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

Readable.ReadableState = ReadableState;
Readable[kMaybeReadMore] = maybeReadMore;
Readable._fromList = fromList;
Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) { cb(err); };
Readable.prototype[Symbol.for('nodejs.rejection')] = function(err) { this.destroy(err); };

Readable.prototype.push = function(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

function isUint8Array(value) {
  return value instanceof Uint8Array;
}

function readableAddChunk(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  let err;
  if ((state[kState] & kObjectMode) === 0) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        const Buffer = lazyBuffer();
        if (addToFront && state.encoding) {
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (isUint8Array(chunk)) {
      const Buffer = lazyBuffer();
      if (!(chunk instanceof Buffer)) chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = '';
    } else if (chunk != null) {
      err = new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
  }
  if (err) {
    errorOrDestroy(stream, err);
  } else if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(stream, state);
  } else if ((state[kState] & kObjectMode) !== 0 || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if ((state[kState] & kEndEmitted) !== 0) errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      else if ((state[kState] & (kDestroyed | kErrored)) !== 0) return false;
      else addChunk(stream, state, chunk, true);
    } else if ((state[kState] & kEnded) !== 0) {
      errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    } else if ((state[kState] & (kDestroyed | kErrored)) !== 0) {
      return false;
    } else {
      state[kState] &= ~kReading;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if ((state[kState] & kObjectMode) !== 0 || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state[kState] &= ~kReading;
    maybeReadMore(stream, state);
  }
  return (state[kState] & kEnded) === 0 && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && (state[kState] & kSync) === 0 && stream.listenerCount('data') > 0) {
    // Straight through: nothing buffered and a consumer is waiting.
    clearAwaitDrain(state);
    state[kState] |= kDataEmitted;
    stream.emit('data', chunk);
  } else {
    state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    if (!addToFront) state.buffer.push(chunk);
    else if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
    else state.buffer.unshift(chunk);
    if ((state[kState] & kNeedReadable) !== 0) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function clearAwaitDrain(state) {
  if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
  else state.awaitDrainWriters = null;
}

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return pausedState(state) === true || state.flowing === false;
};

Readable.prototype.setEncoding = function(enc) {
  StringDecoder ??= require('string_decoder').StringDecoder;
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // Re-decode whatever is already buffered so later reads see strings only.
  let content = '';
  for (let i = state.bufferIndex; i < state.buffer.length; i++) content += decoder.write(state.buffer[i]);
  state.buffer = content !== '' ? [content] : [];
  state.bufferIndex = 0;
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  return n + 1;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && (state[kState] & kEnded) !== 0)) return 0;
  if ((state[kState] & kObjectMode) !== 0) return 1;
  if (Number.isNaN(n)) {
    if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return (state[kState] & kEnded) !== 0 ? state.length : 0;
}

Readable.prototype.read = function(n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;
  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state[kState] &= ~kEmittedReadable;
  // read(0) only kicks the machinery: it may schedule 'readable'/'end' but never returns data.
  if (n === 0 && (state[kState] & kNeedReadable) !== 0 &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       (state[kState] & kEnded) !== 0)) {
    if (state.length === 0 && (state[kState] & kEnded) !== 0) endReadable(this);
    else emitReadable(this);
    return null;
  }
  n = howMuchToRead(n, state);
  if (n === 0 && (state[kState] & kEnded) !== 0) {
    if (state.length === 0) endReadable(this);
    return null;
  }
  let doRead = (state[kState] & kNeedReadable) !== 0;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if ((state[kState] & (kEnded | kReading | kDestroyed | kErrored)) !== 0 || (state[kState] & kConstructed) === 0) {
    doRead = false;
  } else if (doRead) {
    state[kState] |= kReading;
    state[kState] |= kSync;
    if (state.length === 0) state[kState] |= kNeedReadable;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state[kState] &= ~kSync;
    if ((state[kState] & kReading) === 0) n = howMuchToRead(nOrig, state);
  }
  let ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    clearAwaitDrain(state);
  }
  if (state.length === 0) {
    if ((state[kState] & kEnded) === 0) state[kState] |= kNeedReadable;
    if (nOrig !== n && (state[kState] & kEnded) !== 0) endReadable(this);
  }
  if (ret !== null && (state[kState] & kErrorEmitted) === 0 && (state[kState] & kCloseEmitted) === 0) {
    state[kState] |= kDataEmitted;
    this.emit('data', ret);
  }
  return ret;
};

function onEofChunk(stream, state) {
  if ((state[kState] & kEnded) !== 0) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    }
  }
  state[kState] |= kEnded;
  if ((state[kState] & kSync) !== 0) {
    emitReadable(stream);
  } else {
    state[kState] &= ~kNeedReadable;
    state[kState] |= kEmittedReadable;
    emitReadableNT(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state[kState] &= ~kNeedReadable;
  if ((state[kState] & kEmittedReadable) === 0) {
    state[kState] |= kEmittedReadable;
    process.nextTick(emitReadableNT, stream);
  }
}

function emitReadableNT(stream) {
  const state = stream._readableState;
  if ((state[kState] & (kDestroyed | kErrored)) === 0 && (state.length || (state[kState] & kEnded) !== 0)) {
    stream.emit('readable');
    state[kState] &= ~kEmittedReadable;
  }
  state.needReadable = !state.flowing && (state[kState] & kEnded) === 0 && state.length <= state.highWaterMark;
  flow(stream);
}

function maybeReadMore(stream, state) {
  if ((state[kState] & kReadingMore) === 0 && (state[kState] & kConstructed) !== 0) {
    state[kState] |= kReadingMore;
    process.nextTick(maybeReadMoreNT, stream, state);
  }
}

// Fill the buffer up to highWaterMark ahead of demand, stopping once _read stops producing synchronously.
function maybeReadMoreNT(stream, state) {
  while ((state[kState] & kReading) === 0 && (state[kState] & kEnded) === 0 &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state[kState] &= ~kReadingMore;
}

Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;
  if (state.pipes.length === 1 && (state[kState] & kMultiAwaitDrain) === 0) {
    state[kState] |= kMultiAwaitDrain;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);
  const doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if ((state[kState] & kEndEmitted) !== 0) process.nextTick(endFn);
  else src.once('end', endFn);
  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }
  function onend() {
    dest.end();
  }
  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // A drain we were waiting for will never come from this dest now.
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }
  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state[kState] &= ~kMultiAwaitDrain;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }
  src.on('data', ondata);
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);
  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);
  function unpipe() {
    src.unpipe(dest);
  }
  dest.emit('pipe', src);
  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.delete(dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (const d of dests) d.emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

Readable.prototype.on = function(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if ((state[kState] & kEndEmitted) === 0 && (state[kState] & kReadableListening) === 0) {
      state[kState] |= kReadableListening | kNeedReadable;
      state.flowing = false;
      state[kState] &= ~kEmittedReadable;
      if (state.length) emitReadable(this);
      else if ((state[kState] & kReading) === 0) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if ((state[kState] & kResumeScheduled) !== 0 && pausedState(state) === false) state.flowing = true;
  else if (self.listenerCount('data') > 0) self.resume();
  else if ((state[kState] & kReadableListening) === 0) state.flowing = null;
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function() {
  const state = this._readableState;
  if (!state.flowing) {
    // 'readable' listeners take precedence: resume() then only marks the intent.
    state.flowing = (state[kState] & kReadableListening) === 0;
    if ((state[kState] & kResumeScheduled) === 0) {
      state[kState] |= kResumeScheduled;
      process.nextTick(resumeNT, this, state);
    }
  }
  state.paused = false;
  return this;
};

function resumeNT(stream, state) {
  if ((state[kState] & kReading) === 0) stream.read(0);
  state[kState] &= ~kResumeScheduled;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && (state[kState] & kReading) === 0) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state.paused = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// Adopts an old-style (streams1) readable that only emits 'data'/'end'.
Readable.prototype.wrap = function(stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (err) => { errorOrDestroy(this, err); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  for (const key of Object.keys(stream)) {
    if (this[key] === undefined && typeof stream[key] === 'function') this[key] = stream[key].bind(stream);
  }
  return this;
};

const kAsyncDispose = Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose');
Readable.prototype[kAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new AbortError();
    this.destroy(error);
  }
  eos ??= require('internal/streams/end-of-stream');
  return new Promise((resolve, reject) => eos(this, (err) => (err && err !== error ? reject(err) : resolve(null))));
};

Readable.prototype[Symbol.asyncIterator] = function() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  eos ??= require('internal/streams/end-of-stream');
  let callback = nop;
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }
  stream.on('readable', next);
  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });
  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) yield chunk;
      else if (error) throw error;
      else if (error === null) return;
      else await new Promise(next);
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || (options && options.destroyOnReturn) !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

function stateGetter(name, fn) {
  return { __proto__: null, enumerable: false, get: fn, configurable: true, name };
}

Object.defineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: stateGetter('readableDidRead', function() { return this._readableState.dataEmitted; }),
  readableAborted: stateGetter('readableAborted', function() {
    return !!(this._readableState.readable !== false &&
      (this._readableState.destroyed || this._readableState.errored) && !this._readableState.endEmitted);
  }),
  readableHighWaterMark: stateGetter('readableHighWaterMark', function() { return this._readableState.highWaterMark; }),
  readableBuffer: stateGetter('readableBuffer', function() {
    return this._readableState && this._readableState.buffer;
  }),
  readableFlowing: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(state) { if (this._readableState) this._readableState.flowing = state; },
  },
  readableLength: stateGetter('readableLength', function() { return this._readableState.length; }),
  readableObjectMode: stateGetter('readableObjectMode', function() {
    return this._readableState ? this._readableState.objectMode : false;
  }),
  readableEncoding: stateGetter('readableEncoding', function() {
    return this._readableState ? this._readableState.encoding : null;
  }),
  errored: stateGetter('errored', function() { return this._readableState ? this._readableState.errored : null; }),
  closed: stateGetter('closed', function() { return this._readableState ? this._readableState.closed : false; }),
  destroyed: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) { if (this._readableState) this._readableState.destroyed = value; },
  },
  readableEnded: stateGetter('readableEnded', function() {
    return this._readableState ? this._readableState.endEmitted : false;
  }),
});

// The buffer is consumed from `bufferIndex` (leaving null holes) instead of shift(), which is O(n);
// it is reset once empty.
function takeFirst(state) {
  const chunk = state.buffer[state.bufferIndex];
  state.buffer[state.bufferIndex++] = null;
  if (state.bufferIndex === state.buffer.length) {
    state.buffer.length = 0;
    state.bufferIndex = 0;
  }
  return chunk;
}

function fromList(n, state) {
  if (state.length === 0) return null;
  if ((state[kState] & kObjectMode) !== 0) return takeFirst(state);
  const buf = state.buffer;
  const idx = state.bufferIndex;
  if (!n || n >= state.length) {
    let ret;
    if (state.decoder) ret = (idx === 0 ? buf : buf.slice(idx)).join('');
    else if (buf.length - idx === 1) ret = buf[idx];
    else ret = lazyBuffer().concat(idx === 0 ? buf : buf.slice(idx), state.length);
    state.buffer.length = 0;
    state.bufferIndex = 0;
    return ret;
  }
  return takeFromBuffer(n, state);
}

// Takes exactly n bytes/chars from the front of the buffer list, splitting a chunk if needed.
function takeFromBuffer(n, state) {
  const buf = state.buffer;
  const first = buf[state.bufferIndex];
  if (n < first.length) {
    buf[state.bufferIndex] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return takeFirst(state);
  if (typeof first === 'string') {
    let ret = '';
    while (n > 0) {
      const str = buf[state.bufferIndex];
      if (n >= str.length) {
        ret += str;
        n -= str.length;
        takeFirst(state);
      } else {
        ret += str.slice(0, n);
        buf[state.bufferIndex] = str.slice(n);
        n = 0;
      }
    }
    return ret;
  }
  const ret = lazyBuffer().allocUnsafe(n);
  let offset = 0;
  while (offset < n) {
    const data = buf[state.bufferIndex];
    const want = n - offset;
    if (want >= data.length) {
      ret.set(data, offset);
      offset += data.length;
      takeFirst(state);
    } else {
      ret.set(data.subarray(0, want), offset);
      buf[state.bufferIndex] = data.slice(want);
      offset = n;
    }
  }
  return ret;
}

function endReadable(stream) {
  const state = stream._readableState;
  if ((state[kState] & kEndEmitted) === 0) {
    state[kState] |= kEnded;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if ((state[kState] & (kErrored | kCloseEmitted | kEndEmitted)) === 0 && state.length === 0) {
    state[kState] |= kEndEmitted;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if ((state[kState] & kAutoDestroy) !== 0) {
      const wState = stream._writableState;
      const autoDestroy = !wState || (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

Readable.from = function(iterable, opts) {
  from ??= require('internal/streams/from');
  return from(Readable, iterable, opts);
};

Readable.fromWeb = function(readableStream, options) {
  return require('internal/webstreams/adapters').newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function(streamReadable, options) {
  return require('internal/webstreams/adapters').newReadableStreamFromStreamReadable(streamReadable, options);
};

Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

module.exports = Readable;
