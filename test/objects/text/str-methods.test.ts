// str's methods against python3: a table of calls over sample strings (ASCII, Latin-1, BMP,
// astral characters, lone surrogates), the errors of bad arguments, and random strings.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../../../src/objects/str.js';
import { call, differences, report, f, type Case, type J } from './support/oracle.js';
import { propertySeed } from '../../parser/support/seed.js';

const SAMPLES = [
  '',
  'a',
  'abc',
  'Hello, World!',
  '  spaced  out  ',
  '\t tabs\tand\nnewlines\r\n',
  'hello world ǆx',
  "they're bill's friends",
  'ΑΣ ΑΣA σς',
  'ßfiﬁ İı',
  'straße',
  'a😀b😀c',
  '😀',
  '\ud800x\udc00',
  'x\udfff',
  'ǅungla DŽ',
  '१२३ ٣',
  '½²³',
  '一二三',
  'MiXeD CaSe 123',
  '_ident1',
  '1abc',
  'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i',
  '-42',
  '+7',
  'aaa',
  'ababab',
  '\u00a0\u2000\u3000x',
  'a\u0345\u03a3',
  'Title Case Words',
];

const NOARG = [
  'capitalize', 'casefold', 'isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower',
  'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'lower', 'swapcase', 'title', 'upper', 'split',
  'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', '__len__', '__hash__', '__repr__', '__str__', '__sizeof__',
  '__getnewargs__', 'expandtabs', 'encode',
];

function sampleCases(): Case[] {
  const cases: Case[] = [];
  for (const s of SAMPLES) {
    for (const m of NOARG) if (m !== '__hash__') cases.push(call(s, m));
    for (const w of [0, 5, 12, -1]) {
      cases.push(call(s, 'center', w), call(s, 'ljust', w), call(s, 'rjust', w), call(s, 'zfill', w));
      cases.push(call(s, 'center', w, '*'), call(s, 'ljust', w, '😀'), call(s, 'rjust', w, 'é'));
    }
    for (const sub of ['', 'a', 'b', 'ab', '😀', 'Σ', ' ', '\udc00', 'zz']) {
      for (const m of ['find', 'rfind', 'count', 'index', 'rindex', 'startswith', 'endswith', '__contains__', 'partition', 'rpartition', 'split', 'rsplit', 'removeprefix', 'removesuffix', 'strip', 'lstrip', 'rstrip']) {
        cases.push(call(s, m, sub));
      }
      for (const [a, b] of [[1, null], [-3, null], [0, -1], [2, 4], [10, 20], [-100, 100], [3, 1]] as [J, J][]) {
        for (const m of ['find', 'rfind', 'count', 'startswith', 'endswith', 'index']) cases.push(call(s, m, sub, a, b));
      }
      cases.push(call(s, 'replace', sub, '-'), call(s, 'replace', sub, '<>', 2), call(s, 'replace', sub, '', 0), call(s, 'replace', sub, 'x', -1));
      cases.push(call(s, 'split', sub, 1), call(s, 'rsplit', sub, 1), call(s, 'split', sub, 0));
    }
    cases.push(call(s, 'split', null, 1), call(s, 'rsplit', null, 1), call(s, 'split', null, 0), call(s, 'rsplit', null, 2));
    cases.push({ self: s, method: 'splitlines', kw: { keepends: true } }, call(s, 'splitlines', 1));
    cases.push(call(s, 'expandtabs', 4), call(s, 'expandtabs', 0), call(s, 'expandtabs', 1));
    cases.push(call(s, 'startswith', { tuple: ['x', 'a', 'H'] }), call(s, 'endswith', { tuple: ['c', '!', ''] }));
    cases.push(call(s, '__getitem__', 0), call(s, '__getitem__', -1), call(s, '__getitem__', 1), call(s, '__getitem__', 100));
    cases.push(call(s, '__mul__', 3), call(s, '__rmul__', 0), call(s, '__add__', 'x'), call(s, '__add__', s));
    for (const op of ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']) {
      cases.push(call(s, op, 'abc'), call(s, op, '\uffff'), call(s, op, '😀'), call(s, op, s));
    }
    cases.push(call(s, 'translate', { dict: [[97, 'A'], [98, null], [0x1f600, 120], [0x3a3, '[sigma]']] }));
    cases.push(call('-', 'join', { tuple: Array.from(s) }), call(s, 'join', ['x', 'y', 'z']));
    cases.push(call(s, 'encode', 'utf-8', 'surrogateescape'), call(s, 'encode', 'ascii', 'backslashreplace'), call(s, 'encode', 'latin-1', 'replace'));
    cases.push(call(s, 'encode', 'utf-16'), call(s, 'encode', 'utf-32-be', 'surrogatepass'));
  }
  return cases;
}

const ERROR_CASES: Case[] = [
  call('abc', '__getitem__', f(1.0)),
  call('abc', '__getitem__', 'x'),
  call('abc', '__getitem__', { int: '1180591620717411303424' }),
  call('a', 'center', { int: '9223372036854775808' }),
  call('a', 'center', f(1.0)),
  call('a', 'center', 5, 'xy'),
  call('a', 'center', 5, 1),
  call('a', 'find', 1),
  call('a', 'find', 'a', f(1.0)),
  call('a', 'find', 'a', 'x'),
  call('a', 'find', 'a', null, { int: '1208925819614629174706176' }),
  call('a', 'find'),
  call('a', 'count', 'a', 1, 2, 3),
  call('a', 'strip', 1),
  call('a', 'strip', 'a', 'b'),
  call('a', 'split', 1),
  call('a', 'split', ''),
  call('a', 'split', 'a', 1, 2),
  { self: 'a', method: 'split', kw: { maxsplit: f(1.0) } },
  call('a', 'replace', 'a'),
  call('a', 'replace', 'a', 1),
  { self: 'a', method: 'replace', args: ['a', 'b'], kw: { count: 1 } },
  call('a', 'startswith', 1),
  call('a', 'startswith', { tuple: ['b', 1] }),
  call('a', 'startswith', { tuple: ['a', 1] }),
  call('a', 'endswith', 1),
  call('', 'join', 1),
  call('', 'join', ['a', 1]),
  call('', 'join', [{ bytes: [97] }]),
  call('a', 'join'),
  call('a', 'partition', ''),
  call('a', 'partition', 1),
  call('a', 'index', 'b'),
  call('a', 'rindex', 'b'),
  call('a', 'count', 1),
  call({ type: 'str' }, 'maketrans', 1),
  call({ type: 'str' }, 'maketrans', 'ab', 'a'),
  call({ type: 'str' }, 'maketrans', { dict: [['ab', 1]] }),
  call({ type: 'str' }, 'maketrans', { dict: [[f(1.0), 1]] }),
  call({ type: 'str' }, 'maketrans', 'a', 1),
  call({ type: 'str' }, 'maketrans', 1, 'a'),
  call({ type: 'str' }, 'maketrans', 'a', 'b', 1),
  call({ type: 'str' }, 'maketrans', 'abc', 'xyz', 'q'),
  call({ type: 'str' }, 'maketrans', { dict: [['a', 'b'], [98, null]] }),
  call('a', 'translate', { dict: [[97, 2 ** 30]] }),
  call('a', 'translate', { dict: [[97, f(1.0)]] }),
  call('a', 'translate', 1),
  call('a', 'expandtabs', f(1.0)),
  call('a', 'zfill', 'a'),
  call('a', 'removeprefix', 1),
  call('a', 'encode', 1),
  call('a', 'encode', 'xx'),
  call('a', 'encode', 'utf-8', 'xx'),
  call('\udc80', 'encode', 'utf-8', 'xx'),
  call('\udc80', 'encode'),
  call('aéé', 'encode', 'ascii'),
  call('a', '__lt__', 1),
  call('a', '__eq__', 1),
  call('abc', 'splitlines', f(1.5)),
  call('a', 'ljust'),
  call('a', '__add__', 1),
  call('a', '__contains__', 1),
  call('a', 'upper', 1),
  call('a', 'format_map', 1),
  call('a', 'isdigit', 1),
  call('x', '__rmod__', 5),
  call('a', '__rmod__', '%s'),
  call('a', '__mul__', { int: '9223372036854775808' }),
  call('ab', '__mul__', { int: '4611686018427387904' }),
  call({ type: 'str' }, '__new__', { type: 'int' }),
  call({ type: 'str' }, '__new__', 1),
  call({ type: 'str' }, '__new__', { type: 'str' }, { bytes: [97, 98] }, 'latin-1'),
  call({ type: 'str' }, '__new__', { type: 'str' }, 'a', 'utf-8'),
  call({ type: 'str' }, '__new__', { type: 'str' }, 1, 'utf-8'),
  call({ type: 'str' }, '__new__', { type: 'str' }, { bytes: [255] }, 'utf-8'),
  call({ type: 'str' }, '__new__', { type: 'str' }, { bytearray: [97] }, 'ascii'),
  call({ type: 'str' }, '__new__', { type: 'str' }, { bytes: [255] }, 'utf-8', 'replace'),
  { self: { type: 'str' }, method: '__new__', args: [{ type: 'str' }], kw: { encoding: 'utf-8' } },
  { self: { type: 'str' }, method: '__new__', args: [{ type: 'str' }, { bytes: [97] }], kw: { errors: 'strict' } },
  { self: { type: 'str' }, method: '__new__', args: [{ type: 'str' }], kw: { object: 2 } },
  { self: { type: 'str' }, method: '__new__', args: [{ type: 'str' }], kw: { x: 1 } },
  call({ type: 'str' }, '__new__', { type: 'str' }, 1, 2, 3, 4),
  call({ type: 'str' }, '__new__', { type: 'str' }),
  call({ type: 'str' }, '__new__', { type: 'str' }, f(1.5)),
  call({ type: 'str' }, '__new__', { type: 'str' }, { bytes: [97] }),
  call({ type: 'str' }, '__new__', { type: 'StrSub' }, 'abc'),
  call({ strsub: 'abc' }, 'upper'),
  call({ strsub: 'abc' }, '__add__', 'd'),
  call({ strsub: 'abc' }, '__str__'),
  call({ strsub: 'abc' }, '__getitem__', 1),
  call('abc', '__eq__', { strsub: 'abc' }),
  call('abc', '__lt__', { strsub: 'abd' }),
  call('', 'join', [{ strsub: 'x' }, 'y']),
  call('x', 'startswith', { strsub: 'x' }),
];

describe('str methods agree with python3', () => {
  it('on sample strings', () => {
    const d = differences(sampleCases());
    expect(d, report(d)).toEqual([]);
  });

  it('on bad arguments and edge cases', () => {
    const d = differences(ERROR_CASES);
    expect(d, report(d)).toEqual([]);
  });

  it('on random strings', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', 'B', ' ', '\t', '\n', 'é', 'É', 'ß', 'Σ', 'σ', 'ς', '😀', '𝔘', '\u0345', '1', '½', '_', '-', '\u2028', 'ǅ', 'ﬁ', 'İ', '\udc80');
    const str = fc.array(alphabet, { maxLength: 12 }).map((a) => a.join(''));
    const int = fc.integer({ min: -15, max: 15 });
    const caseArb: fc.Arbitrary<Case> = fc.oneof(
      fc.tuple(str, fc.constantFrom(...NOARG.filter((m) => m !== '__hash__' && m !== '__sizeof__'))).map(([s, m]) => call(s, m)),
      fc.tuple(str, fc.constantFrom('find', 'rfind', 'count', 'startswith', 'endswith', 'split', 'rsplit', 'partition', 'rpartition', 'strip', 'lstrip', 'rstrip', 'removeprefix', 'removesuffix', '__contains__'), str).map(([s, m, t]) => call(s, m, t)),
      fc.tuple(str, fc.constantFrom('find', 'rfind', 'count', 'startswith', 'endswith', 'rindex'), str, int, int).map(([s, m, t, a, b]) => call(s, m, t, a, b)),
      fc.tuple(str, fc.constantFrom('split', 'rsplit'), fc.option(str, { nil: null }), int).map(([s, m, t, n]) => call(s, m, t, n)),
      fc.tuple(str, str, str, int).map(([s, a, b, n]) => call(s, 'replace', a, b, n)),
      fc.tuple(str, fc.constantFrom('center', 'ljust', 'rjust'), int, alphabet).map(([s, m, w, c]) => call(s, m, w, c)),
      fc.tuple(str, int).map(([s, w]) => call(s, 'zfill', w)),
      fc.tuple(str, fc.nat(10)).map(([s, n]) => call(s, 'expandtabs', n)),
      fc.tuple(str, fc.option(int, { nil: null }), fc.option(int, { nil: null }), fc.option(fc.integer({ min: -4, max: 4 }).filter((x) => x !== 0), { nil: null })).map(([s, a, b, c]) => ({
        self: s,
        method: '__getitem__',
        args: [],
        slice: [a, b, c],
      })).map((c) => call(c.self, '__getitem__', int0(c.slice[0]!))),
      fc.tuple(str, str, fc.constantFrom('__lt__', '__le__', '__gt__', '__ge__', '__eq__')).map(([a, b, op]) => call(a, op, b)),
    );
    const cases = fc.sample(caseArb, { seed: propertySeed(0x57a1), numRuns: 3000 });
    const d = differences(cases);
    expect(d, report(d)).toEqual([]);
  });
});

function int0(v: number | null): J {
  return v ?? 0;
}
