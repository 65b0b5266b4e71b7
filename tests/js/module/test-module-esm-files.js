// Checks that .mjs files and .js files under "type": "module" are not loaded as CommonJS, while .cjs files are.
'use strict';
const assert = require('assert');
assert.strictEqual(require('./fixtures/type-module/y.cjs'), 'cjs in module scope');
assert.throws(() => require('./fixtures/esm'), { code: 'MODULE_NOT_FOUND' });
