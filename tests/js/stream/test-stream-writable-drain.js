// write() returns false at highWaterMark, 'drain' fires once the queue empties; write callbacks in order.
'use strict';
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  objectMode: true,
  highWaterMark: 3,
  write(chunk, enc, cb) {
    log.push('_write ' + chunk + ' len=' + this.writableLength);
    setImmediate(cb);
  },
});
w.on('drain', () => log.push('drain needDrain=' + w.writableNeedDrain));
w.on('finish', () => log.push('finish'));
w.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
for (let i = 0; i < 4; i++) {
  const ret = w.write(i, (err) => log.push('cb ' + i + ' ' + err));
  log.push('write ' + i + ' -> ' + ret + ' needDrain=' + w.writableNeedDrain);
}
w.end(() => log.push('end cb finished=' + w.writableFinished));
log.push('ended=' + w.writableEnded + ' finished=' + w.writableFinished);
