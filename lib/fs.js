'use strict';
// fs. (Core subset for the runtime; the complete module lands with the fs/stream work.)

const binding = internalBinding('fs');
const { validateFunction, validateString, parseFileMode } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function toPath(path, name = 'path') {
  if (typeof path === 'string') return path;
  if (path !== null && typeof path === 'object' && typeof path.href === 'string' && path.protocol === 'file:') {
    return require('internal/url').fileURLToPath(path);
  }
  if (ArrayBuffer.isView(path)) return require('buffer').Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
}

function readFile(path, options, callback) {
  callback ??= options;
  validateFunction(callback, 'cb');
  binding.readFileUtf8Async(toPath(path), callback);
}

function readFileSync(path, options) {
  const text = binding.readFileUtf8(toPath(path));
  const encoding = typeof options === 'string' ? options : options?.encoding;
  return encoding ? text : require('buffer').Buffer.from(text);
}

function writeFileSync(path, data, options) {
  const flag = typeof options === 'object' && options?.flag ? options.flag : 'w';
  const mode = parseFileMode(typeof options === 'object' ? options?.mode : undefined, 'mode', 0o666);
  binding.writeFileUtf8(toPath(path), typeof data === 'string' ? data : String(data), flag, mode);
}

function mkdirSync(path, options) {
  const recursive = typeof options === 'object' && options !== null && options.recursive === true;
  const mode = parseFileMode(typeof options === 'object' ? options?.mode : options, 'mode', 0o777);
  const first = binding.mkdir(toPath(path), recursive, mode);
  return recursive ? (first ?? undefined) : undefined;
}

function mkdtempSync(prefix) {
  validateString(prefix, 'prefix');
  return binding.mkdtemp(prefix);
}

function rmSync(path, options) {
  binding.rm(toPath(path), options?.recursive === true, options?.force === true);
}

function symlinkSync(target, path) {
  binding.symlink(toPath(target, 'target'), toPath(path));
}

function realpathSync(path) {
  return binding.realpath(toPath(path));
}

function existsSync(path) {
  try {
    return binding.internalModuleStat(toPath(path)) >= 0;
  } catch {
    return false;
  }
}

module.exports = {
  existsSync, mkdirSync, mkdtempSync, readFile, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync,
};
