// util.inherits links prototypes, sets super_, and validates its arguments.
'use strict';
require('../common');
const assert = require('assert');
const util = require('util');

function A() {}
A.prototype.hello = () => 'hi';
function B() {}
util.inherits(B, A);
assert.strictEqual(B.super_, A);
assert.strictEqual(new B().hello(), 'hi');
assert.ok(new B() instanceof A);
assert.deepStrictEqual(Object.keys(B), []);
assert.throws(() => util.inherits(undefined, A), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => util.inherits(B, null), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => util.inherits(B, {}), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
for (const args of [[undefined, A], [B, null], [B, {}]]) {
  try {
    util.inherits(...args);
  } catch (e) {
    console.log(e.message);
  }
}
