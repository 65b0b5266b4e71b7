// Checks that a package can require itself by its own name through its "exports".
'use strict';
const assert = require('assert');
assert.strictEqual(require('./fixtures/self/lib/util-user'), 'self util via self');
assert.throws(() => require('selfref'), { code: 'MODULE_NOT_FOUND' });
