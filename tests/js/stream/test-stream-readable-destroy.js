// destroy(err) emits 'error' then 'close'; destroy() without error only 'close'; state getters after.
'use strict';
const { Readable } = require('stream');
const assert = require('assert');
const log = [];
const r1 = new Readable({ read() {} });
r1.on('error', (e) => log.push('r1 error ' + e.message));
r1.on('close', () => log.push('r1 close aborted=' + r1.readableAborted + ' errored=' + (r1.errored && r1.errored.message)));
r1.destroy(new Error('boom'));
log.push('r1 destroyed=' + r1.destroyed);
const r2 = new Readable({ read() {}, emitClose: true });
r2.on('close', () => log.push('r2 close'));
r2.on('error', () => log.push('r2 error?'));
r2.destroy();
r2.destroy(new Error('ignored'));
const r3 = new Readable({ read() {}, emitClose: false });
r3.on('close', () => log.push('r3 close?'));
r3.destroy(null, (err) => log.push('r3 cb ' + err));
const r4 = new Readable({
  read() {},
  destroy(err, cb) {
    log.push('_destroy ' + (err && err.message));
    setTimeout(() => cb(new Error('from _destroy')), 1);
  },
});
r4.on('error', (e) => log.push('r4 error ' + e.message));
r4.on('close', () => log.push('r4 close'));
r4.destroy(new Error('orig'));
assert.strictEqual(r4.push('x'), false);
process.on('exit', () => console.log(log.join('\n')));
