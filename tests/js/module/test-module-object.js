// Checks the module object: id, filename, path, paths, loaded, parent, children, exports aliasing, this, require.main.
'use strict';
const assert = require('assert');
const path = require('path');
const info = require('./fixtures/info');
const file = path.join(__dirname, 'fixtures/info.js');

assert.strictEqual(require.main, module);
assert.strictEqual(process.mainModule, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(module.path, __dirname);
assert.strictEqual(module.loaded, false);
assert.strictEqual(module.parent, null);
assert.strictEqual(info.module.id, file);
assert.strictEqual(info.module.filename, file);
assert.strictEqual(info.module.path, path.dirname(file));
assert.strictEqual(info.module.paths[0], path.join(__dirname, 'fixtures/node_modules'));
assert.strictEqual(info.module.loaded, true);
assert.strictEqual(info.module.parent, module);
assert.ok(module.children.includes(info.module));
assert.strictEqual(info.filename, file);
assert.strictEqual(info.dirname, path.dirname(file));
assert.strictEqual(info.exportsIsModuleExports, true);
assert.strictEqual(info.thisIsExports, true);
assert.strictEqual(module.require('./fixtures/info'), info);
assert.strictEqual(require.cache[file], info.module);
assert.strictEqual(require.extensions, require('module')._extensions);
