// assert.fail with no, one and several (deprecated) arguments; the DEP0094 warning is emitted once.
'use strict';
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustCall((w) => console.log('warning', w.name, w.code)));
for (const fn of [
  () => assert.fail(),
  () => assert.fail('boom'),
  () => assert.fail(1, 2),
  () => assert.fail(1, 2, undefined, '>'),
  () => assert.fail(1, 2, 'msg'),
]) {
  try {
    fn();
  } catch (e) {
    console.log(e.code, JSON.stringify(e.message), e.generatedMessage, e.operator, e.actual, e.expected);
  }
}
assert.throws(() => assert.fail(new TypeError('own')), TypeError);
