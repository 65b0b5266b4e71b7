// console.time/timeLog/timeEnd print `label: <duration>`; missing and duplicate labels warn on stderr.
'use strict';
const assert = require('assert');
const { Console } = require('console');
const common = require('../common');
const out = [];
const EventEmitter = require('events');
const c = new Console(Object.assign(new EventEmitter(), { write: (s) => out.push(s) }));
const warnings = [];
process.on('warning', (w) => warnings.push(w.message));
c.time();
c.timeLog();
c.timeLog('default', 'extra', { a: 1 });
c.timeEnd();
c.time('label');
c.time('label');
c.timeEnd('label');
c.timeEnd('label');
c.timeLog('nope');
c.countReset('nope');
const pattern = /^(default|label): \d+(\.\d+)?ms( extra \{ a: 1 \})?\n$/;
assert.strictEqual(out.length, 4);
for (const line of out) assert.match(line, pattern);
assert.ok(out[1].endsWith(" extra { a: 1 }\n"));
setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(warnings, [
    "Label 'label' already exists for console.time()",
    "No such label 'label' for console.timeEnd()",
    "No such label 'nope' for console.timeLog()",
    "Count for 'nope' does not exist",
  ]);
  console.log('ok');
}));
