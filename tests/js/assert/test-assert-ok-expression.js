// assert.ok() / assert() without a message quote the failing call's source, as node does.
'use strict';
require('../common');
const assert = require('assert');

function show(fn) {
  try {
    fn();
  } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage, e.actual, e.expected, e.operator);
  }
}
const x = 0;
show(() => assert.ok(x));
show(() => assert(x === 1));
show(() => { const a = assert; a(false, undefined); });
show(() => assert.ok(typeof x === 'string',
                     undefined));
show(() => assert.ok());
show(() => assert.strict.ok(null));
show(() => assert.ok(x, 'given'));
show(() => assert.ok(Math.max(0, x)));
try {
  assert.ok(x, new RangeError('own'));
} catch (e) {
  console.log(e.name, e.message);
}
