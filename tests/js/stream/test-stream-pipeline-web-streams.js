// pipeline() mixing node streams with ReadableStream, TransformStream and WritableStream stages.
'use strict';
const { pipeline } = require('stream/promises');
const { Readable, Writable, PassThrough } = require('stream');
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');
(async () => {
  const seen = [];
  await pipeline(ReadableStream.from(['a', 'b']), new Writable({ objectMode: true, write(c, e, cb) { seen.push(c); cb(); } }));
  console.log('web -> node', seen);
  const out = [];
  await pipeline(Readable.from(['x', 'y']), new TransformStream({ transform(c, ctl) { ctl.enqueue(c + '!'); } }), new WritableStream({ write(c) { out.push(c); } }));
  console.log('node -> web transform -> web', out);
  const out2 = [];
  await pipeline(ReadableStream.from([1, 2]), new TransformStream({ transform(c, ctl) { ctl.enqueue(c * 10); } }), new Writable({ objectMode: true, write(c, e, cb) { out2.push(c); cb(); } }));
  console.log('web -> transform -> node', out2);
  try {
    await pipeline(Readable.from(['z']), new WritableStream({ write() { throw new Error('sink failed'); } }));
  } catch (e) { console.log('rejected', e.message); }
})();
