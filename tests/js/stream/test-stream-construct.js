// construct(): reads and writes wait until the construct callback; a construct error destroys the stream.
'use strict';
const { Readable, Writable } = require('stream');
const log = [];
const w = new Writable({
  objectMode: true,
  construct(cb) {
    log.push('construct');
    setImmediate(() => {
      log.push('constructed');
      cb();
    });
  },
  write(c, e, cb) {
    log.push('write ' + c);
    cb();
  },
});
w.write('early');
log.push('queued len=' + w.writableLength);
w.end();
w.on('finish', () => log.push('finish'));
const r = new Readable({
  construct(cb) { cb(new Error('construct failed')); },
  read() { log.push('read?'); },
});
r.on('error', (e) => log.push('r error ' + e.message));
r.on('close', () => log.push('r close'));
process.on('exit', () => console.log(log.join('\n')));
