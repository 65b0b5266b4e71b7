// pipeline() with a failing middle stage destroys all stages and calls back once with the error.
'use strict';
const { pipeline, Readable, Transform, Writable } = require('stream');
const log = [];
const src = Readable.from(['a', 'b', 'c']);
const t = new Transform({
  objectMode: true,
  transform(c, e, cb) {
    if (c === 'b') cb(new Error('stage failed'));
    else cb(null, c);
  },
});
const dst = new Writable({ objectMode: true, write(c, e, cb) { log.push('dst ' + c); cb(); } });
src.on('close', () => log.push('src close'));
dst.on('close', () => log.push('dst close'));
pipeline(src, t, dst, (err) => {
  log.push('done ' + (err && err.message));
  log.push('destroyed ' + src.destroyed + ' ' + t.destroyed + ' ' + dst.destroyed);
  setImmediate(() => console.log(log.join('\n')));
});
pipeline(Readable.from([1, 2]), new Writable({ objectMode: true, write(c, e, cb) { cb(); } }), (err) => {
  console.log('ok pipeline', err);
});
