// This file defines Unicode character names: the lookup behind `\N{...}` escapes and the future
// unicodedata.name(), as CPython 3.11's Modules/unicodedata.c does them (_getcode, _getucname).
// The table is generated at build time by scripts/gen-unicode-names.py (unicode-names.data.ts) and
// decoded on first use only, so that parsing code without `\N{...}` never pays for it.

import {
  ALIASES,
  ALIAS_COUNT,
  CJK_UNIFIED,
  COMBOS,
  FAMILIES,
  JAMO_L,
  JAMO_T,
  JAMO_V,
  LEXICON,
  NAMED_COUNT,
  NAMES,
  TIERS,
  TOKEN_COUNT,
} from './unicode-names.data.js';

const HANGUL_PREFIX = 'HANGUL SYLLABLE ';
const CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-';
const S_BASE = 0xac00;
const T_COUNT = JAMO_T.length;
const N_COUNT = JAMO_V.length * T_COUNT;
const S_COUNT = JAMO_L.length * N_COUNT;

/**
 * lookupUnicodeName returns the code point that `\N{name}` stands for, or undefined, as CPython
 * 3.11's _getcode() with named sequences refused: names and aliases match ignoring ASCII case, but
 * the names made by rule (HANGUL SYLLABLE GA, CJK UNIFIED IDEOGRAPH-4E00) only in upper case, as
 * CPython checks them with strncmp before its case-blind hash lookup.
 */
export function lookupUnicodeName(name: string): number | undefined {
  if (name.startsWith(HANGUL_PREFIX)) return hangulCode(name, HANGUL_PREFIX.length);
  if (name.startsWith(CJK_PREFIX)) {
    const hex = name.slice(CJK_PREFIX.length);
    if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
    const cp = parseInt(hex, 16);
    return inRanges(CJK_UNIFIED, cp) ? cp : undefined;
  }
  const upper = asciiUpper(name);
  for (const [prefix, ranges] of FAMILIES) {
    if (!upper.startsWith(prefix)) continue;
    const hex = upper.slice(prefix.length);
    if (!/^[0-9A-F]{4,5}$/.test(hex)) continue;
    const cp = parseInt(hex, 16);
    // The name is hex4(cp) exactly: CPython compares whole names, so a leading 0 does not match.
    if (inRanges(ranges, cp) && hex4(cp) === hex) return cp;
  }
  return findName(table(), upper);
}

/** unicodeName returns the name of code point cp as unicodedata.name() does, or undefined if it has none. */
export function unicodeName(cp: number): string | undefined {
  if (!Number.isInteger(cp) || cp < 0 || cp > 0x10ffff) return undefined;
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    return HANGUL_PREFIX + JAMO_L[Math.floor(s / N_COUNT)] + JAMO_V[Math.floor((s % N_COUNT) / T_COUNT)] + JAMO_T[s % T_COUNT];
  }
  if (inRanges(CJK_UNIFIED, cp)) return CJK_PREFIX + cp.toString(16).toUpperCase();
  for (const [prefix, ranges] of FAMILIES) if (inRanges(ranges, cp)) return prefix + hex4(cp);
  const t = table();
  let lo = 0;
  let hi = NAMED_COUNT - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = t.cps[mid];
    if (c === cp) return entryName(t, mid);
    if (c < cp) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

// As CPython's find_syllable(): the longest Jamo short name at pos (the first of equal length), its
// length and index; index -1 when none matches (only possible for vowels, the only column with no "").
function findSyllable(name: string, pos: number, jamo: readonly string[]): [number, number] {
  let len = -1;
  let index = -1;
  for (let i = 0; i < jamo.length; i++) {
    const j = jamo[i];
    if (j.length > len && name.startsWith(j, pos)) {
      len = j.length;
      index = i;
    }
  }
  return [Math.max(len, 0), index];
}

function hangulCode(name: string, start: number): number | undefined {
  const [ll, l] = findSyllable(name, start, JAMO_L);
  const [vl, v] = findSyllable(name, start + ll, JAMO_V);
  const [tl, t] = findSyllable(name, start + ll + vl, JAMO_T);
  if (l < 0 || v < 0 || t < 0 || start + ll + vl + tl !== name.length) return undefined;
  return S_BASE + (l * JAMO_V.length + v) * T_COUNT + t;
}

function inRanges(ranges: readonly number[], cp: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (cp >= ranges[i] && cp <= ranges[i + 1]) return true;
  return false;
}

function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

// Py_TOUPPER is ASCII only; String.prototype.toUpperCase would also map 'ı' to 'I' and 'ſ' to 'S'.
function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

// ---- The decoded table. Its format is written by scripts/gen-unicode-names.py; see there.
//
// Names are kept as sequences of word indices, not as strings, and found through a hash of those
// sequences: decoding then allocates a few typed arrays and no strings besides the 12,000 words.
// Measured on the first call, on a loaded 2-core machine: 45-90 ms of CPU and 1.5 MB (1 MB of it
// typed arrays); building a Map of the 33,000 name strings instead took 100-160 ms and 7.4 MB.

interface Table {
  /** words: the lexicon; each of its three tiers is sorted. */
  words: string[];
  /** cps: the code point of each entry: the names in code point order, then the aliases. */
  cps: Int32Array;
  /** starts: where entry i's word indices begin in toks; starts[count] is the end. */
  starts: Int32Array;
  /** toks: the word indices of all entries, one after the other. */
  toks: Uint16Array;
  /** slots: an open-addressing hash of the entries by their word indices; entry + 1, 0 when empty. */
  slots: Int32Array;
}

let decoded: Table | undefined;

function table(): Table {
  if (decoded === undefined) decoded = decodeTable();
  return decoded;
}

function decodeTable(): Table {
  const count = NAMED_COUNT + ALIAS_COUNT;
  const t: Table = {
    words: decodeLexicon(LEXICON),
    cps: new Int32Array(count),
    starts: new Int32Array(count + 1),
    toks: new Uint16Array(TOKEN_COUNT),
    slots: new Int32Array(1 << Math.ceil(Math.log2(count * 2))),
  };
  const at = decodeStream(t, NAMES, 0, NAMED_COUNT, 0);
  t.starts[count] = decodeStream(t, ALIASES, NAMED_COUNT, ALIAS_COUNT, at);
  return t;
}

// FNV-1a over word indices; decodeStream computes the same hash word by word.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashWords(words: readonly number[]): number {
  let h = FNV_OFFSET;
  for (const w of words) h = Math.imul(h ^ w, FNV_PRIME);
  return h;
}

function findName(t: Table, name: string): number | undefined {
  const query = nameWords(t, name);
  if (query === undefined) return undefined;
  const mask = t.slots.length - 1;
  for (let h = hashWords(query) & mask; t.slots[h] !== 0; h = (h + 1) & mask) {
    const e = t.slots[h] - 1;
    const from = t.starts[e];
    if (t.starts[e + 1] - from !== query.length) continue;
    let i = 0;
    while (i < query.length && t.toks[from + i] === query[i]) i++;
    // Same words; the text is compared too, as nameWords drops a single space even at either end.
    if (i === query.length && entryName(t, e) === name) return t.cps[e];
  }
  return undefined;
}

// The word indices of a name, split as the generator splits names (see entryName), or undefined
// when one of its words is in no name.
function nameWords(t: Table, name: string): number[] | undefined {
  const out: number[] = [];
  for (const m of name.matchAll(/[A-Z0-9]+|[^A-Z0-9]+/g)) {
    if (m[0] === ' ') continue;
    const i = wordIndex(t.words, m[0]);
    if (i < 0) return undefined;
    out.push(i);
  }
  return out;
}

function wordIndex(words: readonly string[], word: string): number {
  const [t1, l2] = TIERS;
  const tierEnds = [t1, Math.min(t1 + l2 * BASE, words.length), words.length];
  let start = 0;
  for (const end of tierEnds) {
    let lo = start;
    let hi = end - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = words[mid];
      if (w === word) return mid;
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    start = end;
  }
  return -1;
}

function entryName(t: Table, e: number): string {
  let out = '';
  let wordBefore = false;
  for (let i = t.starts[e]; i < t.starts[e + 1]; i++) {
    const w = t.words[t.toks[i]];
    // A single space between two words is implied; separators ('-', ' -', '- ') are words of their own.
    const word = isWordChar(w.charCodeAt(0));
    if (word && wordBefore) out += ' ';
    out += w;
    wordBefore = word;
  }
  return out;
}

function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

// Each word is one lowercase letter ('a' + the length of the prefix it shares with the word before)
// and the rest of the word, which has no lowercase letters.
function decodeLexicon(text: string): string[] {
  const words: string[] = [];
  let prev = '';
  let i = 0;
  while (i < text.length) {
    const shared = text.charCodeAt(i) - 0x61;
    let j = i + 1;
    while (j < text.length && !isLower(text.charCodeAt(j))) j++;
    prev = prev.slice(0, shared) + text.slice(i + 1, j);
    words.push(prev);
    i = j;
  }
  return words;
}

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

const BASE = 93;
const ESC_DELTA = BASE - 2;
const ESC_PAIR = BASE - 1;

// The value of a digit: its place in printable ASCII without '"' and '\\'.
function digitValue(c: number): number {
  return c - 0x20 - (c > 0x22 ? 1 : 0) - (c > 0x5c ? 1 : 0);
}

// Decodes `count` entries of text into t from entry `first` and toks[at], and enters them in the
// hash; returns the new end of toks. An entry is [ESC_DELTA varint] (header | ESC_PAIR shared new)
// word*: the code point moves by the varint (1 when absent), and the entry's words are the previous
// entry's first `shared` words and `new` more.
//
// Written for the first call, which runs mostly unoptimized: one pass, keeping the hash of each
// prefix of the previous entry, as a second pass to hash every entry cost a fifth of the time.
function decodeStream(t: Table, text: string, first: number, count: number, at: number): number {
  const [t1, l2] = TIERS;
  const wide = t1 + l2;
  const { cps, starts, toks, slots } = t;
  const mask = slots.length - 1;
  const hashes = new Int32Array(64);
  hashes[0] = FNV_OFFSET;
  let pos = 0;
  let cp = -1;
  let prev = at;
  for (let e = first; e < first + count; e++) {
    let h = digitValue(text.charCodeAt(pos++));
    let delta = 1;
    if (h === ESC_DELTA) {
      delta = 0;
      for (let mul = 1; ; mul *= 47) {
        const d = digitValue(text.charCodeAt(pos++));
        if (d < 46) {
          delta += d * mul;
          break;
        }
        delta += (d - 46) * mul;
      }
      h = digitValue(text.charCodeAt(pos++));
    }
    let shared: number;
    let fresh: number;
    if (h === ESC_PAIR) {
      shared = digitValue(text.charCodeAt(pos++));
      fresh = digitValue(text.charCodeAt(pos++));
    } else {
      shared = COMBOS[2 * h];
      fresh = COMBOS[2 * h + 1];
    }
    cp += delta;
    cps[e] = cp;
    starts[e] = at;
    for (let k = 0; k < shared; k++) toks[at + k] = toks[prev + k];
    prev = at;
    for (let k = shared; k < shared + fresh; k++) {
      let i = digitValue(text.charCodeAt(pos++));
      if (i >= wide) {
        i = t1 + l2 * BASE + (i - wide) * BASE * BASE;
        i += digitValue(text.charCodeAt(pos++)) * BASE;
        i += digitValue(text.charCodeAt(pos++));
      } else if (i >= t1) {
        i = t1 + (i - t1) * BASE + digitValue(text.charCodeAt(pos++));
      }
      toks[at + k] = i;
      hashes[k + 1] = Math.imul(hashes[k] ^ i, FNV_PRIME);
    }
    at += shared + fresh;
    let slot = hashes[shared + fresh] & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = e + 1;
  }
  return at;
}
