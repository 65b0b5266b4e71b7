// timers/promises: resolved values, ordering against callbacks, interval iteration, validation.
'use strict';
const assert = require('assert');
const tp = require('timers/promises');
const { mustCall } = require('../common');

(async () => {
  const order = [];
  const a = tp.setTimeout(20, 'late').then((v) => order.push(v));
  const b = tp.setImmediate('soon').then((v) => order.push(v));
  await Promise.all([a, b]);
  assert.deepStrictEqual(order, ['soon', 'late']);
  let n = 0;
  for await (const v of tp.setInterval(1, 'tick')) {
    assert.strictEqual(v, 'tick');
    if (++n === 3) break;
  }
  assert.strictEqual(n, 3);
  await assert.rejects(tp.setTimeout('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(tp.setTimeout(1, null, { ref: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(await tp.scheduler.wait(1), undefined);
  assert.strictEqual(require('timers').promises, tp);
  console.log('done');
})().then(mustCall());
