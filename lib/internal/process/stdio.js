'use strict';
// process.stdout / process.stderr: synchronous writes to fds 1 and 2, as node does on Linux.
// (Core subset: the stream-based versions replace these with the stream module.)

const EventEmitter = require('events');
const { writeString, writeBuffer } = internalBinding('fs');

class SyncWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this.writable = true;
    this._isStdio = true;
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') cb = encoding;
    if (typeof chunk === 'string') writeString(this.fd, chunk);
    else writeBuffer(this.fd, chunk);
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (chunk != null && typeof chunk !== 'function') this.write(chunk, encoding);
    return this;
  }
}

let stdout;
let stderr;
module.exports = {
  getStdout() {
    stdout ??= new SyncWriteStream(1);
    return stdout;
  },
  getStderr() {
    stderr ??= new SyncWriteStream(2);
    return stderr;
  },
};
