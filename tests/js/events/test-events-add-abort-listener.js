// addAbortListener runs once on abort (also for already-aborted signals) and can be disposed.
'use strict';
const common = require('../common');
const assert = require('assert');
const { addAbortListener } = require('events');

const ac = new AbortController();
const disposable = addAbortListener(ac.signal, common.mustCall(() => console.log('aborted listener')));
assert.strictEqual(typeof disposable, 'object');
ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
ac.abort();
ac.abort();

const ac2 = new AbortController();
const d2 = addAbortListener(ac2.signal, common.mustNotCall());
const dispose = Object.getOwnPropertySymbols(d2)[0];
d2[dispose]();
ac2.abort();

addAbortListener(AbortSignal.abort(), common.mustCall(() => console.log('already aborted, async')));
console.log('sync end');
assert.throws(() => addAbortListener(undefined, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => addAbortListener(ac.signal, 1), { code: 'ERR_INVALID_ARG_TYPE' });
