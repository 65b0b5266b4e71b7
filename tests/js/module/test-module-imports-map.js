// Checks package.json "imports": #names, conditions, patterns, bare targets, null and undefined entries.
'use strict';
const assert = require('assert');
const path = require('path');
const load = require('./fixtures/imp/src/user');
const imp = path.join(__dirname, 'fixtures/imp');

assert.strictEqual(load('#dep'), 'dep');
assert.strictEqual(load('#util/one'), 'util one.js');
assert.strictEqual(load('#plain'), 'plain index');
for (const id of ['#nothing', '#missing']) {
  assert.throws(() => load(id), {
    code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
    name: 'TypeError',
    message: `Package import specifier "${id}" is not defined in package ${imp}/package.json imported from ${imp}/src/user.js`,
  });
}
assert.throws(() => load('#'), { code: 'ERR_INVALID_MODULE_SPECIFIER', name: 'TypeError' });
// Outside a package with "imports", '#x' is an ordinary (missing) module.
assert.throws(() => require('#missing'), { code: 'MODULE_NOT_FOUND' });
