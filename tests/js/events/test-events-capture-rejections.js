// captureRejections routes listener promise rejections to 'error' or to Symbol.for('nodejs.rejection').
'use strict';
const common = require('../common');
const assert = require('assert');
const { EventEmitter, captureRejectionSymbol } = require('events');

assert.strictEqual(captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(EventEmitter.captureRejections, false);

const e1 = new EventEmitter({ captureRejections: true });
e1.on('ev', async (v) => {
  throw new Error(`rejected ${v}`);
});
e1.on('error', common.mustCall((err) => console.log('error event:', err.message)));
e1.emit('ev', 1);

class WithHandler extends EventEmitter {
  [captureRejectionSymbol](err, type, ...args) {
    console.log('rejection handler:', err.message, type, args);
  }
}
const e2 = new WithHandler({ captureRejections: true });
e2.on('ev', common.mustCall(async () => {
  throw new Error('two');
}));
e2.emit('ev', 'a', 'b');

EventEmitter.captureRejections = true;
const e3 = new EventEmitter();
EventEmitter.captureRejections = false;
e3.on('ev', () => Promise.reject(new Error('three')));
e3.on('error', common.mustCall((err) => console.log('static option:', err.message)));
e3.emit('ev');
console.log('sync end');
