// skip: QuickJS-ng does not await an async iterator's return() on `break` (fixed upstream by quickjs-ng PR #1580; needs an rquickjs release with it)
// Breaking out of for-await destroys the Readable before the loop continues (needs the engine to await
// the iterator's return() on break: quickjs-ng PR #1580).
'use strict';
const { Readable } = require('stream');
async function main() {
  const r = Readable.from([1, 2, 3, 4]);
  for await (const x of r) {
    console.log('x', x);
    if (x === 2) break;
  }
  console.log('destroyed after break', r.destroyed);
}
main();
