'use strict';
// V8-style `error.stack`: `Name: message` then `    at fn (file:line:col)` frames, built from
// QuickJS's call sites through Error.prepareStackTrace.

const { wrapperPrefixLength } = internalBinding('contextify');

// Files compiled inside a function wrapper on line 1: their line-1 columns are shifted by this much.
const wrappedFiles = new Map();

function markWrapped(filename, params) {
  wrappedFiles.set(filename, wrapperPrefixLength(params));
}

function header(error) {
  if (error === null || (typeof error !== 'object' && typeof error !== 'function')) return String(error);
  let name;
  let message;
  try {
    name = error.name;
    message = error.message;
  } catch {
    return '<error>';
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

function formatFrame(site) {
  let fn = site.getFunctionName();
  // QuickJS names top-level script code `<eval>`; V8 leaves it anonymous.
  if (fn === '<eval>') fn = '';
  if (site.isNative()) return `    at ${fn || '<anonymous>'} (<anonymous>)`;
  const file = site.getFileName();
  const line = site.getLineNumber();
  let col = site.getColumnNumber();
  if (line === 1 && wrappedFiles.has(file)) col = Math.max(1, col - wrappedFiles.get(file));
  const location = line > 0 ? `${file}:${line}:${col}` : `${file}`;
  return fn ? `    at ${fn} (${location})` : `    at ${location}`;
}

function prepareStackTrace(error, trace) {
  let out = header(error);
  for (const site of trace) out += `\n${formatFrame(site)}`;
  return out;
}

Error.prepareStackTrace = prepareStackTrace;

module.exports = { markWrapped, prepareStackTrace };
