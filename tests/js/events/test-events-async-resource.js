// EventEmitterAsyncResource emits like an EventEmitter and exposes its async resource ids.
'use strict';
const common = require('../common');
const assert = require('assert');
const { EventEmitterAsyncResource, EventEmitter } = require('events');

const e = new EventEmitterAsyncResource({ name: 'Thing' });
assert.ok(e instanceof EventEmitter);
e.on('x', common.mustCall(function(a, b) {
  assert.strictEqual(this, e);
  console.log('listener', a, b);
}));
assert.strictEqual(e.emit('x', 1, 2), true);
assert.strictEqual(typeof e.asyncId, 'number');
assert.strictEqual(typeof e.triggerAsyncId, 'number');
assert.strictEqual(typeof e.asyncResource.runInAsyncScope, 'function');
e.emitDestroy();
assert.throws(() => new EventEmitterAsyncResource(), { code: 'ERR_INVALID_ARG_TYPE' });
class Named extends EventEmitterAsyncResource {}
assert.ok(new Named() instanceof EventEmitterAsyncResource);
assert.ok(new EventEmitterAsyncResource('by-string') instanceof EventEmitter);
console.log(EventEmitterAsyncResource.name);
