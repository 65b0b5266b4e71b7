// Errors thrown by EventTarget listeners become uncaught exceptions without stopping dispatch.
'use strict';
const common = require('../common');
const assert = require('assert');

const target = new EventTarget();
const seen = [];
process.on('uncaughtException', common.mustCall((err) => {
  seen.push(err.message);
  console.log('uncaught', err.message);
}, 3));
target.addEventListener('x', () => {
  throw new Error('sync throw');
});
target.addEventListener('x', async () => {
  throw new Error('async reject');
});
target.addEventListener('x', {
  handleEvent() {
    throw new Error('handleEvent throw');
  },
});
target.addEventListener('x', {});
target.addEventListener('x', common.mustCall(() => console.log('last listener still runs')));
assert.strictEqual(target.dispatchEvent(new Event('x')), true);
console.log('dispatch returned');
process.on('exit', () => assert.strictEqual(seen.length, 3));
