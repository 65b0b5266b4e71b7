// os: values agree with what the OS reports (/proc, passwd, env); shapes, env rules and errors match node.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');

const read = (p) => fs.readFileSync(p, 'utf8').trim();
assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.platform(), 'linux');
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.release(), read('/proc/sys/kernel/osrelease'));
assert.strictEqual(os.hostname(), read('/proc/sys/kernel/hostname'));
assert.strictEqual(os.version(), read('/proc/sys/kernel/version'));
assert.strictEqual(os.endianness(), 'LE');
assert.strictEqual(os.devNull, '/dev/null');
assert.strictEqual(os.arch(), process.arch);
assert.ok(os.availableParallelism() >= 1);

const cpus = os.cpus();
assert.ok(cpus.length >= 1);
assert.deepStrictEqual(Object.keys(cpus[0]), ['model', 'speed', 'times']);
assert.deepStrictEqual(Object.keys(cpus[0].times), ['user', 'nice', 'sys', 'idle', 'irq']);

const memTotal = Number(/MemTotal:\s+(\d+)/.exec(read('/proc/meminfo'))[1]) * 1024;
assert.strictEqual(os.totalmem(), memTotal);
assert.ok(os.freemem() > 0 && os.freemem() <= memTotal);
assert.strictEqual(os.loadavg().length, 3);
assert.ok(os.uptime() > 0);

const info = os.userInfo();
assert.deepStrictEqual(Object.keys(info), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(info.uid, process.getuid());
assert.strictEqual(info.gid, process.getgid());

for (const [name, addrs] of Object.entries(os.networkInterfaces())) {
  assert.strictEqual(typeof name, 'string');
  for (const a of addrs) {
    assert.ok(['IPv4', 'IPv6'].includes(a.family));
    assert.strictEqual(typeof a.internal, 'boolean');
    assert.match(a.cidr, /\/\d+$/);
  }
}

// Deterministic parts are printed and compared with node's output.
console.log(JSON.stringify(os.constants.signals), JSON.stringify(os.constants.priority));
console.log(os.constants.errno.ENOENT, os.constants.dlopen.RTLD_LAZY, typeof os.getPriority());
try { os.getPriority(99999999); } catch (e) { console.log(e.name, e.code, e.errno, e.syscall); }
try { os.setPriority(0, 100); } catch (e) { console.log(e.name, e.code, e.message); }
try { os.getPriority('x'); } catch (e) { console.log(e.name, e.code, e.message); }
process.env.TMPDIR = '/foo/bar/'; console.log(os.tmpdir());
process.env.TMPDIR = ''; process.env.TMP = '/x//'; console.log(os.tmpdir());
process.env.TMP = '/'; console.log(os.tmpdir());
console.log(`${os.hostname}` === os.hostname(), Object.keys(os).join());
