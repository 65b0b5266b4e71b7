// Paused mode: 'readable' events, read() return values, read(0), and 'end' after the buffer drains.
'use strict';
const { Readable } = require('stream');
const log = [];
let n = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 3,
  read(size) {
    log.push('_read ' + size);
    if (n < 5) this.push(n++);
    else this.push(null);
  },
});
r.on('readable', () => {
  log.push('readable len=' + r.readableLength);
  let chunk;
  while ((chunk = r.read()) !== null) log.push('read ' + chunk);
});
r.on('end', () => log.push('end'));
r.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
log.push('read0=' + r.read(0));
