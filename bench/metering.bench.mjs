// The cost of metering: every program of bench/programs/ under runProgram (dist/index.js) with no
// limits and with every limit set (generous: nothing stops, but every check is live: the
// instruction limit, a 256 MiB heap limit with its reachability passes, output, recursion and a
// timeout with its clock looks), timed with benny in the same process. The two settings alternate
// in rounds (none, all, all, none, ...) so that the machine's drift hits both alike; each round is
// a benny suite of two cases. Prints, per program, the median of each setting and their ratio, and
// the geometric mean of the ratios (the target: at most 1.10). It reports; it never fails.
//
//     node bench/metering.bench.mjs [--filter substring] [--rounds N]

import benny from 'benny';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROGRAMS = join(ROOT, 'bench/programs');
const { runProgram } = await import(join(ROOT, 'dist/index.js'));

const ALL_LIMITS = {
  limits: { instructions: 1e12, heap: 256 * 2 ** 20, output: 2 ** 30, recursion: 100_000, timeout: 1e9 },
  now: () => performance.now(),
};

let filter = '';
let rounds = 3;
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--filter') filter = process.argv[++i] ?? '';
  else if (a === '--rounds') rounds = Math.max(1, Number(process.argv[++i]));
  else {
    console.error(`metering.bench: unknown argument ${a}`);
    process.exit(2);
  }
}

const noop = () => {};
function once(source, path, limited) {
  const r = runProgram(source, { filename: path, stdout: noop, stderr: noop, ...(limited ? ALL_LIMITS : {}) });
  if (r.exitCode !== 0) throw new Error(`${path}: exit code ${r.exitCode}${r.limit ? ` (${r.limit.message})` : ''}`);
  return r;
}

async function round(source, path, order) {
  const times = {};
  let warmed = new Set();
  const summary = await benny.suite(
    path,
    ...order.map((mode) =>
      benny.add(mode, () => {
        // benny calls each case once while setting up; that call is the warm-up.
        if (!warmed.has(mode)) {
          warmed.add(mode);
          return;
        }
        once(source, path, mode === 'all');
      }),
    ),
    benny.configure({ cases: { minSamples: 3, maxTime: 1 } }),
    benny.cycle(() => {}),
    benny.complete(() => {}),
  );
  for (const r of summary.results) times[r.name] = r.details.median * 1e3;
  return times;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const names = readdirSync(PROGRAMS).filter((n) => n.endsWith('.py') && n.includes(filter)).sort();
const ratios = [];
console.log(`program            none (ms)   all limits (ms)   ratio   (medians of ${rounds} alternating rounds)`);
for (const name of names) {
  const path = join(PROGRAMS, name);
  const source = readFileSync(path, 'utf8');
  const a = once(source, path, false);
  const b = once(source, path, true);
  if (a.instructions !== b.instructions) throw new Error(`${name}: instruction counts differ with limits (${a.instructions} vs ${b.instructions})`);
  const none = [];
  const all = [];
  for (let k = 0; k < rounds; k++) {
    const t = await round(source, path, k % 2 === 0 ? ['none', 'all'] : ['all', 'none']);
    none.push(t.none);
    all.push(t.all);
  }
  const ratio = median(all) / median(none);
  ratios.push(ratio);
  console.log(`${name.padEnd(18)} ${median(none).toFixed(0).padStart(9)}   ${median(all).toFixed(0).padStart(15)}   ${ratio.toFixed(3)}`);
}
const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
console.log(`geometric mean of the ratios: ${geo.toFixed(3)} (target: at most 1.10)`);
