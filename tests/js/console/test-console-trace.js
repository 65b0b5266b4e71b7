// console.trace writes `Trace: <message>` followed by the stack to stderr.
'use strict';
const assert = require('assert');
const { Console } = require('console');
const err = [];
const EventEmitter = require('events');
const sink = (fn) => Object.assign(new EventEmitter(), { write: fn });
const c = new Console({ stdout: sink(() => {}), stderr: sink((s) => err.push(s)) });
c.trace('here %d', 5, { a: 1 });
c.trace();
const [first, second] = err;
const firstLines = first.split('\n');
assert.strictEqual(firstLines[0], 'Trace: here 5 { a: 1 }');
assert.match(firstLines[1], /^    at /);
assert.strictEqual(second.split('\n')[0], 'Trace');
console.log('ok');
