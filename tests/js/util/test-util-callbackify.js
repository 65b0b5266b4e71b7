// util.callbackify: results and rejections reach the callback on a later tick; falsy rejections are wrapped.
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const cbf = util.callbackify(async function foo(a, b) {
  if (a) throw a;
  return b;
});
assert.strictEqual(cbf.name, 'fooCallbackified');
assert.strictEqual(cbf.length, 3);
let sync = true;
cbf(null, 5, common.mustCall((err, value) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(err, null);
  assert.strictEqual(value, 5);
}));
sync = false;
cbf(new Error('boom'), 5, common.mustCall((err) => assert.strictEqual(err.message, 'boom')));
for (const falsy of [null, 0, '', false, undefined]) {
  util.callbackify(() => Promise.reject(falsy))(common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
    assert.strictEqual(err.reason, falsy);
    assert.strictEqual(err.message, 'Promise was rejected with falsy value');
  }));
}
const obj = { v: 3, m: util.callbackify(async function() { return this.v; }) };
obj.m(common.mustCall((err, v) => assert.strictEqual(v, 3)));
assert.throws(() => util.callbackify(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => cbf(1, 2, 3), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
