// _final runs before 'prefinish'/'finish'; an error from _final is emitted and skips 'finish'.
'use strict';
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) {
    log.push('final');
    setImmediate(() => {
      log.push('final done');
      cb();
    });
  },
});
w.on('prefinish', () => log.push('prefinish'));
w.on('finish', () => log.push('finish'));
w.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
w.end(() => log.push('end cb'));
const w2 = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { cb(new Error('final failed')); },
});
w2.on('finish', () => log.push('w2 finish?'));
w2.on('error', (e) => log.push('w2 error ' + e.message));
w2.on('close', () => log.push('w2 close'));
w2.end((err) => log.push('w2 end cb ' + (err && err.message)));
