// util.styleText wraps text in ANSI codes (skipped for a single format when the stream has no colors).
'use strict';
require('../common');
const assert = require('assert');
const util = require('util');

console.log(JSON.stringify(util.styleText('red', 'hi', { validateStream: false })));
console.log(JSON.stringify(util.styleText(['bold', 'red'], 'hi')));
console.log(JSON.stringify(util.styleText(['red', 'italic', 'bgBlue'], 'x')));
console.log(JSON.stringify(util.styleText('bold', 'plain when piped')));
assert.throws(() => util.styleText('nope', 'x'), { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.throws(() => util.styleText('red', 1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => util.styleText('red', 'x', { stream: 1 }), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
try {
  util.styleText('nope', 'x');
} catch (e) {
  console.log(e.message);
}
