// TextEncoderStream/TextDecoderStream split multi-byte sequences and surrogate pairs across chunks correctly.
'use strict';
const { ReadableStream, TextEncoderStream, TextDecoderStream } = require('stream/web');
(async () => {
  const enc = ReadableStream.from(['h\u00e9', 'llo \ud83d', '\ude00']).pipeThrough(new TextEncoderStream());
  const bytes = []; for await (const b of enc) bytes.push(...b);
  console.log(bytes.length, bytes.slice(-4));
  const dec = ReadableStream.from([new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac])]).pipeThrough(new TextDecoderStream());
  const out = []; for await (const s of dec) out.push(s); console.log(out);
  console.log(new TextDecoderStream('latin1').encoding, new TextEncoderStream().encoding);
})();
