// write() after end(): error via callback and 'error' event with ERR_STREAM_WRITE_AFTER_END, then 'close'.
'use strict';
const { Writable } = require('stream');
const log = [];
const w = new Writable({ write(c, e, cb) { cb(); }, objectMode: true });
w.on('error', (err) => log.push('error ' + err.code));
w.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
w.on('finish', () => log.push('finish'));
w.end('a');
const ret = w.write('b', (err) => log.push('cb ' + err.code));
log.push('write returned ' + ret);
