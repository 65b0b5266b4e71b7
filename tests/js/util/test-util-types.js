// util.types brand checks recognise engine-internal kinds and are not fooled by Symbol.toStringTag.
'use strict';
require('../common');
const types = require('util/types');
const assert = require('assert');

assert.strictEqual(require('util').types, types);
function* gen() {}
async function af() {}
async function* ag() {}
const cases = {
  arg: (function() { return arguments; })(),
  argStrict: (function() { 'use strict'; return arguments; })(),
  mapIt: new Map().keys(), setIt: new Set().values(), gen: gen(), genf: gen, af, ag, agObj: ag(),
  err: new TypeError(), errLike: Object.create(Error.prototype), prom: Promise.resolve(), prox: new Proxy({}, {}),
  num: new Number(1), str: new String(''), bool: new Boolean(1), big: Object(1n), sym: Object(Symbol()),
  date: new Date(), re: /a/, ab: new ArrayBuffer(1), sab: new SharedArrayBuffer(1),
  dv: new DataView(new ArrayBuffer(1)), u8: new Uint8Array(1), u8c: new Uint8ClampedArray(1),
  i16: new Int16Array(1), f32: new Float32Array(1), f64: new Float64Array(1), b64: new BigInt64Array(1),
  buf: Buffer.alloc(1), map: new Map(), set: new Set(), wm: new WeakMap(), ws: new WeakSet(), obj: {},
  fakeMap: { [Symbol.toStringTag]: 'Map' }, fakeDate: Object.create(Date.prototype), prim: 1,
};
for (const [k, v] of Object.entries(cases)) {
  console.log(k, Object.keys(types).filter((n) => types[n](v)).join(','));
}
console.log(Object.keys(types).join(' '));
