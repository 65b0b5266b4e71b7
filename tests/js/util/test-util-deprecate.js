// util.deprecate warns once per function and once per code, keeps construct behaviour, validates code.
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const seen = [];
process.on('warning', (w) => seen.push(`${w.name} ${w.code} ${w.message}`));
const dep = util.deprecate(function old(x) { return x * 2; }, 'old() is old', 'DEP_TEST1');
const dep2 = util.deprecate(() => 1, 'same code again', 'DEP_TEST1');
const noCode = util.deprecate(() => 2, 'no code here');
assert.strictEqual(dep(2), 4);
assert.strictEqual(dep(3), 6);
assert.strictEqual(dep2(), 1);
assert.strictEqual(noCode(), 2);
assert.strictEqual(noCode(), 2);
class Base { constructor() { this.b = 1; } }
const DepClass = util.deprecate(Base, 'class dep', 'DEP_TEST2');
const inst = new DepClass();
assert.strictEqual(inst.b, 1);
assert.ok(inst instanceof Base);
assert.strictEqual(DepClass.prototype, Base.prototype);
assert.throws(() => util.deprecate(() => {}, 'x', 1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
setImmediate(common.mustCall(() => console.log(seen.join('\n'))));
