// Checks Module.createRequire with paths, file URL strings and directories, and its argument errors.
'use strict';
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');
const fixtures = path.join(__dirname, 'fixtures');

assert.strictEqual(createRequire(path.join(fixtures, 'x.js'))('./ext/x'), 'ext.js');
assert.strictEqual(createRequire(`file://${fixtures}/x.js`)('./ext/x'), 'ext.js');
assert.strictEqual(createRequire(`${fixtures}/`)('./ext/x'), 'ext.js');
assert.strictEqual(createRequire(`${fixtures}/`).resolve('./ext/x'), path.join(fixtures, 'ext/x.js'));
for (const bad of ['relative.js', 1, undefined, 'file:///a%2fb']) {
  assert.throws(() => createRequire(bad), { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
}
