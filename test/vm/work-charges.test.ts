// Work charges: a builtin charges the work it is about to do as instructions (work() in
// src/vm/meter.ts, the scale in ARCHITECTURE.md "Instruction counting"), so that one instruction
// cannot hide unbounded work from the instruction limit or the timeout. For each kind of work, a
// program doing a lot of it in one instruction is stopped by an instruction limit just above what
// its setup needs, and quickly: the charge comes before the work. Charges are deterministic, and
// small values are free (the counts of small programs are those of the eval loop alone).

import { describe, expect, it } from 'vitest';

type Api = typeof import('../../src/index.js');
const { runProgram } = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;

function go(source: string, limits: Record<string, number> = {}) {
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  const r = runProgram(source, {
    filename: 'work.py',
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    limits,
  });
  return { ...r, stdout, stderr, ms: performance.now() - started };
}

const NO_DIGIT_LIMIT = 'import sys\nsys.set_int_max_str_digits(0)\n';

/** [name, setup, one statement doing a lot of work in a builtin]. */
const CASES: [string, string, string][] = [
  // sorting
  ['sorted(range)', 'r = range(10**6)', 'sorted(r)'],
  ['list.sort', 'l = list(range(10**6, 0, -1))', 'l.sort()'],
  // joining
  ['str.join', "l = ['a'] * 10**6", "' '.join(l)"],
  ['bytes.join', "l = [b'a'] * 10**6", "b' '.join(l)"],
  // searching
  ['str.find', "s = 'ab' * 10**6", "s.find('c')"],
  ['str in', "s = 'ab' * 10**6", "'c' in s"],
  ['str.count', "s = 'ab' * 10**6", "s.count('b')"],
  ['str.replace', "s = 'ab' * 10**6", "s.replace('a', 'xyz')"],
  ['str.split', "s = 'a,' * 10**6", "s.split(',')"],
  ['str.split()', "s = 'a ' * 10**6", 's.split()'],
  ['str.partition', "s = 'ab' * 10**6", "s.partition('c')"],
  ['str.startswith', "s = 'ab' * 10**6", 's.startswith(s)'],
  ['str.upper', "s = 'ab' * 10**6", 's.upper()'],
  ['bytes.find', "b = b'ab' * 10**6", "b.find(b'c')"],
  ['bytes.replace', "b = b'ab' * 10**6", "b.replace(b'a', b'xyz')"],
  ['bytearray.count', "b = bytearray(b'ab' * 10**6)", "b.count(b'b')"],
  ['bytes.upper', "b = b'ab' * 10**6", 'b.upper()'],
  ['bytes.split', "b = b'a ' * 10**6", 'b.split()'],
  ['bytes.hex', "b = b'ab' * 10**6", 'b.hex()'],
  // copying
  ['str slice', "s = 'ab' * 10**6", 's[1:]'],
  ['list slice', 'l = [0] * 10**6', 'l[1:]'],
  ['tuple slice', 't = (0,) * 10**6', 't[1:]'],
  ['bytes slice', "b = b'ab' * 10**6", 'b[1:]'],
  ['list +', 'l = [0] * 10**6', 'l + l'],
  ['tuple +', 't = (0,) * 10**6', 't + t'],
  ['bytes +', "b = b'ab' * 10**6", 'b + b'],
  ['list.copy', 'l = [0] * 10**6', 'l.copy()'],
  ['list(list)', 'l = [0] * 10**6', 'list(l)'],
  ['tuple(list)', 'l = [0] * 10**6', 'tuple(l)'],
  ['list(range)', 'r = range(10**6)', 'list(r)'],
  ["'x' * n", 'n = 10**8', "'x' * n"],
  ['[0] * n', 'n = 10**7', '[0] * n'],
  ["b'x' * n", 'n = 10**8', "b'x' * n"],
  ['bytearray.extend', "a = bytearray()\nb = b'x' * 10**6", 'a.extend(b)'],
  ['dict.copy', 'd = dict.fromkeys(range(10**5))', 'd.copy()'],
  ['set.copy', 's = set(range(10**5))', 's.copy()'],
  ['set(list)', 'l = list(range(10**5))', 'set(l)'],
  ['dict.fromkeys', 'l = list(range(10**5))', 'dict.fromkeys(l)'],
  ['set |', 'a = set(range(10**5))\nb = {1}', 'a | b'],
  ['reversed(dict)', 'd = dict.fromkeys(range(10**5))', 'reversed(d)'],
  ['list.reverse', 'l = [0] * 10**6', 'l.reverse()'],
  // big ints
  ['str(int)', NO_DIGIT_LIMIT + 'x = 10**20000', 'str(x)'],
  ['int(str)', NO_DIGIT_LIMIT + "s = '7' * 20000", 'int(s)'],
  ['int * int', 'x = 7**100000', 'x * x'],
  ['int // int', 'x = 7**200000\ny = 3**100000', 'x // y'],
  ['divmod', 'x = 7**200000\ny = 3**100000', 'divmod(x, y)'],
  ['int ** int', 'n = 10**6', '3 ** n'],
  ['pow(a, e, m)', 'e = 10**10000\nm = 10**300 + 7', 'pow(3, e, m)'],
  // hashing
  ['hash(str)', "s = 'y' * 10**6", 'hash(s)'],
  ['hash(bytes)', "b = b'y' * 10**6", 'hash(b)'],
  ['hash(tuple)', 't = (1,) * 10**6', 'hash(t)'],
  ['hash(frozenset)', 'f = frozenset(range(10**5))', 'hash(f)'],
  // formatting
  ['%s', "s = 'x' * 10**6", "'%s|' % s"],
  ['%*s', 'w = 10**8', "'%*s' % (w, 'x')"],
  ['str.format', "s = 'x' * 10**6", "'{}|'.format(s)"],
  ['format width', 'w = 10**8', "'{:>{}}'.format('x', w)"],
  ['f-string width', 'w = 10**8', "f'{1:>{w}}'"],
  ['str.ljust', 'w = 10**8', "'x'.ljust(w)"],
  ['str.center', 'w = 10**8', "'x'.center(w)"],
  ['str.zfill', 'w = 10**8', "'1'.zfill(w)"],
  ['str.expandtabs', "s = '\\t' * 10**5", 's.expandtabs(1000)'],
  ['repr(list)', 'l = list(range(10**5))', 'repr(l)'],
  // encoding
  ['str.encode', "s = 'é' * 10**6", 's.encode()'],
  ['bytes.decode', "b = b'a' * 10**6", 'b.decode()'],
  // scanning and iterating
  ['in list', 'l = [0] * 10**6', '1 in l'],
  ['in tuple', 't = (0,) * 10**6', '1 in t'],
  ['list.index', 'l = [0] * 10**6 + [1]', 'l.index(1)'],
  ['list ==', 'a = [0] * 10**6\nb = [0] * 10**6', 'a == b'],
  ['sum', 'l = [1] * 10**6', 'sum(l)'],
  ['min', 'l = list(range(10**6))', 'min(l)'],
  ['max', 'l = list(range(10**6))', 'max(l)'],
  ['any', 'l = [0] * 10**6', 'any(l)'],
  ['all', 'l = [1] * 10**6', 'all(l)'],
  // parsing and compiling a string (found by the crash-freedom property: exec of a 200,000-character
  // expression took 16 s in 3,133 instructions; the parser cannot stop midway, so it is paid first)
  ['exec', "src = '1+' * 10**5 + '1'", 'exec(src)'],
  ['compile', "src = 'x = [' + ','.join(['7'] * 10**5) + ']'", "compile(src, 'f', 'exec')"],
  ['eval', "src = '-' * 10**5 + '1'", 'eval(src)'],
];

/** MARGIN: instructions left for the statement itself beyond what the setup needs. */
const MARGIN = 2000;

describe('work charges stop a builtin doing unbounded work', () => {
  it.each(CASES)('%s', (_name, setup, statement) => {
    const base = go(setup + '\n');
    expect(base.exitCode).toBe(0);
    const limit = base.instructions + MARGIN;
    const r = go(`${setup}\n${statement}\n`, { instructions: limit });
    expect(r.exitCode).toBe(3);
    expect(r.limit).toMatchObject({ limit: 'instructions', max: limit });
    expect(r.instructions).toBe(limit);
    expect(r.stderr).toBe('');
    // Stopped before the work: the setup's time, not the statement's.
    expect(r.ms).toBeLessThan(2000);
  });

  it.each([
    ['sorted(range(10**6))'],
    ["'x' * 10**8"],
    ["' '.join(['a'] * 10**6)"],
    ["('ab' * 10**6).find('c')"],
    [NO_DIGIT_LIMIT + 'str(10**20000)'],
    ["hash('y' * 10**7)"],
    ['sum(range(10**8))'],
  ])('a one-line program stops at 10,000 instructions, quickly: %s', (source) => {
    const r = go(source, { instructions: 10_000 });
    expect(r.exitCode).toBe(3);
    expect(r.limit?.limit).toBe('instructions');
    expect(r.instructions).toBe(10_000);
    expect(r.ms).toBeLessThan(2000);
  });
});

describe('the scale', () => {
  /** charged: the instructions `statement` costs on `big` beyond what it costs on a small value. */
  function charged(setup: string, statement: (v: string) => string): number {
    const a = go(`${setup}\n${statement('big')}\n`);
    const b = go(`${setup}\n${statement('small')}\n`);
    expect(a.exitCode).toBe(0);
    expect(b.exitCode).toBe(0);
    return a.instructions - b.instructions;
  }

  it('charges sorts by comparisons, items by sixteens, bytes by sixty-fours, entries one each', () => {
    // n * ceil(log2 n) comparisons.
    expect(charged('big = list(range(1024))\nsmall = [1, 2]', (v) => `${v}.sort()`)).toBe(1024 * 10);
    expect(charged('big = [0] * 4096\nsmall = [0]', (v) => `${v}.copy()`)).toBe(4096 / 16);
    expect(charged("big = 'a' * 6400\nsmall = 'a'", (v) => `${v}.find('b')`)).toBe(100);
    expect(charged('big = list(range(1000))\nsmall = [0]', (v) => `set(${v})`)).toBe(1000);
    // A scan charges each block of 64 items after the first as it reaches it: 1000 items, 15 blocks.
    expect(charged('big = [0] * 1000\nsmall = [0]', (v) => `1 in ${v}`)).toBe(15 * 4);
  });

  it('leaves small values free', () => {
    expect(charged('big = list(range(63))\nsmall = [0]', (v) => `sorted(${v}); ${v}[:]; ${v} * 1; set(${v}); 99 in ${v}`)).toBe(0);
    expect(charged("big = 'ab' * 31\nsmall = 'a'", (v) => `${v}.find('c'); ${v}.upper(); ${v}.split('b'); hash(${v}); ${v} * 4`)).toBe(0);
    expect(charged('big = 2**1000 + 1\nsmall = 3', (v) => `${v} * ${v}; ${v} // 7; str(${v})`)).toBe(0);
  });

  it('charges hashing a long str once per interpreter, as CPython keeps a str hash', () => {
    const setup = "s = 'y' * 100000";
    const once = go(`${setup}\nhash(s)\nhash('z')\n`);
    const twice = go(`${setup}\nhash(s)\nhash(s)\n`);
    const none = go(`${setup}\nhash('z')\nhash('z')\n`);
    expect(twice.instructions).toBe(once.instructions);
    expect(once.instructions - none.instructions).toBe(100000 / 16);
  });
});

describe('work charges are deterministic', () => {
  const program = `
import sys
sys.set_int_max_str_digits(0)
words = ('lorem ipsum dolor sit amet ' * 5000).split()
text = ' '.join(sorted(words, key=len))
counts = {}
for w in set(words):
    counts[w] = text.count(w)
big = 7 ** 3000
print(len(text), sorted(counts.items()), hash(text) == hash(text), len(str(big * big)), text.upper().find('SIT'))
print(len(list(range(10000))), sum(range(10000)), max(words), b'ab' * 1000 == bytes(2000), f'{1:>3000}'.strip())
`;

  it('the same program gives the same instruction count every time, in fresh interpreters', () => {
    const runs = [go(program), go(program), go(program)];
    for (const r of runs) expect(r.exitCode).toBe(0);
    expect(runs[1]!.instructions).toBe(runs[0]!.instructions);
    expect(runs[2]!.instructions).toBe(runs[0]!.instructions);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
  });

  it('a limit anywhere in the program stops it with exactly that count', () => {
    const needed = go(program).instructions;
    for (const n of [1000, Math.floor(needed / 3), Math.floor(needed / 2), needed - 1]) {
      const r = go(program, { instructions: n });
      expect(r.exitCode).toBe(3);
      expect(r.instructions).toBe(n);
    }
    expect(go(program, { instructions: needed }).exitCode).toBe(0);
  });
});

describe('small programs', () => {
  // Counts recorded with the build before the work charges (commit 572ae10): small values are free,
  // so these programs count exactly the instructions they execute, as before.
  const SMALL: [string, string, number][] = [
    ['a loop', 'total = 0\nfor i in range(1000):\n    total += i * i\nprint(total)\n', 9015],
    ['recursion', 'def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\nprint(f(12))\n', 5587],
    ['sorted with a key', 'print(sorted(range(50), key=lambda v: -v)[:3])\n', 170],
    [
      'min over instances',
      'class A:\n    def __init__(self, v): self.v = v\n    def __lt__(self, o): return self.v < o.v\nprint(min(A(i) for i in range(40)).v)\n',
      835,
    ],
    [
      'str methods and formatting',
      "words = 'the quick brown fox jumps over the lazy dog'.split()\nout = []\nfor w in words:\n    out.append(w.upper().center(9, '*') + '%-5s|%3d' % (w[:3], len(w)))\ns = ', '.join(out)\nprint(s.find('FOX'), s.count('*'), s.replace('*', '')[:40], hash('abc') == hash('abc'))\nprint(f'{3.14159:10.3f}|{42:>8}|{\"x\":^5}|', '{:,}'.format(1234567))\n",
      310,
    ],
    [
      'containers',
      "d = {str(i): i for i in range(40)}\ns = set(d.values()) | {100, 200}\nt = tuple(sorted(s))\nl = list(t)[:30] * 2\nprint(len(d), len(s), t[:5], l.count(3), 5 in l, 99 in t, l.index(7), sum(l), max(l), min(d), any(l), all(l))\nprint(sorted(d.items(), key=lambda kv: -kv[1])[:2], dict(zip('abc', range(3))), frozenset(t) == frozenset(s))\n",
      693,
    ],
    [
      'ints beyond 64 bits',
      "x = 2**200 + 12345\ny = 3**150\nprint(x * y % 1000007, x // y, divmod(x, 97), pow(x, 65537, 10**9+7), str(x)[:20], int('9' * 60) + 1, (x * y).bit_length())\n",
      54,
    ],
    [
      'bytes',
      "b = b'hello world ' * 3\nba = bytearray(b)\nba += b'!'\nprint(b.upper(), b.find(b'world'), b.split(), ba.replace(b'o', b'0'), b.hex()[:16], len(b.decode()), hash(b'abc') == hash(b'abc'))\n",
      54,
    ],
  ];

  it.each(SMALL)('%s: the same count as before the work charges', (_name, source, count) => {
    const r = go(source);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.instructions).toBe(count);
  });
});
