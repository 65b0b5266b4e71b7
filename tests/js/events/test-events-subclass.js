// EventEmitter works as a class base, through util.inherits, and with a shared prototype _events.
'use strict';
require('../common');
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

class Child extends EventEmitter {
  constructor() {
    super();
    this.name = 'child';
  }
}
const c = new Child();
c.on('x', function() {
  console.log('class listener', this.name);
});
c.emit('x');
assert.ok(c instanceof EventEmitter);

function Legacy() {
  EventEmitter.call(this);
}
util.inherits(Legacy, EventEmitter);
const l = new Legacy();
l.on('y', (v) => console.log('legacy listener', v));
l.emit('y', 1);
assert.strictEqual(Legacy.super_, EventEmitter);

// An object created without the constructor still works.
const bare = Object.create(EventEmitter.prototype);
bare.on('z', () => console.log('bare listener'));
bare.emit('z');
assert.strictEqual(bare.listenerCount('z'), 1);
console.log(Object.keys(new EventEmitter()), Object.getOwnPropertySymbols(new EventEmitter()).map(String));
