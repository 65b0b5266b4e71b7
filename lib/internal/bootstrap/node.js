'use strict';
// Builds `process` and node's globals, with node's property attributes, before any user code runs.

const EventEmitter = require('events');
const binding = internalBinding('process');
const { uvException, errnoException, codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL } } = require('internal/errors');
const { validateInteger, validateNumber, validateString, validateUint32 } = require('internal/validators');

internalBinding('uv').setExceptionFactory(uvException);
require('internal/util/stack_trace');

// ---- the process object ------------------------------------------------------------------------
function process() {}
const processProto = Object.create(EventEmitter.prototype, {
  constructor: { value: process, writable: true, configurable: true },
  [Symbol.toStringTag]: { value: 'process', writable: false, enumerable: false, configurable: true },
});
const proc = Object.create(processProto);
EventEmitter.call(proc);
globalThis.process = proc;

const nodeVersion = internalBinding('options').nodeVersion;
const versions = {
  node: nodeVersion.slice(1),
  acorn: '8.16.0',
  ada: '2.9.2',
  ares: '1.34.6',
  brotli: '1.1.0',
  cjs_module_lexer: '2.2.0',
  llhttp: '9.3.1',
  modules: '115',
  napi: '9',
  nghttp2: '1.61.0',
  openssl: '3.0.19',
  simdutf: '6.4.2',
  undici: '6.24.1',
  unicode: '17.0',
  uv: '1.46.0',
  uvwasi: '0.0.23',
  v8: '11.3.244.8-node.38',
  zlib: '1.3.1',
  quickjs: binding.quickjsVersion,
  oxnode: binding.oxnodeVersion,
};

function define(name, value, enumerable = true) {
  Object.defineProperty(proc, name, { value, writable: true, enumerable, configurable: true });
}

define('version', nodeVersion);
define('versions', Object.freeze(versions));
define('arch', binding.arch);
define('platform', binding.platform);
define('release', {
  name: 'node',
  lts: 'Iron',
  sourceUrl: `https://nodejs.org/download/release/${nodeVersion}/node-${nodeVersion}.tar.gz`,
  headersUrl: `https://nodejs.org/download/release/${nodeVersion}/node-${nodeVersion}-headers.tar.gz`,
});
define('_rawDebug', (...args) => internalBinding('fs').writeString(2, `${args.join(' ')}\n`), false);
define('moduleLoadList', [], false);
define('_events', proc._events, false);
define('_eventsCount', 0, false);
define('_maxListeners', undefined, false);
define('argv', binding.argv.slice());
define('execArgv', binding.execArgv.slice());
define('execPath', binding.execPath);
define('argv0', binding.argv0, true);
define('pid', binding.pid);
define('ppid', binding.ppid);
define('debugPort', 9229);
define('features', {
  inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true, tls_ocsp: true,
  tls: true, cached_builtins: true, require_module: false,
});
define('config', {
  target_defaults: { cflags: [], default_configuration: 'Release', defines: [], include_dirs: [], libraries: [] },
  variables: {
    asan: 0, host_arch: binding.arch, target_arch: binding.arch, napi_build_version: '9', node_byteorder: 'little',
    node_module_version: 115, node_shared: false, node_shared_openssl: false, node_use_openssl: true,
    openssl_is_fips: false, v8_enable_i18n_support: 1, v8_enable_inspector: 0, icu_small: false,
    llvm_version: '0.0', is_debug: 0,
  },
});

Object.defineProperty(proc, 'title', {
  get: binding.getTitle,
  set(v) {
    binding.setTitle(String(v));
  },
  enumerable: true,
  configurable: true,
});

// exitCode: validated like node 20 (integer, or undefined/null).
let exitCode;
function validateExitCode(code) {
  if (code !== undefined && code !== null) {
    if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) return;
    validateInteger(code, 'code');
  }
}
Object.defineProperty(proc, 'exitCode', {
  get() {
    return exitCode;
  },
  set(code) {
    validateExitCode(code);
    exitCode = code;
  },
  enumerable: true,
  configurable: false,
});

function numericExitCode() {
  return exitCode === undefined || exitCode === null ? 0 : Number(exitCode) | 0;
}

define('exit', function exit(code) {
  if (code !== undefined) proc.exitCode = code;
  if (!proc._exiting) {
    proc._exiting = true;
    proc.emit('exit', numericExitCode());
  }
  binding.reallyExit(numericExitCode());
});
define('reallyExit', (code) => binding.reallyExit(code | 0), false);
define('_exiting', false, false);
define('abort', () => {
  internalBinding('fs').writeString(2, '');
  binding.kill(binding.pid, 6);
});

define('cwd', binding.cwd);
define('chdir', function chdir(directory) {
  validateString(directory, 'directory');
  binding.chdir(directory);
});
define('umask', function umask(mask) {
  if (mask === undefined) return binding.umask();
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('mask', mask,
        'must be a 32-bit unsigned integer or an octal string');
    }
    mask = Number.parseInt(mask, 8);
  }
  validateUint32(mask, 'mask');
  return binding.umask(mask);
});
define('getuid', () => binding.uid);
define('geteuid', () => binding.euid);
define('getgid', () => binding.gid);
define('getegid', () => binding.egid);
define('getgroups', binding.getgroups);
define('uptime', binding.uptime);

function hrtime(time) {
  const [sec, nsec] = binding.hrtime();
  if (time !== undefined) {
    if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
    if (time.length !== 2) {
      const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;
      throw new ERR_OUT_OF_RANGE('time', 2, time.length);
    }
    const s = sec - time[0];
    const n = nsec - time[1];
    return [n < 0 ? s - 1 : s, n < 0 ? n + 1e9 : n];
  }
  return [sec, nsec];
}
hrtime.bigint = binding.hrtimeBigInt;
define('hrtime', hrtime);

function memoryUsage() {
  return binding.memoryUsage();
}
memoryUsage.rss = binding.rss;
define('memoryUsage', memoryUsage);
define('cpuUsage', function cpuUsage(prev) {
  const [user, system] = binding.cpuUsage();
  if (prev) {
    validateNumber(prev.user, 'prevValue.user');
    validateNumber(prev.system, 'prevValue.system');
    return { user: user - prev.user, system: system - prev.system };
  }
  return { user, system };
});
define('resourceUsage', binding.resourceUsage);

define('kill', function kill(pid, sig) {
  if (pid != pid) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid); // eslint-disable-line eqeqeq
  let signum;
  if (sig === undefined) sig = 'SIGTERM';
  if (typeof sig === 'number') {
    signum = sig;
  } else {
    signum = internalBinding('constants').signals[sig];
    if (signum === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
  }
  const err = binding.kill(pid | 0, signum);
  if (err) throw errnoException(err, 'kill');
  return true;
});

const { nextTick, queueMicrotask } = require('internal/process/task_queues');
define('nextTick', nextTick);

const { emitWarning, onWarning } = require('internal/process/warning');
define('emitWarning', emitWarning);
proc.on('warning', onWarning);

// process.env: every read and write goes to the real environment; values become strings.
const envTarget = {};
define('env', new Proxy(envTarget, {
  get(target, key) {
    if (typeof key === 'symbol') return target[key];
    return binding.getenv(key);
  },
  set(target, key, value) {
    if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    binding.setenv(key, `${value}`);
    return true;
  },
  has(target, key) {
    if (typeof key === 'symbol') return key in target;
    return binding.getenv(key) !== undefined;
  },
  deleteProperty(target, key) {
    if (typeof key !== 'symbol') binding.unsetenv(key);
    return true;
  },
  ownKeys() {
    return binding.envKeys();
  },
  getOwnPropertyDescriptor(target, key) {
    if (typeof key === 'symbol') return undefined;
    const value = binding.getenv(key);
    if (value === undefined) return undefined;
    return { value, writable: true, enumerable: true, configurable: true };
  },
  defineProperty(target, key, desc) {
    if (typeof key !== 'symbol' && 'value' in desc) binding.setenv(key, `${desc.value}`);
    return true;
  },
}));

const { getOptionValue } = require('internal/options');
define('noDeprecation', getOptionValue('--deprecation') === false, false);
define('throwDeprecation', getOptionValue('--throw-deprecation') === true, false);
define('traceDeprecation', getOptionValue('--trace-deprecation') === true, false);
define('traceProcessWarnings', getOptionValue('--trace-warnings') === true, false);

// Signal events: the OS watcher runs only while the process has listeners for that signal.
{
  const { startSignal, stopSignal } = internalBinding('signal_wrap');
  const { signals } = internalBinding('constants');
  const isSignal = (type) => typeof type === 'string' && type.startsWith('SIG') && signals[type] !== undefined;
  proc.on('newListener', (type) => {
    if (!isSignal(type) || proc.listenerCount(type) > 0) return;
    if (!startSignal(signals[type], (signum) => proc.emit(type, type, signum))) {
      throw errnoException(-22, 'uv_signal_start');
    }
  });
  proc.on('removeListener', (type) => {
    if (isSignal(type) && proc.listenerCount(type) === 0) stopSignal(signals[type]);
  });
}

const stdio = require('internal/process/stdio');
for (const [name, getter] of [['stdout', stdio.getStdout], ['stderr', stdio.getStderr]]) {
  Object.defineProperty(proc, name, { get: getter, enumerable: false, configurable: true });
}

// Hooks the event loop calls: uncaught exceptions, beforeExit, exit.
const { triggerUncaughtException } = require('internal/process/execution');
const { processTicksAndRejections } = require('internal/process/task_queues');
require('internal/timers').setRunNextTicks(processTicksAndRejections);
binding.setLoopHooks(
  triggerUncaughtException,
  () => proc.emit('beforeExit', numericExitCode()),
  () => {
    if (!proc._exiting) {
      proc._exiting = true;
      proc.emit('exit', numericExitCode());
    }
    return numericExitCode();
  });

// ---- globals ----------------------------------------------------------------------------------
function defineGlobal(name, value, enumerable) {
  Object.defineProperty(globalThis, name, { value, writable: true, enumerable, configurable: true });
}
function defineLazyGlobal(name, load, enumerable) {
  Object.defineProperty(globalThis, name, {
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, { value, writable: true, enumerable, configurable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, { value, writable: true, enumerable, configurable: true });
    },
    enumerable,
    configurable: true,
  });
}

Object.defineProperty(globalThis, 'process', {
  get: () => proc,
  set(value) {
    Object.defineProperty(globalThis, 'process', { value, writable: true, enumerable: false, configurable: true });
  },
  enumerable: false,
  configurable: true,
});
defineGlobal('global', globalThis, true);
const timers = require('timers');
defineGlobal('clearImmediate', timers.clearImmediate, true);
defineGlobal('setImmediate', timers.setImmediate, true);
defineGlobal('clearInterval', timers.clearInterval, true);
defineGlobal('clearTimeout', timers.clearTimeout, true);
defineGlobal('setInterval', timers.setInterval, true);
defineGlobal('setTimeout', timers.setTimeout, true);
defineGlobal('queueMicrotask', queueMicrotask, true);
defineLazyGlobal('console', () => require('internal/console/global'), false);


// Core modules that may be absent while the library is being built up are exposed when present.
const { BuiltinModule } = require('internal/bootstrap/realm');
function exposeIfPresent(id, names, enumerable) {
  if (!BuiltinModule.exists(id)) return;
  for (const name of names) defineLazyGlobal(name, () => require(id)[name], enumerable);
}
exposeIfPresent('internal/structured_clone', ['structuredClone'], true);
exposeIfPresent('buffer', ['atob', 'btoa'], true);
defineLazyGlobal('performance', () => require('internal/perf/performance').performance, true);
exposeIfPresent('internal/fetch', ['fetch'], true);
exposeIfPresent('buffer', ['Buffer', 'Blob', 'File'], false);
exposeIfPresent('internal/url', ['URL', 'URLSearchParams'], false);
exposeIfPresent('internal/encoding', ['TextEncoder', 'TextDecoder'], false);
exposeIfPresent('internal/abort_controller', ['AbortController', 'AbortSignal'], false);
exposeIfPresent('internal/event_target', ['Event', 'EventTarget', 'CustomEvent'], false);
exposeIfPresent('internal/per_context/domexception', ['DOMException'], false);
exposeIfPresent('internal/worker/io', ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel'], false);
exposeIfPresent('internal/crypto/webcrypto', ['crypto'], true);
exposeIfPresent('internal/fetch', ['Headers', 'Request', 'Response', 'FormData'], false);
