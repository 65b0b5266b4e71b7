// assert.CallTracker (deprecated): counts calls, reports and verifies them.
'use strict';
require('../common');
const assert = require('assert');

const tracker = new assert.CallTracker();
const foo = tracker.calls(function foo(x) { return x * 2; }, 2);
console.log(foo(21));
console.log(JSON.stringify(tracker.getCalls(foo)));
const r = tracker.report();
console.log(r.length, r[0].message, r[0].actual, r[0].expected, r[0].operator);
assert.throws(() => tracker.verify(), { code: 'ERR_ASSERTION', name: 'AssertionError' });
foo(1);
tracker.verify();
tracker.reset(foo);
console.log(tracker.getCalls(foo).length);
assert.throws(() => tracker.getCalls(() => {}), { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
const noop = tracker.calls();
noop();
tracker.calls(function bar() {});
try {
  tracker.verify();
} catch (e) {
  console.log(e.message);
}
