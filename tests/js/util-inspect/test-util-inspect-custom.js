// util.inspect.custom: arguments (depth, options, inspect), returned objects and multi-line strings.
'use strict';
const assert = require('assert');
const util = require('util');
const { inspect } = util;
assert.strictEqual(inspect.custom, Symbol.for('nodejs.util.inspect.custom'));
console.log(inspect({ a: { [inspect.custom](d, o, i) { return `D${d} ${typeof o.stylize} ${i === inspect} ${o.depth}`; } } }));
console.log(inspect({ a: { [inspect.custom]() { return { z: [1] }; } } }));
console.log(inspect({ a: { b: { [inspect.custom]() { return 'l1\nl2'; } } } }));
console.log(inspect({ [inspect.custom]() { return this; }, x: 1 }));
console.log(inspect({ c: { [inspect.custom]: () => 'custom' } }, { customInspect: false }));
console.log(inspect({ [inspect.custom](d, o) { return o.myOption; } }, { myOption: 'passed through' }));
class Money {
  constructor(v) { this.v = v; }
  [inspect.custom](depth, options) { return options.stylize(`$${this.v}`, 'number'); }
}
console.log(inspect([new Money(5)]));
console.log(inspect([new Money(5)], { colors: true }));
console.log(inspect({ depthSeen: { [inspect.custom](d) { return d; } } }, { depth: null }));
