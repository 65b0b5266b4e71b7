// preventDefault only affects cancelable events (node 20 ignores passive); stopImmediatePropagation stops dispatch.
'use strict';
require('../common');
const assert = require('assert');

const target = new EventTarget();
target.addEventListener('a', (e) => e.preventDefault());
const cancelable = new Event('a', { cancelable: true });
assert.strictEqual(target.dispatchEvent(cancelable), false);
console.log(cancelable.defaultPrevented, cancelable.returnValue);
const plain = new Event('a');
assert.strictEqual(target.dispatchEvent(plain), true);
console.log(plain.defaultPrevented, plain.returnValue);

target.addEventListener('p', (e) => e.preventDefault(), { passive: true });
const passive = new Event('p', { cancelable: true });
assert.strictEqual(target.dispatchEvent(passive), false);
console.log('passive', passive.defaultPrevented);

const order = [];
target.addEventListener('s', (e) => {
  order.push(1);
  e.stopImmediatePropagation();
});
target.addEventListener('s', () => order.push(2));
const s = new Event('s');
target.dispatchEvent(s);
console.log(order, s.cancelBubble);
const c = new Event('c');
c.cancelBubble = true;
console.log(c.cancelBubble);
c.stopPropagation();
