// Checks the patchable internals used by require hooks: require.extensions, Module._load, _resolveFilename, wrap.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const Module = require('module');
const dir = require('../common').tmpdir();

fs.writeFileSync(path.join(dir, 'note.txt'), 'hello text');
require.extensions['.txt'] = (module, filename) => {
  module.exports = fs.readFileSync(filename, 'utf8').toUpperCase();
};
assert.strictEqual(require(path.join(dir, 'note.txt')), 'HELLO TEXT');
delete require.extensions['.txt'];

const originalLoad = Module._load;
const seen = [];
Module._load = function(request, parent, isMain) {
  seen.push(request);
  if (request === 'virtual-module') return 'virtual';
  return Reflect.apply(originalLoad, this, [request, parent, isMain]);
};
assert.strictEqual(require('virtual-module'), 'virtual');
Module._load = originalLoad;
assert.deepStrictEqual(seen, ['virtual-module']);

const originalResolve = Module._resolveFilename;
Module._resolveFilename = function(request, ...rest) {
  return Reflect.apply(originalResolve, this, [request === 'alias' ? './fixtures/ext/x' : request, ...rest]);
};
assert.strictEqual(require('alias'), 'ext.js');
Module._resolveFilename = originalResolve;

assert.deepStrictEqual(Module.wrapper, ['(function (exports, require, module, __filename, __dirname) { ', '\n});']);
assert.strictEqual(Module.wrap('x'), `${Module.wrapper[0]}x${Module.wrapper[1]}`);
