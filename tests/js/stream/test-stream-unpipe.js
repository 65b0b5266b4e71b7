// unpipe() detaches the destination, emits 'unpipe' and pauses the source.
'use strict';
const { Readable, PassThrough } = require('stream');
const log = [];
const r = new Readable({ objectMode: true, read() {} });
const a = new PassThrough({ objectMode: true });
const b = new PassThrough({ objectMode: true });
a.on('data', (d) => log.push('a ' + d));
b.on('data', (d) => log.push('b ' + d));
a.on('unpipe', () => log.push('a unpipe'));
r.pipe(a);
r.pipe(b);
r.push(1);
setImmediate(() => {
  r.unpipe(a);
  log.push('flowing=' + r.readableFlowing);
  r.push(2);
  setImmediate(() => {
    r.unpipe();
    log.push('flowing=' + r.readableFlowing + ' pipes=' + r._readableState.pipes.length);
    console.log(log.join('\n'));
  });
});
