// cork()/uncork() batches queued writes into one _writev call; writableCorked tracks nesting.
'use strict';
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    log.push('_write ' + chunk);
    cb();
  },
  writev(chunks, cb) {
    log.push('_writev ' + chunks.map((c) => c.chunk + '/' + c.encoding).join(','));
    cb();
  },
});
w.cork();
w.cork();
log.push('corked=' + w.writableCorked);
w.write('a', () => log.push('cb a'));
w.write('b', () => log.push('cb b'));
w.write('c');
w.uncork();
log.push('corked=' + w.writableCorked + ' len=' + w.writableLength);
w.uncork();
log.push('after uncork len=' + w.writableLength);
w.write('d');
w.end('e');
w.on('finish', () => {
  log.push('finish');
  console.log(log.join('\n'));
});
