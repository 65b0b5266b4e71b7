// indexOf/lastIndexOf/includes offset rules, compare/equals/copy/concat/fill/slice argument shapes.
'use strict';
const b = Buffer.from('abcabcabc€');
const offsets = [undefined, 0, 2, -2, -100, 100, 1.7, null, {}, NaN, 2 ** 40];
for (const needle of ['c', 'bc', '', 99, 355, Buffer.from('ca'), new Uint8Array([0xe2, 0x82]), '€']) {
  console.log(JSON.stringify(String(needle)), offsets.map((o) => [b.indexOf(needle, o), b.lastIndexOf(needle, o)]).join(' '));
}
console.log(b.includes('abc', 7), b.indexOf('6263', 'hex'), b.indexOf('YmM=', 0, 'base64'), b.lastIndexOf('b', 'latin1'));
const x = Buffer.from('abcd');
const y = Buffer.from('abce');
console.log(x.compare(y), y.compare(x), x.compare(x), x.compare(y, 0, 3, 0, 3), x.compare(y, 3), x.compare(y, 0, 4, 4),
  Buffer.compare(x, y), x.equals(Buffer.from('abcd')), x.equals(new Uint8Array([97, 98, 99, 100])));
const t = Buffer.alloc(6, '.');
console.log(x.copy(t), x.copy(t, 4), x.copy(t, 1, 2), x.copy(t, 0, 3, 10), x.copy(t, 10), x.copy(t, 1.5, '1', 3.9), t.toString());
const same = Buffer.from('0123456789');
same.copy(same, 2, 0, 6);
console.log(same.toString());
console.log(Buffer.concat([x, y], 6), Buffer.concat([x, new Uint8Array([1])]), Buffer.concat([], 5), Buffer.concat([x], 9));
console.log(Buffer.alloc(7).fill('ab', 1, 6), Buffer.alloc(5).fill(Buffer.from([1, 2])), Buffer.alloc(4).fill('€'),
  Buffer.alloc(4).fill('aa', 'hex'), Buffer.alloc(4).fill('YQ', 'base64'), Buffer.alloc(3).fill(true), Buffer.alloc(3).fill(-2));
const s = Buffer.from('hello');
const sl = s.slice(1, -1);
sl[0] = 69;
console.log(s.toString(), sl.toString(), s.slice(-100, 2).toString(), s.slice(3, 1).length, s.subarray(-3).toString(),
  s.slice('1', '3').toString(), s.slice(NaN).toString(), s.subarray(1) instanceof Buffer);
