// Transform with transform()/flush(): chunks are converted, flush pushes a trailer, event order on both sides.
'use strict';
const { Transform } = require('stream');
const log = [];
const t = new Transform({
  objectMode: true,
  transform(chunk, enc, cb) {
    cb(null, String(chunk).toUpperCase());
  },
  flush(cb) {
    log.push('flush');
    this.push('TRAILER');
    cb();
  },
});
t.on('data', (d) => log.push('data ' + d));
t.on('prefinish', () => log.push('prefinish'));
t.on('finish', () => log.push('finish'));
t.on('end', () => log.push('end'));
t.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
t.write('hello');
t.write('world');
t.end();
