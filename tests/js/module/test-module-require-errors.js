// Checks require() errors: not found with the require stack, bad ids, JSON syntax, addons and ES modules.
'use strict';
const assert = require('assert');
const path = require('path');
const f = (p) => path.join(__dirname, 'fixtures', p);

assert.throws(() => require('./fixtures/nested-missing'), {
  code: 'MODULE_NOT_FOUND',
  name: 'Error',
  message: `Cannot find module './does-not-exist'\nRequire stack:\n- ${f('nested-missing.js')}\n- ${__filename}`,
  requireStack: [f('nested-missing.js'), __filename],
});
assert.throws(() => require(''), { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError', message: "The argument 'id' must be a non-empty string. Received ''" });
assert.throws(() => require(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => require('./fixtures/bad.json'), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  assert.ok(err.message.startsWith(`${f('bad.json')}: `));
  return true;
});
assert.throws(() => require('./fixtures/ext/z'), { code: 'ERR_DLOPEN_FAILED', name: 'Error' });
// A failed load leaves nothing behind in the cache.
assert.strictEqual(require.cache[f('bad.json')], undefined);
assert.strictEqual(require.cache[f('nested-missing.js')], undefined);
