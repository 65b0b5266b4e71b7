// Asynchronous pushes from _read with setImmediate, consumed with 'data' and pause/resume.
'use strict';
const { Readable } = require('stream');
const log = [];
let i = 0;
const r = new Readable({
  objectMode: true,
  read() {
    setImmediate(() => this.push(i < 4 ? 'c' + i++ : null));
  },
});
r.on('data', (d) => {
  log.push('data ' + d + ' flowing=' + r.readableFlowing);
  if (d === 'c1') {
    r.pause();
    log.push('isPaused=' + r.isPaused());
    setTimeout(() => r.resume(), 5);
  }
});
r.on('pause', () => log.push('pause'));
r.on('resume', () => log.push('resume'));
r.on('end', () => log.push('end'));
r.on('close', () => console.log(log.join('\n')));
