// AbortController aborts its signal once, with a default DOMException or the given reason, firing 'abort' once.
'use strict';
const common = require('../common');
const assert = require('assert');

const ac = new AbortController();
const { signal } = ac;
assert.strictEqual(ac.signal, signal);
console.log(signal.aborted, signal.reason, signal.onabort);
signal.addEventListener('abort', common.mustCall((e) => {
  console.log('listener', e.type, e.isTrusted, e.target === signal, signal.aborted);
}));
signal.onabort = common.mustCall(function(e) {
  assert.strictEqual(this, signal);
  console.log('onabort', e.type);
});
ac.abort();
ac.abort('second');
const { reason } = signal;
console.log(reason instanceof DOMException, reason.name, reason.message, reason.code);
assert.throws(() => signal.throwIfAborted(), (err) => err === reason);

const ac2 = new AbortController();
ac2.abort(42);
assert.strictEqual(ac2.signal.reason, 42);
assert.throws(() => ac2.signal.throwIfAborted(), (err) => err === 42);
new AbortController().signal.throwIfAborted();
assert.throws(() => new AbortSignal(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError' });
assert.throws(() => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}),
  { code: 'ERR_INVALID_THIS', name: 'TypeError' });
console.log(Object.getOwnPropertyNames(AbortSignal.prototype).join(), Object.getOwnPropertyNames(AbortSignal).join());
console.log(Object.prototype.toString.call(signal), signal instanceof EventTarget);
