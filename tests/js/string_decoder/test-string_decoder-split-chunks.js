// StringDecoder keeps characters split across chunks whole, for every encoding, and exposes lastNeed/lastTotal.
'use strict';
const { StringDecoder } = require('string_decoder');
function run(enc, chunks) {
  const d = new StringDecoder(enc);
  const out = chunks.map((c) => { const r = d.write(Buffer.from(c)); return [JSON.stringify(r), d.lastNeed, d.lastTotal]; });
  out.push(JSON.stringify(d.end()));
  console.log(enc, JSON.stringify(chunks), JSON.stringify(out));
}
const euro = [0xe2, 0x82, 0xac], clef = [0xf0, 0x9d, 0x84, 0x9e];
run('utf8', [[0xe2], [0x82], [0xac]]);
run('utf8', [[0x61, 0xe2, 0x82], [0xac, 0x62]]);
run('utf8', [[0xf0, 0x9d], [0x84], [0x9e, 0x41]]);
run('utf8', [[0xe2], [0x41]]);
run('utf8', [[0xe2, 0x82]]);
run('utf8', [[0xff, 0xc0], [0x80]]);
run('utf8', [[0xe0, 0x80], [0x80]]);
run('utf8', [[0xed, 0xa0, 0x80]]);
run('utf16le', [[0x61], [0x00, 0x62, 0x00]]);
run('utf16le', [[0x3d, 0xd8], [0x4d, 0xdc]]);
run('utf16le', [[0x3d, 0xd8, 0x4d], [0xdc]]);
run('utf16le', [[0x3d], [0xd8], [0x4d], [0xdc]]);
run('utf16le', [[0x3d, 0xd8]]);
run('utf16le', [[0x61, 0x00, 0x62]]);
run('base64', [[1], [2, 3, 4], [5]]);
run('base64url', [[0xff, 0xfe], [0xfd, 0xfc]]);
run('hex', [[1, 255]]);
run('latin1', [[0xe9]]);
run('ascii', [[0xe9]]);
try { new StringDecoder('nope'); } catch (e) { console.log(e.code, e.message); }
try { new StringDecoder().write(5); } catch (e) { console.log(e.code, e.message); }
console.log(new StringDecoder('UCS2').encoding, new StringDecoder('binary').encoding, new StringDecoder().encoding);
console.log(JSON.stringify(new StringDecoder().write('str')), JSON.stringify(new StringDecoder().end(new Uint16Array([0x61, 0x62]))));
