// console.count/countReset keep per-label counters; the default label is 'default'.
'use strict';
console.count();
console.count();
console.count('x');
console.count('x');
console.count(undefined);
console.countReset('x');
console.count('x');
console.count({ toString() { return 'obj'; } });
console.countReset();
console.count();
