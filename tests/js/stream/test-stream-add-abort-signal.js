// addAbortSignal destroys the stream with an AbortError when the signal aborts.
'use strict';
const { addAbortSignal, Readable } = require('stream');
const assert = require('assert');
const common = require('../common');
const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
}));
r.on('close', common.mustCall());
ac.abort();
assert.throws(() => addAbortSignal('x', r), { code: 'ERR_INVALID_ARG_TYPE' });
