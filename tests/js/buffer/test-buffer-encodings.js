// Every encoding both ways, with adversarial input: invalid UTF-8, lone surrogates, bad hex, lenient base64.
'use strict';
const encodings = ['utf8', 'utf-8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url'];
const strings = ['', 'hello', 'héllo wörld', '€𝄞', '\ud800', 'a\udc00b', '\ud83d\ude00\ud83d', '\u00ff\u0100\uffff',
  'aGVsbG8=', 'aGVs bG8\n', '-_+/', 'zz', '0g12', 'abc', '=abc', 'ab==cd'];
for (const enc of encodings) {
  for (const s of strings) {
    const b = Buffer.from(s, enc);
    console.log(enc, JSON.stringify(s), b.toString('hex'), JSON.stringify(b.toString(enc)), Buffer.byteLength(s, enc));
  }
}
const bytes = [[0xff], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80],
  [0xf0, 0x9f, 0x98], [0xe2, 0x82, 0x41], [0x80, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xef, 0xbb, 0xbf, 0x61]];
for (const a of bytes) {
  const b = Buffer.from(a);
  console.log(a.join(','), JSON.stringify(b.toString()), b.toString('latin1').length, JSON.stringify(b.toString('ascii')),
    JSON.stringify(b.toString('ucs2')), b.toString('base64'), b.toString('base64url'));
}
const big = Buffer.alloc(300000, 'añ€𝄞');
for (const enc of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ucs2']) {
  const s = big.toString(enc);
  console.log(enc, s.length, Buffer.from(s, enc).equals(big) || Buffer.from(s, enc).length);
}
