// Checks node_modules lookup: bare and scoped packages, subpaths, and the directories walked up to the root.
'use strict';
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const req = createRequire(path.join(__dirname, 'fixtures/deep/er/main.js'));
assert.strictEqual(req('plain'), 'plain index');
assert.strictEqual(req('plain/extra'), 'plain extra');
assert.strictEqual(req('plain/package.json').version, '1.0.0');
assert.strictEqual(req('@scope/pkg'), 'scoped');
assert.throws(() => req('not-installed'), { code: 'MODULE_NOT_FOUND' });

const paths = req.resolve.paths('plain');
const fixtures = path.join(__dirname, 'fixtures');
assert.deepStrictEqual(paths.slice(0, 3), [
  path.join(fixtures, 'deep/er/node_modules'), path.join(fixtures, 'deep/node_modules'), path.join(fixtures, 'node_modules'),
]);
assert.ok(paths.includes('/node_modules'));
assert.ok(!paths.some((p) => p.endsWith('node_modules/node_modules')));
assert.deepStrictEqual(req.resolve.paths('./x'), [path.join(fixtures, 'deep/er')]);
assert.strictEqual(req.resolve.paths('fs'), null);
assert.strictEqual(req.resolve('plain', { paths: [path.join(fixtures, 'ext')] }), path.join(fixtures, 'node_modules/plain/index.js'));
assert.strictEqual(req.resolve('./x', { paths: [path.join(fixtures, 'ext')] }), path.join(fixtures, 'ext/x.js'));
assert.throws(() => req.resolve('plain', { paths: 'x' }), { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
