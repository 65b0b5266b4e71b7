// util.inspect objects: depth cut-off, null prototype, class instances, toStringTag, key quoting, symbol keys.
'use strict';
const { inspect } = require('util');
console.log(inspect({ a: { b: { c: { d: 1 } } }, arr: [[[[1]]]] }));
console.log(inspect({}));
console.log(inspect(Object.create(null)));
console.log(inspect(Object.assign(Object.create(null), { a: 1 })));
class Foo { constructor() { this.a = 1; } }
class Bar extends Foo { get [Symbol.toStringTag]() { return 'Baz'; } }
console.log(inspect([new Foo(), new Bar(), new (class {})()]));
console.log(inspect({ [Symbol.toStringTag]: 'X', a: 1 }));
const tagged = Object.create({ [Symbol.toStringTag]: 'T' });
tagged.x = 1;
console.log(inspect(tagged));
console.log(inspect(Object.create({ [Symbol.toStringTag]: 'T' })));
console.log(inspect({ [Symbol('x')]: 1, 'a-b': 2, __proto__x: 3, 'é': 4, '': 5, 1: 6, "it's": 7, 'a\nb': 8 }));
console.log(inspect({ ['__proto__']: 1 }));
function P() {}
P.prototype.x = 1;
console.log(inspect(new P()));
console.log(inspect({ constructor: 5 }));
const nullProtoChild = Object.create(Object.create(null));
nullProtoChild.v = 1;
console.log(inspect(nullProtoChild));
console.log(inspect(Object.fromEntries(Array.from({ length: 30 }, (_, i) => ['key' + i, i]))));
console.log(inspect({ a: { b: new Map([[1, 2]]), c: [1, [2]], d: new Foo() } }, { depth: 1 }));
console.log(inspect({ a: [{ b: { c: {} } }] }));
console.log(inspect(globalThis).startsWith('<ref *1> Object [global] {'));
console.log(inspect(Math));
console.log(inspect(JSON));
