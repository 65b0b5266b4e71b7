// AbortSignal.timeout aborts with a TimeoutError DOMException and does not keep the process alive.
'use strict';
const common = require('../common');
const assert = require('assert');

const signal = AbortSignal.timeout(1);
signal.onabort = common.mustCall(() => {
  const { reason } = signal;
  console.log(reason.name, reason.message, reason.code, reason instanceof DOMException);
});
// Keeps the loop running long enough for the timeout to fire.
setTimeout(() => assert.strictEqual(signal.aborted, true), 50);

// Nothing else holds the loop: this signal must never fire before exit.
AbortSignal.timeout(100000).onabort = common.mustNotCall();
