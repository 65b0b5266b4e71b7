'use strict';
// Shared helpers for tests: call-count checks, temp dirs, and small utilities.

const assert = require('assert');

const mustCallChecks = [];

function runCallChecks(exitCode) {
  if (exitCode !== 0) return;
  const failed = mustCallChecks.filter((c) => c.actual !== c.exact);
  for (const c of failed) {
    console.error(`Mismatched ${c.name} function calls. Expected exactly ${c.exact}, actual ${c.actual}.`);
    console.error(c.stack);
  }
  if (failed.length > 0) process.exit(1);
}

// Returns a wrapper of `fn` that must be called exactly `exact` times before the process exits.
function mustCall(fn, exact = 1) {
  if (typeof fn === 'number') {
    exact = fn;
    fn = () => {};
  }
  fn ??= () => {};
  if (mustCallChecks.length === 0) process.on('exit', runCallChecks);
  const context = { exact, actual: 0, name: fn.name || '<anonymous>', stack: new Error().stack };
  mustCallChecks.push(context);
  return function(...args) {
    context.actual++;
    return Reflect.apply(fn, this, args);
  };
}

function mustNotCall(msg) {
  const callSite = new Error().stack;
  return function mustNotCall() {
    assert.fail(`${msg || 'function should not have been called'} at ${callSite}`);
  };
}

// A fresh, empty directory for this test process, removed at exit.
function tmpdir() {
  const fs = require('fs');
  const path = require('path');
  const os = require('os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oxnode-test-'));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

module.exports = { mustCall, mustNotCall, tmpdir };
