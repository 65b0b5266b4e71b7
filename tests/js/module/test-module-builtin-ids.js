// Checks builtin ids: node: prefix, unknown builtins, isBuiltin, builtinModules and resolving builtins.
'use strict';
const assert = require('assert');
const Module = require('module');

assert.strictEqual(require('node:path'), require('path'));
assert.throws(() => require('node:nope'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE', name: 'Error', message: 'No such built-in module: node:nope' });
assert.throws(() => require('node:internal/errors'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
assert.throws(() => require('internal/errors'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require('test'), { code: 'MODULE_NOT_FOUND' });
assert.strictEqual(require.resolve('fs'), 'fs');
assert.strictEqual(require.resolve('node:fs'), 'node:fs');
assert.throws(() => require.resolve('node:nope'), { code: 'MODULE_NOT_FOUND' });
assert.deepStrictEqual(['fs', 'node:fs', 'nope', 'internal/errors', 'node:nope'].map(Module.isBuiltin),
  [true, true, false, false, false]);
assert.ok(Module.builtinModules.includes('fs'));
assert.ok(Module.builtinModules.includes('path'));
assert.ok(!Module.builtinModules.some((id) => id.startsWith('internal/') || id.startsWith('node:')));
