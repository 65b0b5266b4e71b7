// A small real program: reads this file, counts its lines, and shows the event loop's order.
'use strict';
const fs = require('fs');
const path = require('path');

console.log('start');
setTimeout(() => console.log('timer fired'), 10);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('next tick'));
fs.readFile(__filename, 'utf8', (err, text) => {
  if (err) throw err;
  console.log(`${path.basename(__filename)} has ${text.split('\n').length} lines`);
});
process.on('exit', (code) => console.log(`exit with code ${code}`));
