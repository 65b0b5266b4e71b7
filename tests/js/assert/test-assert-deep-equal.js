// deepEqual vs deepStrictEqual over primitives, collections, typed arrays, errors, boxed values and cycles.
'use strict';
require('../common');
const assert = require('assert');

function both(name, a, b) {
  const r = [];
  for (const f of [assert.deepEqual, assert.deepStrictEqual]) {
    try {
      f(a, b);
      r.push('eq');
    } catch (e) {
      assert.strictEqual(e.code, 'ERR_ASSERTION');
      r.push('ne');
    }
  }
  console.log(name, r.join(' '));
}
const s1 = Symbol('s');
const args = (...xs) => (function() { return arguments; })(...xs);
both('prim', 1, '1');
both('null/undef', null, undefined);
both('nan', NaN, NaN);
both('-0', -0, 0);
both('obj/arr', {}, []);
both('arr/args', [1], args(1));
both('holes', [, 1], [undefined, 1]); // eslint-disable-line no-sparse-arrays
both('arr extra prop', Object.assign([1], { x: 1 }), [1]);
both('sym key', { [s1]: 1 }, { [s1]: 1 });
both('sym diff', { [s1]: 1 }, { [s1]: 2 });
both('set loose', new Set([1, '2']), new Set(['1', 2]));
both('set obj', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]));
both('set obj diff', new Set([{ a: 1 }]), new Set([{ a: 2 }]));
both('set null undef', new Set([null]), new Set([undefined]));
both('set loose true', new Set([true]), new Set([1]));
both('map loose key', new Map([[1, 'a']]), new Map([['1', 'a']]));
both('map obj key', new Map([[{ k: 1 }, { v: 1 }]]), new Map([[{ k: 1 }, { v: 1 }]]));
both('map obj key diff val', new Map([[{ k: 1 }, 1]]), new Map([[{ k: 1 }, 2]]));
both('set vs map', new Set(), new Map());
both('date', new Date(1), new Date(1));
both('date diff', new Date(1), new Date(2));
both('date prop', Object.assign(new Date(0), { x: 1 }), new Date(0));
both('re flags', /a/g, /a/i);
both('re lastIndex', /a/g, Object.assign(/a/g, { lastIndex: 3 }));
both('err', new Error('a'), new Error('a'));
both('err type', new Error('a'), new TypeError('a'));
both('err cause', new Error('a', { cause: 1 }), new Error('a', { cause: 2 }));
both('err prop', Object.assign(new Error('a'), { code: 1 }), new Error('a'));
both('u8 vs i8', new Uint8Array([1]), new Int8Array([1]));
both('u8 diff', new Uint8Array([1, 2]), new Uint8Array([1, 3]));
both('buf vs u8', Buffer.from('ab'), new Uint8Array([97, 98]));
both('ab vs sab', new ArrayBuffer(2), new SharedArrayBuffer(2));
both('dv diff', new DataView(new Uint8Array([1]).buffer), new DataView(new Uint8Array([2]).buffer));
both('f64 -0', new Float64Array([-0]), new Float64Array([0]));
both('boxed vs prim', new String('a'), 'a');
both('boxed num diff', new Number(1), new Number(2));
both('boxed prop', Object.assign(new String('a'), { x: 1 }), new String('a'));
both('null proto', Object.create(null), {});
both('other class', new (class A {})(), new (class B {})());
both('fn', () => 1, () => 1);
both('weakmap', new WeakMap(), new WeakMap());
both('promise', Promise.resolve(1), Promise.resolve(2));
both('undefined prop', { a: undefined }, { b: undefined });
both('nonenum', Object.defineProperty({}, 'x', { value: 1 }), {});
both('bigint loose', 1n, 1);
both('obj in arr loose', [{ a: 1 }], [{ a: '1' }]);
const c1 = { a: 1 };
c1.self = c1;
const c2 = { a: 1 };
c2.self = { a: 1, self: c2 };
both('cycle equivalent', c1, c2);
const c3 = { a: 1, self: { a: 1, self: { a: 2 } } };
both('cycle vs finite', c1, c3);
