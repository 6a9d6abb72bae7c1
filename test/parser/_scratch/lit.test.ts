import { it } from 'vitest';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { strLiteral, bytesLiteral, numberLiteral, fstringLiteral } from '../support/program/literals.js';
import { expressionArbitraries } from '../support/program/expressions.js';
import { casePatterns } from '../support/program/patterns.js';
it('dump', () => {
  const ex = expressionArbitraries();
  const n = 400;
  const out = {
    str: fc.sample(strLiteral, { seed: 1, numRuns: n }),
    bytes: fc.sample(bytesLiteral, { seed: 1, numRuns: n }),
    num: fc.sample(numberLiteral, { seed: 1, numRuns: n }),
    fstr: fc.sample(fstringLiteral((q) => fc.constantFrom('x', 'a.b', q === "'" ? '"s"' : "'s'")), { seed: 1, numRuns: n }),
    expr: fc.sample(ex.expr(2).map((e) => e.t), { seed: 1, numRuns: n }),
    pat: fc.sample(casePatterns.map((p) => `match x:\n case ${p}: pass`), { seed: 1, numRuns: n }),
  };
  writeFileSync('/tmp/lits.json', JSON.stringify(out));
});
