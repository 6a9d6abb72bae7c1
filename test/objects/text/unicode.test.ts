// Every code point's character classes and case mappings against python3's: unicode-data.ts masks
// the host's newer Unicode to CPython 3.11's 14.0 (regenerate its tables with
// test/objects/text/support/gen-unicode-data.mjs when this fails after a Node upgrade).

import { describe, expect, it } from 'vitest';
import * as U from '../../../src/objects/unicode-data.js';
import { callMethod } from '../../../src/objects/protocol.js';
import '../../../src/objects/str.js';
import { pythonJson } from '../../support/python.js';

const PY = String.raw`
import json, sys, unicodedata
R = [cp for cp in range(0x110000) if not 0xd800 <= cp < 0xe000]
def runs(f):
    out = []
    for cp in R:
        if f(chr(cp)):
            if out and out[-1][1] == cp - 1: out[-1][1] = cp
            else: out.append([cp, cp])
    return out
preds = {
  'isalpha': str.isalpha, 'isdecimal': str.isdecimal, 'isdigit': str.isdigit, 'isnumeric': str.isnumeric,
  'isspace': str.isspace, 'islower': str.islower, 'isupper': str.isupper, 'istitle': str.istitle,
  'isalnum': str.isalnum, 'isprintable': str.isprintable, 'isidentifier': str.isidentifier,
  'xidcontinue': lambda c: ('a' + c).isidentifier(),
}
out = {k: runs(f) for k, f in preds.items()}
def m(f): return {cp: f(chr(cp)) for cp in R if f(chr(cp)) != chr(cp)}
out['upper'] = m(str.upper)
out['lower'] = m(str.lower)
out['title'] = m(str.title)
out['casefold'] = m(str.casefold)
out['decimal'] = {cp: unicodedata.decimal(chr(cp)) for cp in R if chr(cp).isdecimal()}
json.dump(out, sys.stdout)
`;

interface Data {
  [k: string]: [number, number][] | Record<string, string> | Record<string, number>;
}

describe('character data agrees with CPython 3.11 for every code point', () => {
  const py = pythonJson<Data>(PY);
  const all: number[] = [];
  for (let cp = 0; cp < 0x110000; cp++) if (!(cp >= 0xd800 && cp < 0xe000)) all.push(cp);

  function inSet(runs: [number, number][]): Set<number> {
    const s = new Set<number>();
    for (const [a, b] of runs) for (let c = a; c <= b; c++) s.add(c);
    return s;
  }

  const PREDICATES: [string, (cp: number) => boolean][] = [
    ['isalpha', U.isAlpha],
    ['isdecimal', U.isDecimal],
    ['isdigit', U.isDigit],
    ['isnumeric', U.isNumeric],
    ['isspace', U.isSpace],
    ['islower', U.isLower],
    ['isupper', U.isUpper],
    ['istitle', (cp) => U.isUpper(cp) || U.isTitle(cp)],
    ['isalnum', U.isAlnum],
    ['isidentifier', U.isXidStart],
    ['xidcontinue', (cp) => U.isXidContinue(cp)],
  ];
  it.each(PREDICATES)('%s', (name, pred) => {
    const want = inSet(py[name] as [number, number][]);
    const wrong = all.filter((cp) => pred(cp) !== want.has(cp));
    expect(wrong.slice(0, 20).map((c) => c.toString(16))).toEqual([]);
  });

  it.each([
    ['upper', U.upperOf],
    ['lower', U.lowerOf],
    ['title', U.titleOf],
    ['casefold', U.foldOf],
  ] as const)('%s mapping', (name, map) => {
    const want = py[name] as Record<string, string>;
    const wrong = all.filter((cp) => cp !== 0x3a3 && map(cp) !== (want[cp] ?? String.fromCodePoint(cp)));
    expect(wrong.slice(0, 20).map((c) => c.toString(16))).toEqual([]);
  });

  it('decimal values', () => {
    const want = py.decimal as Record<string, number>;
    const wrong = Object.entries(want).filter(([cp, v]) => U.decimalValue(Number(cp)) !== v);
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('whole-string case mapping keeps the final sigma rule', () => {
    expect(callMethod('ΑΣ ΑΣA Σ', 'lower')).toBe('ας ασa σ');
    expect(callMethod('A\u0345Σ', 'lower')).toBe('a\u0345ς');
    expect(callMethod('ΣAΣ', 'swapcase')).toBe('σaς');
  });
});
