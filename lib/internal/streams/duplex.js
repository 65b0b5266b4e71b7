'use strict';
// stream.Duplex: a Readable that also carries Writable's methods and state (multiple inheritance by copy).

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');

const destroyImpl = require('internal/streams/destroy');
const { kAfterConstruct, kMaybeReadMore } = require('internal/streams/state');
const { Stream } = require('internal/streams/legacy');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }
  Stream.call(this, options);
  destroyImpl.construct(this, () => {
    const r = this._readableState;
    if (r.needReadable) Readable[kMaybeReadMore](this, r);
  });
  destroyImpl.construct(this, () => {
    const w = this._writableState;
    Writable[kAfterConstruct](this, w);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}
Duplex.prototype.write = Writable.prototype.write;
Duplex.prototype.end = Writable.prototype.end;
Duplex.prototype.cork = Writable.prototype.cork;
Duplex.prototype.uncork = Writable.prototype.uncork;
Duplex.prototype.setDefaultEncoding = Writable.prototype.setDefaultEncoding;
Duplex.prototype._write = Writable.prototype._write;
Duplex.prototype._writev = null;
Duplex.prototype.destroy = Writable.prototype.destroy;

function writableDescriptor(name) {
  return Object.getOwnPropertyDescriptor(Writable.prototype, name);
}

Object.defineProperties(Duplex.prototype, {
  writable: { __proto__: null, ...writableDescriptor('writable') },
  writableHighWaterMark: { __proto__: null, ...writableDescriptor('writableHighWaterMark') },
  writableObjectMode: { __proto__: null, ...writableDescriptor('writableObjectMode') },
  writableBuffer: { __proto__: null, ...writableDescriptor('writableBuffer') },
  writableLength: { __proto__: null, ...writableDescriptor('writableLength') },
  writableFinished: { __proto__: null, ...writableDescriptor('writableFinished') },
  writableCorked: { __proto__: null, ...writableDescriptor('writableCorked') },
  writableEnded: { __proto__: null, ...writableDescriptor('writableEnded') },
  writableNeedDrain: { __proto__: null, ...writableDescriptor('writableNeedDrain') },
  destroyed: {
    __proto__: null,
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  },
});

let webStreamsAdapters;
function lazyWebStreams() {
  webStreamsAdapters ??= require('internal/webstreams/adapters');
  return webStreamsAdapters;
}

Duplex.fromWeb = function(pair, options) {
  return lazyWebStreams().newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function(duplex) {
  return lazyWebStreams().newReadableWritablePairFromDuplex(duplex);
};

let duplexify;
Duplex.from = function(body) {
  duplexify ??= require('internal/streams/duplexify');
  return duplexify(body, 'body');
};

module.exports = Duplex;
