// util.inspect of Buffers: hex bytes, the INSPECT_MAX_BYTES cut-off (settable) and extra own properties.
'use strict';
const buffer = require('buffer');
const util = require('util');
console.log(util.inspect(Buffer.from('Hello')), util.inspect(Buffer.alloc(0)));
console.log(util.inspect(Buffer.alloc(51)));
console.log(util.inspect(Buffer.alloc(52)));
buffer.INSPECT_MAX_BYTES = 2;
console.log(util.inspect(Buffer.from('abcd')), buffer.INSPECT_MAX_BYTES);
const b = Buffer.from('ab');
b.extra = 1;
console.log(util.inspect(b));
