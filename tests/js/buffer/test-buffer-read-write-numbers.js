// Numeric read*/write* for every width and endianness, including lowercase aliases and return values.
'use strict';
const b = Buffer.alloc(16);
const r = [];
r.push(b.writeUInt8(255, 0), b.writeUint16LE(0xbeef, 1), b.writeUInt16BE(0xbeef, 3), b.writeUInt32LE(0xdeadbeef, 5));
r.push(b.writeInt32BE(-2, 9), b.writeInt8(-1, 13), b.writeInt16LE(-300, 14));
console.log(r, b);
console.log(b.readUInt8(0), b.readUint16LE(1), b.readUInt16BE(3), b.readUInt32LE(5), b.readUint32BE(5),
  b.readInt32BE(9), b.readInt8(13), b.readInt16LE(14), b.readInt16BE(14), b.readInt32LE(12));
for (let n = 1; n <= 6; n++) {
  const c = Buffer.alloc(6);
  const max = 2 ** (8 * n) - 1;
  console.log(n, c.writeUIntLE(max, 0, n), c, c.readUIntLE(0, n), c.readUIntBE(0, n), c.readIntLE(0, n));
  c.writeIntBE(-(2 ** (8 * n - 1)), 0, n);
  console.log(n, c, c.readIntBE(0, n), c.readUintBE(0, n));
}
const f = Buffer.alloc(8);
for (const v of [0, -0, 1.5, -1e-7, 3.4e38, 1e40, NaN, Infinity, 'x', '2.5']) {
  f.writeFloatLE(v, 0);
  f.writeFloatBE(v, 4);
  console.log('float', v, f, f.readFloatLE(0), f.readFloatBE(4));
  f.writeDoubleBE(v);
  console.log('double', v, f, f.readDoubleBE(), f.readDoubleLE());
}
for (const v of [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n)]) {
  f.writeBigInt64LE(v);
  console.log('bigint', v, f, f.readBigInt64LE(), f.readBigUInt64LE(), f.readBigInt64BE(), f.readBigUint64BE());
}
f.writeBigUInt64BE(2n ** 64n - 1n);
console.log(f.writeBigUint64LE(5n, 0), f, f.readBigUInt64BE());
console.log(Buffer.from([1, 2, 3, 4]).swap16(), Buffer.from([1, 2, 3, 4]).swap32(), Buffer.from('12345678').swap64().toString());
