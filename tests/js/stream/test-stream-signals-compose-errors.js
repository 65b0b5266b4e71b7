// Signals, concurrency and Duplex.from shapes: pipeline abort, concurrent map order, compose errors, bad stages.
'use strict';
const stream = require('stream');
const { Readable, Writable, PassThrough, Transform, Duplex, finished, compose } = stream;
const { pipeline } = require('stream/promises');
const log = (...a) => console.log(...a);
(async () => {
  const ac = new AbortController();
  const p = pipeline(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { log('aborted', e.name, e.code); }
  const ac2 = new AbortController();
  const res = Readable.from([1, 2, 3, 4]).map(async (x, { signal }) => { await new Promise((r) => setTimeout(r, 5 - x)); return x; }, { concurrency: 4 });
  log('map concurrent', await res.toArray());
  const ac3 = new AbortController();
  const arr = Readable.from([1, 2, 3]).toArray({ signal: ac3.signal });
  ac3.abort();
  try { await arr; } catch (e) { log('toArray aborted', e.name); }
  const c = compose(new PassThrough(), new Transform({ transform(ch, e, cb) { cb(new Error('compose fail')); } }));
  c.on('error', (e) => log('compose error', e.message));
  c.write('x');
  await new Promise((r) => setTimeout(r, 10));
  const d = Duplex.from({ readable: Readable.from(['r1']), writable: new Writable({ write(c, e, cb) { log('dw', String(c)); cb(); } }) });
  d.write('w1'); d.end();
  log('duplex from pair', await d.toArray());
  const dp = Duplex.from(Promise.resolve('promised'));
  log('duplex from promise', await dp.toArray());
  try { Duplex.from(42); } catch (e) { log(e.code); }
  const fw = new PassThrough();
  const ac4 = new AbortController();
  finished(fw, { signal: ac4.signal }, (err) => log('finished signal', err.name));
  ac4.abort();
  try { await pipeline(Readable.from([1]), 5); } catch (e) { log('bad stage', e.code); }
  try { stream.pipeline(Readable.from([1])); } catch (e) { log('missing cb', e.code); }
  try { stream.pipeline(Readable.from([1]), () => {}); } catch (e) { log('missing streams', e.code); }
})();
