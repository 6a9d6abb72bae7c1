// Unicode character names (src/parser/unicode-names.ts) against python3: unicodedata.name() for
// code points, and the unicode_escape codec (the decoder of `\N{...}` in string literals) for
// names, on a deterministic sample across all planes, the ranges named by rule, every alias and
// every named sequence; every expected value comes from one python3 process.

import { describe, expect, it } from 'vitest';
import { lookupUnicodeName, unicodeName } from '../../src/parser/unicode-names.js';
import { CJK_UNIFIED, FAMILIES, UNIDATA_VERSION } from '../../src/parser/unicode-names.data.js';
import { pythonJson } from '../support/python.js';

interface Oracle {
  version: string;
  /** names[cp]: unicodedata.name(chr(cp)), or null, for every code point. */
  names: (string | null)[];
  /** queries: the sampled names in three cases, the aliases in two, the named sequences, UNKNOWN. */
  queries: string[];
  /** escapes[i]: the code point of `\N{queries[i]}`, or null when CPython rejects it. */
  escapes: (number | null)[];
  /** aliases, sequences: the name aliases and named sequences of CPython's name table. */
  aliases: [number, string][];
  sequences: string[];
}

// The aliases and named sequences are reachable only through unicodedata's C API capsule: they
// sit at private-use code points 0xF0000.. (aliases) and 0xF0200.. (sequences) of its name table.
// Names are upper-case ASCII, so str.lower() is Py_TOUPPER's inverse here.
const ORACLE = `
import codecs, ctypes, json, sys, unicodedata
def escape(name):
    try:
        s = codecs.decode(b'\\\\N{' + name.encode('utf-8') + b'}', 'unicode_escape')
    except UnicodeDecodeError:
        return None
    assert len(s) == 1
    return ord(s)
get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
get_pointer.restype = ctypes.c_void_p
get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
capi = get_pointer(unicodedata._ucnhash_CAPI, b'unicodedata._ucnhash_CAPI')
getname = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int,
                           ctypes.c_int)(ctypes.c_void_p.from_address(capi).value)
buf = ctypes.create_string_buffer(256)
aliases, sequences = [], []
for pua in range(0xF0000, 0xF0400):
    if getname(pua, buf, 256, 1):
        name = buf.value.decode('ascii')
        if pua < 0xF0200:
            aliases.append([ord(unicodedata.lookup(name)), name])
        else:
            sequences.append(name)
names = [unicodedata.name(chr(cp), None) for cp in range(0x110000)]
# Every name spells its own code point; the test relies on it for the names it does not sample.
assert all(escape(n) == cp for cp, n in enumerate(names) if n is not None)
def mixed(s):
    return ''.join(c.lower() if i % 2 else c for i, c in enumerate(s))
req = json.load(sys.stdin)
queries = []
for cp in req['sample']:
    n = names[cp]
    if n is not None:
        queries += [n, n.lower(), mixed(n)]
for _, n in aliases:
    queries += [n, n.lower()]
queries += sequences + req['unknown']
print(json.dumps({
    'version': unicodedata.unidata_version,
    'names': names,
    'queries': queries,
    'escapes': [escape(q) for q in queries],
    'aliases': aliases,
    'sequences': sequences,
}))
`;

// A deterministic sample: a linear congruential generator, so that every run checks the same points.
function sampleCodePoints(): number[] {
  const cps = new Set<number>();
  let seed = 20231103;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  for (let cp = 0; cp < 0x300; cp++) cps.add(cp);
  for (let k = 0; k < 1500; k++) cps.add(next(0x110000));
  for (let k = 0; k < 2500; k++) cps.add(next(0x20000));
  for (let k = 0; k < 300; k++) cps.add(0xac00 + next(11172));
  const edges = [0xac00, 0xd7a3, 0xd800, 0xdfff, 0xe000, 0xf0000, 0x10ffff, 0x17000, 0x187f7, 0x18d00];
  for (let i = 0; i < CJK_UNIFIED.length; i += 2) {
    edges.push(CJK_UNIFIED[i], CJK_UNIFIED[i + 1]);
    for (let k = 0; k < 40; k++) cps.add(CJK_UNIFIED[i] + next(CJK_UNIFIED[i + 1] - CJK_UNIFIED[i] + 1));
  }
  for (const [, ranges] of FAMILIES) edges.push(...ranges);
  for (const e of edges) for (const d of [-1, 0, 1]) if (e + d >= 0 && e + d <= 0x10ffff) cps.add(e + d);
  return [...cps].sort((a, b) => a - b);
}

const UNKNOWN = [
  '',
  ' ',
  'NOT A CHARACTER NAME',
  'LATIN SMALL LETTER A ',
  ' LATIN SMALL LETTER A',
  'LATIN  SMALL LETTER A',
  'LATIN SMALL LETTER A\t',
  'LATIN-SMALL LETTER A',
  'latın small letter a',
  'LATIN ſMALL LETTER A',
  'LATIN SMALL LETTER \u212a',
  'EM-DASH',
  'HANGUL SYLLABLE',
  'HANGUL SYLLABLE ',
  'HANGUL SYLLABLE G',
  'HANGUL SYLLABLE GAGGG',
  'HANGUL SYLLABLE gag',
  'hangul syllable GAG',
  'CJK UNIFIED IDEOGRAPH-',
  'CJK UNIFIED IDEOGRAPH-4e00',
  'cjk unified ideograph-4E00',
  'CJK UNIFIED IDEOGRAPH-4E0',
  'CJK UNIFIED IDEOGRAPH-004E00',
  'CJK UNIFIED IDEOGRAPH-A000',
  'CJK UNIFIED IDEOGRAPH-04E00',
  'CJK UNIFIED IDEOGRAPH-\uff14E00',
  'CJK COMPATIBILITY IDEOGRAPH-FA6E',
  'CJK COMPATIBILITY IDEOGRAPH-0F900',
  'cjk compatibility ideograph-f900',
  'NUSHU CHARACTER-1B2FC',
  'nushu character-1b170',
  'TANGUT IDEOGRAPH-17000',
  'TANGUT COMPONENT-001',
  'KHITAN SMALL SCRIPT CHARACTER-18CD6',
  'VARIATION SELECTOR-17',
  'VARIATION SELECTOR-257',
];

describe('Unicode character names', () => {
  const sample = sampleCodePoints();
  const py = pythonJson<Oracle>(ORACLE, { sample, unknown: UNKNOWN });

  it('is generated from the same Unicode version as python3', () => {
    expect(UNIDATA_VERSION).toBe(py.version);
  });

  it('names sampled code points as unicodedata.name() does', () => {
    expect(sample.length).toBeGreaterThan(4000);
    expect(sample.filter((cp) => py.names[cp] !== null).length).toBeGreaterThan(2000);
    expect(sample.map((cp) => unicodeName(cp) ?? null)).toEqual(sample.map((cp) => py.names[cp]));
  });

  it('finds sampled names, aliases, named sequences and unknown names as \\N{...} does', () => {
    expect(py.aliases.length).toBeGreaterThan(400);
    expect(py.sequences.length).toBeGreaterThan(400);
    const wrong = py.queries
      .map((q, i) => [q, lookupUnicodeName(q) ?? null, py.escapes[i]])
      .filter(([, got, want]) => got !== want);
    expect(wrong).toEqual([]);
    expect(py.sequences.every((s) => lookupUnicodeName(s) === undefined)).toBe(true);
    expect(py.aliases.every(([cp, n]) => lookupUnicodeName(n) === cp)).toBe(true);
  });

  // Cheap enough to do in full: it checks every entry of the compressed table both ways.
  it('names every code point as unicodedata.name() does, and finds every name', () => {
    const wrong: [number, string | undefined, string | null][] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      const want = py.names[cp];
      const got = unicodeName(cp);
      if ((got ?? null) !== want || (want !== null && lookupUnicodeName(want) !== cp)) wrong.push([cp, got, want]);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('rejects what is not a code point', () => {
    for (const cp of [-1, 0x110000, 65.5, NaN, Infinity]) expect(unicodeName(cp)).toBeUndefined();
  });
});
