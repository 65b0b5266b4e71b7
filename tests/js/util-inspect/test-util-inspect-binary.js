// util.inspect of typed arrays, ArrayBuffer, SharedArrayBuffer and DataView (with and without showHidden).
'use strict';
const { inspect } = require('util');
console.log(inspect([new Uint8Array([1, 2, 3]), new Float64Array(2), new BigInt64Array([1n]), new Int16Array(0)]));
console.log(inspect(new Uint8Array(new ArrayBuffer(2))));
console.log(inspect(new Uint8Array([1, 2]).buffer));
console.log(inspect(new ArrayBuffer(0)));
console.log(inspect(new ArrayBuffer(120)));
console.log(inspect(new DataView(new ArrayBuffer(3))));
console.log(inspect(new Uint8Array(200)));
console.log(inspect(new Float32Array([1.5, -0, NaN])));
console.log(inspect(new Uint8Array([1, 2]), { showHidden: true }));
console.log(inspect(Object.assign(new Uint8Array(2), { extra: 'x' })));
console.log(inspect(new SharedArrayBuffer(2)));
console.log(inspect(new Uint32Array(30).map((_, i) => i * 1000)));
