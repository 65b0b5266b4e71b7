// util.inspect of primitives: -0, bigint, symbols, NaN, undefined/null, inside arrays and at top level.
'use strict';
const assert = require('assert');
const { inspect } = require('util');
assert.strictEqual(inspect(-0), '-0');
assert.strictEqual(inspect(1n), '1n');
assert.strictEqual(inspect('top'), "'top'");
for (const v of [1, -0, 0, 1n, -5n, 'a', '', true, false, undefined, null, Symbol('x'), Symbol(), Symbol.iterator,
  NaN, Infinity, -Infinity, 1e21, 0.1, 2 ** 53]) {
  console.log(inspect(v));
}
console.log(inspect([1, -0, 1n, 'a', true, undefined, null, Symbol('x'), NaN, Infinity]));
