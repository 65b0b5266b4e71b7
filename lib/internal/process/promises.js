'use strict';
// Unhandled promise rejections, in node's default `--unhandled-rejections=throw` mode (and the others).

const { takeRejections } = internalBinding('process');
const { triggerUncaughtException } = require('internal/process/execution');
const { getOptionValue } = require('internal/options');

const kUnhandled = 0;
const maybeUnhandled = new WeakMap();
const pending = [];
const asyncHandledRejections = [];
let lastId = 0;

function mode() {
  const value = getOptionValue('--unhandled-rejections');
  return value || 'throw';
}

function isErrorLike(reason) {
  return reason !== null && typeof reason === 'object' && typeof reason.stack === 'string';
}

class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    let shown;
    try {
      shown = require('internal/util/inspect').inspect(reason);
    } catch {
      shown = String(reason);
    }
    super('This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason ' +
      `"${shown}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
  }
}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  value: 'UnhandledPromiseRejection', writable: true, configurable: true,
});

function emitWarning(msg, promise, reason, uid) {
  const warning = new Error(msg);
  warning.name = 'UnhandledPromiseRejectionWarning';
  process.emitWarning(warning);
  if (uid === 1) {
    process.emitWarning(
      'Unhandled promise rejection. This error originated either by throwing inside of an async function ' +
      'without a catch block, or by rejecting a promise which was not handled with .catch(). To terminate the ' +
      'node process on unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` ' +
      '(see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
      `(rejection id: ${uid})`, 'UnhandledPromiseRejectionWarning');
  }
}

function handleUnhandled(promise, reason, uid) {
  const err = isErrorLike(reason) ? reason : new UnhandledPromiseRejection(reason);
  switch (mode()) {
    case 'strict':
      triggerUncaughtException(err, true);
      process.emit('unhandledRejection', reason, promise);
      break;
    case 'warn':
      process.emit('unhandledRejection', reason, promise);
      emitWarning(String(isErrorLike(reason) ? reason.stack : reason), promise, reason, uid);
      break;
    case 'none':
      process.emit('unhandledRejection', reason, promise);
      break;
    case 'warn-with-error-code':
      if (!process.emit('unhandledRejection', reason, promise)) {
        emitWarning(String(isErrorLike(reason) ? reason.stack : reason), promise, reason, uid);
        process.exitCode = 1;
      }
      break;
    default:
      if (!process.emit('unhandledRejection', reason, promise)) triggerUncaughtException(err, true);
  }
}

// Called after each round of microtasks; returns true when it may have queued more work.
function processPromiseRejections() {
  const events = takeRejections();
  for (let i = 0; i < events.length; i += 3) {
    const promise = events[i + 1];
    if (events[i] === kUnhandled) {
      const entry = { reason: events[i + 2], uid: ++lastId, warned: false };
      maybeUnhandled.set(promise, entry);
      pending.push(promise);
    } else {
      const entry = maybeUnhandled.get(promise);
      if (entry === undefined) continue;
      maybeUnhandled.delete(promise);
      if (entry.warned) asyncHandledRejections.push(promise);
    }
  }
  while (asyncHandledRejections.length > 0) {
    const promise = asyncHandledRejections.shift();
    process.emit('rejectionHandled', promise);
  }
  let scheduled = false;
  while (pending.length > 0) {
    const promise = pending.shift();
    const entry = maybeUnhandled.get(promise);
    if (entry === undefined) continue;
    entry.warned = true;
    handleUnhandled(promise, entry.reason, entry.uid);
    scheduled = true;
  }
  return scheduled;
}

module.exports = { processPromiseRejections, UnhandledPromiseRejection };
