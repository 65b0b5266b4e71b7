// Checks file and directory resolution: extension order, .cjs, package.json "main" and index.js fallbacks.
'use strict';
const assert = require('assert');
const path = require('path');
const f = (p) => path.join(__dirname, 'fixtures', p);

assert.strictEqual(require('./fixtures/ext/x'), 'ext.js');
assert.strictEqual(require.resolve('./fixtures/ext/x'), f('ext/x.js'));
assert.strictEqual(require('./fixtures/ext/y'), 'only json');
assert.strictEqual(require('./fixtures/ext/w.cjs'), 'cjs');
assert.throws(() => require('./fixtures/ext/w'), { code: 'MODULE_NOT_FOUND' });
assert.strictEqual(require(f('ext/x.js')), 'ext.js');
assert.strictEqual(require('./fixtures/dir-main'), 'dir-main entry');
assert.strictEqual(require('./fixtures/dir-main/'), 'dir-main entry');
assert.strictEqual(require('./fixtures/dir-nomain'), 'dir-nomain index');
assert.deepStrictEqual(require('./fixtures/data'), { a: 1, b: [true, null] });
assert.strictEqual(require('./fixtures/data.json'), require('./fixtures/data'));
