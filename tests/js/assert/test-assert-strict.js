// assert/strict and assert.strict map the loose methods to their strict versions.
'use strict';
require('../common');
const assert = require('assert');
const strict = require('assert/strict');

assert.strictEqual(strict, assert.strict);
assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
assert.strictEqual(strict.AssertionError, assert.AssertionError);
assert.throws(() => strict.equal(1, '1'), { code: 'ERR_ASSERTION', operator: 'strictEqual' });
assert.throws(() => strict.deepEqual([1], ['1']), { code: 'ERR_ASSERTION', operator: 'deepStrictEqual' });
assert.throws(() => strict(0), { code: 'ERR_ASSERTION', operator: '==' });
assert.equal(1, '1');
assert.deepEqual([1], ['1']);
assert.throws(() => assert.equal(1), { code: 'ERR_MISSING_ARGS', name: 'TypeError' });
assert.throws(() => strict.deepEqual({}), { code: 'ERR_MISSING_ARGS', name: 'TypeError' });
console.log(typeof strict, Object.keys(strict).sort().join(' '));
