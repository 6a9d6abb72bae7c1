// This file is the parser benchmark: end-to-end parse throughput (source text to AST, one thread)
// on the largest files of the local CPython stdlib, measured with benny next to CPython's own
// ast.parse on the same files, and the peak memory of one parse of a generated 10,000-line file.
// It reports; it never fails on a missed target (it is not a test). See bench/README.md.

import benny from 'benny';
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatePython } from './gen-python.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PYTHON = process.env.TERRARIUM_PYTHON ?? 'python3';
/** benchmark.js samples per file; each sample is one parse, as every file takes well over 50 ms. */
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 5);
const LARGEST = 5;
const GENERATED_LINES = 10_000;
const TARGET_LINES_PER_S = 5_000;
const TARGET_PEAK_MB = 100;
const MB = 1024 * 1024;

// The stdlib's own test packages are left out (Lib/test, and tests/ and idle_test/ inside
// packages), and so is site-packages, which is not the stdlib. pydoc_data/topics.py is one
// 750 KB dict of strings, so it is measured but kept out of the targets.
const SKIP_DIRS = new Set(['site-packages', 'test', 'tests', 'idle_test', '__pycache__']);
const EXTRA = 'pydoc_data/topics.py';

// The built library if it exports parse; otherwise the parser alone, bundled here the way
// scripts/build.mjs bundles dist/ (src/index.ts may not export parse yet).
async function loadParser() {
  const dist = join(ROOT, 'dist/index.js');
  if (existsSync(dist)) {
    const lib = await import(pathToFileURL(dist).href);
    if (typeof lib.parse === 'function') return { parse: lib.parse, path: dist, from: 'dist/index.js' };
  }
  const out = join(ROOT, 'node_modules/.cache/terrarium-bench/parse.js');
  await build({
    entryPoints: [join(ROOT, 'src/parser/parse.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const lib = await import(pathToFileURL(out).href);
  return { parse: lib.parse, path: out, from: 'src/parser/parse.ts, bundled by the bench (dist/index.js has no parse export)' };
}

function stdlibFiles() {
  const stdlib = execFileSync(PYTHON, ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.py')) found.push({ path, name: relative(stdlib, path), size: statSync(path).size });
    }
  };
  walk(stdlib);
  found.sort((a, b) => b.size - a.size);
  const largest = found.filter((f) => f.name !== EXTRA).slice(0, LARGEST);
  const extra = found.find((f) => f.name === EXTRA);
  return { stdlib, largest, extra };
}

function countLines(source) {
  return source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
}

function cpythonTimes(paths) {
  const r = spawnSync(PYTHON, [join(ROOT, 'bench/cpython-parse.py'), '--min-runs', String(Math.max(SAMPLES, 5)), ...paths], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`${PYTHON} bench/cpython-parse.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

async function ourTimes(parse, cases) {
  const summary = await benny.suite(
    'parse(): source text -> AST',
    ...cases.map((c) => benny.add(c.name, () => {
      parse(c.source, c.path);
    })),
    benny.configure({ cases: { minSamples: SAMPLES, maxTime: 1 } }),
    benny.cycle((r) => {
      console.log(`  ${r.name}: ${r.samples} samples, median ${fmt(r.details.median * 1e3)} ms`);
    }),
    benny.complete(() => {}),
  );
  return new Map(summary.results.map((r) => [r.name, { min_ms: r.details.min * 1e3, median_ms: r.details.median * 1e3, runs: r.samples }]));
}

function memoryProbe(parserPath, file) {
  const r = spawnSync(process.execPath, ['--expose-gc', join(ROOT, 'bench/parse-memory.mjs'), parserPath, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench/parse-memory.mjs failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function fmt(x, digits = 0) {
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main() {
  const parser = await loadParser();
  const { stdlib, largest, extra } = stdlibFiles();
  const genDir = join(tmpdir(), 'terrarium-bench');
  mkdirSync(genDir, { recursive: true });
  const genPath = join(genDir, `generated-${GENERATED_LINES}.py`);
  writeFileSync(genPath, generatePython(GENERATED_LINES));

  const cases = [...largest, ...(extra ? [extra] : []), { path: genPath, name: `generated ${fmt(GENERATED_LINES)} lines` }].map((f) => {
    const source = readFileSync(f.path, 'utf8');
    return { ...f, source, lines: countLines(source), target: largest.includes(f) };
  });

  console.log(`parser: ${parser.from}`);
  console.log(`stdlib: ${stdlib}`);
  console.log(`node ${process.version}, ${execFileSync(PYTHON, ['-VV'], { encoding: 'utf8' }).trim().split('\n')[0]}`);
  console.log(`cpu: ${cpus()[0]?.model ?? '?'} x${cpus().length}, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log('');

  console.log('CPython ast.parse ...');
  const py = cpythonTimes(cases.map((c) => c.path));
  console.log('');
  const ours = await ourTimes(parser.parse, cases);
  console.log('');
  console.log('Peak memory, fresh process ...');
  const mem = memoryProbe(parser.path, genPath);
  console.log('');

  const rows = cases.map((c) => {
    const o = ours.get(c.name);
    const p = py[c.path];
    return [
      c.name + (c.target ? '' : ' *'),
      fmt(c.lines),
      `${fmt(o.min_ms)} / ${fmt(o.median_ms)}`,
      fmt(c.lines / (o.median_ms / 1e3)),
      `${fmt(p.min_ms, 1)} / ${fmt(p.median_ms, 1)}`,
      fmt(c.lines / (p.median_ms / 1e3)),
      `${fmt(o.median_ms / p.median_ms, 1)}x`,
    ];
  });
  console.log(table(['file', 'lines', 'ours ms (min / median)', 'ours lines/s', 'CPython ms (min / median)', 'CPython lines/s', 'ours / CPython'], rows));
  console.log('lines/s and the ratio use the medians. * not one of the five largest files: informative only.');
  console.log('');

  const slowest = cases
    .filter((c) => c.target)
    .map((c) => ({ name: c.name, rate: c.lines / (ours.get(c.name).median_ms / 1e3) }))
    .sort((a, b) => a.rate - b.rate)[0];
  const peakMb = mem.peakIncrease / MB;
  const verdict = (ok) => (ok ? 'met' : 'MISSED');
  console.log('targets');
  console.log(
    `  throughput on the ${LARGEST} largest stdlib files, >= ${fmt(TARGET_LINES_PER_S)} lines/s: ${verdict(slowest.rate >= TARGET_LINES_PER_S)}` +
      ` (slowest ${slowest.name}, ${fmt(slowest.rate)} lines/s)`,
  );
  console.log(
    `  peak memory on the ${fmt(GENERATED_LINES)}-line file, <= ${TARGET_PEAK_MB} MB extra: ${verdict(peakMb <= TARGET_PEAK_MB)}` +
      ` (${fmt(peakMb, 1)} MB extra peak RSS; cold parse in a fresh process ${fmt(mem.ms)} ms, ${fmt(mem.lines / (mem.ms / 1e3))} lines/s)`,
  );
  console.log(`  peak RSS ${fmt(mem.peakRss / MB, 1)} MB over a ${fmt(mem.baselineRss / MB, 1)} MB baseline; heap used after the parse ${fmt(mem.heapUsedAfter / MB, 1)} MB (MB = 2^20 bytes).`);
}

await main();
