// stream/promises pipeline with async-generator stages and an async function sink returning a value.
'use strict';
const { pipeline } = require('stream/promises');
const { Readable } = require('stream');
async function main() {
  const result = await pipeline(
    Readable.from([1, 2, 3]),
    async function* double(source) {
      for await (const x of source) yield x * 2;
    },
    async function sum(source) {
      let total = 0;
      for await (const x of source) total += x;
      return total;
    },
  );
  console.log('sum', result);
  await pipeline(
    function* gen() { yield 'x'; yield 'y'; },
    async function* (source, { signal }) {
      console.log('signal aborted', signal.aborted);
      for await (const s of source) yield s.toUpperCase();
    },
    async (source) => { for await (const s of source) console.log('sink', s); },
  );
  try {
    await pipeline(Readable.from([1]), async function* (source) {
      for await (const x of source) throw new Error('gen error ' + x);
    }, async (source) => { for await (const x of source); });
  } catch (e) {
    console.log('rejected', e.message);
  }
}
main();
