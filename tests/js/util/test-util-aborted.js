// util.aborted resolves when the signal aborts; transferableAbortSignal snapshots; bad arguments reject.
'use strict';
const common = require('../common');
const assert = require('assert');
const util = require('util');

const ac = new AbortController();
const order = [];
util.aborted(ac.signal, {}).then(common.mustCall(() => {
  order.push('aborted');
  console.log(order.join(' '));
}));
util.aborted(AbortSignal.abort(), {}).then(common.mustCall(() => order.push('already')));
setTimeout(() => {
  order.push('abort()');
  ac.abort();
}, 1);
assert.rejects(util.aborted({}, {}), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' }).then(common.mustCall());
assert.rejects(util.aborted(ac.signal, 1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' })
  .then(common.mustCall());
const t = util.transferableAbortSignal(AbortSignal.abort('why'));
assert.ok(t instanceof AbortSignal);
assert.strictEqual(t.reason, 'why');
assert.ok(util.transferableAbortController() instanceof AbortController);
assert.throws(() => util.transferableAbortSignal(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
