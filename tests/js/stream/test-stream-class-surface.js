// The public surface of the stream classes: prototype methods, statics and stream/promises keys.
'use strict';
const s = require('stream');
for (const C of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'Stream']) {
  const K = s[C];
  console.log(C, 'keys', Object.keys(K.prototype).join(','));
  console.log(C, 'own', Object.getOwnPropertyNames(K.prototype).sort().join(','));
  console.log(C, 'static', Object.getOwnPropertyNames(K).sort().join(','), K.length, K.name);
}
console.log(Object.keys(require('stream/promises')));
