// assert.ifError passes null/undefined and throws node's "ifError got unwanted exception" otherwise.
'use strict';
require('../common');
const assert = require('assert');

assert.ifError(null);
assert.ifError(undefined);
for (const value of [new Error('bad'), 'x', 0, false, new TypeError(''), { message: 'obj' }]) {
  try {
    assert.ifError(value);
  } catch (e) {
    console.log(e.code, JSON.stringify(e.message), e.operator, e.actual === value, e.expected);
  }
}
