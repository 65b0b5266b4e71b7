// util.inspect of functions and classes: names, anonymous, async/generator kinds, extends, props.
'use strict';
const { inspect } = require('util');
function f() {}
const af = async function af() {};
function* g() {}
async function* ag() {}
class A {}
class B extends A {}
console.log(inspect([f, () => {}, af, g, ag, Math.max, f.bind(null), async () => {}]));
console.log(inspect([A, B, class {}, class extends B {}]));
console.log(inspect(Object.assign(function h() {}, { p: 1 })));
console.log(inspect(Object.assign(() => {}, { a: 1 })));
const nullProtoFn = function np() {};
Object.setPrototypeOf(nullProtoFn, null);
console.log(inspect(nullProtoFn));
const renamed = function orig() {};
Object.defineProperty(renamed, 'name', { value: '' });
console.log(inspect(renamed));
A.staticProp = 'x';
console.log(inspect(A));
console.log(inspect({ method() {}, arrow: () => 1 }));
