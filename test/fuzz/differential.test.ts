// The differential runner over whole generated programs (test/support/gen-programs.ts): see
// oracle.ts. CI compares a bounded number; `npm run fuzz` many more. A difference fails the test
// with the program, its shrunk form, and both outcomes, to become a regression test.
//
// Two generators: `program` (typed globals, loops, functions, a class, generators, try/except,
// also used by the limits' exactness tests) and `richProgram` (the same, with features over the
// data model and the statements: dunder methods, builtin subclasses, context managers, multiple
// inheritance, generators driven by send/throw/close, signatures called rightly and wrongly,
// try/finally control flow, match statements, unpacking, walrus...).

import { describe, expect, it } from 'vitest';
import { program, richProgram } from '../support/gen-programs.js';
import { fuzzRuns, fuzzSeed, timeoutFor } from './config.js';
import { describeDifferences, differential } from './oracle.js';

const SEED = fuzzSeed(0xd1ff);
const RUNS = fuzzRuns(80);
const RICH_SEED = fuzzSeed(0x51c4);
const RICH_RUNS = fuzzRuns(50);

describe('generated programs against CPython', async () => {
  it(`${RUNS} programs: the same stdout and the same exception (seed ${SEED})`, { timeout: timeoutFor(RUNS, 250) }, async () => {
    const { programs, differences } = await differential(program, { seed: SEED, runs: RUNS });
    expect(programs).toBe(RUNS);
    expect(describeDifferences(differences)).toBe('');
  });

  it(`${RICH_RUNS} rich programs: the same stdout and the same exception (seed ${RICH_SEED})`, { timeout: timeoutFor(RICH_RUNS, 300) }, async () => {
    const { programs, differences } = await differential(richProgram, { seed: RICH_SEED, runs: RICH_RUNS });
    expect(programs).toBe(RICH_RUNS);
    expect(describeDifferences(differences)).toBe('');
  });
});
