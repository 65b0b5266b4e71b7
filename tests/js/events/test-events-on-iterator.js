// events.on yields queued and future events, ends on return/close, rejects on error and abort.
'use strict';
const common = require('../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

(async () => {
  const e = new EventEmitter();
  process.nextTick(() => {
    e.emit('data', 1);
    e.emit('data', 2, 'two');
    e.emit('data', 3);
  });
  for await (const value of on(e, 'data')) {
    console.log('value', value);
    if (value[0] === 3) break;
  }
  assert.strictEqual(e.listenerCount('data'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  const it = on(e, 'tick', { close: ['end'] });
  e.emit('tick', 'a');
  e.emit('end');
  console.log(await it.next(), await it.next());

  const it2 = on(e, 'tick');
  const pending = it2.next();
  e.emit('error', new Error('broken'));
  await assert.rejects(pending, { message: 'broken' });
  console.log('after error', await it2.next());

  const ac = new AbortController();
  const it3 = on(e, 'tick', { signal: ac.signal });
  const p3 = it3.next();
  ac.abort();
  await assert.rejects(p3, { name: 'AbortError' });
  assert.throws(() => on(e, 'x', { signal: AbortSignal.abort() }), { name: 'AbortError' });
  assert.throws(() => on(e, 'x', { highWaterMark: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => it3.throw('str'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(typeof it3[Symbol.asyncIterator], 'function');

  const et = new EventTarget();
  const it4 = on(et, 'foo');
  et.dispatchEvent(new Event('foo'));
  const { value: [ev] } = await it4.next();
  console.log('target event', ev.type);
  await it4.return();
})().then(common.mustCall());
