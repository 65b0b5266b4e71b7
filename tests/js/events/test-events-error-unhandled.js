// 'error' without listeners throws the Error itself, or ERR_UNHANDLED_ERROR with context for other values.
'use strict';
require('../common');
const assert = require('assert');
const { EventEmitter, errorMonitor } = require('events');

const e = new EventEmitter();
const err = new Error('boom');
assert.throws(() => e.emit('error', err), (thrown) => thrown === err);
for (const value of ['x', 42, undefined, { a: 1 }, null]) {
  try {
    e.emit('error', value);
  } catch (thrown) {
    assert.strictEqual(thrown.code, 'ERR_UNHANDLED_ERROR');
    assert.strictEqual(thrown.name, 'Error');
    assert.strictEqual(thrown.context, value);
    console.log(thrown.message, Object.keys(thrown));
  }
}
assert.throws(() => e.emit('error'), { code: 'ERR_UNHANDLED_ERROR', message: 'Unhandled error. (undefined)' });

// errorMonitor sees the error first and does not count as handling it.
const order = [];
e.on(errorMonitor, (er) => order.push(`monitor ${er.message}`));
assert.throws(() => e.emit('error', err), (thrown) => thrown === err);
e.on('error', (er) => order.push(`handler ${er.message}`));
assert.strictEqual(e.emit('error', err), true);
console.log(order);
