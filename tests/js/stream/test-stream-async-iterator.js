// for await over a Readable: values in order, destroyOnReturn: false keeps the stream, errors reject the loop.
'use strict';
const { Readable } = require('stream');
async function main() {
  const r2 = Readable.from([1, 2, 3]);
  for await (const x of r2.iterator({ destroyOnReturn: false })) {
    console.log('y', x);
    break;
  }
  console.log('destroyed with destroyOnReturn false', r2.destroyed, await r2.toArray());
  const r3 = new Readable({ objectMode: true, read() { this.destroy(new Error('read fail')); } });
  try {
    for await (const x of r3) console.log('never', x);
  } catch (e) {
    console.log('caught', e.message);
  }
}
main();
