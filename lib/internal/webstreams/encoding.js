'use strict';
// TextEncoderStream and TextDecoderStream: TransformStreams around TextEncoder/TextDecoder.

const { TransformStream } = require('internal/webstreams/transformstream');

class TextEncoderStream {
  #transform;

  constructor() {
    const encoder = new TextEncoder();
    // A lone high surrogate at a chunk's end waits for the next chunk, as the Encoding spec requires.
    let pendingHighSurrogate = '';
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        let text = pendingHighSurrogate + String(chunk);
        pendingHighSurrogate = '';
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xD800 && last <= 0xDBFF) {
          pendingHighSurrogate = text[text.length - 1];
          text = text.slice(0, -1);
        }
        if (text !== '') controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pendingHighSurrogate !== '') controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
  }

  get encoding() { return 'utf-8'; }

  get readable() { return this.#transform.readable; }

  get writable() { return this.#transform.writable; }
}

class TextDecoderStream {
  #transform;
  #decoder;

  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this.#decoder = decoder;
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        const value = decoder.decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush(controller) {
        const value = decoder.decode();
        if (value) controller.enqueue(value);
      },
    });
  }

  get encoding() { return this.#decoder.encoding; }

  get fatal() { return this.#decoder.fatal; }

  get ignoreBOM() { return this.#decoder.ignoreBOM; }

  get readable() { return this.#transform.readable; }

  get writable() { return this.#transform.writable; }
}

for (const C of [TextEncoderStream, TextDecoderStream]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
}

module.exports = { TextDecoderStream, TextEncoderStream };
