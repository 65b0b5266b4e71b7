// push() after push(null) errors with ERR_STREAM_PUSH_AFTER_EOF; unshift after 'end' with ERR_STREAM_UNSHIFT_AFTER_END_EVENT.
'use strict';
const { Readable } = require('stream');
const assert = require('assert');
const common = require('../common');
const r = new Readable({ objectMode: true, read() {} });
r.push(null);
r.push('late');
r.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF');
  assert.strictEqual(err.name, 'Error');
}));
const r2 = new Readable({ objectMode: true, read() {} });
r2.on('data', () => {});
r2.push(null);
r2.on('end', common.mustCall(() => {
  r2.unshift('x');
}));
r2.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT');
}));
const r3 = new Readable({ read() {} });
r3.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(err.name, 'TypeError');
}));
r3.push(42);
