// emit passes 0..n arguments and `this`, returns whether listeners existed; listeners added during emit wait.
'use strict';
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
assert.strictEqual(e.emit('nothing'), false);
const seen = [];
e.on('ev', function(...args) {
  assert.strictEqual(this, e);
  seen.push(args.length, ...args);
  e.on('ev', () => seen.push('late'));
});
for (let n = 0; n <= 6; n++) {
  const args = Array.from({ length: n }, (_, i) => i);
  assert.strictEqual(e.emit('ev', ...args), true);
}
console.log(seen.join(','));
assert.strictEqual(e.emit.length, 1);
const sym = Symbol('s');
e.on(sym, (v) => console.log('symbol event', v));
e.emit(sym, 42);
console.log(e.eventNames());
