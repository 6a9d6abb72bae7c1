// Character classes and case mappings of CPython 3.11 (Unicode 14.0.0) for str's methods. They are
// the host's JS regular-expression properties (\p{L}, \p{Nd}, \p{Lowercase} ...) and
// toUpperCase/toLowerCase, masked where the host's newer Unicode differs: characters unassigned in
// 14.0 (every such character is non-printable in str-printable.ts's 14.0 table) have no class and
// no mapping, and the generated tables at the end of this file list the remaining differences and
// what JS has no property for (Numeric_Type, Python's whitespace). test/objects/text/unicode.test.ts
// checks every code point against python3.

import { PRINTABLE_RUN_STARTS } from './str-printable.js';

/** inRanges: whether cp is in a table of inclusive [first, last] pairs, sorted. */
function inRanges(table: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = (table.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < table[2 * mid]!) hi = mid - 1;
    else if (cp > table[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** isPrintable14: str.isprintable() of one non-ASCII character (str-printable.ts's table). */
export function isPrintable14(cp: number): boolean {
  return assigned14(cp);
}

/**
 * assigned14: whether a non-ASCII cp may have a class at all: printable in Unicode 14.0. Letters,
 * digits, numbers and marks are printable, so this masks exactly the characters added after 14.0.
 */
function assigned14(cp: number): boolean {
  let lo = 0;
  let hi = PRINTABLE_RUN_STARTS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (PRINTABLE_RUN_STARTS[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return (lo & 1) === 1;
}

const ch = (cp: number): string => String.fromCodePoint(cp);
const RE_L = /^\p{L}$/u;
const RE_ND = /^\p{Nd}$/u;
const RE_N = /^\p{N}$/u;
const RE_LOWER = /^\p{Lowercase}$/u;
const RE_UPPER = /^\p{Uppercase}$/u;
const RE_LT = /^\p{Lt}$/u;
const RE_CASED = /^\p{Cased}$/u;
const RE_IGNORABLE = /^\p{Case_Ignorable}$/u;
const RE_XID_START = /^\p{XID_Start}$/u;
const RE_XID_CONTINUE = /^\p{XID_Continue}$/u;

// ASCII classes as bit flags, so the common case is a table look-up.
const A_SPACE = 1;
const A_ALPHA = 2;
const A_DIGIT = 4;
const A_LOWER = 8;
const A_UPPER = 16;
const A_IDCONT = 32;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let f = 0;
  if ((c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20)) f |= A_SPACE;
  if (c >= 0x61 && c <= 0x7a) f |= A_ALPHA | A_LOWER | A_IDCONT;
  if (c >= 0x41 && c <= 0x5a) f |= A_ALPHA | A_UPPER | A_IDCONT;
  if (c >= 0x30 && c <= 0x39) f |= A_DIGIT | A_IDCONT;
  if (c === 0x5f) f |= A_IDCONT;
  ASCII[c] = f;
}

/** isSpace: Py_UNICODE_ISSPACE (str.isspace, split(), strip()). */
export function isSpace(cp: number): boolean {
  if (cp < 128) return (ASCII[cp]! & A_SPACE) !== 0;
  return inRanges(SPACE, cp);
}

/** isAlpha: Py_UNICODE_ISALPHA (categories Lu Ll Lt Lm Lo). */
export function isAlpha(cp: number): boolean {
  if (cp < 128) return (ASCII[cp]! & A_ALPHA) !== 0;
  return assigned14(cp) && RE_L.test(ch(cp));
}

/** isDecimal: Py_UNICODE_ISDECIMAL (category Nd). */
export function isDecimal(cp: number): boolean {
  if (cp < 128) return (ASCII[cp]! & A_DIGIT) !== 0;
  return assigned14(cp) && RE_ND.test(ch(cp));
}

/**
 * decimalValue: the value of a decimal digit (isDecimal(cp)), as unicodedata.decimal(). Decimal
 * digits come in runs of ten from 0 to 9 (Unicode guarantees it), some runs adjacent.
 */
export function decimalValue(cp: number): number {
  if (cp < 128) return cp - 48;
  let start = cp;
  while (isDecimal(start - 1)) start--;
  return (cp - start) % 10;
}

/** isDigit: Py_UNICODE_ISDIGIT (Numeric_Type Decimal or Digit). */
export function isDigit(cp: number): boolean {
  return isDecimal(cp) || (cp >= 128 && inRanges(DIGIT_EXTRA, cp));
}

/** isNumeric: Py_UNICODE_ISNUMERIC (any Numeric_Type). */
export function isNumeric(cp: number): boolean {
  if (cp < 128) return (ASCII[cp]! & A_DIGIT) !== 0;
  return (assigned14(cp) && RE_N.test(ch(cp))) || inRanges(NUMERIC_EXTRA, cp);
}

/** isAlnum: Py_UNICODE_ISALNUM. */
export function isAlnum(cp: number): boolean {
  if (cp < 128) return (ASCII[cp]! & (A_ALPHA | A_DIGIT)) !== 0;
  return isAlpha(cp) || isNumeric(cp);
}

/** isLower: Py_UNICODE_ISLOWER (the Lowercase property). */
export function isLower(cp: number): boolean {
  if (cp < 128) return (ASCII[cp]! & A_LOWER) !== 0;
  if (inRanges(LOWER_ADD, cp)) return true;
  return assigned14(cp) && RE_LOWER.test(ch(cp)) && !inRanges(LOWER_REMOVE, cp);
}

/** isUpper: Py_UNICODE_ISUPPER (the Uppercase property). */
export function isUpper(cp: number): boolean {
  if (cp < 128) return (ASCII[cp]! & A_UPPER) !== 0;
  if (inRanges(UPPER_ADD, cp)) return true;
  return assigned14(cp) && RE_UPPER.test(ch(cp)) && !inRanges(UPPER_REMOVE, cp);
}

/** isTitle: Py_UNICODE_ISTITLE (category Lt). */
export function isTitle(cp: number): boolean {
  return cp >= 128 && assigned14(cp) && RE_LT.test(ch(cp));
}

/** isCased: _PyUnicode_IsCased (the Cased property). */
export function isCased(cp: number): boolean {
  if (cp < 128) return (ASCII[cp]! & (A_LOWER | A_UPPER)) !== 0;
  if (inRanges(CASED_ADD, cp)) return true;
  return assigned14(cp) && RE_CASED.test(ch(cp)) && !inRanges(CASED_REMOVE, cp);
}

/** isCaseIgnorable: _PyUnicode_IsCaseIgnorable (for the final sigma rule). */
export function isCaseIgnorable(cp: number): boolean {
  if (inRanges(CASE_IGNORABLE_ADD, cp)) return true;
  return RE_IGNORABLE.test(ch(cp)) && !inRanges(CASE_IGNORABLE_REMOVE, cp);
}

/** isXidStart: _PyUnicode_IsXidStart, with '_' (the first character of an identifier). */
export function isXidStart(cp: number): boolean {
  if (cp < 128) return (ASCII[cp]! & A_ALPHA) !== 0 || cp === 0x5f;
  if (inRanges(XID_START_ADD, cp)) return true;
  return assigned14(cp) && RE_XID_START.test(ch(cp)) && !inRanges(XID_START_REMOVE, cp);
}

/** isXidContinue: _PyUnicode_IsXidContinue (the other characters of an identifier). */
export function isXidContinue(cp: number): boolean {
  if (cp < 128) return (ASCII[cp]! & A_IDCONT) !== 0;
  if (inRanges(XID_CONTINUE_ADD, cp)) return true;
  return assigned14(cp) && RE_XID_CONTINUE.test(ch(cp)) && !inRanges(XID_CONTINUE_REMOVE, cp);
}

/** masked: cp itself if it is unassigned in 14.0, else its entry in the exceptions table (undefined: use the host). */
function masked(cp: number, table: ReadonlyMap<number, string>): string | undefined {
  if (!assigned14(cp)) return ch(cp);
  return table.get(cp);
}

/** upperOf: the full uppercase mapping of cp (str.upper() of one character). */
export function upperOf(cp: number): string {
  if (cp < 128) return cp >= 0x61 && cp <= 0x7a ? String.fromCharCode(cp - 32) : String.fromCharCode(cp);
  return masked(cp, UPPER_MAP) ?? ch(cp).toUpperCase();
}

/** lowerOf: the full lowercase mapping of cp, without the final sigma rule. */
export function lowerOf(cp: number): string {
  if (cp < 128) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  return masked(cp, LOWER_MAP) ?? ch(cp).toLowerCase();
}

/** titleOf: the full titlecase mapping of cp. */
export function titleOf(cp: number): string {
  if (cp < 128) return upperOf(cp);
  return masked(cp, TITLE_MAP) ?? ch(cp).toUpperCase();
}

/** foldOf: the full case folding of cp (str.casefold() of one character). */
export function foldOf(cp: number): string {
  if (cp < 128) return lowerOf(cp);
  return masked(cp, FOLD_MAP) ?? ch(cp).toLowerCase();
}

/** hostUpperIsExact: whether non-ASCII cp's str.upper() is the host's toUpperCase() (for whole-string fast paths). */
export function hostUpperIsExact(cp: number): boolean {
  return assigned14(cp) && !UPPER_MAP.has(cp);
}

/** hostLowerIsExact: whether non-ASCII cp's str.lower() is the host's toLowerCase(), context aside. */
export function hostLowerIsExact(cp: number): boolean {
  return assigned14(cp) && !LOWER_MAP.has(cp);
}

// ---- Generated tables below: test/objects/text/support/gen-unicode-data.mjs, against python3 and Node v20.20.2
// (Unicode 17.0); edit the generator, not the tables.

/** SPACE: the characters of str.isspace() (inclusive [first, last] pairs). */
export const SPACE: readonly number[] = [
  0x9, 0xd, 0x1c, 0x20, 0x85, 0x85, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a,
  0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000,
];
/** DIGIT_EXTRA: str.isdigit() characters that are not decimal (\p{Nd}) (inclusive [first, last] pairs). */
export const DIGIT_EXTRA: readonly number[] = [
  0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079,
  0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd,
  0x24ff, 0x24ff, 0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68,
  0x11052, 0x1105a, 0x1f100, 0x1f10a,
];
/** NUMERIC_EXTRA: str.isnumeric() characters outside \p{N} (inclusive [first, last] pairs). */
export const NUMERIC_EXTRA: readonly number[] = [
  0x3405, 0x3405, 0x3483, 0x3483, 0x382a, 0x382a, 0x3b4d, 0x3b4d, 0x4e00, 0x4e00, 0x4e03, 0x4e03,
  0x4e07, 0x4e07, 0x4e09, 0x4e09, 0x4e5d, 0x4e5d, 0x4e8c, 0x4e8c, 0x4e94, 0x4e94, 0x4e96, 0x4e96,
  0x4ebf, 0x4ec0, 0x4edf, 0x4edf, 0x4ee8, 0x4ee8, 0x4f0d, 0x4f0d, 0x4f70, 0x4f70, 0x5104, 0x5104,
  0x5146, 0x5146, 0x5169, 0x5169, 0x516b, 0x516b, 0x516d, 0x516d, 0x5341, 0x5341, 0x5343, 0x5345,
  0x534c, 0x534c, 0x53c1, 0x53c4, 0x56db, 0x56db, 0x58f1, 0x58f1, 0x58f9, 0x58f9, 0x5e7a, 0x5e7a,
  0x5efe, 0x5eff, 0x5f0c, 0x5f0e, 0x5f10, 0x5f10, 0x62fe, 0x62fe, 0x634c, 0x634c, 0x67d2, 0x67d2,
  0x6f06, 0x6f06, 0x7396, 0x7396, 0x767e, 0x767e, 0x8086, 0x8086, 0x842c, 0x842c, 0x8cae, 0x8cae,
  0x8cb3, 0x8cb3, 0x8d30, 0x8d30, 0x9621, 0x9621, 0x9646, 0x9646, 0x964c, 0x964c, 0x9678, 0x9678,
  0x96f6, 0x96f6, 0xf96b, 0xf96b, 0xf973, 0xf973, 0xf978, 0xf978, 0xf9b2, 0xf9b2, 0xf9d1, 0xf9d1,
  0xf9d3, 0xf9d3, 0xf9fd, 0xf9fd, 0x20001, 0x20001, 0x20064, 0x20064, 0x200e2, 0x200e2, 0x20121, 0x20121,
  0x2092a, 0x2092a, 0x20983, 0x20983, 0x2098c, 0x2098c, 0x2099c, 0x2099c, 0x20aea, 0x20aea, 0x20afd, 0x20afd,
  0x20b19, 0x20b19, 0x22390, 0x22390, 0x22998, 0x22998, 0x23b1b, 0x23b1b, 0x2626d, 0x2626d, 0x2f890, 0x2f890,
];
/** LOWER_ADD: lowercase in 14.0 but not in the host (inclusive [first, last] pairs). */
export const LOWER_ADD: readonly number[] = [
  0x295, 0x295,
];
/** LOWER_REMOVE: lowercase in the host but not in 14.0 (inclusive [first, last] pairs). */
export const LOWER_REMOVE: readonly number[] = [
  0x10fc, 0x10fc, 0xa7f2, 0xa7f4, 0xab69, 0xab69,
];
/** UPPER_ADD: uppercase in 14.0 but not in the host (inclusive [first, last] pairs). */
export const UPPER_ADD: readonly number[] = [];
/** UPPER_REMOVE: uppercase in the host but not in 14.0 (inclusive [first, last] pairs). */
export const UPPER_REMOVE: readonly number[] = [];
/** CASED_ADD: cased in 14.0 but not in the host (inclusive [first, last] pairs). */
export const CASED_ADD: readonly number[] = [
  0x295, 0x295,
];
/** CASED_REMOVE: cased in the host but not in 14.0 (inclusive [first, last] pairs). */
export const CASED_REMOVE: readonly number[] = [
  0x10fc, 0x10fc, 0xa7f2, 0xa7f4, 0xab69, 0xab69,
];
/** CASE_IGNORABLE_ADD: case-ignorable in 14.0 but not in the host (inclusive [first, last] pairs). */
export const CASE_IGNORABLE_ADD: readonly number[] = [
  0x1171e, 0x1171e,
];
/** CASE_IGNORABLE_REMOVE: case-ignorable in the host but not in 14.0 (inclusive [first, last] pairs). */
export const CASE_IGNORABLE_REMOVE: readonly number[] = [
  0x897, 0x897, 0xece, 0xece, 0x1acf, 0x1add, 0x1ae0, 0x1aeb, 0xa7f1, 0xa7f1, 0x10d4e, 0x10d4e,
  0x10d69, 0x10d6d, 0x10d6f, 0x10d6f, 0x10ec5, 0x10ec5, 0x10efa, 0x10eff, 0x11241, 0x11241, 0x113bb, 0x113c0,
  0x113ce, 0x113ce, 0x113d0, 0x113d0, 0x113d2, 0x113d2, 0x113e1, 0x113e2, 0x11b60, 0x11b60, 0x11b62, 0x11b64,
  0x11b66, 0x11b66, 0x11dd9, 0x11dd9, 0x11f00, 0x11f01, 0x11f36, 0x11f3a, 0x11f40, 0x11f40, 0x11f42, 0x11f42,
  0x11f5a, 0x11f5a, 0x13439, 0x13440, 0x13447, 0x13455, 0x1611e, 0x16129, 0x1612d, 0x1612f, 0x16d40, 0x16d42,
  0x16d6b, 0x16d6c, 0x16ff2, 0x16ff3, 0x1e030, 0x1e06d, 0x1e08f, 0x1e08f, 0x1e4eb, 0x1e4ef, 0x1e5ee, 0x1e5ef,
  0x1e6e3, 0x1e6e3, 0x1e6e6, 0x1e6e6, 0x1e6ee, 0x1e6ef, 0x1e6f5, 0x1e6f5, 0x1e6ff, 0x1e6ff,
];
/** XID_START_ADD: identifier starts in 14.0 but not in the host (inclusive [first, last] pairs). */
export const XID_START_ADD: readonly number[] = [];
/** XID_START_REMOVE: identifier starts in the host but not in 14.0 (inclusive [first, last] pairs). */
export const XID_START_REMOVE: readonly number[] = [];
/** XID_CONTINUE_ADD: identifier characters in 14.0 but not in the host (inclusive [first, last] pairs). */
export const XID_CONTINUE_ADD: readonly number[] = [];
/** XID_CONTINUE_REMOVE: identifier characters in the host but not in 14.0 (inclusive [first, last] pairs). */
export const XID_CONTINUE_REMOVE: readonly number[] = [
  0x30fb, 0x30fb, 0xff65, 0xff65,
];
/** UPPER_MAP: str.upper() of the characters where it is not the host's toUpperCase(). */
export const UPPER_MAP: ReadonlyMap<number, string> = new Map([
  [0x19b, "ƛ"], [0x264, "ɤ"], [0xa7d3, "ꟓ"], [0xa7d5, "ꟕ"],
]);
/** LOWER_MAP: str.lower() of the characters where it is not the host's toLowerCase(). */
export const LOWER_MAP: ReadonlyMap<number, string> = new Map([

]);
/** TITLE_MAP: the titlecase of the characters where it is not the host's toUpperCase(). */
export const TITLE_MAP: ReadonlyMap<number, string> = new Map([
  [0xdf, "Ss"], [0x19b, "ƛ"], [0x1c4, "ǅ"], [0x1c5, "ǅ"], [0x1c6, "ǅ"], [0x1c7, "ǈ"],
  [0x1c8, "ǈ"], [0x1c9, "ǈ"], [0x1ca, "ǋ"], [0x1cb, "ǋ"], [0x1cc, "ǋ"], [0x1f1, "ǲ"],
  [0x1f2, "ǲ"], [0x1f3, "ǲ"], [0x264, "ɤ"], [0x587, "Եւ"], [0x10d0, "ა"], [0x10d1, "ბ"],
  [0x10d2, "გ"], [0x10d3, "დ"], [0x10d4, "ე"], [0x10d5, "ვ"], [0x10d6, "ზ"], [0x10d7, "თ"],
  [0x10d8, "ი"], [0x10d9, "კ"], [0x10da, "ლ"], [0x10db, "მ"], [0x10dc, "ნ"], [0x10dd, "ო"],
  [0x10de, "პ"], [0x10df, "ჟ"], [0x10e0, "რ"], [0x10e1, "ს"], [0x10e2, "ტ"], [0x10e3, "უ"],
  [0x10e4, "ფ"], [0x10e5, "ქ"], [0x10e6, "ღ"], [0x10e7, "ყ"], [0x10e8, "შ"], [0x10e9, "ჩ"],
  [0x10ea, "ც"], [0x10eb, "ძ"], [0x10ec, "წ"], [0x10ed, "ჭ"], [0x10ee, "ხ"], [0x10ef, "ჯ"],
  [0x10f0, "ჰ"], [0x10f1, "ჱ"], [0x10f2, "ჲ"], [0x10f3, "ჳ"], [0x10f4, "ჴ"], [0x10f5, "ჵ"],
  [0x10f6, "ჶ"], [0x10f7, "ჷ"], [0x10f8, "ჸ"], [0x10f9, "ჹ"], [0x10fa, "ჺ"], [0x10fd, "ჽ"],
  [0x10fe, "ჾ"], [0x10ff, "ჿ"], [0x1f80, "ᾈ"], [0x1f81, "ᾉ"], [0x1f82, "ᾊ"], [0x1f83, "ᾋ"],
  [0x1f84, "ᾌ"], [0x1f85, "ᾍ"], [0x1f86, "ᾎ"], [0x1f87, "ᾏ"], [0x1f88, "ᾈ"], [0x1f89, "ᾉ"],
  [0x1f8a, "ᾊ"], [0x1f8b, "ᾋ"], [0x1f8c, "ᾌ"], [0x1f8d, "ᾍ"], [0x1f8e, "ᾎ"], [0x1f8f, "ᾏ"],
  [0x1f90, "ᾘ"], [0x1f91, "ᾙ"], [0x1f92, "ᾚ"], [0x1f93, "ᾛ"], [0x1f94, "ᾜ"], [0x1f95, "ᾝ"],
  [0x1f96, "ᾞ"], [0x1f97, "ᾟ"], [0x1f98, "ᾘ"], [0x1f99, "ᾙ"], [0x1f9a, "ᾚ"], [0x1f9b, "ᾛ"],
  [0x1f9c, "ᾜ"], [0x1f9d, "ᾝ"], [0x1f9e, "ᾞ"], [0x1f9f, "ᾟ"], [0x1fa0, "ᾨ"], [0x1fa1, "ᾩ"],
  [0x1fa2, "ᾪ"], [0x1fa3, "ᾫ"], [0x1fa4, "ᾬ"], [0x1fa5, "ᾭ"], [0x1fa6, "ᾮ"], [0x1fa7, "ᾯ"],
  [0x1fa8, "ᾨ"], [0x1fa9, "ᾩ"], [0x1faa, "ᾪ"], [0x1fab, "ᾫ"], [0x1fac, "ᾬ"], [0x1fad, "ᾭ"],
  [0x1fae, "ᾮ"], [0x1faf, "ᾯ"], [0x1fb2, "Ὰͅ"], [0x1fb3, "ᾼ"], [0x1fb4, "Άͅ"], [0x1fb7, "ᾼ͂"],
  [0x1fbc, "ᾼ"], [0x1fc2, "Ὴͅ"], [0x1fc3, "ῌ"], [0x1fc4, "Ήͅ"], [0x1fc7, "ῌ͂"], [0x1fcc, "ῌ"],
  [0x1ff2, "Ὼͅ"], [0x1ff3, "ῼ"], [0x1ff4, "Ώͅ"], [0x1ff7, "ῼ͂"], [0x1ffc, "ῼ"], [0xa7d3, "ꟓ"],
  [0xa7d5, "ꟕ"], [0xfb00, "Ff"], [0xfb01, "Fi"], [0xfb02, "Fl"], [0xfb03, "Ffi"], [0xfb04, "Ffl"],
  [0xfb05, "St"], [0xfb06, "St"], [0xfb13, "Մն"], [0xfb14, "Մե"], [0xfb15, "Մի"], [0xfb16, "Վն"],
  [0xfb17, "Մխ"],
]);
/** FOLD_MAP: str.casefold() of the characters where it is not the host's toLowerCase(). */
export const FOLD_MAP: ReadonlyMap<number, string> = new Map([
  [0xb5, "μ"], [0xdf, "ss"], [0x149, "ʼn"], [0x17f, "s"], [0x1f0, "ǰ"], [0x345, "ι"],
  [0x390, "ΐ"], [0x3b0, "ΰ"], [0x3c2, "σ"], [0x3d0, "β"], [0x3d1, "θ"], [0x3d5, "φ"],
  [0x3d6, "π"], [0x3f0, "κ"], [0x3f1, "ρ"], [0x3f5, "ε"], [0x587, "եւ"], [0x13a0, "Ꭰ"],
  [0x13a1, "Ꭱ"], [0x13a2, "Ꭲ"], [0x13a3, "Ꭳ"], [0x13a4, "Ꭴ"], [0x13a5, "Ꭵ"], [0x13a6, "Ꭶ"],
  [0x13a7, "Ꭷ"], [0x13a8, "Ꭸ"], [0x13a9, "Ꭹ"], [0x13aa, "Ꭺ"], [0x13ab, "Ꭻ"], [0x13ac, "Ꭼ"],
  [0x13ad, "Ꭽ"], [0x13ae, "Ꭾ"], [0x13af, "Ꭿ"], [0x13b0, "Ꮀ"], [0x13b1, "Ꮁ"], [0x13b2, "Ꮂ"],
  [0x13b3, "Ꮃ"], [0x13b4, "Ꮄ"], [0x13b5, "Ꮅ"], [0x13b6, "Ꮆ"], [0x13b7, "Ꮇ"], [0x13b8, "Ꮈ"],
  [0x13b9, "Ꮉ"], [0x13ba, "Ꮊ"], [0x13bb, "Ꮋ"], [0x13bc, "Ꮌ"], [0x13bd, "Ꮍ"], [0x13be, "Ꮎ"],
  [0x13bf, "Ꮏ"], [0x13c0, "Ꮐ"], [0x13c1, "Ꮑ"], [0x13c2, "Ꮒ"], [0x13c3, "Ꮓ"], [0x13c4, "Ꮔ"],
  [0x13c5, "Ꮕ"], [0x13c6, "Ꮖ"], [0x13c7, "Ꮗ"], [0x13c8, "Ꮘ"], [0x13c9, "Ꮙ"], [0x13ca, "Ꮚ"],
  [0x13cb, "Ꮛ"], [0x13cc, "Ꮜ"], [0x13cd, "Ꮝ"], [0x13ce, "Ꮞ"], [0x13cf, "Ꮟ"], [0x13d0, "Ꮠ"],
  [0x13d1, "Ꮡ"], [0x13d2, "Ꮢ"], [0x13d3, "Ꮣ"], [0x13d4, "Ꮤ"], [0x13d5, "Ꮥ"], [0x13d6, "Ꮦ"],
  [0x13d7, "Ꮧ"], [0x13d8, "Ꮨ"], [0x13d9, "Ꮩ"], [0x13da, "Ꮪ"], [0x13db, "Ꮫ"], [0x13dc, "Ꮬ"],
  [0x13dd, "Ꮭ"], [0x13de, "Ꮮ"], [0x13df, "Ꮯ"], [0x13e0, "Ꮰ"], [0x13e1, "Ꮱ"], [0x13e2, "Ꮲ"],
  [0x13e3, "Ꮳ"], [0x13e4, "Ꮴ"], [0x13e5, "Ꮵ"], [0x13e6, "Ꮶ"], [0x13e7, "Ꮷ"], [0x13e8, "Ꮸ"],
  [0x13e9, "Ꮹ"], [0x13ea, "Ꮺ"], [0x13eb, "Ꮻ"], [0x13ec, "Ꮼ"], [0x13ed, "Ꮽ"], [0x13ee, "Ꮾ"],
  [0x13ef, "Ꮿ"], [0x13f0, "Ᏸ"], [0x13f1, "Ᏹ"], [0x13f2, "Ᏺ"], [0x13f3, "Ᏻ"], [0x13f4, "Ᏼ"],
  [0x13f5, "Ᏽ"], [0x13f8, "Ᏸ"], [0x13f9, "Ᏹ"], [0x13fa, "Ᏺ"], [0x13fb, "Ᏻ"], [0x13fc, "Ᏼ"],
  [0x13fd, "Ᏽ"], [0x1c80, "в"], [0x1c81, "д"], [0x1c82, "о"], [0x1c83, "с"], [0x1c84, "т"],
  [0x1c85, "т"], [0x1c86, "ъ"], [0x1c87, "ѣ"], [0x1c88, "ꙋ"], [0x1e96, "ẖ"], [0x1e97, "ẗ"],
  [0x1e98, "ẘ"], [0x1e99, "ẙ"], [0x1e9a, "aʾ"], [0x1e9b, "ṡ"], [0x1e9e, "ss"], [0x1f50, "ὐ"],
  [0x1f52, "ὒ"], [0x1f54, "ὔ"], [0x1f56, "ὖ"], [0x1f80, "ἀι"], [0x1f81, "ἁι"], [0x1f82, "ἂι"],
  [0x1f83, "ἃι"], [0x1f84, "ἄι"], [0x1f85, "ἅι"], [0x1f86, "ἆι"], [0x1f87, "ἇι"], [0x1f88, "ἀι"],
  [0x1f89, "ἁι"], [0x1f8a, "ἂι"], [0x1f8b, "ἃι"], [0x1f8c, "ἄι"], [0x1f8d, "ἅι"], [0x1f8e, "ἆι"],
  [0x1f8f, "ἇι"], [0x1f90, "ἠι"], [0x1f91, "ἡι"], [0x1f92, "ἢι"], [0x1f93, "ἣι"], [0x1f94, "ἤι"],
  [0x1f95, "ἥι"], [0x1f96, "ἦι"], [0x1f97, "ἧι"], [0x1f98, "ἠι"], [0x1f99, "ἡι"], [0x1f9a, "ἢι"],
  [0x1f9b, "ἣι"], [0x1f9c, "ἤι"], [0x1f9d, "ἥι"], [0x1f9e, "ἦι"], [0x1f9f, "ἧι"], [0x1fa0, "ὠι"],
  [0x1fa1, "ὡι"], [0x1fa2, "ὢι"], [0x1fa3, "ὣι"], [0x1fa4, "ὤι"], [0x1fa5, "ὥι"], [0x1fa6, "ὦι"],
  [0x1fa7, "ὧι"], [0x1fa8, "ὠι"], [0x1fa9, "ὡι"], [0x1faa, "ὢι"], [0x1fab, "ὣι"], [0x1fac, "ὤι"],
  [0x1fad, "ὥι"], [0x1fae, "ὦι"], [0x1faf, "ὧι"], [0x1fb2, "ὰι"], [0x1fb3, "αι"], [0x1fb4, "άι"],
  [0x1fb6, "ᾶ"], [0x1fb7, "ᾶι"], [0x1fbc, "αι"], [0x1fbe, "ι"], [0x1fc2, "ὴι"], [0x1fc3, "ηι"],
  [0x1fc4, "ήι"], [0x1fc6, "ῆ"], [0x1fc7, "ῆι"], [0x1fcc, "ηι"], [0x1fd2, "ῒ"], [0x1fd3, "ΐ"],
  [0x1fd6, "ῖ"], [0x1fd7, "ῗ"], [0x1fe2, "ῢ"], [0x1fe3, "ΰ"], [0x1fe4, "ῤ"], [0x1fe6, "ῦ"],
  [0x1fe7, "ῧ"], [0x1ff2, "ὼι"], [0x1ff3, "ωι"], [0x1ff4, "ώι"], [0x1ff6, "ῶ"], [0x1ff7, "ῶι"],
  [0x1ffc, "ωι"], [0xab70, "Ꭰ"], [0xab71, "Ꭱ"], [0xab72, "Ꭲ"], [0xab73, "Ꭳ"], [0xab74, "Ꭴ"],
  [0xab75, "Ꭵ"], [0xab76, "Ꭶ"], [0xab77, "Ꭷ"], [0xab78, "Ꭸ"], [0xab79, "Ꭹ"], [0xab7a, "Ꭺ"],
  [0xab7b, "Ꭻ"], [0xab7c, "Ꭼ"], [0xab7d, "Ꭽ"], [0xab7e, "Ꭾ"], [0xab7f, "Ꭿ"], [0xab80, "Ꮀ"],
  [0xab81, "Ꮁ"], [0xab82, "Ꮂ"], [0xab83, "Ꮃ"], [0xab84, "Ꮄ"], [0xab85, "Ꮅ"], [0xab86, "Ꮆ"],
  [0xab87, "Ꮇ"], [0xab88, "Ꮈ"], [0xab89, "Ꮉ"], [0xab8a, "Ꮊ"], [0xab8b, "Ꮋ"], [0xab8c, "Ꮌ"],
  [0xab8d, "Ꮍ"], [0xab8e, "Ꮎ"], [0xab8f, "Ꮏ"], [0xab90, "Ꮐ"], [0xab91, "Ꮑ"], [0xab92, "Ꮒ"],
  [0xab93, "Ꮓ"], [0xab94, "Ꮔ"], [0xab95, "Ꮕ"], [0xab96, "Ꮖ"], [0xab97, "Ꮗ"], [0xab98, "Ꮘ"],
  [0xab99, "Ꮙ"], [0xab9a, "Ꮚ"], [0xab9b, "Ꮛ"], [0xab9c, "Ꮜ"], [0xab9d, "Ꮝ"], [0xab9e, "Ꮞ"],
  [0xab9f, "Ꮟ"], [0xaba0, "Ꮠ"], [0xaba1, "Ꮡ"], [0xaba2, "Ꮢ"], [0xaba3, "Ꮣ"], [0xaba4, "Ꮤ"],
  [0xaba5, "Ꮥ"], [0xaba6, "Ꮦ"], [0xaba7, "Ꮧ"], [0xaba8, "Ꮨ"], [0xaba9, "Ꮩ"], [0xabaa, "Ꮪ"],
  [0xabab, "Ꮫ"], [0xabac, "Ꮬ"], [0xabad, "Ꮭ"], [0xabae, "Ꮮ"], [0xabaf, "Ꮯ"], [0xabb0, "Ꮰ"],
  [0xabb1, "Ꮱ"], [0xabb2, "Ꮲ"], [0xabb3, "Ꮳ"], [0xabb4, "Ꮴ"], [0xabb5, "Ꮵ"], [0xabb6, "Ꮶ"],
  [0xabb7, "Ꮷ"], [0xabb8, "Ꮸ"], [0xabb9, "Ꮹ"], [0xabba, "Ꮺ"], [0xabbb, "Ꮻ"], [0xabbc, "Ꮼ"],
  [0xabbd, "Ꮽ"], [0xabbe, "Ꮾ"], [0xabbf, "Ꮿ"], [0xfb00, "ff"], [0xfb01, "fi"], [0xfb02, "fl"],
  [0xfb03, "ffi"], [0xfb04, "ffl"], [0xfb05, "st"], [0xfb06, "st"], [0xfb13, "մն"], [0xfb14, "մե"],
  [0xfb15, "մի"], [0xfb16, "վն"], [0xfb17, "մխ"],
]);
