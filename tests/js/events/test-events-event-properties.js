// Event and CustomEvent properties, constants and prototype shape.
'use strict';
require('../common');
const assert = require('assert');

const e = new Event('foo', { bubbles: true, cancelable: true, composed: true });
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.isTrusted, e.eventPhase, e.defaultPrevented);
console.log(e.target, e.currentTarget, e.srcElement, e.composedPath(), e.returnValue, e.cancelBubble);
assert.strictEqual(typeof e.timeStamp, 'number');
assert.ok(e.timeStamp > 0);
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
console.log(Object.getOwnPropertyNames(Event.prototype).join());
console.log(Object.getOwnPropertyNames(EventTarget.prototype).join());
console.log(Object.getOwnPropertyNames(new Event('x')), Object.keys(new EventTarget()));
console.log(Object.prototype.toString.call(e), Object.prototype.toString.call(new EventTarget()));
e.initEvent('bar', false, false);
console.log(e.type, e.bubbles, e.cancelable);

const ce = new CustomEvent('c', { detail: { n: 1 } });
console.log(ce.detail, new CustomEvent('c').detail, ce instanceof Event, Object.prototype.toString.call(ce));
const target = new EventTarget();
target.addEventListener('c', (event) => {
  console.log('inside', event.composedPath().length, event.detail.n);
});
target.dispatchEvent(ce);
class MyTarget extends EventTarget {}
const mine = new MyTarget();
mine.addEventListener('m', (event) => console.log('subclass target', event.target === mine));
mine.dispatchEvent(new Event('m'));
