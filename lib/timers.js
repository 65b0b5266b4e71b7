'use strict';

const {
  Timeout, Immediate, active, unenroll, clearTimeout, clearImmediate, insert,
} = require('internal/timers');
const { validateFunction, validateNumber } = require('internal/validators');
const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0:
    case 1:
    case 2:
      break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default: args = Array.prototype.slice.call(arguments, 2);
  }
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0:
    case 1:
    case 2:
      break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default: args = Array.prototype.slice.call(arguments, 2);
  }
  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearInterval(timer) {
  // clearTimeout and clearInterval are interchangeable, as in node.
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0:
    case 1:
      break;
    case 2: args = [arg1]; break;
    case 3: args = [arg1, arg2]; break;
    default: args = Array.prototype.slice.call(arguments, 1);
  }
  return new Immediate(callback, args);
}

// Legacy timer-object API (deprecated in node, still used by some packages).
function enroll(item, msecs) {
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) throw new ERR_OUT_OF_RANGE('msecs', '>= 0 and < Infinity', msecs);
  if (item._idleTimeout !== undefined && item._idleTimeout !== -1) unenroll(item);
  item._idleTimeout = msecs;
  item._idleNext = item;
  item._idlePrev = item;
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive(item) {
    require('internal/timers').unrefActive(item);
  },
  active(item) {
    active(item);
  },
  unenroll(item) {
    unenroll(item);
  },
  enroll,
};

Object.defineProperty(setTimeout, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() {
    return require('timers/promises').setTimeout;
  },
});
Object.defineProperty(setImmediate, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() {
    return require('timers/promises').setImmediate;
  },
});
Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() {
    return require('timers/promises');
  },
});
