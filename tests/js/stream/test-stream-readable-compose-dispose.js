// Readable.prototype.compose, Symbol.asyncDispose on Readable, and legacy Stream eventNames.
'use strict';
const { Readable, Transform, Writable } = require('stream');
(async () => {
  const out = Readable.from([1, 2]).compose(new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c * 3); } }));
  console.log(out instanceof Readable, await out.toArray());
  try { Readable.from([1]).compose(Readable.from([2])); } catch (e) { console.log(e.code); }
  const r = new Readable({ read() {} });
  r.on('error', (e) => console.log('dispose error', e.name));
  await r[Symbol.for('nodejs.asyncDispose')]().catch((e) => console.log('rejected', e.name));
  console.log('disposed', r.destroyed);
  const s = new (require('stream').Stream)();
  s.on('x', () => {}); console.log(s.eventNames());
})();
