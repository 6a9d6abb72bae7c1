import fc from 'fast-check';
import { it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { program } from './exactness.test.js';
type Api = typeof import('../../src/index.js');
const { runProgram } = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;

it('scratch', () => {
  const n = Number(process.env.N ?? 100);
  const srcs = fc.sample(program, { seed: Number(process.env.SEED ?? 1), numRuns: n });
  mkdirSync('/tmp/exact/progs', { recursive: true });
  const out: unknown[] = [];
  let t0 = performance.now();
  srcs.forEach((s, i) => {
    let stdout = '', stderr = '';
    const t = performance.now();
    const r = runProgram(s, { filename: 'p.py', stdout: (x) => (stdout += x), stderr: (x) => (stderr += x), limits: { instructions: 2_000_000 } });
    writeFileSync(`/tmp/exact/progs/p${i}.py`, s);
    out.push({ i, exit: r.exitCode, instr: r.instructions, live: r.stats.heapLive, alloc: r.stats.heapAllocated, ms: Math.round(performance.now() - t), stdout, stderr, lines: s.split('\n').length });
  });
  writeFileSync('/tmp/exact/results.json', JSON.stringify(out));
  console.log('total ms', performance.now() - t0);
});
