'use strict';
// assert/strict: assert in strict mode (equal means strictEqual, deepEqual means deepStrictEqual).

module.exports = require('assert').strict;
