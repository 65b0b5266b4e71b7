// The internal state objects inspect like node's (bit-packed flags, lazily created value slots).
'use strict';
const { Readable, Writable } = require('stream');
console.log(new Readable({ read() {} })._readableState);
console.log(new Writable()._writableState);
const r = new Readable({ read() {}, encoding: 'hex', objectMode: true });
r.on('data', () => {});
r.pause();
r.on('error', () => {});
r.destroy(new Error('x'));
console.log(Reflect.ownKeys(r._readableState), r._readableState.flowing, r._readableState.paused);
const w = new Writable({ write(c, e, cb) { setImmediate(cb); }, defaultEncoding: 'latin1', decodeStrings: false });
w.write('a');
w.write('b');
console.log(Reflect.ownKeys(w._writableState), w._writableState.defaultEncoding, w.writableBuffer.length);
