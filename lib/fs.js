'use strict';
// fs. (Core subset for the runtime; the complete module lands with the fs/stream work.)

const binding = internalBinding('fs');
const { validateFunction } = require('internal/validators');

function readFile(path, options, callback) {
  callback ??= options;
  validateFunction(callback, 'cb');
  binding.readFileUtf8Async(String(path), callback);
}

function readFileSync(path) {
  return binding.readFileUtf8(String(path));
}

module.exports = { readFile, readFileSync };
