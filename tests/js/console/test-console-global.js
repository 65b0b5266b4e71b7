// The global console: its shape, methods bound to it, and require('console') returning the same object.
'use strict';
const assert = require('assert');
assert.strictEqual(require('console'), console);
assert.strictEqual(typeof console.Console, 'function');
console.log(Object.keys(console).join(','));
console.log(Object.prototype.toString.call(console));
const { info, warn } = console;
info('info via destructured method');
warn('warn goes to stderr');
console.log('%s has %d items costing %f, %j %o %O %c%%', 'cart', 3, 9.99, { a: 1 }, [1], { b: 2 }, 'color: red');
console.log(new Error('x').message, -0, [undefined, null], { 'key with space': 1 });
console.dir(new Map([[1, { a: [1, 2, { b: 3 }] }]]), { depth: 0 });
console.log();
console.log('');
console.debug('debug to stdout');
