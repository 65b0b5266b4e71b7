// allowHalfOpen: false ends the writable side after the readable side ends.
'use strict';
const { Duplex } = require('stream');
const log = [];
const d = new Duplex({
  objectMode: true,
  allowHalfOpen: false,
  read() {},
  write(c, e, cb) {
    log.push('write ' + c);
    cb();
  },
});
d.on('end', () => log.push('end writableEnded=' + d.writableEnded));
d.on('finish', () => log.push('finish'));
d.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
d.on('data', (x) => log.push('data ' + x));
d.write('w1');
d.push('r1');
d.push(null);
