'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy.

const { codes: { ERR_MISSING_OPTION } } = require('internal/errors');
const { validateObject } = require('internal/validators');
const { customInspect, kInspect } = require('internal/webstreams/util');

function readHighWaterMark(init) {
  validateObject(init, 'init');
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('options.highWaterMark');
  return Number(init.highWaterMark);
}

const byteSize = (chunk) => chunk.byteLength;
const countSize = () => 1;
Object.defineProperty(byteSize, 'name', { value: 'size' });
Object.defineProperty(countSize, 'name', { value: 'size' });

class ByteLengthQueuingStrategy {
  #highWaterMark;

  constructor(init) {
    this.#highWaterMark = readHighWaterMark(init);
  }

  get highWaterMark() { return this.#highWaterMark; }

  get size() { return byteSize; }
}

class CountQueuingStrategy {
  #highWaterMark;

  constructor(init) {
    this.#highWaterMark = readHighWaterMark(init);
  }

  get highWaterMark() { return this.#highWaterMark; }

  get size() { return countSize; }
}

for (const C of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  Object.defineProperty(C.prototype, kInspect, {
    configurable: true,
    value(depth, options) {
      return customInspect(depth, options, C.name, { highWaterMark: this.highWaterMark });
    },
  });
}

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
