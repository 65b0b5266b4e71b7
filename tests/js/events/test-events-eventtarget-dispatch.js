// EventTarget dispatch: listener order, this, once, handleEvent objects, duplicates, return value, phases.
'use strict';
require('../common');
const assert = require('assert');

const target = new EventTarget();
const log = [];
function first(e) {
  assert.strictEqual(this, target);
  log.push(`first phase=${e.eventPhase} target=${e.target === target} current=${e.currentTarget === target}`);
}
target.addEventListener('foo', first);
target.addEventListener('foo', first);
target.addEventListener('foo', first, true);
const obj = {
  handleEvent(e) {
    assert.strictEqual(this, obj);
    log.push(`handleEvent ${e.type}`);
  },
};
target.addEventListener('foo', obj);
target.addEventListener('foo', () => log.push('once'), { once: true });
target.addEventListener('foo', () => {
  log.push('adds late');
  target.addEventListener('foo', () => log.push('late'));
}, { once: true });
const ev = new Event('foo');
assert.strictEqual(target.dispatchEvent(ev), true);
log.push(`after phase=${ev.eventPhase} current=${ev.currentTarget} target=${ev.target === target}`);
target.dispatchEvent(new Event('foo'));
target.removeEventListener('foo', first);
target.removeEventListener('foo', first, { capture: true });
target.dispatchEvent(new Event('foo'));
console.log(log.join('\n'));
assert.strictEqual(target.dispatchEvent(new Event('nobody')), true);
