'use strict';
// High-water-mark defaults and option validation shared by Readable and Writable.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateInteger } = require('internal/validators');

let defaultHighWaterMarkBytes = 16 * 1024;
let defaultHighWaterMarkObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMarkObjects : defaultHighWaterMarkBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultHighWaterMarkObjects = value;
  else defaultHighWaterMarkBytes = value;
}

// `duplexKey` is readableHighWaterMark/writableHighWaterMark, used when the generic option is absent.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[duplexKey];
  if (hwm == null) return getDefaultHighWaterMark(state.objectMode);
  if (!Number.isInteger(hwm) || hwm < 0) {
    const name = options.highWaterMark != null ? 'options.highWaterMark' : `options.${duplexKey}`;
    throw new ERR_INVALID_ARG_VALUE(name, hwm);
  }
  return Math.floor(hwm);
}

// Stream state objects keep their boolean fields as bits of one integer (as node does, which also shapes how
// they inspect); these define the named accessors over those bits.
const kState = Symbol('kState');
// Internal hooks Duplex borrows from Readable/Writable without exposing them as public statics.
const kMaybeReadMore = Symbol('kMaybeReadMore');
const kAfterConstruct = Symbol('kAfterConstruct');

function defineBitFlags(proto, flags) {
  for (const name of Object.keys(flags)) {
    const bit = flags[name];
    Object.defineProperty(proto, name, {
      __proto__: null,
      configurable: true,
      enumerable: false,
      get() { return (this[kState] & bit) !== 0; },
      set(value) {
        if (value) this[kState] |= bit;
        else this[kState] &= ~bit;
      },
    });
  }
}

// A field that is null while its bit is clear, otherwise read from the `slot` symbol property.
function defineValueSlot(proto, name, bit, slot) {
  Object.defineProperty(proto, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() { return (this[kState] & bit) !== 0 ? this[slot] : null; },
    set(value) {
      if (value) {
        this[kState] |= bit;
        this[slot] = value;
      } else {
        this[kState] &= ~bit;
      }
    },
  });
}

// defaultEncoding: one bit for the common 'utf8', the slot otherwise.
function defineDefaultEncoding(proto, bit, slot) {
  Object.defineProperty(proto, 'defaultEncoding', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() { return (this[kState] & bit) !== 0 ? 'utf8' : this[slot]; },
    set(value) {
      if (value === 'utf8' || value === 'utf-8') {
        this[kState] |= bit;
      } else {
        this[kState] &= ~bit;
        this[slot] = value;
      }
    },
  });
}

module.exports = {
  defineBitFlags, defineDefaultEncoding, defineValueSlot, getHighWaterMark, getDefaultHighWaterMark, kAfterConstruct,
  kMaybeReadMore, kState, setDefaultHighWaterMark,
};
