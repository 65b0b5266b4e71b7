// Subclassing with class syntax (_read/_write/_transform) and util.inherits-style old constructors.
'use strict';
const { Readable, Writable, Transform } = require('stream');
class Counter extends Readable {
  constructor() {
    super({ objectMode: true });
    this.n = 0;
  }
  _read() {
    this.push(this.n < 3 ? this.n++ : null);
  }
}
class Collector extends Writable {
  constructor() {
    super({ objectMode: true });
    this.items = [];
  }
  _write(chunk, enc, cb) {
    this.items.push(chunk);
    cb();
  }
}
class Inc extends Transform {
  constructor() {
    super({ objectMode: true });
  }
  _transform(c, e, cb) {
    this.push(c + 1);
    cb();
  }
}
function OldStyle() {
  Readable.call(this, { objectMode: true });
}
Object.setPrototypeOf(OldStyle.prototype, Readable.prototype);
OldStyle.prototype._read = function() {
  this.push('old');
  this.push(null);
};
const c = new Collector();
new Counter().pipe(new Inc()).pipe(c).on('finish', () => console.log(c.items));
new OldStyle().on('data', (d) => console.log(d));
console.log(Readable() instanceof Readable, Writable() instanceof Writable);
