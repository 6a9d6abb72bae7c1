import { it } from 'vitest';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { pythonProgram } from '../support/program/statements.js';
it('dump', () => {
  writeFileSync('/tmp/progs.json', JSON.stringify(fc.sample(pythonProgram, { seed: 1, numRuns: 300 })));
});
