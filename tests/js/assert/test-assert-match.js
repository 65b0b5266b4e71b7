// assert.match / doesNotMatch messages and argument validation.
'use strict';
require('../common');
const assert = require('assert');

assert.match('abc', /b/);
assert.doesNotMatch('abc', /x/);
for (const fn of [
  () => assert.match('abc', /x/),
  () => assert.doesNotMatch('abc', /b/),
  () => assert.match(1, /x/),
  () => assert.doesNotMatch(1, /x/),
  () => assert.match('abc', /x/, 'mine'),
]) {
  try {
    fn();
  } catch (e) {
    console.log(e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
assert.throws(() => assert.match('abc', 'b'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => assert.match('abc', /x/, new RangeError('own')), RangeError);
