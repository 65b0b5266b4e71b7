// write() return value is measured after _write: synchronous completions never report backpressure.
'use strict';
const { Writable } = require('stream');
for (const sync of [true, false]) {
const w = new Writable({ highWaterMark: 0, objectMode: true, write(c, e, cb) { if (sync) cb(); else setImmediate(cb); } });
console.log(sync, w.write(1), w.writableNeedDrain, w.writableLength, w.write(2), w.writableLength);
w.on('drain', () => console.log('drain', sync));
}
const w3 = new Writable({ highWaterMark: 2, objectMode: true, write(c, e, cb) { cb(); } });
console.log(w3.write(1), w3.write(2), w3.write(3), w3.writableNeedDrain);
w3.on('drain', () => console.log('drain w3'));
