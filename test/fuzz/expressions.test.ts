// The differential test of typed expressions (test/support/gen-values.ts) against CPython:
// programs of many `print(repr(<expr>))` statements, each in a try/except printing the exception's
// type and message, over ints (small and huge), bools, floats (signed zeros, infinities, NaN,
// subnormals, rounding boundaries), complex numbers, Unicode strs, bytes, lists, tuples, dicts and
// sets, with operators, comparisons, builtins, methods, slicing, comprehensions and formatting.
// Terrarium must print exactly what python3 prints (see oracle.ts). CI compares a bounded number
// of programs; `npm run fuzz -- --only expressions --runs N --seed S` many more.

import { describe, expect, it } from 'vitest';
import { program } from '../support/gen-values.js';
import { fuzzRuns, fuzzSeed, timeoutFor } from './config.js';
import { describeDifferences, differential } from './oracle.js';

const SEED = fuzzSeed(0xe4a5);
const RUNS = fuzzRuns(500);

describe('typed expressions against CPython', async () => {
  it(`${RUNS} programs: the same reprs and the same exceptions (seed ${SEED})`, { timeout: timeoutFor(RUNS, 100) }, async () => {
    const { programs, differences } = await differential(program, { seed: SEED, runs: RUNS });
    expect(programs).toBe(RUNS);
    expect(describeDifferences(differences)).toBe('');
  });
});
