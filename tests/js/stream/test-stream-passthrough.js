// PassThrough forwards chunks unchanged; legacy module ids re-export the same classes.
'use strict';
const stream = require('stream');
const assert = require('assert');
assert.strictEqual(require('_stream_passthrough'), stream.PassThrough);
assert.strictEqual(require('_stream_readable'), stream.Readable);
assert.strictEqual(require('_stream_writable'), stream.Writable);
assert.strictEqual(require('_stream_duplex'), stream.Duplex);
assert.strictEqual(require('_stream_transform'), stream.Transform);
const p = new stream.PassThrough({ objectMode: true });
const out = [];
p.on('data', (d) => out.push(d));
p.on('end', () => console.log(out));
p.write(1);
p.write({ a: 1 });
p.end('last');
