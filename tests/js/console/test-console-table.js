// console.table: index column, Values column, property filter, Maps, Sets, primitives and nested values.
'use strict';
const assert = require('assert');
console.table([{ a: 1, b: 'xyz' }, { a: 22 }]);
console.table([1, 'two', { three: 3 }]);
console.table({ r1: { c: 1 }, r2: { c: 2, d: [1, 2, 3, 4] } });
console.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ['a']);
console.table([{ a: 1 }, 5], ['a']);
console.table(new Map([['k1', { v: 1 }], ['k2', 2]]));
console.table(new Set([1, 'a', { x: 1 }]));
console.table([[1, 2], [3, 4, 5]]);
console.table([{ nested: { a: 1, b: 2, c: 3 }, s: 'str', n: null, u: undefined }]);
console.table([{ 'é中文': '中文字' }]);
console.table([]);
console.table(5);
console.table('str');
console.table(null);
assert.throws(() => console.table([], 'a'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
