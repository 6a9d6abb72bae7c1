// This file is the VM benchmark: the Python programs in bench/programs/ run under Terrarium's
// runProgram (from dist/index.js), timed with benny in-process, next to the same programs under
// CPython (bench/cpython-run.py, also in-process) in the same run. Each program's output must
// equal CPython's before it is timed. It reports; it never fails on a slow or failing program (it
// is not a test). See bench/README.md.
//
//     node bench/vm.bench.mjs [--filter substring]

import benny from 'benny';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROGRAMS = join(ROOT, 'bench/programs');
const PYTHON = process.env.TERRARIUM_PYTHON ?? 'python3';
/**
 * ROUNDS: each program is measured in this many rounds, each a CPython process and then a fresh
 * node process for Terrarium, and the samples of all rounds are pooled: both sides see the
 * machine in the same states, and one node process whose code came out slow (V8's optimizing is
 * not the same in every process) moves the median of the pool less. See bench/README.md.
 */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
/** At most this many benny samples per program and round (fewer when a run is slow, see samplesFor). */
const SAMPLES = Math.max(1, Number(process.env.BENCH_SAMPLES ?? 5));
/** Seconds of timed runs to spend on one program, at most (the correctness run comes on top). */
const BUDGET_S = Number(process.env.BENCH_BUDGET ?? 8);
/** Untimed warm-up runs after the correctness run: at most this many, and at most WARMUP_S seconds. */
const WARMUP_RUNS = Number(process.env.BENCH_WARMUP ?? 3);
const WARMUP_S = 4;
/** benny's maxTime: once minSamples are in, stop sampling after this many seconds. */
const MAX_TIME_S = 1;
/**
 * BENCH_LIMITS=1: run Terrarium with every limit set (generous: nothing stops, but every check is
 * live: the instruction limit, a 256 MiB heap limit with its reachability passes, output,
 * recursion and a timeout) to measure what metering costs against a run with none.
 */
const LIMITS = process.env.BENCH_LIMITS === '1'
  ? { limits: { instructions: 1e12, heap: 256 * 2 ** 20, output: 2 ** 30, recursion: 100_000, timeout: 1e9 }, now: () => performance.now() }
  : {};
/** Loads runProgram from this module instead of dist/index.js (to test the bench itself). */
const MODULE = process.env.BENCH_VM_MODULE ? resolve(process.env.BENCH_VM_MODULE) : join(ROOT, 'dist/index.js');

function parseArgs(argv) {
  let filter = '';
  let shared = false;
  let worker = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--filter') filter = argv[++i] ?? '';
    else if (arg.startsWith('--filter=')) filter = arg.slice('--filter='.length);
    else if (arg === '--shared') shared = true;
    else if (arg === '--worker') worker = argv[++i] ?? '';
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node bench/vm.bench.mjs [--filter substring] [--shared]');
      process.exit(0);
    } else {
      console.error(`vm.bench: unknown argument ${arg}`);
      process.exit(2);
    }
  }
  return { filter, shared, worker };
}

// runProgram(source, { filename, stdout, stderr }) -> { exitCode, instructions, heapBytes }, or
// the reason it cannot be had: every program is then reported as FAILED, and CPython still runs.
async function loadRunProgram() {
  if (!existsSync(MODULE)) return { error: `${MODULE} not found (run npm run build)` };
  try {
    const lib = await import(pathToFileURL(MODULE).href);
    if (typeof lib.runProgram !== 'function') return { error: `${basename(MODULE)} does not export runProgram` };
    return { runProgram: lib.runProgram };
  } catch (e) {
    return { error: `importing ${MODULE} failed: ${firstLine(e)}` };
  }
}

function cpythonTimes(paths) {
  const r = spawnSync(PYTHON, [join(ROOT, 'bench/cpython-run.py'), '--min-runs', String(Math.max(SAMPLES, 5)), ...paths], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`${PYTHON} bench/cpython-run.py failed (${r.status ?? r.signal}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function firstLine(e) {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.split('\n')[0].slice(0, 300);
}

function lastLines(text, n = 3) {
  return text.trimEnd().split('\n').slice(-n).join(' | ').slice(0, 300);
}

// One run that keeps the output, compared with CPython's. Its wall time decides how many timed
// samples the program gets.
function checkRun(runProgram, c) {
  let out = '';
  let err = '';
  let result;
  const t0 = performance.now();
  try {
    result = runProgram(c.source, {
      ...LIMITS,
      filename: c.path,
      stdout: (text) => {
        out += text;
      },
      stderr: (text) => {
        err += text;
      },
    });
  } catch (e) {
    return { error: `runProgram threw ${firstLine(e)}` };
  }
  const ms = performance.now() - t0;
  if (!result || typeof result.exitCode !== 'number') return { error: `runProgram returned ${JSON.stringify(result)}` };
  if (result.exitCode !== 0) return { error: `exit code ${result.exitCode}${err ? `: ${lastLines(err)}` : ''}` };
  if (out !== c.expected) {
    const ours = out.split('\n');
    const theirs = c.expected.split('\n');
    let i = 0;
    while (i < ours.length && ours[i] === theirs[i]) i++;
    const show = (s) => JSON.stringify((s ?? '<missing>').slice(0, 160));
    return { error: `output differs at line ${i + 1}: ours ${show(ours[i])}, CPython ${show(theirs[i])}` };
  }
  return { ms, instructions: result.instructions, heapBytes: result.heapBytes };
}

// benchmark.js runs each sample twice when a run is slower than its minTime (50 ms): an untimed
// pretest, then the timed run. So a sample costs about 2 runs; take as many as fit the budget,
// up to SAMPLES. Zero means one run alone blows the budget: the correctness run is reported.
function samplesFor(ms) {
  return Math.min(SAMPLES, Math.floor((BUDGET_S * 1e3) / (2 * ms)));
}

async function timeOurs(runProgram, c, samples) {
  const noop = () => {};
  const options = { filename: c.path, stdout: noop, stderr: noop, ...LIMITS };
  // benny calls a case's function once while setting the suite up, to see what it returns; that
  // call is skipped here, as the correctness run has already warmed up.
  let prepared = false;
  const summary = await benny.suite(
    `runProgram: ${c.name}`,
    benny.add(c.name, () => {
      if (!prepared) {
        prepared = true;
        return;
      }
      const r = runProgram(c.source, options);
      if (r.exitCode !== 0) throw new Error(`exit code ${r.exitCode} in a timed run`);
    }),
    benny.configure({ cases: { minSamples: samples, maxTime: MAX_TIME_S } }),
    benny.cycle(() => {}),
    benny.complete(() => {}),
  );
  const r = summary.results[0];
  if (!r || !r.details || !Number.isFinite(r.details.median)) throw new Error('benny returned no samples');
  return { min_ms: r.details.min * 1e3, median_ms: r.details.median * 1e3, runs: r.samples, samples_ms: r.details.sampleResults.map((x) => x * 1e3) };
}

/** pool: the samples of several rounds (each result's `key` array of ms) as one { min_ms, median_ms, runs }. */
function pool(rounds, key) {
  const all = rounds.flatMap((r) => r[key]).sort((a, b) => a - b);
  const mid = all.length >> 1;
  const median = all.length % 2 ? all[mid] : (all[mid - 1] + all[mid]) / 2;
  return { min_ms: all[0], median_ms: median, runs: all.length };
}

function fmt(x, digits = 0) {
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function fmtMs(ms) {
  return fmt(ms, ms < 100 ? 1 : 0);
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * warmUp: untimed runs after the correctness run, until WARMUP_RUNS runs or WARMUP_S seconds, as
 * pyperf discards its warm-up values: V8 optimizes the eval loop over the first few runs of a
 * program (the first run is reported separately). Returns the last run's ms.
 */
function warmUp(runProgram, c, firstMs) {
  const noop = () => {};
  const options = { filename: c.path, stdout: noop, stderr: noop, ...LIMITS };
  let spent = firstMs;
  let last = firstMs;
  for (let i = 0; i < WARMUP_RUNS && spent < WARMUP_S * 1e3; i++) {
    const t0 = performance.now();
    runProgram(c.source, options);
    last = performance.now() - t0;
    spent += last;
  }
  return last;
}

/** measure: the correctness run, warm-up runs, then the timed runs, of one program; a result or { error }. */
async function measure(vm, c) {
  const check = checkRun(vm.runProgram, c);
  if (check.error) return check;
  check.first_ms = check.ms;
  check.ms = warmUp(vm.runProgram, c, check.ms);
  const samples = samplesFor(check.ms);
  if (samples < 1) return { ...check, min_ms: check.ms, median_ms: check.ms, runs: 1, samples_ms: [check.ms], cold: true };
  try {
    return { ...check, ...(await timeOurs(vm.runProgram, c, samples)) };
  } catch (e) {
    return { error: `timed run failed: ${firstLine(e)}` };
  }
}

/**
 * measureIsolated: measure() in a fresh node process (this file with --worker), so that the type
 * feedback V8 gathered on the programs before does not shape the code this one runs on. The case
 * (with CPython's expected output) goes in on stdin; the result comes back as JSON.
 */
function measureIsolated(c) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--worker', c.name], {
    input: JSON.stringify(c),
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: process.env,
  });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last);
  } catch {
    return { error: `worker failed (${r.status ?? r.signal}): ${lastLines(r.stderr || r.stdout)}` };
  }
}

async function worker() {
  const c = JSON.parse(readFileSync(0, 'utf8'));
  const vm = await loadRunProgram();
  const result = vm.error ? { error: vm.error } : await measure(vm, c);
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
}

async function main() {
  const { filter, shared, worker: workerName } = parseArgs(process.argv.slice(2));
  if (workerName !== null) return worker();
  const files = readdirSync(PROGRAMS)
    .filter((f) => f.endsWith('.py') && f.slice(0, -3).includes(filter))
    .sort();
  if (files.length === 0) {
    console.error(`vm.bench: no program in bench/programs matches ${JSON.stringify(filter)}`);
    process.exit(1);
  }
  const cases = files.map((f) => {
    const path = join(PROGRAMS, f);
    return { name: f.slice(0, -3), path, source: readFileSync(path, 'utf8') };
  });

  const vm = await loadRunProgram();
  console.log(`terrarium: ${vm.error ? `unavailable: ${vm.error}` : MODULE}`);
  console.log(`node ${process.version}, ${execFileSync(PYTHON, ['-VV'], { encoding: 'utf8' }).trim().split('\n')[0]}`);
  console.log(`cpu: ${cpus()[0]?.model ?? '?'} x${cpus().length}, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log(`programs: ${cases.map((c) => c.name).join(' ')}`);
  console.log('');

  console.log(`${ROUNDS} round${ROUNDS === 1 ? '' : 's'} per program: CPython (in-process exec), then Terrarium ${shared ? '(all programs in this process, --shared)' : '(a fresh node process)'} ...`);
  const py = {};
  const results = new Map();
  for (const c of cases) {
    const ours = [];
    const theirs = [];
    for (let round = 0; round < ROUNDS; round++) {
      const p = cpythonTimes([c.path])[c.name];
      if (round === 0) c.expected = p.output;
      theirs.push(p);
      if (vm.error) break;
      const result = shared ? await measure(vm, c) : measureIsolated(c);
      ours.push(result);
      if (result.error) break;
    }
    py[c.name] = pool(theirs, 'times_ms');
    const failure = vm.error ? { error: vm.error } : ours.find((r) => r.error);
    if (failure) {
      results.set(c.name, failure);
      console.log(`  ${c.name}: FAILED: ${failure.error}`);
      continue;
    }
    const result = { ...pool(ours, 'samples_ms'), first_ms: ours[0].first_ms, instructions: ours[0].instructions, cold: ours.some((r) => r.cold) };
    results.set(c.name, result);
    const n = result.runs;
    console.log(`  ${c.name}: ${n} sample${n === 1 ? '' : 's'}${result.cold ? ' (correctness runs only: one run exceeds the budget)' : ''}, median ${fmtMs(result.median_ms)} ms; CPython ${py[c.name].runs} runs, median ${fmtMs(py[c.name].median_ms)} ms`);
  }
  console.log('');

  const ratios = [];
  const minRatios = [];
  const failed = [];
  const rows = cases.map((c) => {
    const o = results.get(c.name);
    const p = py[c.name];
    if (o.error) {
      failed.push([c.name, o.error]);
      return [c.name, 'FAILED', '', '', fmtMs(p.median_ms), '', '', '', ''];
    }
    const ratio = o.median_ms / p.median_ms;
    ratios.push(ratio);
    minRatios.push(o.min_ms / p.min_ms);
    return [
      c.name + (o.cold ? ' +' : ''),
      `${fmtMs(o.min_ms)} / ${fmtMs(o.median_ms)}`,
      String(o.runs),
      typeof o.first_ms === 'number' ? fmtMs(o.first_ms) : '?',
      fmtMs(p.median_ms),
      `${fmt(ratio, 1)}x`,
      `${fmt(o.min_ms / p.min_ms, 1)}x`,
      typeof o.instructions === 'number' ? fmt(o.instructions) : '?',
      typeof o.instructions === 'number' ? fmt(o.instructions / (o.median_ms * 1e3), 1) : '?',
    ];
  });
  console.log(table(['program', 'Terrarium ms (min / median)', 'samples', 'first run ms', 'CPython ms (median)', 'ratio of medians', 'ratio of minimums', 'instructions', 'M instr/s'], rows));
  console.log(`Both sides pool ${ROUNDS} round${ROUNDS === 1 ? '' : 's'} (a CPython process, then a node process). CPython ms: in-process runs after a`);
  console.log('warm-up run (compile excluded). Terrarium ms: benny samples after the correctness run and up to');
  console.log(`${WARMUP_RUNS} warm-up runs (code cached by source, so no parse); "first run" is the first round's correctness run: parse,`);
  console.log('compile and a cold JIT included. Ratios: ours over CPython, medians and minimums.');
  if ([...results.values()].some((r) => r.cold)) {
    console.log('+ one cold run only (the correctness run): a single run takes over half of BENCH_BUDGET.');
  }
  console.log('');
  if (ratios.length > 0) {
    const geomean = (xs) => Math.exp(xs.reduce((s, r) => s + Math.log(r), 0) / xs.length);
    console.log(`geometric mean of Terrarium / CPython over ${ratios.length} of ${cases.length} programs: ${fmt(geomean(ratios), 1)}x (medians), ${fmt(geomean(minRatios), 1)}x (minimums)`);
  } else {
    console.log(`geometric mean: none (no program ran under Terrarium)`);
  }
  if (vm.error) {
    console.log('');
    console.log(`FAILED (all ${cases.length}): ${vm.error}`);
  } else if (failed.length > 0) {
    console.log('');
    console.log(`FAILED (${failed.length}):`);
    for (const [name, why] of failed) console.log(`  ${name}: ${why}`);
  }
}

await main();
