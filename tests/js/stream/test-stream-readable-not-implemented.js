// A Readable without _read errors with ERR_METHOD_NOT_IMPLEMENTED once read.
'use strict';
const { Readable } = require('stream');
const assert = require('assert');
const common = require('../common');
const r = new Readable();
r.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED');
  console.log(err.message);
}));
r.on('close', common.mustCall(() => console.log('close')));
r.read();
