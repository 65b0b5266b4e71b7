// Readable.from over arrays, generators, async generators and a string; null values are rejected.
'use strict';
const { Readable } = require('stream');
const assert = require('assert');
async function main() {
  console.log(await Readable.from([1, 2, 3]).toArray());
  console.log(await Readable.from((function* () { yield 'a'; yield 'b'; })()).toArray());
  console.log(await Readable.from((async function* () { yield 1; await null; yield 2; })()).toArray());
  console.log(await Readable.from('whole string').toArray());
  console.log(Readable.from([]).readableObjectMode, Readable.from([]).readableHighWaterMark);
  await assert.rejects(Readable.from([1, null, 2]).toArray(), { code: 'ERR_STREAM_NULL_VALUES' });
  assert.throws(() => Readable.from(42), { code: 'ERR_INVALID_ARG_TYPE' });
  console.log(await Readable.from([Promise.resolve('p1'), 'v2']).toArray());
}
main();
