// Checks that symlinked packages load from their real path (one module instance), and the directory walk from there.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const dir = fs.realpathSync(require('../common').tmpdir());

fs.mkdirSync(path.join(dir, 'real/lib'), { recursive: true });
fs.writeFileSync(path.join(dir, 'real/lib/index.js'), 'module.exports = { file: __filename };');
fs.mkdirSync(path.join(dir, 'app/node_modules'), { recursive: true });
fs.symlinkSync(path.join(dir, 'real/lib'), path.join(dir, 'app/node_modules/linked'));
fs.symlinkSync(path.join(dir, 'real/lib'), path.join(dir, 'app/node_modules/other'));

const req = require('module').createRequire(path.join(dir, 'app/main.js'));
const linked = req('linked');
assert.strictEqual(linked.file, path.join(dir, 'real/lib/index.js'));
assert.strictEqual(req('other'), linked);
assert.strictEqual(req.resolve('linked'), path.join(dir, 'real/lib/index.js'));
