// The cost of an interpreter, for an embedder that makes one per request or per user: how many
// interpreters can be made per second (benny, in-process), and the latency from creating one to
// the first output of `print(1)` (median and p90 of many, warm; target under 1 ms), plus the cold
// start of a fresh process (importing the library, then the first interpreter), and the V8 heap a
// live interpreter holds (in a child with --expose-gc). Pyodide (CPython in WebAssembly) and Monty
// (pydantic's sandboxed interpreter in Rust, @pydantic/monty) are measured the same way in the
// same run when their packages are installed (Pyodide is a dev dependency; Monty: `npm install
// --no-save @pydantic/monty`, see bench/README.md); absent, they are skipped. Nothing is
// downloaded: Pyodide loads the wasm and stdlib its npm package ships. It reports; it never fails.
//
//     node bench/embed.bench.mjs [--samples N] [--cold N] [--only terrarium,terrarium-limits,monty,pyodide]
//
// Each engine, each sample: create an interpreter with a stdout callback, run `print(1)`, note
// the time of the first output. For Terrarium that is `new Interpreter({ os: new MemoryOS({
// stdout }) }).run('print(1)')` (and again with limits: { instructions: 1e6, heap: 64 MiB,
// output: 1e6 }, as an embedder would set them); for Monty `new Monty('print(1)').run({ printCallback })` (a Monty
// object is a parsed program); for Pyodide `await loadPyodide({ stdout })` then
// `runPython('print(1)')`. A Pyodide takes seconds to load, so it gets 1 warm-up and 3 samples
// (its rate is theirs: samples over their time) and 2 cold starts; the others get --samples
// (default 2,000, after up to 500 warm-ups), a benny suite for the rate, and --cold (default 5).

import benny from 'benny';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist/index.js');
const now = () => performance.now();

function parseArgs(argv) {
  const args = { samples: 2000, cold: 5, only: null, child: null, memory: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--samples') args.samples = Math.max(10, Number(argv[++i]));
    else if (a === '--cold') args.cold = Math.max(0, Number(argv[++i]));
    else if (a === '--only') args.only = (argv[++i] ?? '').split(',');
    else if (a === '--child') args.child = argv[++i];
    else if (a === '--memory-child') args.memory = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: node bench/embed.bench.mjs [--samples N] [--cold N] [--only terrarium,terrarium-limits,monty,pyodide]');
      process.exit(0);
    } else {
      console.error(`embed.bench: unknown argument ${a}`);
      process.exit(2);
    }
  }
  return args;
}

function versionOf(pkg) {
  const path = pkg === 'terrarium' ? join(ROOT, 'package.json') : join(ROOT, 'node_modules', pkg, 'package.json');
  try {
    return JSON.parse(readFileSync(path, 'utf8')).version;
  } catch {
    return '?';
  }
}

/**
 * ENGINES: how to load each engine (the import, timed for the cold start) and how to make one
 * interpreter and run print(1) with it, calling `onOutput` at its first output.
 */
const ENGINES = {
  terrarium: {
    label: 'Terrarium',
    pkg: 'terrarium',
    async load() {
      if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run npm run build');
      const { Interpreter, MemoryOS } = await import(pathToFileURL(DIST).href);
      return {
        once(onOutput) {
          new Interpreter({ os: new MemoryOS({ stdout: onOutput }) }).run('print(1)');
        },
        /** bare: the interpreter alone, no run (Terrarium only: the others have no such step). */
        bare() {
          return new Interpreter();
        },
      };
    },
  },
  'terrarium-limits': {
    label: 'Terrarium, limits set',
    pkg: 'terrarium',
    /** The limits an embedder would set: the heap limit adds a measurement when the interpreter is made. */
    async load() {
      const { Interpreter, MemoryOS } = await import(pathToFileURL(DIST).href);
      const limits = { instructions: 1_000_000, heap: 64 * 2 ** 20, output: 1_000_000 };
      return {
        once(onOutput) {
          new Interpreter({ limits, os: new MemoryOS({ stdout: onOutput }) }).run('print(1)');
        },
        noCold: true,
      };
    },
  },
  monty: {
    label: 'Monty',
    pkg: '@pydantic/monty',
    async load() {
      const { Monty } = await import('@pydantic/monty');
      return {
        once(onOutput) {
          new Monty('print(1)').run({ printCallback: (_stream, text) => onOutput(text) });
        },
      };
    },
  },
  pyodide: {
    label: 'Pyodide',
    pkg: 'pyodide',
    async load() {
      const { loadPyodide } = await import('pyodide');
      return {
        async once(onOutput) {
          const py = await loadPyodide({ stdout: onOutput });
          py.runPython('print(1)');
        },
        slow: true,
      };
    },
  },
};

/** firstOutputMs: one sample: ms from creating the interpreter to its first output. */
async function firstOutputMs(engine) {
  let first = -1;
  const t0 = now();
  await engine.once(() => {
    if (first < 0) first = now();
  });
  if (first < 0) throw new Error('no output');
  return first - t0;
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: q(0.5), p90: q(0.9), p99: q(0.99), mean: s.reduce((a, b) => a + b, 0) / s.length, max: s[s.length - 1] };
}

/** child: the cold start, in this fresh process: the import, then the first interpreter. */
async function child(name) {
  const t0 = now();
  const engine = await ENGINES[name].load();
  const importMs = now() - t0;
  const firstMs = await firstOutputMs(engine);
  console.log(JSON.stringify({ importMs, firstMs }));
}

/** memoryChild: the V8 heap a live Terrarium interpreter holds (this process runs with --expose-gc). */
async function memoryChild() {
  const { Interpreter } = await import(pathToFileURL(DIST).href);
  new Interpreter().run('x = 1');
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const live = [];
  for (let i = 0; i < 1000; i++) {
    const py = new Interpreter();
    py.run('x = 1');
    live.push(py);
  }
  globalThis.gc();
  console.log(JSON.stringify({ kb: (process.memoryUsage().heapUsed - before) / live.length / 1024 }));
}

function heapPerInterpreterKb() {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--memory-child'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) return undefined;
  return JSON.parse(r.stdout.trim().split('\n').pop()).kb;
}

function coldStarts(name, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', name], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`cold start of ${name} failed: ${r.stderr.trim().split('\n').pop()}`);
    out.push(JSON.parse(r.stdout.trim().split('\n').pop()));
  }
  return { importMs: stats(out.map((o) => o.importMs)), firstMs: stats(out.map((o) => o.firstMs)) };
}

/** perSecond: benny's ops/s for `fn` (the latency samples before it were its warm-up). */
async function perSecond(label, fn) {
  let ops = 0;
  await benny.suite(
    label,
    benny.add(label, fn),
    benny.configure({ cases: { minSamples: 20, maxTime: 3 } }),
    benny.cycle(() => {}),
    benny.complete((summary) => {
      ops = summary.results[0].ops;
    }),
  );
  return ops;
}

const fmt = (x, digits = 3) => (x === undefined ? '-' : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.child !== null) return child(args.child);
  if (args.memory) return memoryChild();

  console.log(`embed.bench: node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const rows = [];
  for (const [name, spec] of Object.entries(ENGINES)) {
    if (args.only !== null && !args.only.includes(name)) continue;
    let engine;
    try {
      engine = await spec.load();
    } catch (e) {
      const why = e?.code === 'ERR_MODULE_NOT_FOUND' ? `${spec.pkg} is not installed` : String(e?.message ?? e).split('\n')[0];
      console.log(`${spec.label}: skipped (${why})`);
      continue;
    }
    const label = `${spec.label.replace(/^(\w+)/, `$1 ${versionOf(spec.pkg)}`)}`;
    const samples = engine.slow ? Math.min(args.samples, 3) : args.samples;
    // Warm-up (V8's compilers, the engines' caches), then the latency samples.
    for (let i = 0; i < (engine.slow ? 1 : Math.min(500, samples)); i++) await firstOutputMs(engine);
    const lat = [];
    const t0 = now();
    for (let i = 0; i < samples; i++) lat.push(await firstOutputMs(engine));
    const elapsedS = (now() - t0) / 1000;
    const latency = stats(lat);
    // A Pyodide takes seconds to make: its rate comes from the samples (whole runs, back to back).
    const rate = engine.slow ? samples / elapsedS : await perSecond(`${label}: interpreter + print(1)`, () => engine.once(() => {}));
    const bareRate = engine.bare ? await perSecond(`${label}: new Interpreter()`, () => engine.bare()) : undefined;
    let cold;
    try {
      cold = args.cold > 0 && !engine.noCold ? coldStarts(name, engine.slow ? Math.min(args.cold, 2) : args.cold) : undefined;
    } catch (e) {
      console.log(`${spec.label}: cold start not measured (${e.message})`);
    }
    rows.push({ label, latency, rate, bareRate, cold });
    console.log(
      `${label}: first output of print(1) after creating an interpreter: median ${fmt(latency.median)} ms, p90 ${fmt(latency.p90)} ms, p99 ${fmt(latency.p99)} ms, mean ${fmt(latency.mean)} ms (${latency.n} samples); ` +
        `${fmt(rate, rate < 10 ? 2 : 0)} interpreters + print(1) per second${engine.slow ? ' (from the samples)' : ' (benny)'}` +
        (bareRate === undefined ? '' : `, ${fmt(bareRate, 0)} bare new Interpreter() per second`) +
        (cold === undefined ? '' : `; cold (fresh process, median of ${cold.importMs.n}): import ${fmt(cold.importMs.median, 1)} ms, then first output ${fmt(cold.firstMs.median, 1)} ms`),
    );
  }

  console.log('\n| engine | first output of print(1), median | p90 | p99 | interpreters + print(1) per second | cold: import | cold: first output |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.label} | ${fmt(r.latency.median)} ms | ${fmt(r.latency.p90)} ms | ${fmt(r.latency.p99)} ms | ${fmt(r.rate, r.rate < 10 ? 2 : 0)} | ${r.cold ? `${fmt(r.cold.importMs.median, 1)} ms` : '-'} | ${r.cold ? `${fmt(r.cold.firstMs.median, 1)} ms` : '-'} |`,
    );
  }
  const ours = rows.find((r) => r.label.startsWith('Terrarium') && !r.label.includes('limits'));
  const kb = ours ? heapPerInterpreterKb() : undefined;
  if (kb !== undefined) console.log(`\nTerrarium: ${fmt(kb, 1)} KB of V8 heap per live interpreter (1,000 kept, each after a run of 'x = 1')`);
  if (ours) console.log(`\ntarget: Terrarium's median latency under 1 ms: ${ours.latency.median < 1 ? 'met' : 'NOT met'} (${fmt(ours.latency.median)} ms; p90 ${fmt(ours.latency.p90)} ms)`);
}

await main();
