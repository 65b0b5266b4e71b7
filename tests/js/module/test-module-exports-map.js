// Checks package.json "exports": conditions, nested conditions, arrays, patterns, null targets and ERR_PACKAGE_PATH_NOT_EXPORTED.
'use strict';
const assert = require('assert');
const path = require('path');
const pkgDir = path.join(__dirname, 'fixtures/node_modules/exp');
const req = require('module').createRequire(path.join(__dirname, 'fixtures/main.js'));

assert.strictEqual(req('exp'), 'exp main');
assert.strictEqual(req('exp/sub'), 'exp sub');
assert.strictEqual(req('exp/cond'), 'node-require');
assert.strictEqual(req.resolve('exp/arr-invalid-first'), path.join(pkgDir, 'lib/sub.js'));
assert.throws(() => req('exp/arr'), { code: 'MODULE_NOT_FOUND' });
assert.strictEqual(req('exp/features/a'), 'feature a');
assert.strictEqual(req('exp/package.json').name, 'exp');
assert.strictEqual(req('@scope/pkg'), 'scoped');
for (const sub of ['features/private/secret', 'browser-only', 'internal/hidden', 'lib/sub.js', 'nope']) {
  assert.throws(() => req(`exp/${sub}`), {
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    name: 'Error',
    message: `Package subpath './${sub}' is not defined by "exports" in ${pkgDir}/package.json`,
  });
}
