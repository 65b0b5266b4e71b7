'use strict';
// Blob and File (exported by `buffer`): immutable byte containers holding one private copy of their parts.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_INVALID_THIS } } =
  require('internal/errors');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function partBytes(part) {
  if (part instanceof Blob) return part[kBytes];
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
  if (part instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && part instanceof SharedArrayBuffer)) {
    return new Uint8Array(part);
  }
  return new TextEncoder().encode(`${part}`);
}

// Lower-cases `type` when it is printable ASCII; anything else makes it ''.
function normalizeType(type) {
  type = `${type}`;
  return /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '';
}

class Blob {
  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const endings = `${options?.endings ?? 'transparent'}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let length = 0;
    for (const source of sources) {
      const bytes = partBytes(source);
      parts.push(bytes);
      length += bytes.byteLength;
    }
    const all = new Uint8Array(length);
    let pos = 0;
    for (const bytes of parts) {
      all.set(bytes, pos);
      pos += bytes.byteLength;
    }
    this[kBytes] = all;
    this[kType] = options?.type === undefined ? '' : normalizeType(options.type);
  }

  get size() {
    return bytesOf(this).byteLength;
  }

  get type() {
    bytesOf(this);
    return this[kType];
  }

  slice(start = 0, end = undefined, contentType = '') {
    const bytes = bytesOf(this);
    const size = bytes.byteLength;
    const clamp = (v) => {
      v = Math.trunc(Number(v)) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    const from = clamp(start);
    const to = end === undefined ? size : clamp(end);
    const blob = new Blob();
    blob[kBytes] = bytes.slice(from, Math.max(from, to));
    blob[kType] = normalizeType(contentType);
    return blob;
  }

  async text() {
    return new TextDecoder().decode(bytesOf(this));
  }

  async arrayBuffer() {
    return bytesOf(this).slice().buffer;
  }

  stream() {
    const { ReadableStream } = require('stream/web');
    const bytes = bytesOf(this).slice();
    return new ReadableStream({
      type: 'bytes',
      start(controller) {
        if (bytes.byteLength > 0) controller.enqueue(bytes);
        controller.close();
      },
    });
  }

  [kInspect](depth, options, inspect) {
    const shown = { size: this.size, type: this.type };
    if (typeof inspect !== 'function') return `Blob { size: ${shown.size}, type: '${shown.type}' }`;
    return `${this.constructor.name} ${inspect(shown, options)}`;
  }
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

function bytesOf(blob) {
  const bytes = blob?.[kBytes];
  if (bytes === undefined) throw new ERR_INVALID_THIS('Blob');
  return bytes;
}

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    this.#name = `${fileName}`;
    const lastModified = options?.lastModified;
    this.#lastModified = lastModified === undefined ? Date.now() : Math.trunc(Number(lastModified)) || 0;
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [kInspect](depth, options, inspect) {
    const shown = { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified };
    if (typeof inspect !== 'function') return `File ${JSON.stringify(shown)}`;
    return `${this.constructor.name} ${inspect(shown, options)}`;
  }
}

Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

// Object URLs are not registered by this runtime yet, so nothing resolves.
function resolveObjectURL() {
  return undefined;
}

module.exports = { Blob, File, resolveObjectURL };
