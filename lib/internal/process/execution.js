'use strict';
// Uncaught exceptions: `process.on('uncaughtException')`, or node's fatal report and exit code 1.

const { reallyExit } = internalBinding('process');
const { writeString } = internalBinding('fs');
const { getSourceLine } = require('internal/source_registry');

let inspect;
function lazyInspect(v) {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect(v);
}

// The `file:line` header, the source line and a caret, as node prints above a fatal error.
function sourceContext(err) {
  if (err === null || typeof err !== 'object' || typeof err.stack !== 'string') return '';
  // The first frame in user code: node's own frames (`node:`) and natives are skipped.
  const m = /\n {4}at (?:.*? \()?((?:\/|\[eval|\[stdin|file:)[^\n]*?):(\d+):(\d+)\)?(?=\n|$)/.exec(err.stack);
  if (m === null) return '';
  const [, file, lineStr, colStr] = m;
  const line = getSourceLine(file, Number(lineStr));
  if (line === undefined) return '';
  let col = Number(colStr) - 1;
  // Node points at the `throw` statement when there is one before the error's construction site.
  const throwAt = line.lastIndexOf('throw', col);
  if (throwAt !== -1) col = throwAt;
  return `${file}:${lineStr}\n${line}\n${' '.repeat(Math.max(col, 0))}^\n\n`;
}

function printFatal(err) {
  let report;
  try {
    const isErr = err !== null && typeof err === 'object' && typeof err.stack === 'string';
    if (isErr) {
      report = `${sourceContext(err)}${lazyInspect(err)}\n`;
    } else {
      report = `${lazyInspect(err)}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)\n`;
    }
  } catch {
    report = `${String(err)}\n`;
  }
  const nodeVersion = internalBinding('options').nodeVersion;
  try {
    writeString(2, `${report}\nNode.js ${nodeVersion}\n`);
  } catch {
    // stderr is gone: nothing left to report to.
  }
}

// Called by the loop (and the tick queue) with anything thrown out of a callback.
function triggerUncaughtException(err, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  try {
    process.emit('uncaughtExceptionMonitor', err, type);
  } catch (e) {
    err = e;
  }
  if (process._uncaughtCapture) {
    process._uncaughtCapture(err);
    return;
  }
  let handled = false;
  try {
    handled = process.listenerCount('uncaughtException') > 0 && process.emit('uncaughtException', err, type);
  } catch (e) {
    printFatal(e);
    reallyExit(7);
  }
  if (handled) return;
  // Node runs 'exit' listeners first, then prints the fatal report.
  if (!process._exiting) {
    process._exiting = true;
    process.exitCode = 1;
    try {
      process.emit('exit', 1);
    } catch {
      // An exception inside an exit handler after a fatal error: exit with the original code.
    }
  }
  printFatal(err);
  reallyExit(typeof process.exitCode === 'number' && process.exitCode !== 0 ? process.exitCode : 1);
}

module.exports = { triggerUncaughtException, printFatal };
