// The examples (examples/*.ts) run and say what they should: each one's main() is imported as the
// test's own module (it imports 'terrarium', which resolves through package.json "exports" to the
// built dist/index.js), and `npm run example` (examples/run.mjs, Node with a .ts loader) is run
// once for all of them, as the README tells a reader to.

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../support/build.js';

interface Example {
  main(): Promise<string>;
}

/** load: examples/<name>.ts, imported after dist/ is built (it imports 'terrarium', i.e. dist/). */
async function load(name: string): Promise<Example> {
  switch (name) {
    case 'formula':
      return import('../../examples/formula.js');
    case 'fetch':
      return import('../../examples/fetch.js');
    case 'limits':
      return import('../../examples/limits.js');
    case 'files':
      return import('../../examples/files.js');
  }
  throw new Error(`no test for examples/${name}.ts`);
}

const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();

/** EXPECTED: each example's output, line by line: a string is the exact line, a RegExp matches it. */
const EXPECTED: Record<string, (string | RegExp)[]> = {
  formula: [
    `define('broken'): SyntaxError: '(' was never closed (<formula broken>, line 1)`,
    'item       net    net_usd    vat_usd    total_usd  size',
    'Widget     54     58.32      11.08      69.4       small',
    'Gadget     360    360        0          360        large',
    'Gizmo      32000  214.4      21.44      235.84     large',
    'Doohickey  19.98  #KeyError  #KeyError  #KeyError  #KeyError',
    'lookup() was called 7 times',
  ],
  fetch: ['Ada is in compilers, with 3 members', 'members: Ada, Grace, Edsger', 'not found: 404 /users/99', '6 requests, at most 3 at once'],
  limits: [
    /^squares: ok: "332833500\\n", \d+ instructions$/,
    /^again: {3}ok: "1000\\n", \d+ instructions$/,
    'raise:   PythonError IndexError: list index out of range',
    'forever: LimitExceededError limit=instructions value=100000 max=100000: instruction limit reached: 100000 of at most 100000 instructions',
    'after:   LimitExceededError limit=instructions value=100000 max=100000: instruction limit reached: 100000 of at most 100000 instructions',
    /^heap: {4}LimitExceededError limit=heap value=(\d+) max=8388608: heap limit reached: \1 of at most 8388608 bytes of heap$/,
    '         it printed "filling\\n" first',
    /^garbage: ok: "20 MB made, little kept\\n", \d+ instructions$/,
    /^output: {2}LimitExceededError limit=output value=1\d\d max=100: output limit reached: 1\d\d of at most 100 bytes of output$/,
  ],
  files: [
    'regions: east.txt, north.txt, south.txt',
    '  created dir /work/reports',
    '  created file /work/reports/east.txt',
    '  created file /work/reports/north.txt',
    '  created file /work/reports/south.txt',
    '  created file /work/summary.txt',
    'summary.txt: "east\\t45\\nnorth\\t320\\nsouth\\t230\\n"',
    'best region: north 320',
    '  deleted file /work/reports/east.txt',
    '  modified file /work/summary.txt',
    'east.txt in the image: true, in the second world: false',
  ],
};

function check(name: string, output: string): void {
  const lines = output.split('\n');
  expect(lines.pop(), `${name}: output ends with a newline`).toBe('');
  const expected = EXPECTED[name]!;
  expect(lines.length, `${name}:\n${output}`).toBe(expected.length);
  expected.forEach((want, i) => {
    if (typeof want === 'string') expect(lines[i], `${name}, line ${i + 1}`).toBe(want);
    else expect(lines[i], `${name}, line ${i + 1}`).toMatch(want);
  });
}

beforeAll(() => ensureBuilt());

describe('examples', () => {
  it('every example is tested', () => {
    expect(EXAMPLES).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of Object.keys(EXPECTED)) {
    it(`${name}: main() returns what it should`, async () => {
      const example = await load(name);
      check(name, await example.main());
    });
  }

  it('npm run example runs them from the command line (Node, dist/)', () => {
    const one = spawnSync('npm', ['run', '--silent', 'example', '--', 'formula'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(one.stderr).toBe('');
    expect(one.status).toBe(0);
    check('formula', one.stdout);

    const all = spawnSync(process.execPath, [join(ROOT, 'examples/run.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(all.stderr).toBe('');
    expect(all.status).toBe(0);
    const sections = all.stdout.split(/^== (\w+)\n/m).slice(1);
    const names = sections.filter((_, i) => i % 2 === 0);
    expect(names).toEqual(EXAMPLES);
    for (let i = 0; i < sections.length; i += 2) check(sections[i]!, sections[i + 1]!);

    const bad = spawnSync(process.execPath, [join(ROOT, 'examples/run.mjs'), 'nonesuch'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/no example 'nonesuch' \(there are: fetch, files, formula, limits\)/);
  });
});
