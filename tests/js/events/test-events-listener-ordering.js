// newListener fires before the listener is added, removeListener after removal, in node's order.
'use strict';
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const log = [];
e.on('newListener', (type, fn) => {
  log.push(`new ${String(type)} ${fn.name} count=${e.listenerCount(type)}`);
});
e.on('removeListener', (type, fn) => {
  log.push(`remove ${String(type)} ${fn.name} count=${e.listenerCount(type)}`);
});
function a() { log.push('a'); }
function b() { log.push('b'); }
function c() { log.push('c'); }
e.on('x', a);
e.prependListener('x', b);
e.once('x', c);
e.prependOnceListener('x', function d() { log.push('d'); });
assert.deepStrictEqual(e.listeners('x').map((f) => f.name), ['d', 'b', 'a', 'c']);
assert.strictEqual(e.rawListeners('x')[0].listener.name, 'd');
e.emit('x');
e.emit('x');
e.off('x', a);
e.removeListener('x', a);
e.removeAllListeners('x');
e.on('y', a);
e.on('z', b);
e.removeAllListeners();
console.log(log.join('\n'));
console.log(e.eventNames(), e.listenerCount('newListener'));
