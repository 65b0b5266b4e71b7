// util.inspect of boxed primitives, arguments objects, Date and RegExp.
'use strict';
const { inspect } = require('util');
console.log(inspect([new Number(3), new String('x'), new Boolean(false), Object(Symbol('s')), Object(1n)]));
console.log(inspect(Object.assign(new Number(-0), { a: 1 })));
console.log(inspect(new String('abc'), { showHidden: true }));
console.log(inspect((function () { return arguments; })(1, 'a')));
console.log(inspect((function () { return arguments; })()));
console.log(inspect([new Date(0), new Date(NaN)]));
console.log(inspect(Object.assign(new Date(0), { extra: 1 })));
class MyDate extends Date {}
console.log(inspect(new MyDate(0)));
console.log(inspect([/ab+c/gi, Object.assign(/x/, { y: 1 }), /[/]\//]));
