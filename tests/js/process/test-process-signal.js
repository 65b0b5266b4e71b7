// process.on('SIGUSR2') receives the signal (name, number); removing the listener lets the loop end.
'use strict';
const assert = require('assert');
const { mustCall } = require('../common');

const onSignal = mustCall((name, num) => {
  assert.strictEqual(name, 'SIGUSR2');
  assert.strictEqual(num, 12);
  process.removeListener('SIGUSR2', onSignal);
  console.log('got', name);
});
process.on('SIGUSR2', onSignal);
process.kill(process.pid, 'SIGUSR2');
assert.throws(() => process.on('SIGKILL', () => {}), { code: 'EINVAL', syscall: 'uv_signal_start' });
assert.throws(() => process.kill(process.pid, 'SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError' });
// The signal watcher itself does not keep the process alive; this timer does until delivery.
setTimeout(() => {}, 50);
