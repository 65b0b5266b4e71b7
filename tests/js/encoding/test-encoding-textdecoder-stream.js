// TextDecoder streaming: split utf-8/utf-16 characters, surrogate pairs across chunks, maximal-subpart U+FFFD.
'use strict';
const d = new TextDecoder('utf-16le');
const parts = [[0x3d], [0xd8, 0x4d], [0xdc, 0x61], [0]].map((a) => d.decode(new Uint8Array(a), { stream: true }));
parts.push(d.decode());
console.log(JSON.stringify(parts));
const b = new TextDecoder('utf-16be');
console.log(JSON.stringify(b.decode(new Uint8Array([0xfe, 0xff, 0, 0x61, 0xd8]))));
const u = new TextDecoder();
const s = [[0xf0], [0x9f, 0x98], [0x80, 0xff], [0xe2]].map((a) => u.decode(new Uint8Array(a), { stream: true }));
s.push(u.decode());
console.log(JSON.stringify(s));
console.log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0xf4, 0x90, 0x80, 0x80, 0xc0, 0xaf, 0xe0, 0x80, 0xbf, 0xed, 0xa0, 0x80, 0x41]))));
