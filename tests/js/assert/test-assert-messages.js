// Generated AssertionError messages (one-line, diff and loose forms) and their properties match node.
'use strict';
require('../common');
const assert = require('assert');

function show(fn) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    assert.strictEqual(e.code, 'ERR_ASSERTION');
    assert.strictEqual(e.name, 'AssertionError');
    console.log(JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}

show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual('a', 'b'));
show(() => assert.strictEqual('a\nb', 'a\nc'));
show(() => assert.strictEqual({ a: 1 }, { a: 1 }));
show(() => assert.strictEqual(1, '1'));
show(() => assert.strictEqual(NaN, 0));
show(() => assert.strictEqual(0, -0));
show(() => assert.strictEqual(null, undefined));
show(() => assert.strictEqual('aaaaaaaaaaaaaaaaaaa1', 'aaaaaaaaaaaaaaaaaaa2'));
show(() => assert.strictEqual(() => 1, () => 1));
show(() => assert.strictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1]));
show(() => assert.strictEqual(1, 2, 'custom'));
show(() => assert.notStrictEqual(1, 1));
show(() => assert.notStrictEqual('long string value', 'long string value'));
show(() => { const o = { a: 1 }; assert.notStrictEqual(o, o); });
show(() => assert.equal(1, 2));
show(() => assert.notEqual(1, 1));
show(() => assert.equal(1, 2, 'custom'));
show(() => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 }));
show(() => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 }, 'custom'));
show(() => assert.deepEqual({ a: 1, b: 2 }, { a: 1, b: 3 }));
show(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 1, b: { c: [1, 2] } }));
show(() => assert.deepStrictEqual(1, 2));
show(() => assert.deepStrictEqual([1], [1, 2]));
show(() => assert.deepStrictEqual('a'.repeat(10), 'b'.repeat(10)));
show(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
show(() => assert.deepStrictEqual({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9 },
                                  { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 0 }));
show(() => assert.deepStrictEqual([{ a: 1 }], [Object.create(null)]));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepEqual([1, 2], ['1', '2']));
