// Readable operators: map/filter/flatMap/drop/take/asIndexedPairs and reduce/some/every/find/forEach.
'use strict';
const { Readable } = require('stream');
const assert = require('assert');
const src = () => Readable.from([1, 2, 3, 4, 5]);
async function main() {
  console.log(await src().map((x) => x * 10).toArray());
  console.log(await src().map(async (x) => x + 1, { concurrency: 2 }).toArray());
  console.log(await src().filter((x) => x % 2).toArray());
  console.log(await src().flatMap((x) => [x, x]).toArray());
  console.log(await src().drop(2).toArray(), await src().take(2).toArray());
  console.log(await src().asIndexedPairs().toArray());
  console.log(await src().reduce((a, b) => a + b), await src().reduce((a, b) => a + b, 100));
  console.log(await src().some((x) => x > 4), await src().every((x) => x > 0), await src().find((x) => x > 2));
  const seen = [];
  await src().forEach((x) => seen.push(x));
  console.log(seen);
  console.log(src().map((x) => x) instanceof Readable);
  await assert.rejects(Readable.from([]).reduce((a, b) => a + b), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => src().map(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => src().map((x) => x, { concurrency: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => src().drop(-1), { code: 'ERR_OUT_OF_RANGE' });
}
main();
