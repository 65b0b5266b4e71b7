'use strict';
// os: operating-system facts, read by internalBinding('os') from libc and /proc.

const binding = internalBinding('os');
const constantsBinding = internalBinding('constants');
const { SystemError, uvErrmapGet } = require('internal/errors');
const { validateInt32, validateObject } = require('internal/validators');

// Calls a binding function that reports failure through a ctx object, as ERR_SYSTEM_ERROR.
function checked(fn, ...args) {
  const ctx = {};
  const result = fn(...args, ctx);
  if (ctx.errno !== undefined) {
    const [code, message] = uvErrmapGet(ctx.errno) || ['UNKNOWN', 'unknown error'];
    const err = new SystemError('ERR_SYSTEM_ERROR', { errno: ctx.errno, code, message, syscall: ctx.syscall });
    err.name = 'SystemError';
    throw err;
  }
  return result;
}

function stringGetter(fn) {
  const getter = () => checked(fn);
  getter[Symbol.toPrimitive] = () => getter();
  return getter;
}

const hostname = stringGetter(binding.getHostname);
const homedir = stringGetter(binding.getHomeDirectory);
const osInfo = () => checked(binding.getOSInformation);
const type = () => osInfo()[0];
const version = () => osInfo()[1];
const release = () => osInfo()[2];
const machine = () => osInfo()[3];
for (const fn of [type, version, release, machine]) fn[Symbol.toPrimitive] = () => fn();

function arch() {
  return process.arch;
}
arch[Symbol.toPrimitive] = () => process.arch;

function platform() {
  return process.platform;
}
platform[Symbol.toPrimitive] = () => process.platform;

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}
tmpdir[Symbol.toPrimitive] = () => tmpdir();

function totalmem() {
  return binding.getTotalMem();
}

function freemem() {
  return binding.getFreeMem();
}

function uptime() {
  return binding.getUptime();
}

function loadavg() {
  return binding.getLoadAvg();
}

function availableParallelism() {
  return binding.getAvailableParallelism();
}

function cpus() {
  const flat = binding.getCPUs();
  const out = [];
  for (let i = 0; i < flat.length; i += 7) {
    out.push({
      model: flat[i],
      speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] },
    });
  }
  return out;
}

function endianness() {
  return 'LE';
}
endianness[Symbol.toPrimitive] = () => 'LE';

function prefixLength(netmask, family) {
  let bits = 0;
  if (family === 'IPv4') {
    for (const part of netmask.split('.')) {
      let n = Number(part);
      while (n & 0x80) { bits++; n = (n << 1) & 0xFF; }
      if (n !== 0) return null;
    }
    return bits;
  }
  for (const part of netmask.split(':')) {
    if (part === '') continue;
    let n = parseInt(part, 16);
    while (n & 0x8000) { bits++; n = (n << 1) & 0xFFFF; }
    if (n !== 0) return null;
  }
  return bits;
}

function networkInterfaces() {
  const flat = checked(binding.getInterfaceAddresses);
  const result = {};
  for (let i = 0; i < flat.length; i += 7) {
    const family = flat[i + 3];
    const prefix = prefixLength(flat[i + 2], family);
    const entry = {
      address: flat[i + 1],
      netmask: flat[i + 2],
      family,
      mac: flat[i + 4],
      internal: flat[i + 5],
      cidr: prefix === null ? null : `${flat[i + 1]}/${prefix}`,
    };
    if (family === 'IPv6') entry.scopeid = flat[i + 6];
    (result[flat[i]] ||= []).push(entry);
  }
  return result;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  return checked(binding.getPriority, pid);
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  checked(binding.setPriority, pid, priority);
}

function decodeBytes(bytes, encoding) {
  if (encoding === 'buffer') return require('buffer').Buffer.from(bytes);
  return decodeURIComponent(bytes.map((b) => `%${(b < 16 ? '0' : '') + b.toString(16)}`).join(''));
}

function userInfo(options) {
  if (options !== undefined) validateObject(options, 'options', { nullable: true });
  const encoding = options?.encoding;
  const [uid, gid, username, home, shell] = checked(binding.getUserInfo);
  return {
    __proto__: null,
    uid,
    gid,
    username: decodeBytes(username, encoding),
    homedir: decodeBytes(home, encoding),
    shell: decodeBytes(shell, encoding),
  };
}

const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen: { __proto__: null, ...constantsBinding.dlopen },
  errno: { __proto__: null, ...constantsBinding.errno },
  signals: { __proto__: null, ...constantsBinding.signals },
  priority: { __proto__: null, ...constantsBinding.priority },
};
for (const k of Object.keys(constants)) if (typeof constants[k] === 'object') Object.freeze(constants[k]);
Object.freeze(constants);

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};
Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
