// util.inspect of errors: stack, extra own props block, [cause], [errors], missing stack, renamed errors.
'use strict';
const { inspect } = require('util');
function withStack(err, stack) {
  Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  return err;
}
const e1 = withStack(new Error('boom'), 'Error: boom\n    at foo (file.js:1:1)\n    at bar (file.js:2:2)');
console.log(inspect(e1));
const e2 = withStack(new TypeError('bad'), 'TypeError: bad\n    at x (y.js:1:1)');
e2.code = 'ERR_X';
e2.extra = { a: 1 };
console.log(inspect(e2));
console.log(inspect({ e: e2 }));
console.log(inspect([e1]));
const e3 = new Error('nost');
e3.stack = undefined;
console.log(inspect(e3));
const e4 = withStack(new Error('m', { cause: 'c' }), 'Error: m\n    at q (a.js:1:1)');
console.log(inspect(e4));
const inner = withStack(new Error('inner'), 'Error: inner\n    at w (a.js:3:3)');
const e5 = withStack(new AggregateError([inner], 'agg'), 'AggregateError: agg\n    at z (a.js:1:1)');
console.log(inspect(e5));
class MyErr extends Error {}
console.log(inspect(withStack(new MyErr('hi'), 'Error: hi\n    at k (a.js:1:1)')));
const e7 = withStack(new Error('x'), 'Custom: x\n    at k (a.js:1:1)');
e7.name = 'Custom';
console.log(inspect(e7));
console.log(inspect([withStack(new RangeError('r'), 'RangeError: r')]));
console.log(inspect(withStack(new Error(), 'Error\n    at a (b.js:1:1)')));
const np = withStack(new Error('np'), 'Error: np\n    at a (b.js:1:1)');
Object.setPrototypeOf(np, null);
console.log(inspect(np));
const errCause = withStack(new Error('outer', { cause: inner }), 'Error: outer\n    at o (a.js:9:9)');
console.log(inspect(errCause));
const shared = '\n    at s1 (a.js:1:1)\n    at s2 (a.js:2:2)\n    at s3 (a.js:3:3)\n    at s4 (a.js:4:4)\n    at s5 (a.js:5:5)';
const c = withStack(new Error('c'), `Error: c\n    at cc (a.js:0:0)${shared}`);
console.log(inspect(withStack(new Error('o', { cause: c }), `Error: o\n    at oo (a.js:0:0)${shared}`)));
const named = withStack(new Error('msg'), 'Error: msg\n    at z (a.js:1:1)');
named.name = 'SomethingElse';
console.log(inspect(named));
const withMessage = withStack(new Error('a'), 'Error: a\n    at z (a.js:1:1)');
withMessage.message = 'changed';
console.log(inspect(withMessage));
console.log(inspect({ message: 'not an error' }));
console.log(inspect(withStack(new Error('deep'), 'Error: deep'), { depth: -1 }));
