import { it } from 'vitest';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { diffBatch, shrink, describeMismatch, type Mismatch } from '../support/differential.js';
import { CPythonOracle } from '../support/oracle.js';
import { pythonProgram } from '../support/program/statements.js';
import { expressionArbitraries } from '../support/program/expressions.js';
import { mutatedProgram } from '../support/mutation-arbitrary.js';
import { tokenSoup } from '../support/token-arbitrary.js';

const KIND = process.env.KIND ?? 'programs';
const known = (process.env.KNOWN ?? '').split('|||').filter(Boolean).map((r) => new RegExp(r, 's'));

it('explore', async () => {
  const ex = expressionArbitraries();
  const arb = KIND === 'programs' ? pythonProgram : KIND === 'leaf' ? ex.expr(1).map((e) => `x = ${e.t}\n`) : KIND === 'exprs' ? ex.expr(3).map((e) => `x = ${e.t}\n`) : KIND === 'mut' ? mutatedProgram : tokenSoup;
  const sources = fc.sample(arb, { seed: Number(process.env.S ?? 1), numRuns: Number(process.env.N ?? 200) }).map((s) => process.env.NOSEMI ? s.replace(/ ?;( *#[^\n]*)?$/gm, '$1') : s);
  const { tally, mismatches } = await diffBatch(sources, KIND !== 'mut' && KIND !== 'soup');
  const oracle = new CPythonOracle();
  const out: Mismatch[] = [];
  let n = 0;
  const knownDiff = process.env.KNOWN_DIFF ? new RegExp(process.env.KNOWN_DIFF) : null;
  const window = (m: Mismatch): string => {
    if (m.theirs.kind !== 'ok' || m.ours.kind !== 'ok') return '';
    const a = m.theirs.dump, b = m.ours.dump;
    let k = 0;
    while (k < a.length && a[k] === b[k]) k++;
    return a.slice(Math.max(0, k - 60), k + 60) + ' ||| ' + b.slice(Math.max(0, k - 60), k + 60);
  };
  let skipped = 0;
  for (const m of mismatches) {
    if (knownDiff && knownDiff.test(window(m))) { skipped++; continue; }
    if (process.env.SKIPERR && m.theirs.kind === 'error' && m.ours.kind === 'error') {
      const t = m.theirs, o = m.ours;
      if (t.msg === 'unexpected indent' || (o.lineno > t.lineno && /never closed|unexpected EOF|unindent does not match|unterminated|inconsistent use|unexpected indent|expected an indented block|invalid non-printable|invalid character/.test(o.msg))) { skipped++; continue; }
    }
    if (process.env.SKIPERR && m.ours.kind === 'crash' && /toFailure/.test(m.ours.detail)) { skipped++; continue; }
    if (n >= Number(process.env.K ?? 15)) break;
    n++;
    const s = await shrink(oracle, m, KIND !== 'mut' && KIND !== 'soup', Date.now() + Number(process.env.B ?? 8000));
    if (known.some((r) => r.test(s.source))) continue;
    out.push(s);
  }
  oracle.close();
  const uniq = [...new Map(out.map((m) => [m.source, m])).values()].sort((a, b) => a.source.length - b.source.length);
  writeFileSync('/tmp/explore.txt', JSON.stringify(tally) + ` skipped ${skipped}\n\n` + uniq.map(describeMismatch).join('\n\n'));
}, 600_000);
