// write(null) throws ERR_STREAM_NULL_VALUES; non-buffer chunks in byte mode throw ERR_INVALID_ARG_TYPE.
'use strict';
const { Writable } = require('stream');
const assert = require('assert');
const w = new Writable({ write(c, e, cb) { cb(); } });
assert.throws(() => w.write(null), { code: 'ERR_STREAM_NULL_VALUES', name: 'TypeError' });
assert.throws(() => w.write(42), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => w.write({}), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
const o = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
assert.throws(() => o.write(null), { code: 'ERR_STREAM_NULL_VALUES' });
assert.strictEqual(o.write(42), true);
assert.strictEqual(o.write({}), true);
const n = new Writable();
assert.throws(() => n.write(new Uint8Array([1])), { code: 'ERR_METHOD_NOT_IMPLEMENTED', name: 'Error' });
