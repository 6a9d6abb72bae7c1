"""Times CPython's ast.parse on the files named in argv, for bench/parse.bench.mjs.

Each file is read once, parsed once to warm up, then parsed until both `--min-runs` runs and
`--min-seconds` seconds have passed. Prints JSON: {path: {"runs", "min_ms", "median_ms"}}.
"""
import argparse
import ast
import json
import statistics
import time

parser = argparse.ArgumentParser()
parser.add_argument('--min-runs', type=int, default=5)
parser.add_argument('--min-seconds', type=float, default=1.0)
parser.add_argument('files', nargs='+')
args = parser.parse_args()

out = {}
for path in args.files:
    with open(path, encoding='utf-8') as f:
        source = f.read()
    ast.parse(source, path)
    times = []
    start = time.perf_counter()
    while len(times) < args.min_runs or time.perf_counter() - start < args.min_seconds:
        t0 = time.perf_counter()
        ast.parse(source, path)
        times.append(time.perf_counter() - t0)
    out[path] = {'runs': len(times), 'min_ms': min(times) * 1e3, 'median_ms': statistics.median(times) * 1e3}
print(json.dumps(out))
