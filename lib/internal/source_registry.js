'use strict';
// Source text of evaluated code by file name, for the source line node prints above a fatal error.

const { readFileUtf8 } = internalBinding('fs');
const evalSources = new Map();

function registerSource(filename, source) {
  evalSources.set(filename, source);
}

function getSourceLine(filename, line) {
  let source = evalSources.get(filename);
  if (source === undefined) {
    try {
      source = readFileUtf8(filename);
    } catch {
      return undefined;
    }
  }
  return source.split(/\r?\n/)[line - 1];
}

module.exports = { registerSource, getSourceLine };
