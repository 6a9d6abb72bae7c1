import { it } from 'vitest';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { pythonProgram } from '../support/program/statements.js';
it('dump', () => {
  const progs = fc.sample(pythonProgram, { seed: Number(process.env.S ?? 1), numRuns: Number(process.env.N ?? 200) });
  writeFileSync('/tmp/progs.json', JSON.stringify(progs));
});
