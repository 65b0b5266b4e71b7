// Calling the _write callback twice errors with ERR_MULTIPLE_CALLBACK.
'use strict';
const { Writable } = require('stream');
const assert = require('assert');
const common = require('../common');
const w = new Writable({
  objectMode: true,
  write(c, e, cb) {
    cb();
    cb();
  },
});
w.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_MULTIPLE_CALLBACK');
  assert.strictEqual(err.name, 'Error');
}));
w.write('x');
