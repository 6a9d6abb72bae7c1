"""Times the benchmark programs under CPython, in-process, for bench/vm.bench.mjs.

Each program named in argv is read and compiled once, then executed with `exec` in fresh globals
(`__name__ == '__main__'`) with sys.stdout redirected to an io.StringIO: one warm-up run, then
timed runs (time.perf_counter, compile time excluded) until both `--min-runs` runs and
`--min-seconds` seconds have passed. Prints JSON:
{name: {"median_ms", "min_ms", "runs", "times_ms", "output"}}, where name is the file name without
`.py`, times_ms the timed runs and output what the warm-up run printed.

    python3 bench/cpython-run.py bench/programs/*.py
"""
import argparse
import io
import json
import os
import statistics
import sys
import time

parser = argparse.ArgumentParser()
parser.add_argument('--min-runs', type=int, default=5)
parser.add_argument('--min-seconds', type=float, default=1.0)
parser.add_argument('programs', nargs='+')
args = parser.parse_args()


def run_once(code, path):
    env = {'__name__': '__main__', '__file__': path, '__builtins__': __builtins__}
    out = io.StringIO()
    saved = sys.stdout
    sys.stdout = out
    try:
        t0 = time.perf_counter()
        exec(code, env)
        elapsed = time.perf_counter() - t0
    finally:
        sys.stdout = saved
    return elapsed, out.getvalue()


results = {}
for path in args.programs:
    name = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding='utf-8') as f:
        source = f.read()
    code = compile(source, path, 'exec')
    _, output = run_once(code, path)
    times = []
    start = time.perf_counter()
    while len(times) < args.min_runs or time.perf_counter() - start < args.min_seconds:
        elapsed, again = run_once(code, path)
        if again != output:
            sys.exit(f'{path}: output differs between runs (not deterministic):\n{output!r}\n{again!r}')
        times.append(elapsed)
    results[name] = {
        'median_ms': statistics.median(times) * 1e3,
        'min_ms': min(times) * 1e3,
        'runs': len(times),
        'times_ms': [t * 1e3 for t in times],
        'output': output,
    }
print(json.dumps(results, indent=1))
