// events.once resolves with the arguments, rejects on 'error', supports AbortSignal and EventTarget.
'use strict';
const common = require('../common');
const assert = require('assert');
const { once, EventEmitter } = require('events');

(async () => {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('ready', 1, 2));
  console.log('args', await once(e, 'ready'));
  assert.strictEqual(e.listenerCount('error'), 0);

  process.nextTick(() => e.emit('error', new Error('bad')));
  await assert.rejects(once(e, 'ready'), { message: 'bad' });
  assert.strictEqual(e.listenerCount('ready'), 0);

  const ac = new AbortController();
  const p = once(e, 'never', { signal: ac.signal });
  ac.abort('why');
  await assert.rejects(p, (err) => {
    console.log(err.name, err.code, err.message, err.cause);
    return true;
  });
  assert.strictEqual(e.listenerCount('never'), 0);
  await assert.rejects(once(e, 'x', { signal: AbortSignal.abort() }), { name: 'AbortError', code: 'ABORT_ERR' });
  await assert.rejects(once(e, 'x', { signal: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

  const et = new EventTarget();
  process.nextTick(() => et.dispatchEvent(new Event('ping')));
  const [event] = await once(et, 'ping');
  console.log('event target', event.type, event instanceof Event);
})().then(common.mustCall());
