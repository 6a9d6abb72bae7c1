// formatSyntaxError() against CPython's own SyntaxError display (the C print_exception() that
// sys.__excepthook__ runs, the same code that reports an error in the main file), on random
// error attributes and on the errors of real broken files; one python3 process computes it all,
// and `python3 file.py` confirms the broken files' output.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatSyntaxError } from '../src/parser/format-error.js';
import { PySyntaxError, type SyntaxErrorKind } from '../src/parser/errors.js';
import { PYTHON, PY_RUN_FILE, pythonJson, run } from './support/python.js';

interface Attrs {
  type: SyntaxErrorKind;
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  text: string | null;
  endLineno: number;
  endOffset: number;
}

// Broken programs whose errors exercise carets: ranges, tabs, leading whitespace, non-ASCII,
// offsets past the end of the line, multi-line ranges, and the SyntaxError subclasses.
const BROKEN = [
  'x = (1 +\n',
  'print "hello"\n',
  '    x = 1\n',
  'if x:\npass\n',
  'if x:\n\tif y:\n        pass\n',
  'x = 1 +\n',
  'f(a for a in b, c)\n',
  'def f():\n  x = 1\n    y = 2\n',
  'x = "é" +\n',
  'x = é€ + ¤\n',
  '\t\tx = ) \n',
  'for x in range(10)\n    pass\n',
  'a = [1, 2\nb = 3\n',
  'x = """abc\n',
  "x = 'abc\n",
  'f(**a, *b)\n',
  'a + 1 = 2\n',
  'del f()\n',
  'x = 0777\n',
  'class C:\nx = 1\n',
  'import\n',
  'lambda x: (yield)\nreturn 5\n',
  'x =\\\n  1 +\n',
  '(a, b) += 1\n',
  'f(x=1, x=2)\n',
  'x = {1: 2, 3}\n',
  'print(f"{x!z}")\n',
  'else: pass\n',
  'try:\n  pass\n',
  'x = 1\n  y = 2\n',
  'def f(x, x): pass\n',
  'nonlocal x\n',
  'x = [i for i in range(3) if i else 0]\n',
  "d = {'a': 1 'b': 2}\n",
  'if True:\n\tx = 1\n        y = 2\n',
  '(1, 2, 3\n',
  'x = 1 if 2\n',
  'a, b += 1, 2\n',
  'f() = 1\n',
  '1 +* 2\n',
  'x = 5 $ 3\n',
  'match x:\n    case 1 +: pass\n',
  '\fx = )\n',
  'x = (1 +\n  2 +\n  )\n',
  'with (open(f) as a, open(g) as b\n  pass\n',
];

const ORACLE = PY_RUN_FILE + `
import io, json, os, sys
TYPES = {'SyntaxError': SyntaxError, 'IndentationError': IndentationError, 'TabError': TabError}
def display(cls, e):
    old = sys.stderr
    sys.stderr = io.StringIO()
    e.__traceback__ = None
    try:
        sys.__excepthook__(cls, e, None)
        return sys.stderr.getvalue()
    finally:
        sys.stderr = old
req = json.load(sys.stdin)
synthetic = []
for a in req['synthetic']:
    cls = TYPES[a['type']]
    e = cls(a['msg'], (a['filename'], a['lineno'], a['offset'], a['text'], a['endLineno'], a['endOffset']))
    synthetic.append(display(cls, e))
real = []
for path in req['files']:
    e = run_file(path)
    if e is None:
        real.append(None)
    else:
        real.append({'attrs': {'type': type(e).__name__, 'msg': e.msg, 'filename': e.filename, 'lineno': e.lineno,
                               'offset': e.offset or 0, 'text': e.text, 'endLineno': e.end_lineno or 0,
                               'endOffset': e.end_offset or 0},
                     'display': display(type(e), e)})
print(json.dumps({'synthetic': synthetic, 'real': real}))
`;

const SEED = Date.now() | 0;
const piece = fc.constantFrom(' ', '\t', '\f', 'x', '= ', '(', 'é', '€', '😀', '\n', 'abc', '"', '\0');
const textArb = fc.oneof(
  fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
  fc.constant(null),
);
const attrsArb: fc.Arbitrary<Attrs> = fc.record({
  type: fc.constantFrom<SyntaxErrorKind>('SyntaxError', 'SyntaxError', 'IndentationError', 'TabError'),
  msg: fc.constantFrom('invalid syntax', 'unexpected indent', '', "'(' was never closed"),
  filename: fc.constantFrom('/tmp/x.py', '<string>', 'dir/é.py'),
  lineno: fc.integer({ min: 1, max: 3000 }),
  offset: fc.integer({ min: -3, max: 40 }),
  text: textArb,
  endLineno: fc.integer({ min: 0, max: 3002 }),
  endOffset: fc.integer({ min: -3, max: 45 }),
});
const SYNTHETIC = fc.sample(attrsArb, { numRuns: 3000, seed: SEED });

let dir: string;
let files: string[];
let expected: { synthetic: string[]; real: ({ attrs: Attrs; display: string } | null)[] };
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'terrarium-format-'));
  files = BROKEN.map((src, i) => {
    const path = join(dir, `broken${i}.py`);
    writeFileSync(path, src);
    return path;
  });
  expected = pythonJson(ORACLE, { synthetic: SYNTHETIC, files });
});

function format(a: Attrs): string {
  return formatSyntaxError(
    new PySyntaxError(a.type, a.msg, a.filename, a.lineno, a.offset, a.text, a.endLineno, a.endOffset),
  );
}

describe('formatSyntaxError', () => {
  it(`matches CPython on random error attributes (fast-check seed ${SEED})`, () => {
    const bad = SYNTHETIC.map((a, i) => ({ a, ours: format(a), python: expected.synthetic[i]! }))
      .filter((r) => r.ours !== r.python)
      .slice(0, 5);
    expect(bad).toEqual([]);
  });

  it.each(BROKEN.map((src, i) => [i, src] as const))('matches CPython on broken source #%i %j', (i) => {
    const r = expected.real[i];
    expect(r).not.toBeNull();
    expect(format(r!.attrs)).toBe(r!.display);
  });

  it('matches `python3 file.py` itself', async () => {
    const runs = await Promise.all(files.map((path) => run(PYTHON, [path])));
    for (const [i, r] of runs.entries()) {
      expect(r.status).toBe(1);
      expect(format(expected.real[i]!.attrs)).toBe(r.stderr);
    }
  });

  it('prints a location-less error alone', () => {
    const e = new PySyntaxError('SyntaxError', 'encoding problem: foo', '', 0, 0, null, 0, 0);
    expect(formatSyntaxError(e)).toBe('SyntaxError: encoding problem: foo\n');
  });
});
