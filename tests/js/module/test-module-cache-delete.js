// Checks that deleting a require.cache entry makes the next require() load the file again.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const dir = require('../common').tmpdir();
const file = path.join(dir, 'counter.js');

fs.writeFileSync(file, 'module.exports = { version: 1 };');
const first = require(file);
assert.strictEqual(require(file), first);
fs.writeFileSync(file, 'module.exports = { version: 2 };');
assert.strictEqual(require(file).version, 1);
delete require.cache[file];
assert.strictEqual(require(file).version, 2);
assert.notStrictEqual(require(file), first);
