// parse() against CPython on generated valid programs: every statement kind, operator mixes,
// literals, f-strings, patterns, async forms, random indentation. Our dump with positions must
// equal ast.dump(include_attributes=True) exactly. CPython rejecting a program is a generator bug,
// reported apart. Programs are sampled with a fixed seed and checked by one python3 per batch.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffBatch, mismatchReport } from './support/differential.js';
import { expressionArbitraries } from './support/program/expressions.js';
import { pythonProgram } from './support/program/statements.js';
import { propertySeed } from './support/seed.js';

const SEED = propertySeed(0x9e7e7a7e);

const ex = expressionArbitraries();
// Single expressions, many of them, so that a precedence or literal bug shows up in a small input.
const expressionStatement = ex.expr(3).map((e) => `x = ${e.t}\n`);

describe('generated valid programs parse exactly as in CPython', () => {
  it.each([
    ['whole programs', pythonProgram, 200],
    ['expression statements', expressionStatement, 500],
  ] as const)('%s', async (name, arbitrary, numRuns) => {
    const sources = fc.sample(arbitrary, { seed: SEED, numRuns });
    const t0 = Date.now();
    const { tally, mismatches } = await diffBatch(sources, true);
    console.info(`${name}: ${JSON.stringify(tally)} in ${Date.now() - t0} ms`);
    const generatorBugs = mismatches.filter((m) => m.theirs.kind !== 'ok');
    const parserBugs = mismatches.filter((m) => m.theirs.kind === 'ok');
    expect(generatorBugs.map((m) => m.source), `the generator made programs CPython rejects (seed ${SEED})`).toEqual([]);
    expect(parserBugs.length, await mismatchReport(parserBugs, true, SEED)).toBe(0);
  });
});
