// Inside an I/O callback, setImmediate always runs before setTimeout(..., 0).
'use strict';
const fs = require('fs');
fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});
