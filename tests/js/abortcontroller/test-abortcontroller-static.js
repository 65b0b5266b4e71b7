// AbortSignal.abort, AbortSignal.any and their argument validation.
'use strict';
const common = require('../common');
const assert = require('assert');

const aborted = AbortSignal.abort();
console.log(aborted.aborted, aborted.reason.name, aborted.reason.message);
console.log(AbortSignal.abort('custom').reason);

const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
const order = [];
any.onabort = common.mustCall(() => order.push(`any ${any.reason}`));
b.signal.onabort = () => order.push('b');
b.abort('from b');
a.abort('from a');
console.log(order, any.reason);
assert.strictEqual(AbortSignal.any([aborted]).reason, aborted.reason);
console.log(AbortSignal.any([]).aborted);
for (const bad of [1, [1], [a.signal, {}]]) {
  try {
    AbortSignal.any(bad);
  } catch (err) {
    console.log(err.code, err.name, err.message);
  }
}
for (const bad of [-1, '1', 2 ** 32]) {
  try {
    AbortSignal.timeout(bad);
  } catch (err) {
    console.log(err.code, err.name, err.message);
  }
}
