// util.promisify: callback results become promises, util.promisify.custom is honoured, bad input throws.
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

function legacy(a, cb) {
  setTimeout(() => cb(a === 'bad' ? new Error('bad') : null, `${a}!`, 'ignored'), 1);
}
legacy.extra = 42;
const p = util.promisify(legacy);
assert.strictEqual(p.name, 'legacy');
assert.strictEqual(p.extra, 42);
assert.strictEqual(p[util.promisify.custom], p);
assert.strictEqual(util.promisify(p), p);
assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));

function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom');
assert.strictEqual(util.promisify(custom), custom[util.promisify.custom]);

function multi(cb) { cb(null, 1, 2); }
multi[util.promisify.custom] = () => new Promise((resolve) => multi((err, a, b) => resolve({ a, b })));

assert.throws(() => util.promisify(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
const badCustom = () => {};
badCustom[util.promisify.custom] = 1;
assert.throws(() => util.promisify(badCustom), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });

const self = { v: 7, get(cb) { cb(null, this.v); } };
self.getAsync = util.promisify(self.get);

async function main() {
  assert.strictEqual(await p('x'), 'x!');
  await assert.rejects(p('bad'), { message: 'bad' });
  assert.deepStrictEqual(await util.promisify(multi)(), { a: 1, b: 2 });
  assert.strictEqual(await self.getAsync(), 7);
  assert.strictEqual(await util.promisify((cb) => cb(null))(), undefined);
  await assert.rejects(util.promisify((cb) => { throw new RangeError('sync'); })(), RangeError);
}
main().then(common.mustCall());
