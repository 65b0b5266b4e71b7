// The leak warning fires once per event name past the limit, with node's text and properties.
'use strict';
const common = require('../common');
const assert = require('assert');
const events = require('events');
const { EventEmitter } = events;

class Foo extends EventEmitter {}
const foo = new Foo();
const plain = new EventEmitter();
const target = new EventTarget();
const warnings = [];
process.on('warning', common.mustCall((w) => {
  warnings.push(w);
  console.log(w.name, '|', w.message, '|', w.count, String(w.type));
}, 4));
for (let i = 0; i < 12; i++) foo.on('foo', () => {});
const sym = Symbol('sym');
for (let i = 0; i < 11; i++) plain.on(sym, () => {});
assert.strictEqual(plain.getMaxListeners(), 10);
plain.setMaxListeners(2);
plain.on('small', () => {});
plain.on('small', () => {});
plain.setMaxListeners(0);
for (let i = 0; i < 20; i++) plain.on('unlimited', () => {});
for (let i = 0; i < 11; i++) target.addEventListener('foo', () => {});
for (let i = 0; i < 11; i++) target.addEventListener('bar', () => {});
process.on('exit', () => {
  assert.strictEqual(warnings[0].emitter, foo);
  assert.strictEqual(warnings[2].target, target);
});
plain.setMaxListeners(1);
plain.on('small', () => {});
