// The differential runner: generated programs (test/support/gen-programs.ts) run in Terrarium and
// in CPython, in batches (one python3 process per batch, each program in a fresh namespace there;
// a fresh interpreter each here), comparing stdout and the type of the exception that ended each
// program. A difference is a bug; its program is printed in full so it can become a regression
// test. Seeded like the other properties: TERRARIUM_FC_SEED=<seed> explores other programs.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertySeed } from '../parser/support/seed.js';
import { PYTHON } from '../support/python.js';
import { ROOT } from '../support/build.js';
import { program } from '../support/gen-programs.js';

type Api = typeof import('../../src/index.js');
const { runProgram } = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;

const SEED = propertySeed(0xd1ff);
const BATCHES = 3;
const PER_BATCH = 40;

interface Outcome {
  stdout: string;
  error: string | null;
}

function cpython(sources: string[]): Outcome[] {
  const r = spawnSync(PYTHON, [join(ROOT, 'test/fuzz/batch_runner.py')], { input: JSON.stringify(sources), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Outcome[];
}

function terrarium(source: string): Outcome {
  let stdout = '';
  let stderr = '';
  const r = runProgram(source, { filename: '<generated>', stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), limits: { instructions: 50_000_000 } });
  if (r.exitCode === 0) return { stdout, error: null };
  const last = stderr.trimEnd().split('\n').pop() ?? '';
  return { stdout, error: r.limit !== null ? `limit: ${r.limit.limit}` : last.split(':')[0]!.trim() };
}

describe('generated programs against CPython', () => {
  for (let batch = 0; batch < BATCHES; batch++) {
    it(`batch ${batch + 1} of ${PER_BATCH} programs: the same stdout and the same exception`, () => {
      const sources = fc.sample(program, { seed: SEED + batch, numRuns: PER_BATCH });
      const expected = cpython(sources);
      const differences: string[] = [];
      sources.forEach((source, i) => {
        const got = terrarium(source);
        if (got.stdout !== expected[i]!.stdout || got.error !== expected[i]!.error) {
          differences.push(`program ${i}:\n${source}\n-- python3: ${JSON.stringify(expected[i])}\n-- terrarium: ${JSON.stringify(got)}`);
        }
      });
      expect(differences.slice(0, 3).join('\n\n')).toBe('');
    });
  }
});
