// Microtasks and ticks drain between two timers that expire together, and between immediates.
'use strict';
setTimeout(() => {
  console.log('t1');
  Promise.resolve().then(() => console.log('p1'));
  process.nextTick(() => console.log('n1'));
}, 50);
setTimeout(() => {
  console.log('t2');
  Promise.resolve().then(() => console.log('p2'));
}, 50);
setImmediate(() => {
  console.log('i1');
  Promise.resolve().then(() => console.log('ip1'));
});
setImmediate(() => console.log('i2'));
