// util.inspect of Map, Set, WeakMap, WeakSet, nested collections and maxArrayLength on them.
'use strict';
const { inspect } = require('util');
console.log(inspect(new Map([['a', 1], [{}, [1, 2]]])));
console.log(inspect(new Set([1, 'x'])));
console.log(inspect([new Map(), new Set(), new WeakMap(), new WeakSet()]));
console.log(inspect(new Set([[1, 2], { a: new Map([[1, { b: 2 }]]) }])));
console.log(inspect(new Set([1, 2, 3]), { maxArrayLength: 1 }));
console.log(inspect(new Map([[1, 2], [3, 4]]), { maxArrayLength: 0 }));
console.log(inspect(Object.assign(new Map([[1, 2]]), { extra: true })));
class MyMap extends Map {}
console.log(inspect(new MyMap([[1, 2]])));
console.log(inspect(new Map(Array.from({ length: 10 }, (_, i) => [`key${i}`, { value: i }]))));
console.log(inspect({ a: { b: new Set([1]) } }, { depth: 1 }));
