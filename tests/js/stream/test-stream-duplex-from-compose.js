// Duplex.from with an async generator function and compose() of transforms.
'use strict';
const { Duplex, Readable, compose, Transform } = require('stream');
async function main() {
  const d = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  const out = Readable.from(['a', 'b']).pipe(d);
  console.log(await out.toArray());
  const inc = () => new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + 1); } });
  const both = compose(inc(), inc());
  console.log(await Readable.from([1, 2]).pipe(both).toArray());
  const fromIter = Duplex.from([7, 8]);
  console.log(fromIter.writable, await fromIter.toArray());
}
main();
