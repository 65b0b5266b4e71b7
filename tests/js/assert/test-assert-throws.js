// assert.throws / doesNotThrow: matching by class, RegExp, validation object and function, with node's messages and argument errors.
'use strict';
require('../common');
const assert = require('assert');

function show(fn) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
const boom = () => { throw new TypeError('boom'); };

assert.throws(boom);
assert.throws(boom, TypeError);
assert.throws(boom, Error);
assert.throws(boom, /boom/);
assert.throws(boom, { name: 'TypeError', message: /bo+m/ });
assert.throws(boom, (err) => err instanceof TypeError);
assert.throws(() => { throw { a: { b: [1] }, c: 'x' }; }, { a: { b: [1] } });
assert.throws(boom, new TypeError('boom'));
show(() => assert.throws(() => {}));
show(() => assert.throws(() => {}, TypeError));
show(() => assert.throws(() => {}, 'msg'));
show(() => assert.throws(() => {}, TypeError, 'msg'));
show(() => assert.throws(() => { throw new Error('x'); }, TypeError));
show(() => assert.throws(() => { throw new Error('x'); }, { message: 'y' }));
show(() => assert.throws(() => { throw new Error('x'); }, { message: 'y', name: 'Error' }, 'custom'));
show(() => assert.throws(() => { throw new Error('x'); }, /y/));
show(() => assert.throws(() => { throw new Error('x'); }, function check() { return false; }));
show(() => assert.throws(() => { throw 'str'; }, RangeError)); // eslint-disable-line no-throw-literal
show(() => assert.throws(() => { throw 1; }, { a: 1 })); // eslint-disable-line no-throw-literal
show(() => assert.doesNotThrow(() => { throw new Error('x'); }));
show(() => assert.doesNotThrow(() => { throw new Error('x'); }, 'hello'));
show(() => assert.doesNotThrow(() => { throw new Error('x'); }, TypeError));
show(() => assert.doesNotThrow(() => { throw new Error('x'); }, /x/, 'msg'));
assert.doesNotThrow(() => {});

assert.throws(() => assert.throws('not a function'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => assert.throws(boom, 1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => assert.throws(boom, 'a', 'b'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => assert.throws(boom, 'boom'), { code: 'ERR_AMBIGUOUS_ARGUMENT', name: 'TypeError' });
assert.throws(() => assert.throws(boom, {}), { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.throws(() => assert.doesNotThrow(boom, 1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => assert.doesNotThrow('nope'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
show(() => assert.throws(boom, 'a', 'b'));
show(() => assert.throws(boom, 'boom'));
show(() => assert.throws(boom, {}));
