// once listeners run once, can be removed by the original function, and receive all arguments.
'use strict';
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const fn = common.mustCall(function(a, b, c, d) {
  assert.strictEqual(this, e);
  console.log('once', a, b, c, d, arguments.length);
});
e.once('x', fn);
assert.strictEqual(e.listenerCount('x'), 1);
assert.strictEqual(e.listenerCount('x', fn), 1);
assert.strictEqual(e.listenerCount('x', () => {}), 0);
e.emit('x', 1, 2, 3, 4);
e.emit('x', 5);
assert.strictEqual(e.listenerCount('x'), 0);
e.once('y', common.mustNotCall());
e.removeListener('y', e.listeners('y')[0]);
assert.strictEqual(e.listenerCount('y'), 0);

// A once listener that re-emits does not run twice.
let calls = 0;
e.once('z', () => {
  calls++;
  e.emit('z');
});
e.emit('z');
assert.strictEqual(calls, 1);
console.log(EventEmitter.listenerCount(e, 'x'), calls);
