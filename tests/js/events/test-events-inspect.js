// util.inspect shapes of EventEmitter, Event, EventTarget, AbortController and DOMException match node.
'use strict';
require('../common');
const util = require('util');
const EventEmitter = require('events');

const hideTime = (s) => s.replace(/timeStamp: [\d.]+/, 'timeStamp: <n>');
console.log(hideTime(util.inspect(new Event('foo'))));
console.log(hideTime(util.inspect(new CustomEvent('c', { detail: 1 }))));
console.log(new EventTarget(), new AbortController());
class MyTarget extends EventTarget {}
console.log(new MyTarget(), AbortSignal.abort().aborted);
console.log(util.inspect(new DOMException('m', 'AbortError')).split('\n')[0]);
const e = new EventEmitter();
e.on('x', function named() {});
console.log(e);
