// Differential comparison of our parser against CPython: run parse() on a source, classify how its
// result differs from CPython's outcome, and shrink a differing source to a small reproduction.

import { parse } from '../../../src/parser/parse.js';
import { dump } from '../../../src/parser/dump.js';
import { PySyntaxError } from '../../../src/parser/errors.js';
import { CPythonOracle, cpythonParse, type Outcome } from './oracle.js';

/** OurOutcome is what parse() did: a dump, a PySyntaxError, or a crash (any other exception). */
export type OurOutcome =
  | { kind: 'ok'; dump: string }
  | { kind: 'error'; type: string; msg: string; lineno: number; offset: number }
  | { kind: 'crash'; detail: string };

/** ourParse runs parse() and dump() and never throws. */
export function ourParse(source: string, includeAttributes: boolean): OurOutcome {
  try {
    return { kind: 'ok', dump: dump(parse(source), { includeAttributes }) };
  } catch (e) {
    if (e instanceof PySyntaxError) return { kind: 'error', type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset };
    const detail = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
    return { kind: 'crash', detail };
  }
}

/**
 * Verdict classifies one comparison. The mismatch kinds are kept apart so that shrinking a source
 * keeps the same kind of disagreement instead of drifting to another bug.
 */
export type Verdict =
  | 'match'
  | 'skip' // CPython refused the input outside the grammar (see Outcome 'other')
  | 'crash' // parse() threw something other than PySyntaxError
  | 'dump' // both accept, the trees differ
  | 'rejects-valid' // CPython accepts, we throw
  | 'accepts-invalid' // CPython rejects, we accept
  | 'error-type' // both reject, as different SyntaxError subclasses
  | 'error-line'; // both reject, on different lines

/** compare classifies our outcome against CPython's. Message and offset are not part of the verdict. */
export function compare(theirs: Outcome, ours: OurOutcome): Verdict {
  if (theirs.kind === 'other') return 'skip';
  if (ours.kind === 'crash') return 'crash';
  if (theirs.kind === 'ok') {
    if (ours.kind === 'error') return 'rejects-valid';
    return ours.dump === theirs.dump ? 'match' : 'dump';
  }
  if (ours.kind === 'ok') return 'accepts-invalid';
  if (ours.type !== theirs.type) return 'error-type';
  return ours.lineno === theirs.lineno ? 'match' : 'error-line';
}

/** Mismatch: a disagreement, with both sides' outcomes, for the failure report. */
export interface Mismatch {
  verdict: Verdict;
  source: string;
  theirs: Outcome;
  ours: OurOutcome;
}

/** Tally counts the verdicts of a run, and how many agreeing errors also share message and offset. */
export interface Tally {
  total: number;
  verdicts: Partial<Record<Verdict, number>>;
  errorsCompared: number;
  sameMessage: number;
  sameOffset: number;
}

/** DiffResult: the tally of a batch and its mismatches, in input order. */
export interface DiffResult {
  tally: Tally;
  mismatches: Mismatch[];
}

/** diffBatch compares a batch of sources against one python3 run. */
export async function diffBatch(sources: readonly string[], includeAttributes: boolean): Promise<DiffResult> {
  const theirs = await cpythonParse(sources, includeAttributes);
  const tally: Tally = { total: sources.length, verdicts: {}, errorsCompared: 0, sameMessage: 0, sameOffset: 0 };
  const mismatches: Mismatch[] = [];
  sources.forEach((source, i) => {
    const t = theirs[i];
    const o = ourParse(source, includeAttributes);
    const verdict = compare(t, o);
    tally.verdicts[verdict] = (tally.verdicts[verdict] ?? 0) + 1;
    if (verdict === 'match' && t.kind === 'error' && o.kind === 'error') {
      tally.errorsCompared++;
      if (t.msg === o.msg) tally.sameMessage++;
      if (t.offset === o.offset) tally.sameOffset++;
    }
    if (verdict !== 'match' && verdict !== 'skip') mismatches.push({ verdict, source, theirs: t, ours: o });
  });
  return { tally, mismatches };
}

/**
 * shrink reduces a mismatching source to a smaller one with the same verdict, delta-debugging
 * style: it tries deleting whole lines, dedenting lines, then deleting spans of halving size down
 * to single characters; after a success it retries the same kind of reduction on the new source.
 * Each attempt asks `oracle` about all candidates of one kind at once; it stops at `deadline`.
 */
export async function shrink(oracle: CPythonOracle, m: Mismatch, includeAttributes: boolean, deadline: number): Promise<Mismatch> {
  let best = m;
  for (let progress = true; progress && Date.now() < deadline; ) {
    progress = false;
    for (let kind = 0; kind < REDUCTIONS.length && Date.now() < deadline; kind++) {
      for (let span = Infinity; span >= 1 && Date.now() < deadline; ) {
        const { candidates, next } = REDUCTIONS[kind](best.source, span);
        const found = await firstWithVerdict(oracle, candidates, m.verdict, includeAttributes);
        if (found !== null) {
          best = found;
          progress = true;
        } else span = next;
      }
    }
  }
  return best;
}

async function firstWithVerdict(
  oracle: CPythonOracle, candidates: string[], verdict: Verdict, includeAttributes: boolean,
): Promise<Mismatch | null> {
  if (candidates.length === 0) return null;
  const theirs = await oracle.parse(candidates, includeAttributes);
  for (let i = 0; i < candidates.length; i++) {
    if (!possible(theirs[i], verdict)) continue;
    const ours = ourParse(candidates[i], includeAttributes);
    if (compare(theirs[i], ours) === verdict) return { verdict, source: candidates[i], theirs: theirs[i], ours };
  }
  return null;
}

/** possible says whether CPython's outcome leaves the verdict reachable, to skip running parse() in vain. */
function possible(theirs: Outcome, verdict: Verdict): boolean {
  if (theirs.kind === 'other') return false;
  if (verdict === 'dump' || verdict === 'rejects-valid') return theirs.kind === 'ok';
  if (verdict === 'crash') return true;
  return theirs.kind === 'error';
}

/**
 * A Reduction lists the candidates of one kind at granularity `span` (Infinity for the coarsest),
 * and the next finer span to try when none of them keeps the mismatch (0 when there is none).
 */
type Reduction = (source: string, span: number) => { candidates: string[]; next: number };

/** spans deletes runs of `span` units (lines or characters), halving the span when none helps. */
function spans(split: (s: string) => string[], join: string): Reduction {
  return (source, span) => {
    const units = split(source);
    const size = Math.min(span, units.length >> 1) || 1;
    const candidates: string[] = [];
    if (units.length > 1) {
      for (let at = 0; at + size <= units.length; at += size) candidates.push([...units.slice(0, at), ...units.slice(at + size)].join(join));
    }
    return { candidates, next: size >> 1 };
  };
}

const REDUCTIONS: Reduction[] = [
  spans((s) => s.split('\n'), '\n'),
  // Dedenting a line by one column often lets a whole block go later.
  (source) => {
    const lines = source.split('\n');
    const candidates = lines.flatMap((l, i) => (/^[ \t]/.test(l) ? [[...lines.slice(0, i), l.slice(1), ...lines.slice(i + 1)].join('\n')] : []));
    return { candidates, next: 0 };
  },
  spans((s) => Array.from(s), ''),
];

/** describeMismatch formats a mismatch for a failure message: source, both outcomes, first difference. */
export function describeMismatch(m: Mismatch): string {
  const show = (o: Outcome | OurOutcome): string => {
    switch (o.kind) {
      case 'ok':
        return o.dump.length > 600 ? `${o.dump.slice(0, 600)}...` : o.dump;
      case 'error':
        return `${o.type} ${JSON.stringify(o.msg)} line ${o.lineno} offset ${o.offset}`;
      case 'crash':
        return `CRASH ${o.detail.split('\n').slice(0, 6).join('\n    ')}`;
      case 'other':
        return `OTHER ${o.detail}`;
    }
  };
  let where = '';
  if (m.theirs.kind === 'ok' && m.ours.kind === 'ok') {
    const a = m.theirs.dump;
    const b = m.ours.dump;
    let k = 0;
    while (k < a.length && a[k] === b[k]) k++;
    where = `\n  first difference:\n    cpython: ...${a.slice(Math.max(0, k - 100), k + 100)}\n    ours:    ...${b.slice(Math.max(0, k - 100), k + 100)}`;
  }
  return `[${m.verdict}] ${JSON.stringify(m.source)}\n  cpython: ${show(m.theirs)}\n  ours:    ${show(m.ours)}${where}`;
}

/**
 * mismatchReport shrinks the smallest few mismatches of each verdict, within a shared time budget,
 * and formats them, smallest first, for an assertion message; it prints `seed` so that the run can
 * be reproduced (see seed.ts).
 */
export async function mismatchReport(
  mismatches: Mismatch[],
  includeAttributes: boolean,
  seed: number,
  { perVerdict = 3, budgetMs = 12_000 } = {},
): Promise<string> {
  if (mismatches.length === 0) return '';
  const deadline = Date.now() + budgetMs;
  const byVerdict = new Map<Verdict, Mismatch[]>();
  for (const m of mismatches) byVerdict.set(m.verdict, [...(byVerdict.get(m.verdict) ?? []), m]);
  // The smallest of each verdict shrink fastest; each gets an equal share of the time left.
  const chosen = [...byVerdict.values()].flatMap((g) => [...g].sort((a, b) => a.source.length - b.source.length).slice(0, perVerdict));
  const shrunk: Mismatch[] = [];
  const oracle = new CPythonOracle();
  try {
    for (const [k, m] of chosen.entries()) {
      const share = (deadline - Date.now()) / (chosen.length - k);
      shrunk.push(await shrink(oracle, m, includeAttributes, Date.now() + share));
    }
  } finally {
    oracle.close();
  }
  const unique = [...new Map(shrunk.map((m) => [m.source, m])).values()].sort((a, b) => a.source.length - b.source.length);
  const counts = [...byVerdict].map(([v, g]) => `${v}: ${g.length}`).join(', ');
  return `${mismatches.length} mismatches (${counts}) with seed ${seed}; smallest reproductions:\n\n${unique.map(describeMismatch).join('\n\n')}`;
}
