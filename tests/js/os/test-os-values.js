// os: every function's value and shape, errors for bad priorities/pids, tmpdir env rules, compared with node on this machine.
'use strict';
const os = require('os');
const cpus = os.cpus();
console.log(JSON.stringify([os.EOL, os.arch(), os.platform(), os.type(), os.release(), os.version(), os.machine(), os.hostname(), os.homedir(), os.tmpdir(), os.endianness(), os.devNull, os.availableParallelism(), cpus.length, cpus[0].model, cpus[0].speed, Object.keys(cpus[0].times)]));
console.log(JSON.stringify(os.userInfo()), JSON.stringify(os.networkInterfaces()), os.totalmem(), typeof os.freemem(), os.loadavg().length, typeof os.uptime());
console.log(JSON.stringify(os.constants), os.getPriority(), os.getPriority(0));
try { os.getPriority(99999999); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.info), e.errno, e.syscall); }
try { os.setPriority(0, 100); } catch (e) { console.log(e.name, e.code, e.message); }
try { os.getPriority('x'); } catch (e) { console.log(e.name, e.code, e.message); }
process.env.TMPDIR = '/foo/bar/'; console.log(os.tmpdir()); process.env.TMPDIR = ''; process.env.TMP = '/x//'; console.log(os.tmpdir()); process.env.TMP = '/';  console.log(os.tmpdir());
console.log(`${os.hostname}` === os.hostname(), Object.keys(os).join());
