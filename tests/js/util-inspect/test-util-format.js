// util.format placeholders (%s %d %i %f %j %o %O %c %%), extra arguments and non-string first argument.
'use strict';
const util = require('util');
class Foo { constructor() { this.x = 1; } }
const circular = {};
circular.c = circular;
const cases = [
  ['%s %d %i %f %j %o %O %c %% %x', 'str', 42.5, 42.5, '1.5', { a: 1 }, { b: [1] }, { c: 2 }, 'css', 'extra'],
  ['%s', { a: { b: 1 } }, 1n, Symbol('q'), -0],
  ['%s %s %s %s %s', 1n, Symbol('q'), -0, null, undefined],
  ['%d %d %d %i %d', {}, 1n, Symbol(), '0x10', '42'],
  ['%f %f %i', 'abc', Symbol(), 1n],
  ['%j', circular],
  ['%j %j', undefined, 'str'],
  [1, 2, 'a', { b: 1 }],
  ['a%', 1],
  ['%s', { toString() { return 'custom'; } }, [1, [2, [3]]]],
  ['%s:%s', 'a'],
  ['%o', [1, { a: 2 }]],
  ['%o', function named() {}],
  ['%s', [1, [2, [3]]]],
  ['%s', new Foo()],
  ['%s', new Error('err')].map((v) => (v instanceof Error ? Object.defineProperty(v, 'stack', { value: 'Error: err' }) : v)),
  ['%s', new Date(0)],
  ['%%s %s', 'x'],
  ['%', 'x'],
  ['%%'],
  ['%s'],
  ['no placeholders', 'x', 1],
  [],
  [undefined],
  ['%O', { a: { b: { c: { d: 1 } } } }],
  ['%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }],
  ['%s', 'a\nb'],
  ['%d', -0],
  ['%i', -0.5],
  ['%s %s', 'only one'],
  ['%c%s', 'color: red', 'styled'],
];
for (const args of cases) console.log(JSON.stringify(util.format(...args)));
