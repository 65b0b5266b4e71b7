// Checks that a package.json "main" naming a missing file falls back to index.js with warning DEP0128.
'use strict';
const assert = require('assert');
const common = require('../common');
const path = require('path');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0128');
  assert.strictEqual(warning.message, `Invalid 'main' field in '${path.join(__dirname, 'fixtures/dir-badmain/package.json')}' of 'missing.js'. Please either fix that or report it to the module author`);
}));
assert.strictEqual(require('./fixtures/dir-badmain'), 'dir-badmain index');
