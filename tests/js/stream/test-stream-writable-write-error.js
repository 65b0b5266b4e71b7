// An error passed to the _write callback goes to the write cb, then 'error', then 'close'; queued writes fail.
'use strict';
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  objectMode: true,
  write(c, e, cb) {
    setImmediate(() => cb(c === 'bad' ? new Error('bad chunk') : null));
  },
});
w.on('error', (e) => log.push('error ' + e.message));
w.on('close', () => {
  log.push('close errored=' + (w.errored && w.errored.message) + ' aborted=' + w.writableAborted);
  setImmediate(() => console.log(log.join('\n')));
});
w.write('ok', (err) => log.push('cb ok ' + err));
w.write('bad', (err) => log.push('cb bad ' + (err && err.message)));
w.write('after', (err) => log.push('cb after ' + (err && (err.code || err.message))));
