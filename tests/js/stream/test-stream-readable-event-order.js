// Readable in flowing mode: 'resume', 'data' per chunk, 'end', then 'close', and what push() returns.
'use strict';
const { Readable } = require('stream');
const log = [];
const r = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
for (const ev of ['data', 'end', 'close', 'pause', 'resume', 'readable']) {
  if (ev !== 'readable') r.on(ev, (x) => log.push(ev + (x !== undefined ? ':' + x : '')));
}
log.push('push1=' + r.push('a'));
log.push('push2=' + r.push('b'));
log.push('push3=' + r.push('c'));
log.push('flowing=' + r.readableFlowing + ' len=' + r.readableLength);
r.push(null);
process.nextTick(() => log.push('tick'));
setTimeout(() => {
  console.log(log.join('\n'));
  console.log('ended', r.readableEnded, 'destroyed', r.destroyed, 'didRead', r.readableDidRead);
}, 10);
