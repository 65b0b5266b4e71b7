// An unref'ed timer does not keep the process alive; ref() again does; intervals clear themselves.
'use strict';
const assert = require('assert');
const { mustCall, mustNotCall } = require('../common');
const t = setTimeout(mustNotCall('unref timer ran'), 1000);
assert.strictEqual(t.hasRef(), true);
t.unref();
assert.strictEqual(t.hasRef(), false);
let n = 0;
const iv = setInterval(mustCall(() => {
  if (++n === 3) clearInterval(iv);
}, 3), 1);
const t2 = setTimeout(mustCall(), 10).unref();
t2.ref();
assert.strictEqual(typeof +t2, 'number');
const t3 = setTimeout(mustNotCall('cleared by id'), 1);
clearTimeout(+t3);
assert.throws(() => setTimeout('nope'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
