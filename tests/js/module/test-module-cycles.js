// Checks circular requires: the second module sees the first one's partial exports.
'use strict';
const assert = require('assert');
const a = require('./fixtures/cycle/a');
const b = require('./fixtures/cycle/b');
assert.deepStrictEqual(b.seenFromB, { aName: 'a', aDone: false });
assert.deepStrictEqual(a.seenFromA, { bName: 'b', bDone: true });
assert.strictEqual(a.done, true);
