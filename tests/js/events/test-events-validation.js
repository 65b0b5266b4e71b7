// Argument validation errors for listeners, max listeners and module helpers match node.
'use strict';
require('../common');
const assert = require('assert');
const events = require('events');
const { EventEmitter } = events;

const e = new EventEmitter();
for (const method of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'off', 'removeListener']) {
  for (const bad of [1, 'x', null, undefined, {}]) {
    assert.throws(() => e[method]('ev', bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  }
}
try {
  e.on('ev', 1);
} catch (err) {
  console.log(err.message);
}
for (const bad of [-1, NaN, 'a']) {
  try {
    e.setMaxListeners(bad);
  } catch (err) {
    console.log(err.code, err.name, err.message);
  }
}
for (const bad of [-1, NaN, '1']) {
  try {
    EventEmitter.defaultMaxListeners = bad;
  } catch (err) {
    console.log(err.code, err.name, err.message);
  }
}
for (const bad of [-1, 'x']) {
  try {
    events.setMaxListeners(bad, e);
  } catch (err) {
    console.log(err.code, err.name, err.message);
  }
}
for (const call of [() => events.setMaxListeners(1, {}), () => events.getEventListeners({}, 'x'),
  () => events.getMaxListeners(1)]) {
  try {
    call();
  } catch (err) {
    console.log(err.code, err.name, err.message);
  }
}
assert.throws(() => { EventEmitter.captureRejections = 1; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new EventEmitter({ captureRejections: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
