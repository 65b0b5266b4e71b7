// A Transform holds back write callbacks while its readable side is full and resumes as it is read.
'use strict';
const { Transform } = require('stream');
const log = [];
const t = new Transform({
  objectMode: true,
  highWaterMark: 2,
  transform(chunk, enc, cb) {
    log.push('transform ' + chunk);
    cb(null, chunk);
  },
});
for (let i = 0; i < 6; i++) log.push('write ' + i + ' -> ' + t.write(i, () => log.push('cb ' + i)));
setTimeout(() => {
  log.push('readableLength=' + t.readableLength + ' writableLength=' + t.writableLength);
  t.on('data', (d) => log.push('data ' + d));
  t.end();
  t.on('end', () => {
    log.push('end');
    console.log(log.join('\n'));
  });
}, 5);
