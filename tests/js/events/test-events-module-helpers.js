// Module exports: getEventListeners, get/setMaxListeners for emitters and targets, defaults, listenerCount.
'use strict';
require('../common');
const assert = require('assert');
const events = require('events');
const { EventEmitter, getEventListeners, getMaxListeners, setMaxListeners } = events;

console.log(Object.keys(events).join(','));
assert.strictEqual(events, EventEmitter);
assert.strictEqual(events.usingDomains, false);
assert.strictEqual(typeof events.kMaxEventTargetListeners, 'symbol');
assert.strictEqual(typeof events.errorMonitor, 'symbol');
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);

const e = new EventEmitter();
const et = new EventTarget();
const f = () => {};
const g = { handleEvent() {} };
e.on('x', f);
et.addEventListener('x', f);
et.addEventListener('x', g);
assert.deepStrictEqual(getEventListeners(e, 'x'), [f]);
assert.deepStrictEqual(getEventListeners(et, 'x'), [f, g]);
assert.deepStrictEqual(getEventListeners(et, 'none'), []);
assert.strictEqual(getMaxListeners(e), 10);
assert.strictEqual(getMaxListeners(et), 10);
setMaxListeners(3, e, et);
assert.strictEqual(getMaxListeners(e), 3);
assert.strictEqual(getMaxListeners(et), 3);
setMaxListeners(7);
assert.strictEqual(EventEmitter.defaultMaxListeners, 7);
assert.strictEqual(new EventEmitter().getMaxListeners(), 7);
EventEmitter.defaultMaxListeners = 10;
assert.strictEqual(EventEmitter.listenerCount(e, 'x'), 1);
assert.strictEqual(e.setMaxListeners(4), e);
console.log('ok');
