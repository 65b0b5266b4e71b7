// structuredClone: deep copies with shared/circular references; unclonable values throw DataCloneError.
'use strict';
const assert = require('assert');

const o = { x: 1, d: new Date(0), r: /a/g, m: new Map([[1, { y: 2 }]]), s: new Set([1]), n: null };
o.self = o;
const c = structuredClone(o);
assert.notStrictEqual(c, o);
assert.strictEqual(c.self, c);
assert.strictEqual(c.d.getTime(), 0);
assert.strictEqual(c.r.flags, 'g');
assert.strictEqual(c.m.get(1).y, 2);
assert.ok(c.s.has(1));

const u8 = new Uint8Array([1, 2, 3]).subarray(1);
const cu8 = structuredClone(u8);
assert.deepStrictEqual([...cu8], [2, 3]);
assert.strictEqual(cu8.buffer.byteLength, 3);

const arr = Object.assign([1, 2], { p: 3 });
assert.strictEqual(structuredClone(arr).p, 3);

class A { constructor() { this.a = 1; } }
const ca = structuredClone(new A());
assert.strictEqual(Object.getPrototypeOf(ca), Object.prototype);
assert.strictEqual(ca.a, 1);

const e = structuredClone(new RangeError('r', { cause: 1 }));
assert.ok(e instanceof RangeError);
assert.strictEqual(e.message, 'r');
assert.strictEqual(e.cause, 1);

for (const bad of [() => 1, Symbol('x'), { f() {} }, Promise.resolve()]) {
  assert.throws(() => structuredClone(bad), { name: 'DataCloneError', code: 25 });
}
assert.throws(() => structuredClone(), { code: 'ERR_MISSING_ARGS', name: 'TypeError' });

const ab = new ArrayBuffer(4);
const moved = structuredClone(ab, { transfer: [ab] });
assert.strictEqual(ab.byteLength, 0);
assert.strictEqual(moved.byteLength, 4);
