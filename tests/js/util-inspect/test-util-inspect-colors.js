// util.inspect with colors: ANSI codes per style, inspect.colors / inspect.styles tables and aliases.
'use strict';
const assert = require('assert');
const { inspect } = require('util');
function f() {}
const show = (s) => console.log(JSON.stringify(s));
show(inspect([1, 'a', null, undefined, true, Symbol('x'), 1n, new Date(0), /x/, f, { a: 1 }], { colors: true }));
show(inspect(new Map([[1, [2]]]), { colors: true }));
show(inspect(Array.from({ length: 10 }, (_, i) => i), { colors: true }));
show(inspect({ a: { b: { c: { d: 1 } } } }, { colors: true }));
show(inspect(new Number(3), { colors: true }));
show(inspect([1, , 3], { colors: true }));
console.log(Object.keys(inspect.colors).join(','));
console.log(JSON.stringify(inspect.styles));
assert.deepStrictEqual(inspect.colors.grey, inspect.colors.gray);
assert.strictEqual(Object.keys(inspect.colors).includes('grey'), false);
