// duplexPair(): writes on one side are read on the other, end propagates as 'end'.
'use strict';
const { duplexPair, Duplex } = require('stream');
const [a, b] = duplexPair({ objectMode: true });
console.log(a instanceof Duplex, a.allowHalfOpen, a.readableObjectMode);
b.on('data', (d) => console.log('b got', d));
b.on('end', () => console.log('b end'));
a.on('finish', () => console.log('a finish'));
a.write('x');
a.end();
