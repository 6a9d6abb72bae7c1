// Exactness of the limits over generated programs (fast-check): under an instruction limit N a run
// executes exactly min(N, needed) instructions, stops with the limit (exit code 3) and a prefix of
// the unlimited run's output when N < needed, and completes as the unlimited run did otherwise;
// under a heap limit H a stop names H and the figure that would have crossed it, a run that
// completes behaves as the unlimited run, and the heap figures never exceed H; a limit below what
// the interpreter itself needs stops before the first instruction; the same program under the
// same limits gives the same figures every time.
//
// The programs are valid by construction and end on their own: typed global variables (ints kept
// below a modulus, strings and lists that grow by bounded pieces so the heap grows with the
// iterations), bounded for and while loops with break and continue, if/elif/else, functions
// mutating globals, bounded recursion, generators, a class and a subclass with super(), closures,
// comprehensions, try/except/else/finally around statements that raise, big ints, and prints.
// Seeded like the parser's property tests: TERRARIUM_FC_SEED=<seed> explores other programs.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertySeed } from '../parser/support/seed.js';
import { program } from '../support/gen-programs.js';

type Api = typeof import('../../src/index.js');
const { runProgram } = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;

const SEED = propertySeed(0x3e7ac7);

// ------------------------------------------------------------------------------------------------
// Running

interface Run {
  exitCode: number;
  instructions: number;
  limit: { limit: string; value: number; max: number; message: string } | null;
  heapLive: number;
  heapPeak: number;
  heapAllocated: number;
  allocations: number;
  outputBytes: number;
  stdout: string;
  stderr: string;
}

function go(source: string, limits: { instructions?: number; heap?: number } = {}): Run {
  let stdout = '';
  let stderr = '';
  const r = runProgram(source, { filename: 'exact.py', limits, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  expect(r.stats.instructions).toBe(r.instructions);
  const { heapLive, heapPeak, heapAllocated, allocations, outputBytes } = r.stats;
  return { exitCode: r.exitCode, instructions: r.instructions, limit: r.limit, heapLive, heapPeak, heapAllocated, allocations, outputBytes, stdout, stderr };
}

/** BUDGET: programs needing more instructions than this are skipped (they would make the file slow). */
const BUDGET = 400_000;

/**
 * unlimited: the reference run of a generated program (under BUDGET instructions: a program needing
 * more is skipped), which must complete cleanly; its figures are those of a run without limits.
 */
function unlimited(source: string): Run {
  const r = go(source, { instructions: BUDGET });
  fc.pre(r.limit === null);
  expect(r.stderr, `the generated program failed:\n${source}`).toBe('');
  expect(r.exitCode).toBe(0);
  return r;
}

// ------------------------------------------------------------------------------------------------
// The properties

/** fractions: where, between 0 and a little past the end, the limits of a property fall. */
const fractions = fc.array(fc.double({ min: 0, max: 1.2, noNaN: true }), { minLength: 2, maxLength: 4 });

/** EMPTY: an empty program: its live heap is the interpreter's own modules. */
const EMPTY = go('');

describe('limits are exact on generated programs', () => {
  it('an instruction limit N stops after exactly min(N, needed) instructions', () => {
    fc.assert(
      fc.property(program, fractions, (source, fs) => {
        unlimited(source);
        const free = go(source);
        const needed = free.instructions;
        const ns = new Set([0, 1, needed - 1, needed, needed + 1, ...fs.map((f) => Math.floor(f * needed))].filter((n) => n >= 0));
        for (const n of ns) {
          const r = go(source, { instructions: n });
          const at = `N = ${n}, needed ${needed}`;
          expect(r.instructions, at).toBe(Math.min(n, needed));
          if (n < needed) {
            expect(r.exitCode, at).toBe(3);
            expect(r.limit, at).toMatchObject({ limit: 'instructions', value: n, max: n });
            expect(free.stdout.startsWith(r.stdout), at).toBe(true);
            expect(r.stderr, at).toBe('');
            expect(r.heapAllocated, at).toBeLessThanOrEqual(free.heapAllocated);
          } else {
            expect(r.limit, at).toBeNull();
            expect(r.exitCode, at).toBe(free.exitCode);
            expect(r.stdout, at).toBe(free.stdout);
            expect(r.stderr, at).toBe(free.stderr);
            expect([r.heapLive, r.heapAllocated, r.allocations, r.outputBytes], at).toEqual([free.heapLive, free.heapAllocated, free.allocations, free.outputBytes]);
          }
        }
      }),
      { seed: SEED, numRuns: 90 },
    );
  });

  it('under a heap limit H a stop names H and a figure past it, a run within it behaves as without it', () => {
    fc.assert(
      fc.property(program, fractions, (source, fs) => {
        const free = unlimited(source);
        // From what the interpreter itself needs (below it, nothing runs: see the test below) to
        // well past the end figure of the run.
        const lo = EMPTY.heapLive;
        const hi = Math.ceil(free.heapLive * 1.5);
        const hs = new Set([lo, EMPTY.heapLive, free.heapLive - 1, free.heapLive, ...fs.map((f) => Math.floor(lo + (f / 1.2) * (hi - lo)))]);
        for (const h of hs) {
          const r = go(source, { heap: h });
          const at = `H = ${h}: ${JSON.stringify({ ...r, stdout: undefined })}`;
          expect(r.heapPeak, at).toBeLessThanOrEqual(h);
          expect(r.heapLive, at).toBeLessThanOrEqual(h);
          expect(r.instructions, at).toBeLessThanOrEqual(free.instructions);
          if (r.limit !== null) {
            expect(r.exitCode, at).toBe(3);
            expect(r.limit.limit, at).toBe('heap');
            expect(r.limit.max, at).toBe(h);
            expect(r.limit.value, at).toBeGreaterThan(h);
            expect(free.stdout.startsWith(r.stdout), at).toBe(true);
            expect(r.stderr, at).toBe('');
          } else {
            expect(r.exitCode, at).toBe(free.exitCode);
            expect(r.stdout, at).toBe(free.stdout);
            expect(r.stderr, at).toBe(free.stderr);
            expect([r.instructions, r.heapLive, r.heapAllocated], at).toEqual([free.instructions, free.heapLive, free.heapAllocated]);
          }
        }
      }),
      { seed: SEED, numRuns: 90 },
    );
  });

  it('a heap limit below what the interpreter itself needs stops the run before its first instruction', () => {
    for (const h of [0, 1, 2359, 3712, 6887, EMPTY.heapLive - 1]) {
      const r = go('print(1)\n', { heap: h });
      expect([r.exitCode, r.instructions, r.stdout, r.limit?.limit, r.limit?.max]).toEqual([3, 0, '', 'heap', h]);
    }
    const r = go('print(1)\n', { heap: EMPTY.heapLive + 2000 });
    expect([r.exitCode, r.stdout]).toEqual([0, '1\n']);
  });

  it('the same program under the same limits gives the same figures every time', () => {
    fc.assert(
      fc.property(program, fc.double({ min: 0, max: 1.2, noNaN: true }), fc.double({ min: 0.8, max: 1.5, noNaN: true }), fc.nat(2), (source, fi, fh, which) => {
        const free = unlimited(source);
        const instructions = Math.floor(fi * free.instructions);
        const heap = Math.floor(fh * free.heapLive);
        const limits = [{ instructions }, { heap }, { instructions, heap }][which]!;
        const a = go(source, limits);
        const b = go(source, limits);
        expect(b).toEqual(a);
      }),
      { seed: SEED, numRuns: 30 },
    );
  });
});
