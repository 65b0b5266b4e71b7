#!/usr/bin/env python3
"""Start-up time and peak RSS of oxnode vs node, interleaved in one run; prints ratios.

usage: bench/startup.py [--runs N] [OXNODE_BINARY]
"""
import os, resource, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
runs = 30
args = sys.argv[1:]
if args[:1] == ['--runs']:
    runs = int(args[1]); args = args[2:]
oxnode = args[0] if args else os.path.join(HERE, '..', 'target', 'release', 'oxnode')
node = '/usr/bin/node'
env = {k: v for k, v in os.environ.items() if k not in ('NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS')}

def run(binary, script):
    """Wall time (s) and peak RSS (KiB) of one run.

    Peak RSS comes from GNU time in a separate run: ru_maxrss survives execve, so measuring
    from this (large) Python process would report Python's own size for small children."""
    path = os.path.join(HERE, script)
    start = time.perf_counter()
    status = subprocess.call([binary, path], stdout=subprocess.DEVNULL, env=env)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f'{binary} {script} failed with status {status}')
    out = subprocess.run(['/usr/bin/time', '-f', '%M', binary, path], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, env=env, text=True, check=True)
    return elapsed, int(out.stderr.strip().splitlines()[-1])

print(f'# {runs} interleaved runs each; median wall time and median peak RSS')
print(f'{"script":<18} {"oxnode ms":>10} {"node ms":>10} {"time ratio":>11} {"oxnode MiB":>11} {"node MiB":>9} {"rss ratio":>10}')
for script in ('hello.js', 'require-core.js'):
    samples = {oxnode: [], node: []}
    for _ in range(runs):
        for b in (oxnode, node):
            samples[b].append(run(b, script))
    ox_t = statistics.median(s[0] for s in samples[oxnode]) * 1000
    nd_t = statistics.median(s[0] for s in samples[node]) * 1000
    ox_m = statistics.median(s[1] for s in samples[oxnode]) / 1024
    nd_m = statistics.median(s[1] for s in samples[node]) / 1024
    print(f'{script:<18} {ox_t:>10.2f} {nd_t:>10.2f} {ox_t / nd_t:>11.3f} {ox_m:>11.1f} {nd_m:>9.1f} {ox_m / nd_m:>10.3f}')
