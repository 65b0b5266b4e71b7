'use strict';
// The global `console`, writing to process.stdout and process.stderr.

const { Console } = require('internal/console/constructor');

const globalConsole = new Console({
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
});
globalConsole.Console = Console;
module.exports = globalConsole;
