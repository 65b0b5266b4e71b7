'use strict';
// util.debuglog: section loggers switched on by NODE_DEBUG (comma-separated, `*` wildcards,
// case-insensitive), printing `SECTION PID: message` to stderr.

let enabledPattern;

function testEnabled(set) {
  if (enabledPattern === undefined) {
    const spec = process.env.NODE_DEBUG;
    if (spec) {
      const source = spec.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
      enabledPattern = new RegExp(`^${source}$`, 'i');
    } else {
      enabledPattern = null;
    }
  }
  return enabledPattern !== null && enabledPattern.test(set);
}

function noop() {}

function debugWriter(set) {
  if (!testEnabled(set)) return noop;
  const upper = set.toUpperCase();
  return function debug(...args) {
    const { format } = require('internal/util/inspect');
    process.stderr.write(`${upper} ${process.pid}: ${format(...args)}\n`);
  };
}

function debuglog(set, cb) {
  let impl;
  // Resolved on first use, so NODE_DEBUG changes made before then still count.
  function init() {
    impl = debugWriter(set);
    if (typeof cb === 'function') cb(impl);
  }
  function logger(...args) {
    if (impl === undefined) init();
    Reflect.apply(impl, this, args);
  }
  let enabled;
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      enabled ??= testEnabled(set);
      return enabled;
    },
  });
  return logger;
}

module.exports = { debuglog };
