// DOMException name/message/code, legacy constants, options bag with cause, and prototype shape.
'use strict';
require('../common');
const assert = require('assert');

const d = new DOMException('msg', 'AbortError');
console.log(d.name, d.message, d.code, String(d), d instanceof Error, Object.prototype.toString.call(d));
console.log(Object.getOwnPropertyNames(d), Object.keys(d));
console.log(new DOMException().name, JSON.stringify(new DOMException().message), new DOMException('x', 'Nope').code);
const withCause = new DOMException('c', { name: 'TimeoutError', cause: 'because' });
console.log(withCause.name, withCause.code, withCause.cause, Object.getOwnPropertyNames(withCause));
console.log(new DOMException('a', {}).name, new DOMException(1, null).name);
console.log(DOMException.ABORT_ERR, DOMException.prototype.DATA_CLONE_ERR, DOMException.INDEX_SIZE_ERR);
console.log(Object.getOwnPropertyNames(DOMException).join());
const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, 'name');
console.log(typeof desc.get, desc.set, desc.enumerable);
try {
  DOMException.prototype.code;
} catch (err) {
  console.log(err.name, err.code, err.message);
}
assert.throws(() => DOMException(), TypeError);
assert.ok(d.stack.startsWith('AbortError: msg'));
