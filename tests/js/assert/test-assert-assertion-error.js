// AssertionError: constructor options, own properties, name, code, toString and stack header.
'use strict';
require('../common');
const assert = require('assert');
const { AssertionError } = assert;

const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(JSON.stringify(e.message));
console.log(e.name, e.code, e.actual, e.expected, e.operator, e.generatedMessage);
console.log(Object.keys(e).join(' '));
console.log(e.toString().split('\n')[0]);
console.log(e.stack.split('\n')[0]);
console.log(e instanceof Error, Object.prototype.hasOwnProperty.call(e, 'name'));
const m = new AssertionError({ message: 'hi' });
console.log(m.message, m.generatedMessage, m.actual, m.operator);
const loose = new AssertionError({ actual: 1, expected: 2, operator: '==' });
console.log(JSON.stringify(loose.message));
assert.throws(() => new AssertionError(), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => new AssertionError('x'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
