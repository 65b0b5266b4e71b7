// Checks that a shebang line and a UTF-8 byte order mark are ignored in .js and .json files.
'use strict';
const assert = require('assert');
assert.strictEqual(require('./fixtures/shebang'), 'shebang');
assert.strictEqual(require('./fixtures/bom.js'), 'bom js');
assert.deepStrictEqual(require('./fixtures/bom.json'), { bom: true });
