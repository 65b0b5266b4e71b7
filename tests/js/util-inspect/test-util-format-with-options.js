// util.formatWithOptions passes options to inspect and validates its first argument.
'use strict';
const assert = require('assert');
const util = require('util');
console.log(JSON.stringify(util.formatWithOptions({ colors: true }, 'x', 1, 'y', { a: 'b' })));
console.log(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }));
console.log(util.formatWithOptions({ compact: false }, '%O', { a: 1 }));
console.log(util.formatWithOptions({}, '%s', 'plain'));
assert.throws(() => util.formatWithOptions(null, 'x'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => util.formatWithOptions('x'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), 'red');
assert.throws(() => util.stripVTControlCharacters(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
