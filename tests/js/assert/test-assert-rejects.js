// assert.rejects / doesNotReject with promises and promise-returning functions, including argument errors.
'use strict';
require('../common');
const assert = require('assert');

async function main() {
  await assert.rejects(Promise.reject(new TypeError('x')), TypeError);
  await assert.rejects(async () => { throw new Error('y'); }, { message: 'y' });
  await assert.doesNotReject(Promise.resolve(1));
  await assert.doesNotReject(async () => 1);
  await assert.rejects(assert.rejects(Promise.resolve()), (e) => {
    console.log(e.code, JSON.stringify(e.message), e.operator);
    return true;
  });
  await assert.rejects(assert.rejects(Promise.resolve(), TypeError, 'why'), (e) => {
    console.log(e.code, JSON.stringify(e.message));
    return true;
  });
  await assert.rejects(assert.doesNotReject(Promise.reject(new Error('z'))), (e) => {
    console.log(e.code, JSON.stringify(e.message), e.operator);
    return true;
  });
  await assert.rejects(assert.rejects(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  await assert.rejects(assert.rejects(() => 1), { code: 'ERR_INVALID_RETURN_VALUE', name: 'TypeError' });
  await assert.rejects(assert.doesNotReject(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  const thenable = { then(ok, fail) { fail(new RangeError('t')); }, catch() {} };
  await assert.rejects(thenable, RangeError);
  console.log('done');
}
main();
