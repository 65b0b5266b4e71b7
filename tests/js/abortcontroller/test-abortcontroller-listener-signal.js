// addEventListener's signal option removes the listener on abort; an aborted signal prevents adding.
'use strict';
const common = require('../common');
const assert = require('assert');
const { getEventListeners } = require('events');

const target = new EventTarget();
const ac = new AbortController();
target.addEventListener('x', common.mustCall(), { signal: ac.signal });
target.dispatchEvent(new Event('x'));
ac.abort();
target.dispatchEvent(new Event('x'));
assert.strictEqual(getEventListeners(target, 'x').length, 0);
target.addEventListener('x', common.mustNotCall(), { signal: AbortSignal.abort() });
target.dispatchEvent(new Event('x'));
console.log(getEventListeners(target, 'x').length, getEventListeners(ac.signal, 'abort').length);
