// The differential oracle: programs run in Terrarium (a fresh interpreter each) and in CPython (in
// batches: one python3 process per batch, each program in a fresh namespace there, see
// batch_runner.py), comparing stdout and the type of the exception that ended each program.
//
// `differential` samples programs from an arbitrary through a fast-check property whose predicate
// is "Terrarium agrees with python3 on this program"; the batch run only finds which programs
// differ. A difference found at sample i is then shrunk by fast-check itself: `fc.check` with the
// same seed and `path: "i"` replays exactly that program (sampling a property and checking it draw
// the same values) and shrinks it, running the predicate (one python3 process per candidate) on
// each smaller program. The shrunk program is what becomes a regression test.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { PYTHON } from '../support/python.js';
import { ROOT } from '../support/build.js';
import { turn } from './config.js';

type Api = typeof import('../../src/index.js');
const { runProgram, MemoryOS } = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;

/** Outcome: what a program printed, and the name of the exception that ended it (null: none). */
export interface Outcome {
  stdout: string;
  error: string | null;
}

/**
 * cpython: runs `sources` in one python3 process, each in a fresh __main__ namespace, with
 * test/fuzz/<runner> (batch_runner.py; fs_batch_runner.py also gives each its own temporary
 * working directory).
 */
export function cpython(sources: readonly string[], runner = 'batch_runner.py'): Outcome[] {
  const r = spawnSync(PYTHON, [join(ROOT, 'test/fuzz', runner)], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: 600_000,
  });
  if (r.status !== 0) {
    const how = r.signal !== null ? `killed by ${r.signal}${r.error !== undefined ? ` (${r.error.message})` : ''}` : `status ${r.status}`;
    throw new Error(`python3 failed on a batch of ${sources.length} programs (${how}): ${r.stderr.slice(-2000)}`);
  }
  return JSON.parse(r.stdout) as Outcome[];
}

/**
 * terrarium: runs `source` in a fresh interpreter (in-memory world, its working directory `cwd`,
 * made empty, when given; 50 million instructions and a 256 MiB heap at most). A JavaScript error
 * escaping runProgram is reported as the error `JS:<message>`, which no CPython outcome can equal.
 */
export function terrarium(source: string, cwd?: string): Outcome {
  let stdout = '';
  let stderr = '';
  try {
    const write = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
    const r = runProgram(source, {
      filename: '<generated>',
      ...(cwd === undefined ? write : { os: new MemoryOS({ cwd, ...write }) }),
      // A generated program needing more is a generator bug; without the heap limit it would
      // take the test process's memory with it (a campaign once died of it).
      limits: { instructions: 50_000_000, heap: 256 * 2 ** 20 },
    });
    if (r.exitCode === 0) return { stdout, error: null };
    if (r.limit !== null) return { stdout, error: `limit: ${r.limit.limit}` };
    const last = stderr.trimEnd().split('\n').pop() ?? '';
    return { stdout, error: last.split(':')[0]!.trim() };
  } catch (e) {
    return { stdout, error: `JS:${e instanceof Error ? e.message : String(e)}` };
  }
}

export const same = (a: Outcome, b: Outcome): boolean => a.stdout === b.stdout && a.error === b.error;

/** Difference: a program on which Terrarium and python3 disagree, and its shrunk form. */
export interface Difference {
  index: number;
  source: string;
  expected: Outcome;
  got: Outcome;
  /** shrunk: the smallest disagreeing program fast-check found from this one. */
  shrunk: string;
}

export interface DifferentialOptions {
  seed: number;
  /** runs: programs to compare. */
  runs: number;
  /** batch: programs per python3 process (default 250). */
  batch?: number;
  /** shrinkAtMost: differences to shrink (default 3; each shrink runs python3 per candidate). */
  shrinkAtMost?: number;
}

export interface DifferentialResult {
  programs: number;
  differences: Difference[];
}

/**
 * differential: compares `runs` programs drawn from `arb`; see the top of the file. Asynchronous
 * only to let the event loop turn between programs: a campaign runs for minutes.
 */
export async function differential(arb: fc.Arbitrary<string>, options: DifferentialOptions): Promise<DifferentialResult> {
  const { seed, runs } = options;
  const batch = options.batch ?? 250;
  const agrees = fc.asyncProperty(arb, async (source) => {
    await turn();
    return same(terrarium(source), cpython([source])[0]!);
  });
  const sources = fc.sample(agrees, { seed, numRuns: runs }).map(([s]) => s);
  const differences: Difference[] = [];
  for (let start = 0; start < sources.length; start += batch) {
    const chunk = sources.slice(start, start + batch);
    const expected = cpython(chunk);
    for (let j = 0; j < chunk.length; j++) {
      if (j % 10 === 0) await turn();
      const got = terrarium(chunk[j]!);
      if (!same(got, expected[j]!)) differences.push({ index: start + j, source: chunk[j]!, expected: expected[j]!, got, shrunk: chunk[j]! });
    }
  }
  for (const d of differences.slice(0, options.shrinkAtMost ?? 3)) {
    const r = await fc.check(agrees, { seed, path: String(d.index) });
    if (r.failed && r.counterexample !== null) d.shrunk = r.counterexample[0];
  }
  return { programs: sources.length, differences };
}

/** describeDifferences: a readable account of the first differences (for a failing expect). */
export function describeDifferences(differences: readonly Difference[], atMost = 3): string {
  return differences
    .slice(0, atMost)
    .map((d) => {
      const shrunk = d.shrunk === d.source ? '' : `\n-- shrunk to:\n${d.shrunk}\n-- python3: ${JSON.stringify(cpython([d.shrunk])[0])}\n-- terrarium: ${JSON.stringify(terrarium(d.shrunk))}`;
      return `program ${d.index}:\n${d.source}\n-- python3: ${JSON.stringify(d.expected)}\n-- terrarium: ${JSON.stringify(d.got)}${shrunk}`;
    })
    .join('\n\n');
}
