// pipe() respects backpressure: the source pauses when dest.write returns false and resumes on 'drain'.
'use strict';
const { Readable, Writable } = require('stream');
const log = [];
let n = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read() {
    this.push(n < 6 ? n++ : null);
  },
});
const w = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(c, e, cb) {
    log.push('write ' + c);
    setImmediate(cb);
  },
});
w.on('pipe', (src) => log.push('pipe ' + (src === r)));
w.on('unpipe', (src) => log.push('unpipe ' + (src === r)));
w.on('drain', () => log.push('drain'));
r.on('pause', () => log.push('pause'));
r.on('resume', () => log.push('resume'));
r.on('end', () => log.push('end'));
w.on('finish', () => {
  log.push('finish');
  console.log(log.join('\n'));
});
r.pipe(w);
