// util.getSystemErrorName / getSystemErrorMap from libuv's error table, with argument validation.
'use strict';
require('../common');
const assert = require('assert');
const util = require('util');

console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-99999));
const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.get(-2).join(': '), map.get(-98).join(': '));
assert.throws(() => util.getSystemErrorName(2), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(() => util.getSystemErrorName('x'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => util.getSystemErrorName(-1.5), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
