// A differential sample of CPython's own standard library: every 25th .py file (sorted by path,
// test/ included) plus the five largest, parsed by python3 and by us, compared with positions.
// The whole tree is `npm run conformance:ast`; this sample keeps `npm test` within minutes.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PYTHON } from '../support/python.js';
import { compare, describeMismatch, ourParse } from './support/differential.js';
import { cpythonParse, type Outcome } from './support/oracle.js';

const STDLIB = execFileSync(PYTHON, ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();

/**
 * Files whose difference is known and explained in ARCHITECTURE.md ("Known differences"): their
 * strings hold surrogate pairs written as two escapes, which a JavaScript string cannot keep apart.
 */
const KNOWN_DIFFERENT = new Set([
  'test/test_capi/test_unicode.py', 'test/test_codeccallbacks.py', 'test/test_codecs.py',
  'test/test_json/test_scanstring.py', 'test/test_sqlite3/test_userfunctions.py', 'test/test_unicode.py',
]);

function pyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'site-packages' && e.name !== '__pycache__') out.push(...pyFiles(p));
    } else if (e.name.endsWith('.py')) out.push(p);
  }
  return out;
}

function sample(): string[] {
  const all = pyFiles(STDLIB).sort();
  const every = all.filter((_, i) => i % 25 === 0);
  const largest = [...all].sort((a, b) => statSync(b).size - statSync(a).size).slice(0, 5);
  const chosen = [...new Set([...every, ...largest])];
  return chosen.filter((f) => !KNOWN_DIFFERENT.has(relative(STDLIB, f)));
}

const FILES = sample();
const SOURCES = FILES.map((f) => readFileSync(f, 'utf8').replace(/\r\n?/g, '\n'));

let theirs: Outcome[];
beforeAll(async () => {
  theirs = await cpythonParse(SOURCES, true);
}, 120_000);

describe('standard library sample', () => {
  it('is a real sample', () => {
    expect(FILES.length).toBeGreaterThan(60);
  });
  it.each(FILES.map((f, i) => [relative(STDLIB, f), i] as const))('%s', (_file, i) => {
    // Files CPython cannot parse (deliberately broken test inputs) must be rejected the same way.
    const ours = ourParse(SOURCES[i], true);
    const verdict = compare(theirs[i], ours);
    expect(verdict, describeMismatch({ verdict, source: SOURCES[i].slice(0, 2000), theirs: theirs[i], ours })).toBe('match');
  });
});
