// Argument errors of Event and EventTarget, and the no-op warning for null listeners.
'use strict';
const common = require('../common');
const assert = require('assert');

const target = new EventTarget();
function show(fn) {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
show(() => target.addEventListener('x'));
show(() => target.addEventListener('x', 1));
show(() => target.addEventListener('x', () => {}, 1));
show(() => target.addEventListener('x', () => {}, { signal: 1 }));
show(() => target.removeEventListener('x'));
show(() => target.dispatchEvent());
show(() => target.dispatchEvent({ type: 'x' }));
show(() => new Event());
show(() => new Event('x', 1));
show(() => new Event('x', null));
show(() => Event.prototype.type);
show(() => EventTarget.prototype.addEventListener.call({}, 'x', () => {}));
show(() => new CustomEvent());
show(() => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')));

const ev = new Event('r');
target.addEventListener('r', common.mustCall(() => {
  assert.throws(() => target.dispatchEvent(ev), { code: 'ERR_EVENT_RECURSION', name: 'Error' });
}));
target.dispatchEvent(ev);

process.on('warning', common.mustCall((w) => console.log(w.name, w.message)));
target.addEventListener('x', null);
