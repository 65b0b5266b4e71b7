// path functions reject non-string arguments with ERR_INVALID_ARG_TYPE, like node; flavours link to each other.
'use strict';
const assert = require('assert');
const path = require('path');

for (const p of [path.posix, path.win32]) {
  for (const bad of [null, undefined, 1, true, {}, [], Symbol('s'), () => {}]) {
    for (const fn of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse']) {
      assert.throws(() => p[fn](bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
    }
    assert.throws(() => p.join('a', bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
    assert.throws(() => p.resolve('a', bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
    assert.throws(() => p.relative(bad, 'a'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
    assert.throws(() => p.relative('a', bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
    if (bad !== undefined) assert.throws(() => p.basename('a', bad), { code: 'ERR_INVALID_ARG_TYPE' });
    if (typeof bad !== 'object' && typeof bad !== 'function' || bad === null) {
      assert.throws(() => p.format(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
    }
    assert.strictEqual(p.toNamespacedPath(bad), bad);
  }
  for (const call of [() => p.normalize(1), () => p.join(null), () => p.resolve({}), () => p.relative('a', 2),
    () => p.basename('a', 3), () => p.format('x')]) {
    try {
      call();
    } catch (err) {
      console.log(err.message);
    }
  }
}

assert.strictEqual(path, path.posix);
assert.strictEqual(path.posix.win32, path.win32);
assert.strictEqual(path.win32.posix, path.posix);
assert.strictEqual(path.win32.win32, path.win32);
assert.strictEqual(require('path/posix'), path.posix);
assert.strictEqual(require('path/win32'), path.win32);
assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.win32.delimiter, ';');
console.log(path.format({ root: '/', dir: '/a', base: 'b' }), path.format({ name: 'x', ext: 'js' }),
            path.win32.format({ dir: 'c:\\d', name: 'n', ext: '.e' }), path.format({ root: '/r/' }),
            path.win32.format({ root: 'c:\\', name: 'f' }));
