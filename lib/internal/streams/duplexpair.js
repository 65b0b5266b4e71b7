'use strict';
// stream.duplexPair(): two Duplex ends wired so that what one writes, the other reads.

const Duplex = require('internal/streams/duplex');

class DuplexSide extends Duplex {
  #otherSide = null;
  #callback = null;

  constructor(options) {
    super(options);
  }

  initOtherSide(otherSide) {
    this.#otherSide = otherSide;
  }

  _read() {
    // The peer's write completes only once this side is read from: that is the backpressure link.
    const callback = this.#callback;
    if (callback) {
      this.#callback = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this.#otherSide.push(chunk);
      this.#otherSide.#callback = callback;
    }
  }

  _final(callback) {
    this.#otherSide.on('end', callback);
    this.#otherSide.push(null);
  }
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0.initOtherSide(side1);
  side1.initOtherSide(side0);
  return [side0, side1];
}

module.exports = duplexPair;
