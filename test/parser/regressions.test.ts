// Parser regressions: each file in test/parser/regressions/ is the smallest reproduction of a
// disagreement with CPython that the property tests found. All are checked against python3 in one
// batch: where CPython accepts, the dumps with positions must be identical; where it rejects, we
// must throw a PySyntaxError of the same type on the same line.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare, describeMismatch, ourParse } from './support/differential.js';
import { cpythonParse, type Outcome } from './support/oracle.js';

const DIR = join(import.meta.dirname, 'regressions');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();
const SOURCES = FILES.map((f) => readFileSync(join(DIR, f), 'utf8'));

let theirs: Outcome[];
beforeAll(async () => {
  theirs = await cpythonParse(SOURCES, true);
});

describe('parser regressions', () => {
  it.each(FILES.map((f, i) => [f, i] as const))('%s', (_file, i) => {
    const ours = ourParse(SOURCES[i], true);
    const verdict = compare(theirs[i], ours);
    const message = describeMismatch({ verdict, source: SOURCES[i], theirs: theirs[i], ours });
    expect(verdict, message).toBe('match');
  });
});
