// util.inspect arrays: column grouping of many short items, holes, maxArrayLength, extra keys, subclasses.
'use strict';
const { inspect } = require('util');
console.log(inspect(Array.from({ length: 120 }, (_, i) => i)));
console.log(inspect(Array.from({ length: 26 }, (_, i) => 'abc'.repeat(i % 3 + 1))));
console.log(inspect([1, 2, 3, 4, 5, 6, 7]));
console.log(inspect([1, 2, 3, 4, 5, 6]));
console.log(inspect(Array.from({ length: 30 }, (_, i) => i * 1000)));
console.log(inspect(Array.from({ length: 10 }, (_, i) => ({ i }))));
console.log(inspect(Array.from({ length: 8 }, (_, i) => (i % 2 ? 'str' + i : i))));
console.log(inspect(Array.from({ length: 12 }, (_, i) => BigInt(i) ** 5n)));
console.log(inspect([1, , , 4, , ]));
console.log(inspect(new Array(5)));
console.log(inspect(Object.assign(new Array(200), { 150: 'x' })));
console.log(inspect([1, 2, 3, 4], { maxArrayLength: 2 }));
console.log(inspect([1, 2, 3], { maxArrayLength: 0 }));
console.log(inspect(Array.from({ length: 101 }, () => 'ab')));
console.log(inspect(Object.assign([1, 2], { x: 1, 'y-z': 2 })));
class MyArray extends Array {}
console.log(inspect(MyArray.from([1, 2])));
console.log(inspect(new MyArray()));
console.log(inspect([[1, 2, [3, 4, [5, [6]]]], [], [[]]]));
console.log(inspect([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }, { a: 7, b: 8 }]));
console.log(inspect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z']));
console.log(inspect({ nested: { arr: Array.from({ length: 40 }, (_, i) => i) } }));
