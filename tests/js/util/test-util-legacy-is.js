// The legacy util.is* predicates, util._extend, toUSVString and stripVTControlCharacters.
'use strict';
require('../common');
const util = require('util');

const values = [undefined, null, true, 0, NaN, 'a', Symbol('s'), 1n, {}, [], () => {}, class {}, /re/,
                new Date(0), new Error('e'), Object.create(Error.prototype), Buffer.alloc(1), new Uint8Array(1)];
const names = ['isArray', 'isBoolean', 'isBuffer', 'isDate', 'isError', 'isFunction', 'isNull',
               'isNullOrUndefined', 'isNumber', 'isObject', 'isPrimitive', 'isRegExp', 'isString', 'isSymbol',
               'isUndefined'];
for (const name of names) console.log(name, values.map((v) => (util[name](v) ? 1 : 0)).join(''));
console.log(JSON.stringify(util._extend({ a: 1 }, { b: 2, a: 3 })), JSON.stringify(util._extend({ a: 1 }, null)));
console.log(util.toUSVString('a\ud800b') === 'a\ufffdb', util.stripVTControlCharacters('\u001b[31mred\u001b[39m'));
console.log(util.isDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }), util.isDeepStrictEqual([0], [-0]));
console.log(Object.keys(util).join(' '));
