import { it } from 'vitest';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { parse } from '../../../src/parser/parse.js';
import { pythonProgram } from '../support/program/statements.js';
it('time', () => {
  const progs = fc.sample(pythonProgram, { seed: 5, numRuns: 100 });
  for (const p of progs) { try { parse(p); } catch {} }
  const slow: [number, string][] = [];
  for (const p of progs) { const t = performance.now(); try { parse(p); } catch {} slow.push([(performance.now() - t) / p.length, p]); }
  slow.sort((a, b) => b[0] - a[0]);
  console.log(slow.slice(0, 5).map(([t, p]) => `${(t * 1000).toFixed(0)}us/ch ${p.length}ch`).join('\n'));
  writeFileSync('/tmp/slow.py', slow[0][1]);
});
