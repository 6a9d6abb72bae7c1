// Python's str type (https://docs.python.org/3.11/library/stdtypes.html#text-sequence-type-str),
// after CPython 3.11's Objects/unicodeobject.c and Objects/stringlib/. A str is a JS string
// (indexed by code point through str-index.ts); an instance of a str subclass is a PyStr box.

import { dictType, listType, tupleType } from './types.js';
import { PyObject, type PyValue } from './object.js';
import { strType, typeOf, typeName, isInstance, PyType } from './type.js';
import { defineMethods, defineStaticMethods, type NativeFn } from './builtin-function.js';
import { None, NotImplemented } from './singletons.js';
import { PyTuple, newTuple, userReflected } from './tuple.js';
import { PyList, newList } from './list.js';
import { PyDict } from './dict.js';
import { NativeIterator, defineIteratorType } from './iterator.js';
import { raise, PyException, TypeError, ValueError, IndexError, OverflowError, LookupError } from './exception.js';
import { asIndex, collect, getItem, getIter, iterNext, str as strOf } from './protocol.js';
import { ArgSpec } from '../builtins/args.js';
import { charge, SIZE, workItems, workBytes, workEntries } from '../vm/meter.js';
import {
  cpLength,
  cpAt,
  cpSliceStep,
  cpToUnit,
  unitToCp,
  codePoints,
  chars,
  charFromCodePoint,
  adjustIndices,
  sliceIndices as sliceBounds,
  compareCodePoints,
  hasSurrogatePair,
  checkStrLength,
  reserveStr,
  chargeStr,
  asMemoryError,
} from './str-index.js';
import {
  isSpace,
  isAlpha,
  isAlnum,
  isDecimal,
  isDigit,
  isNumeric,
  isLower,
  isUpper,
  isTitle,
  isCased,
  isCaseIgnorable,
  isXidStart,
  isXidContinue,
  upperOf,
  lowerOf,
  titleOf,
  foldOf,
  hostUpperIsExact,
  hostLowerIsExact,
  isPrintable14,
} from './unicode-data.js';
import { percentFormatStr } from './percent-format.js';
import { strFormat, strFormatMap } from './str-format.js';
import { encodeStr, decodeBytes } from './codecs.js';
import { bufferOf } from './bytes.js';
import './bytes-methods.js';
import { instanceDictFor } from './type-type.js';
import { strHash, fnv1a61 } from './hash.js';
export { strHash, fnv1a61 };
import { PySlice, sliceIndices, sliceIndexValue, indexNumber } from './slice.js';

/** isPrintableCodePoint reports whether str.isprintable() holds for the one character `cp`. */
export function isPrintableCodePoint(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  return isPrintable14(cp);
}

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0');
}

/**
 * reprStr is Python's repr() of a str, as CPython's unicode_repr(). A lone surrogate in `s` stands
 * for itself (Python strs may hold them) and is escaped as \udxxx.
 */
export function reprStr(s: string): string {
  // Single quotes unless the text has ' and no ", as unicode_repr() decides.
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  workItems(s.length);
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f || isPrintableCodePoint(cp)) out += ch;
    else if (cp <= 0xff) out += '\\x' + hex(cp, 2);
    else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}

// ---------------------------------------------------------------------------------------------
// Values

/** PyStr: an instance of a subclass of str; `value` is its text. Plain strs are JS strings. */
export class PyStr extends PyObject {
  constructor(
    readonly value: string,
    cls: PyType,
  ) {
    super(cls);
  }
}

/** strValue: the text of a str or str subclass instance, or undefined for any other value. */
export function strValue(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof PyStr) return v.value;
  return undefined;
}

/** isStr: isinstance(v, str). */
export function isStr(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyStr;
}

/** newStrOfType: a str of type cls (a subclass of str gets a PyStr box, with a __dict__ when it needs one). */
export function newStrOfType(cls: PyType, s: string): PyValue {
  if (cls === strType) return s;
  charge(SIZE.OBJECT + SIZE.SLOT);
  const o = new PyStr(s, cls);
  o.dict = instanceDictFor(cls);
  return o;
}

// ---------------------------------------------------------------------------------------------
// Argument helpers

const PY_SSIZE_T_MAX = 9223372036854775807n;

/** ssizeArg: an int argument as a Py_ssize_t (OverflowError beyond 64 bits), through __index__. */
export function ssizeArg(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'number') return n;
  if (n > PY_SSIZE_T_MAX || n < -PY_SSIZE_T_MAX - 1n) raise(OverflowError, 'Python int too large to convert to C ssize_t');
  return Number(n);
}

/** cIntArg: an int argument as a C int (OverflowError outside 32 bits), through __index__. */
export function cIntArg(v: PyValue): number {
  const n = asIndex(v);
  if (n > 2147483647 || n < -2147483648) raise(OverflowError, 'Python int too large to convert to C int');
  return Number(n);
}

/** sliceIndexArg: an optional start/end argument (_PyEval_SliceIndex): dflt for None or absent. */
export function sliceIndexArg(v: PyValue | undefined, dflt: number): number {
  return v === undefined || v === None ? dflt : sliceIndexValue(v);
}

/** strArg: the text of a str argument, else TypeError "must be str, not int". */
function strArg(v: PyValue): string {
  const s = strValue(v);
  if (s === undefined) raise(TypeError, `must be str, not ${typeName(v)}`);
  return s;
}

/** parseFindArgs: the old-style "O|OO:name" signature of find, count, startswith ...: [sub, start, end]. */
function parseFindArgs(name: string, args: PyValue[], kwnames: readonly string[] | null): [PyValue, number, number] {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${name}() takes no keyword arguments`);
  const n = args.length - 1;
  if (n < 1) raise(TypeError, `${name}() takes at least 1 argument (${n} given)`);
  if (n > 3) raise(TypeError, `${name}() takes at most 3 arguments (${n} given)`);
  return [args[1]!, sliceIndexArg(args[2], 0), sliceIndexArg(args[3], Number(PY_SSIZE_T_MAX))];
}

/** noArgs: METH_NOARGS's check ("str.upper() takes no arguments (1 given)"). */
function noArgs(name: string, args: PyValue[], kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `str.${name}() takes no keyword arguments`);
  if (args.length !== 1) raise(TypeError, `str.${name}() takes no arguments (${args.length - 1} given)`);
}

/** oneArg: METH_O's check ("str.join() takes exactly one argument (0 given)"). */
function oneArg(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `str.${name}() takes no keyword arguments`);
  if (args.length !== 2) raise(TypeError, `str.${name}() takes exactly one argument (${args.length - 1} given)`);
  return args[1]!;
}

/** wrapperArgs: a slot wrapper's argument count check ("expected 1 argument, got 0"). */
function wrapperArgs(name: string, args: PyValue[], kwnames: readonly string[] | null, n: number): void {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `wrapper ${name}() takes no keyword arguments`);
  if (args.length - 1 !== n) raise(TypeError, `expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length - 1}`);
}

// ---------------------------------------------------------------------------------------------
// Fast helpers for the VM

/** strGetItem: s[i] for an int index (negative from the end); IndexError out of range. */
export function strGetItem(s: string, i: number): string {
  // A string without surrogates (most) is indexed by unit directly.
  if (i >= 0 && i < s.length) {
    const c = s.charCodeAt(i);
    if ((c < 0xd800 || c >= 0xe000) && !hasSurrogatePair(s)) return s[i]!;
  }
  const n = cpLength(s);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(IndexError, 'string index out of range');
  return cpAt(s, i);
}

/** strSlice: s[start:stop:step] with CPython's slice semantics (null for an omitted part). */
export function strSlice(s: string, start: number | null, stop: number | null, step: number | null): string {
  if (step === 0) raise(ValueError, 'slice step cannot be zero');
  const n = cpLength(s);
  const [a, , st, count] = sliceBounds(start, stop, step, n);
  if (count === n && st === 1) return s;
  if (st === 1) workBytes(count);
  else workItems(count);
  const r = cpSliceStep(s, a, st, count);
  return count > 1 ? chargeStr(r) : r;
}

/** strConcat: a + b (both str values). */
export function strConcat(a: string, b: string): string {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  reserveStr(a.length + b.length);
  return a + b;
}

/** strRepeat: s * n, refused with MemoryError (or OverflowError, as CPython) before anything is built. */
export function strRepeat(s: string, n: number | bigint): string {
  if (n <= 0 || s.length === 0) return '';
  if (typeof n === 'bigint') {
    if (n > PY_SSIZE_T_MAX) raise(OverflowError, "cannot fit 'int' into an index-sized integer");
    n = Number(n);
  }
  if (n === 1) return s;
  const cps = cpLength(s);
  if (cps * n > 9e18 && BigInt(cps) * BigInt(n) > PY_SSIZE_T_MAX) raise(OverflowError, 'repeated string is too long');
  reserveStr(s.length * n);
  workBytes(s.length * n);
  return s.repeat(n);
}

/** strContains: sub in s. */
export function strContains(s: string, sub: string): boolean {
  workBytes(s.length);
  return findUnits(s, sub, 0, s.length) >= 0;
}

/** strCompare: a <op> b for strs in code-point order; op is a COMPARE_OP argument (< <= == != > >=). */
export function strCompare(a: string, b: string, op: number): boolean {
  switch (op) {
    case 2:
      return a === b;
    case 3:
      return a !== b;
  }
  const c = compareCodePoints(a, b);
  switch (op) {
    case 0:
      return c < 0;
    case 1:
      return c <= 0;
    case 4:
      return c > 0;
    default:
      return c >= 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Searching, by UTF-16 units with code-point boundaries

function isLead(c: number): boolean {
  return c >= 0xd800 && c < 0xdc00;
}
function isTrail(c: number): boolean {
  return c >= 0xdc00 && c < 0xe000;
}

/** splitsPair: whether unit offset u falls between the halves of a surrogate pair. */
function splitsPair(s: string, u: number): boolean {
  return u > 0 && u < s.length && isTrail(s.charCodeAt(u)) && isLead(s.charCodeAt(u - 1));
}

/** edgeSurrogate: whether sub could match inside a surrogate pair (it starts with a trailing or ends with a leading surrogate). */
function edgeSurrogate(sub: string): boolean {
  return sub.length > 0 && (isTrail(sub.charCodeAt(0)) || isLead(sub.charCodeAt(sub.length - 1)));
}

/** findUnits: the first unit offset in [from, to) where sub occurs whole, or -1. */
function findUnits(s: string, sub: string, from: number, to: number): number {
  const edge = edgeSurrogate(sub);
  for (let i = s.indexOf(sub, from); i >= 0 && i + sub.length <= to; i = s.indexOf(sub, i + 1)) {
    if (!edge || (!splitsPair(s, i) && !splitsPair(s, i + sub.length))) return i;
  }
  return -1;
}

/** rfindUnits: the last unit offset in [from, to) where sub occurs whole, or -1. */
function rfindUnits(s: string, sub: string, from: number, to: number): number {
  const edge = edgeSurrogate(sub);
  let start = to - sub.length;
  while (start >= from) {
    const i = s.lastIndexOf(sub, start);
    if (i < from) return -1;
    if (!edge || (!splitsPair(s, i) && !splitsPair(s, i + sub.length))) return i;
    start = i - 1;
  }
  return -1;
}

/** countUnits: non-overlapping occurrences of a non-empty sub in s[from:to] (units), at most max. */
function countUnits(s: string, sub: string, from: number, to: number, max = Infinity): number {
  let n = 0;
  for (let i = findUnits(s, sub, from, to); i >= 0 && n < max; i = findUnits(s, sub, i + sub.length, to)) n++;
  return n;
}

/** strFind: s.find(sub, start, end) / s.rfind(...) in code points, as CPython's any_find_slice(). */
export function strFind(s: string, sub: string, start: number, end: number, reverse: boolean): number {
  const n = cpLength(s);
  [start, end] = adjustIndices(start, end, n);
  if (end - start < cpLength(sub)) return -1;
  if (sub.length === 0) return reverse ? end : start;
  const us = cpToUnit(s, start);
  const ue = cpToUnit(s, end);
  workBytes(ue - us);
  const u = reverse ? rfindUnits(s, sub, us, ue) : findUnits(s, sub, us, ue);
  return u < 0 ? -1 : unitToCp(s, u);
}

/** strCount: s.count(sub, start, end). */
export function strCount(s: string, sub: string, start: number, end: number): number {
  const n = cpLength(s);
  [start, end] = adjustIndices(start, end, n);
  if (end - start < cpLength(sub)) return 0;
  if (sub.length === 0) return end - start + 1;
  const us = cpToUnit(s, start);
  const ue = cpToUnit(s, end);
  workBytes(ue - us);
  return countUnits(s, sub, us, ue);
}

/** tailMatch: CPython's tailmatch(): whether s[start:end] starts (or, with atEnd, ends) with sub. */
function tailMatch(s: string, sub: string, start: number, end: number, atEnd: boolean): boolean {
  const n = cpLength(s);
  [start, end] = adjustIndices(start, end, n);
  const m = cpLength(sub);
  end -= m;
  if (end < start) return false;
  if (m === 0) return true;
  const at = atEnd ? end : start;
  const u = cpToUnit(s, at);
  workBytes(sub.length);
  return s.startsWith(sub, u) && !splitsPair(s, u + sub.length);
}

// ---------------------------------------------------------------------------------------------
// Case mapping and character classes over whole strings

const ASCII_RE = /^[\x00-\x7f]*$/;

function isAsciiStr(s: string): boolean {
  return ASCII_RE.test(s);
}

/** finalSigma: handle_capital_sigma(): the lowercase of the capital sigma at code point i of cps. */
function finalSigma(cps: number[], i: number): string {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(cps[j]!)) j--;
  let final = j >= 0 && isCased(cps[j]!);
  if (final && i + 1 < cps.length) {
    j = i + 1;
    while (j < cps.length && isCaseIgnorable(cps[j]!)) j++;
    final = j === cps.length || !isCased(cps[j]!);
  }
  return final ? '\u03c2' : '\u03c3';
}

/** lowerAt: lower_ucs4(): the lowercase of code point i of cps, with the final sigma rule. */
function lowerAt(cps: number[], i: number): string {
  const c = cps[i]!;
  return c === 0x3a3 ? finalSigma(cps, i) : lowerOf(c);
}

/** strUpper: s.upper(). */
export function strUpper(s: string): string {
  workBytes(s.length);
  if (isAsciiStr(s)) return s.toUpperCase();
  workItems(s.length);
  const cps = codePoints(s);
  if (cps.every((c) => c < 0x80 || hostUpperIsExact(c))) return s.toUpperCase();
  return cps.map(upperOf).join('');
}

/** strLower: s.lower(). */
export function strLower(s: string): string {
  workBytes(s.length);
  if (isAsciiStr(s)) return s.toLowerCase();
  workItems(s.length);
  const cps = codePoints(s);
  if (!cps.includes(0x3a3) && cps.every((c) => c < 0x80 || hostLowerIsExact(c))) return s.toLowerCase();
  return cps.map((_, i) => lowerAt(cps, i)).join('');
}

function strCasefold(s: string): string {
  workBytes(s.length);
  if (isAsciiStr(s)) return s.toLowerCase();
  workItems(s.length);
  return codePoints(s).map(foldOf).join('');
}

function strSwapcase(s: string): string {
  workItems(s.length);
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (isUpper(c)) out += lowerAt(cps, i);
    else if (isLower(c)) out += upperOf(c);
    else out += charFromCodePoint(c);
  }
  return out;
}

function strTitle(s: string): string {
  workItems(s.length);
  const cps = codePoints(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    out += prevCased ? lowerAt(cps, i) : titleOf(c);
    prevCased = isCased(c);
  }
  return out;
}

function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  workItems(s.length);
  const cps = codePoints(s);
  let out = titleOf(cps[0]!);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

/** allChars: whether s is non-empty and pred holds for every code point. */
function allChars(s: string, pred: (cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  workItems(s.length);
  for (const cp of codePoints(s)) if (!pred(cp)) return false;
  return true;
}

function strIsLower(s: string): boolean {
  workItems(s.length);
  let cased = false;
  for (const c of codePoints(s)) {
    if (isUpper(c) || isTitle(c)) return false;
    if (!cased && isLower(c)) cased = true;
  }
  return cased;
}

function strIsUpper(s: string): boolean {
  workItems(s.length);
  let cased = false;
  for (const c of codePoints(s)) {
    if (isLower(c) || isTitle(c)) return false;
    if (!cased && isUpper(c)) cased = true;
  }
  return cased;
}

function strIsTitle(s: string): boolean {
  workItems(s.length);
  let cased = false;
  let prevCased = false;
  for (const c of codePoints(s)) {
    if (isUpper(c) || isTitle(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLower(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

/** strIsIdentifier: s.isidentifier(). */
export function strIsIdentifier(s: string): boolean {
  if (s.length === 0) return false;
  workItems(s.length);
  const cps = codePoints(s);
  if (!isXidStart(cps[0]!)) return false;
  for (let i = 1; i < cps.length; i++) if (!isXidContinue(cps[i]!)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Splitting, stripping, padding

/** makeStrList: a list of new strs, charged. */
function makeStrList(parts: string[]): PyValue {
  workItems(parts.length);
  let units = 0;
  for (const p of parts) units += p.length;
  charge(SIZE.STR * parts.length + units);
  return newList(parts);
}

/** splitWhitespace: split_whitespace() (maxcount < 0: no limit); whitespace is always BMP. */
function splitWhitespace(s: string, maxcount: number): string[] {
  workItems(s.length);
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  if (maxcount < 0) maxcount = Infinity;
  while (maxcount-- > 0) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i;
    i++;
    while (i < n && !isSpace(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

function rsplitWhitespace(s: string, maxcount: number): string[] {
  workItems(s.length);
  const out: string[] = [];
  let i = s.length - 1;
  if (maxcount < 0) maxcount = Infinity;
  while (maxcount-- > 0) {
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    i--;
    while (i >= 0 && !isSpace(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

/** strSplit: s.split(sep, maxsplit) as a JS array (sep null: whitespace). */
export function strSplit(s: string, sep: string | null, maxsplit: number): string[] {
  if (sep === null) return splitWhitespace(s, maxsplit);
  if (sep.length === 0) raise(ValueError, 'empty separator');
  workBytes(s.length);
  const out: string[] = [];
  let max = maxsplit < 0 ? Infinity : maxsplit;
  let j = 0;
  for (let i = findUnits(s, sep, 0, s.length); i >= 0 && max > 0; i = findUnits(s, sep, j, s.length), max--) {
    out.push(s.slice(j, i));
    j = i + sep.length;
  }
  out.push(s.slice(j));
  return out;
}

function strRSplit(s: string, sep: string | null, maxsplit: number): string[] {
  if (sep === null) return rsplitWhitespace(s, maxsplit);
  if (sep.length === 0) raise(ValueError, 'empty separator');
  workBytes(s.length);
  const out: string[] = [];
  let max = maxsplit < 0 ? Infinity : maxsplit;
  let j = s.length;
  for (let i = rfindUnits(s, sep, 0, j); i >= 0 && max > 0; i = rfindUnits(s, sep, 0, j), max--) {
    out.push(s.slice(i + sep.length, j));
    j = i;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

function isLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** strSplitlines: s.splitlines(keepends). */
export function strSplitlines(s: string, keepends: boolean): string[] {
  workItems(s.length);
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

/** strStrip: s.strip(chars) / lstrip / rstrip (which: 0 both, 1 left, 2 right); chars null: whitespace. */
export function strStrip(s: string, chars: string | null, which: 0 | 1 | 2): string {
  if (chars === null) {
    let i = 0;
    let j = s.length;
    if (which !== 2) while (i < j && isSpace(s.charCodeAt(i))) i++;
    if (which !== 1) while (j > i && isSpace(s.charCodeAt(j - 1))) j--;
    // What was skipped is charged after the fact: the scan is cheap and bounded by len(s).
    workItems(i + s.length - j);
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  if (!hasSurrogatePair(s) && !hasSurrogatePair(chars)) {
    let i = 0;
    let j = s.length;
    if (which !== 2) while (i < j && chars.includes(s[i]!)) i++;
    if (which !== 1) while (j > i && chars.includes(s[j - 1]!)) j--;
    workItems((i + s.length - j) * Math.max(1, chars.length >> 4));
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  workItems(s.length + chars.length);
  const set = new Set(chars);
  const cs = Array.from(s);
  let i = 0;
  let j = cs.length;
  if (which !== 2) while (i < j && set.has(cs[i]!)) i++;
  if (which !== 1) while (j > i && set.has(cs[j - 1]!)) j--;
  return cs.slice(i, j).join('');
}

/** pad: CPython's pad(): `left` and `right` copies of fill around s. */
function pad(s: string, left: number, right: number, fill: string): string {
  if (left <= 0 && right <= 0) return s;
  left = Math.max(0, left);
  right = Math.max(0, right);
  reserveStr(s.length + (left + right) * fill.length);
  workBytes(s.length + (left + right) * fill.length);
  return fill.repeat(left) + s + fill.repeat(right);
}

/** strExpandtabs: s.expandtabs(tabsize), columns counted in code points. */
export function strExpandtabs(s: string, tabsize: number): string {
  if (!s.includes('\t')) return s;
  workItems(s.length);
  let total = 0;
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const inc = tabsize - (col % tabsize);
        col += inc;
        total += inc;
      }
    } else {
      col++;
      total += ch.length;
      if (ch === '\n' || ch === '\r') col = 0;
    }
    if (total > Number(PY_SSIZE_T_MAX)) raise(OverflowError, 'new string is too long');
  }
  reserveStr(total);
  workBytes(total);
  let out = '';
  col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const inc = tabsize - (col % tabsize);
        col += inc;
        out += ' '.repeat(inc);
      }
    } else {
      col++;
      out += ch;
      if (ch === '\n' || ch === '\r') col = 0;
    }
  }
  return out;
}

/** strReplace: s.replace(old, new, count) (count < 0: all), measured before it is built. */
export function strReplace(s: string, old: string, rep: string, count: number): string {
  const max = count < 0 ? Infinity : count;
  if (max === 0) return s;
  if (old.length === 0) {
    workItems(s.length);
    const cs = chars(s);
    const n = Math.min(max, cs.length + 1);
    reserveStr(s.length + n * rep.length);
    workBytes(s.length + n * rep.length);
    let out = '';
    for (let i = 0; i < cs.length; i++) out += (i < n ? rep : '') + cs[i];
    if (n > cs.length) out += rep;
    return out;
  }
  workBytes(s.length);
  const n = countUnits(s, old, 0, s.length, max);
  if (n === 0) return s;
  reserveStr(s.length + n * (rep.length - old.length));
  workItems(n);
  workBytes(s.length + n * (rep.length - old.length));
  const parts: string[] = [];
  let j = 0;
  let k = 0;
  for (let i = findUnits(s, old, 0, s.length); i >= 0 && k < n; i = findUnits(s, old, j, s.length), k++) {
    parts.push(s.slice(j, i));
    j = i + old.length;
  }
  parts.push(s.slice(j));
  return parts.join(rep);
}

/** strJoin: sep.join(iterable), with CPython's errors. */
export function strJoin(sep: string, iterable: PyValue): string {
  let items: PyValue[];
  if ((iterable instanceof PyTuple && iterable.cls === tupleType) || (iterable instanceof PyList && iterable.cls === listType)) {
    items = iterable.items;
  } else {
    let it: PyValue;
    try {
      it = getIter(iterable);
    } catch (e) {
      if (e instanceof PyException && isInstance(e, TypeError)) raise(TypeError, 'can only join an iterable');
      throw e;
    }
    items = collect(it);
  }
  if (items.length === 1 && typeof items[0] === 'string') return items[0];
  workItems(items.length);
  const parts: string[] = new Array(items.length);
  let total = sep.length * Math.max(0, items.length - 1);
  for (let i = 0; i < items.length; i++) {
    const v = items[i]!;
    const t = strValue(v);
    if (t === undefined) raise(TypeError, `sequence item ${i}: expected str instance, ${typeName(v)} found`);
    parts[i] = t;
    total += t.length;
  }
  reserveStr(total);
  workBytes(total);
  return parts.join(sep);
}

/** strZfill: s.zfill(width). */
function strZfill(s: string, width: number): string {
  const n = cpLength(s);
  if (n >= width) return s;
  const fill = width - n;
  reserveStr(s.length + fill);
  workBytes(s.length + fill);
  const c = s[0];
  if (c === '+' || c === '-') return c + '0'.repeat(fill) + s.slice(1);
  return '0'.repeat(fill) + s;
}

// ---------------------------------------------------------------------------------------------
// translate / maketrans

/** strTranslate: s.translate(table), as CPython's _PyUnicode_TranslateCharmap (errors strict). */
function strTranslate(s: string, table: PyValue): string {
  workItems(s.length);
  const cache = new Map<number, string | null>();
  let out = '';
  for (const cp of codePoints(s)) {
    let r = cache.get(cp);
    if (r === undefined) {
      let v: PyValue | undefined;
      try {
        if (table instanceof PyDict && table.cls === dictType) {
          v = table.get(cp);
          if (v === undefined) {
            cache.set(cp, charFromCodePoint(cp));
            out += charFromCodePoint(cp);
            continue;
          }
        } else v = getItem(table, cp);
      } catch (e) {
        if (e instanceof PyException && isInstance(e, LookupError)) {
          cache.set(cp, charFromCodePoint(cp));
          out += charFromCodePoint(cp);
          continue;
        }
        throw e;
      }
      if (v === None) r = null;
      else if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || (typeof v === 'object' && isInstance(v, typeOf(0)))) {
        const n = asIndex(v);
        if (n < 0 || n > 0x10ffff) raise(ValueError, 'character mapping must be in range(0x110000)');
        r = charFromCodePoint(Number(n));
      } else {
        const t = strValue(v);
        if (t === undefined) raise(TypeError, 'character mapping must return integer, None or str');
        r = t;
      }
      cache.set(cp, r);
    }
    if (r !== null) {
      out += r;
      checkStrLength(out.length);
    }
  }
  return out;
}

const MAKETRANS = new ArgSpec('maketrans', 'x, y=, z=, /');

/** strMaketrans: str.maketrans(x[, y[, z]]). */
function strMaketrans(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [x, y, z] = MAKETRANS.unpack(args, kwnames);
  const d = new PyDict();
  if (y !== undefined) {
    const ys = strValue(y);
    if (ys === undefined) raise(TypeError, `maketrans() argument 2 must be str, not ${typeName(y)}`);
    let zs: string | undefined;
    if (z !== undefined) {
      zs = strValue(z);
      if (zs === undefined) raise(TypeError, `maketrans() argument 3 must be str, not ${typeName(z)}`);
    }
    const xs = strValue(x!);
    if (xs === undefined) raise(TypeError, 'first maketrans argument must be a string if there is a second argument');
    const a = codePoints(xs);
    const b = codePoints(ys);
    if (a.length !== b.length) raise(ValueError, 'the first two maketrans arguments must have equal length');
    workEntries(a.length);
    for (let i = 0; i < a.length; i++) d.set(a[i]!, b[i]!);
    if (zs !== undefined) for (const c of codePoints(zs)) d.set(c, None);
    return d;
  }
  if (!(x instanceof PyDict)) raise(TypeError, 'if you give only one argument to maketrans it must be a dict');
  for (const { key, value } of [...x.entries()]) {
    const ks = strValue(key);
    if (ks !== undefined) {
      if (cpLength(ks) !== 1) raise(ValueError, 'string keys in translate table must be of length 1');
      d.set(ks.codePointAt(0)!, value);
    } else if (typeof key === 'number' || typeof key === 'bigint' || typeof key === 'boolean' || isInstance(key, typeOf(0))) {
      d.set(key, value);
    } else raise(TypeError, 'keys in translate table must be strings or integers');
  }
  return d;
}

// ---------------------------------------------------------------------------------------------
// Iteration

/** strIteratorType: `str_iterator`. */
export const strIteratorType = defineIteratorType('str_iterator');
/** strAsciiIteratorType: `str_ascii_iterator`, CPython 3.11's iterator type for ASCII strs. */
export const strAsciiIteratorType = defineIteratorType('str_ascii_iterator');

/** StrIterator: iter(s), by code point. */
export class StrIterator extends NativeIterator {
  pos = 0;
  constructor(readonly s: string) {
    super(isAsciiStr(s) ? strAsciiIteratorType : strIteratorType);
  }
  next(): PyValue | undefined {
    const s = this.s;
    const i = this.pos;
    if (i >= s.length) return undefined;
    const c = s.charCodeAt(i);
    if (isLead(c) && i + 1 < s.length && isTrail(s.charCodeAt(i + 1))) {
      this.pos = i + 2;
      return s.slice(i, i + 2);
    }
    this.pos = i + 1;
    return s[i]!;
  }
}

/** strIter: iter(s). */
export function strIter(s: string): StrIterator {
  charge(SIZE.OBJECT + SIZE.SLOT * 2);
  return new StrIterator(s);
}

for (const t of [strIteratorType, strAsciiIteratorType]) {
  defineMethods(t, {
    __length_hint__: (args) => {
      const it = args[0] as StrIterator;
      return it.pos >= it.s.length ? 0 : cpLength(it.s.slice(it.pos));
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Subscripts

/** strSubscript: s[key] for an int, an __index__ object or a slice. */
export function strSubscript(s: string, key: PyValue): string {
  if (typeof key === 'number') return strGetItem(s, key);
  if (key instanceof PySlice) {
    const n = cpLength(s);
    const [start, , step, count] = sliceIndices(key, n);
    if (count === n && step === 1) return s;
    if (step === 1) workBytes(count);
    else workItems(count);
    const r = cpSliceStep(s, start, step, count);
    return count > 1 ? chargeStr(r) : r;
  }
  if (typeof key === 'boolean' || typeof key === 'bigint' || typeOf(key).lookup('__index__') !== undefined) {
    return strGetItem(s, indexNumber(asIndex(key)));
  }
  raise(TypeError, `string indices must be integers, not '${typeName(key)}'`);
}

// ---------------------------------------------------------------------------------------------
// The str type's methods

type StrMethod = (s: string, args: PyValue[], kwnames: readonly string[] | null, self: PyValue) => PyValue;

/** strMethods: wraps implementations taking the str value; self's type is checked as a method descriptor does. */
function strMethods(table: Record<string, StrMethod>): Record<string, NativeFn> {
  const out: Record<string, NativeFn> = {};
  for (const [name, fn] of Object.entries(table)) {
    const dunder = name.startsWith('__');
    out[name] = (args, kwnames) => {
      const self = args[0];
      const s = self === undefined ? undefined : strValue(self);
      if (s === undefined) {
        if (self === undefined) raise(TypeError, `unbound method str.${name}() needs an argument`);
        if (dunder) raise(TypeError, `descriptor '${name}' requires a 'str' object but received a '${typeName(self)}'`);
        raise(TypeError, `descriptor '${name}' for 'str' objects doesn't apply to a '${typeName(self)}' object`);
      }
      try {
        return fn(s, args, kwnames, self);
      } catch (e) {
        throw asMemoryError(e);
      }
    };
  }
  return out;
}

/**
 * literalFormat: the result of str.format(): a non-empty format string with no braces at all is
 * returned as the object itself (CPython's shortcut, visible on str subclasses).
 */
function literalFormat(s: string, self: PyValue, r: PyValue): PyValue {
  return s.length > 0 && r === s && s.indexOf('{') < 0 && s.indexOf('}') < 0 ? self : r;
}

const SPLIT = new ArgSpec('split', 'sep=, maxsplit=');
const RSPLIT = new ArgSpec('rsplit', 'sep=, maxsplit=');
const SPLITLINES = new ArgSpec('splitlines', 'keepends=');
const STRIP = new ArgSpec('strip', 'chars=, /');
const LSTRIP = new ArgSpec('lstrip', 'chars=, /');
const RSTRIP = new ArgSpec('rstrip', 'chars=, /');
const CENTER = new ArgSpec('center', 'width, fillchar=, /');
const LJUST = new ArgSpec('ljust', 'width, fillchar=, /');
const RJUST = new ArgSpec('rjust', 'width, fillchar=, /');
const REPLACE = new ArgSpec('replace', 'old, new, count=, /');
const EXPANDTABS = new ArgSpec('expandtabs', 'tabsize=');
const ENCODE = new ArgSpec('encode', 'encoding=, errors=');
const ZFILL = new ArgSpec('zfill', 'width, /');
const STR_NEW = new ArgSpec('str', 'object=, encoding=, errors=');

function maxsplitArg(v: PyValue | undefined): number {
  return v === undefined ? -1 : ssizeArg(v);
}

function sepArg(v: PyValue | undefined): string | null {
  if (v === undefined || v === None) return null;
  const s = strValue(v);
  if (s === undefined) raise(TypeError, `must be str or None, not ${typeName(v)}`);
  return s;
}

function stripArg(v: PyValue | undefined, name: string): string | null {
  if (v === undefined || v === None) return null;
  const s = strValue(v);
  if (s === undefined) raise(TypeError, `${name} arg must be None or str`);
  return s;
}

function fillArg(v: PyValue | undefined): string {
  if (v === undefined) return ' ';
  const s = strValue(v);
  if (s === undefined) raise(TypeError, `The fill character must be a unicode character, not ${typeName(v)}`);
  if (cpLength(s) !== 1) raise(TypeError, 'The fill character must be exactly one character long');
  return s;
}

/** affixMatch: startswith/endswith for a prefix that is a str or a tuple of strs. */
function affixMatch(name: string, s: string, prefix: PyValue, start: number, end: number, atEnd: boolean): boolean {
  if (prefix instanceof PyTuple) {
    for (const p of prefix.items) {
      const t = strValue(p);
      if (t === undefined) raise(TypeError, `tuple for ${name} must only contain str, not ${typeName(p)}`);
      if (tailMatch(s, t, start, end, atEnd)) return true;
    }
    return false;
  }
  const t = strValue(prefix);
  if (t === undefined) raise(TypeError, `${name} first arg must be str or a tuple of str, not ${typeName(prefix)}`);
  return tailMatch(s, t, start, end, atEnd);
}

function centerPad(s: string, width: number, fill: string): string {
  const n = cpLength(s);
  if (n >= width) return s;
  const marg = width - n;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(s, left, marg - left, fill);
}

function changed(s: string, r: string): string {
  return r === s ? s : chargeStr(r);
}

/** compareDunder: str.__lt__ & co. */
function compareDunder(op: number): StrMethod {
  return (s, args, kw) => {
    wrapperArgs(['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'][op]!, args, kw, 1);
    const o = strValue(args[1]!);
    if (o === undefined) return NotImplemented;
    return strCompare(s, o, op);
  };
}

defineMethods(
  strType,
  strMethods({
    // https://docs.python.org/3.11/library/stdtypes.html#string-methods
    capitalize: (s, a, k) => (noArgs('capitalize', a, k), changed(s, strCapitalize(s))),
    casefold: (s, a, k) => (noArgs('casefold', a, k), changed(s, strCasefold(s))),
    center: (s, a, k) => {
      const [w, f] = CENTER.unpack(a, k, 1);
      return centerPad(s, ssizeArg(w!), fillArg(f));
    },
    count: (s, a, k) => {
      const [sub, start, end] = parseFindArgs('count', a, k);
      return strCount(s, strArg(sub), start, end);
    },
    encode: (s, a, k) => {
      const [enc, errors] = ENCODE.unpack(a, k, 1);
      if (enc !== undefined && strValue(enc) === undefined) raise(TypeError, `encode() argument 'encoding' must be str, not ${typeName(enc)}`);
      if (errors !== undefined && strValue(errors) === undefined) raise(TypeError, `encode() argument 'errors' must be str, not ${typeName(errors)}`);
      return encodeStr(s, enc === undefined ? 'utf-8' : strValue(enc)!, errors === undefined ? 'strict' : strValue(errors)!);
    },
    endswith: (s, a, k) => {
      const [p, start, end] = parseFindArgs('endswith', a, k);
      return affixMatch('endswith', s, p, start, end, true);
    },
    expandtabs: (s, a, k) => {
      const [t] = EXPANDTABS.unpack(a, k, 1);
      return changed(s, strExpandtabs(s, t === undefined ? 8 : cIntArg(t)));
    },
    find: (s, a, k) => {
      const [sub, start, end] = parseFindArgs('find', a, k);
      return strFind(s, strArg(sub), start, end, false);
    },
    format: (s, a, k) => literalFormat(s, a[0]!, chargeStr(strFormat(s, a.slice(1), k))),
    format_map: (s, a, k) => literalFormat(s, a[0]!, chargeStr(strFormatMap(s, oneArg('format_map', a, k)))),
    index: (s, a, k) => {
      const [sub, start, end] = parseFindArgs('index', a, k);
      const r = strFind(s, strArg(sub), start, end, false);
      if (r < 0) raise(ValueError, 'substring not found');
      return r;
    },
    isalnum: (s, a, k) => (noArgs('isalnum', a, k), allChars(s, isAlnum)),
    isalpha: (s, a, k) => (noArgs('isalpha', a, k), allChars(s, isAlpha)),
    isascii: (s, a, k) => (noArgs('isascii', a, k), workBytes(s.length), isAsciiStr(s)),
    isdecimal: (s, a, k) => (noArgs('isdecimal', a, k), allChars(s, isDecimal)),
    isdigit: (s, a, k) => (noArgs('isdigit', a, k), allChars(s, isDigit)),
    isidentifier: (s, a, k) => (noArgs('isidentifier', a, k), strIsIdentifier(s)),
    islower: (s, a, k) => (noArgs('islower', a, k), strIsLower(s)),
    isnumeric: (s, a, k) => (noArgs('isnumeric', a, k), allChars(s, isNumeric)),
    isprintable: (s, a, k) => {
      noArgs('isprintable', a, k);
      workItems(s.length);
      for (const cp of codePoints(s)) if (!isPrintableCodePoint(cp)) return false;
      return true;
    },
    isspace: (s, a, k) => (noArgs('isspace', a, k), allChars(s, isSpace)),
    istitle: (s, a, k) => (noArgs('istitle', a, k), strIsTitle(s)),
    isupper: (s, a, k) => (noArgs('isupper', a, k), strIsUpper(s)),
    join: (s, a, k) => {
      const r = strJoin(s, oneArg('join', a, k));
      return r;
    },
    ljust: (s, a, k) => {
      const [w, f] = LJUST.unpack(a, k, 1);
      const width = ssizeArg(w!);
      return pad(s, 0, width - cpLength(s), fillArg(f));
    },
    lower: (s, a, k) => (noArgs('lower', a, k), changed(s, strLower(s))),
    lstrip: (s, a, k) => changed(s, strStrip(s, stripArg(LSTRIP.unpack(a, k, 1)[0], 'lstrip'), 1)),
    partition: (s, a, k) => {
      const sep = strArg(oneArg('partition', a, k));
      if (sep.length === 0) raise(ValueError, 'empty separator');
      workBytes(s.length);
      const i = findUnits(s, sep, 0, s.length);
      // Not found: CPython gives back the object itself, a str subclass instance included.
      if (i < 0) return newTuple([a[0]!, '', '']);
      return newTuple([chargeStr(s.slice(0, i)), sep, chargeStr(s.slice(i + sep.length))]);
    },
    removeprefix: (s, a, k) => {
      const p = strValue(oneArg('removeprefix', a, k));
      if (p === undefined) raise(TypeError, `removeprefix() argument must be str, not ${typeName(a[1]!)}`);
      workBytes(p.length);
      return p.length > 0 && s.startsWith(p) && !splitsPair(s, p.length) ? chargeStr(s.slice(p.length)) : s;
    },
    removesuffix: (s, a, k) => {
      const p = strValue(oneArg('removesuffix', a, k));
      if (p === undefined) raise(TypeError, `removesuffix() argument must be str, not ${typeName(a[1]!)}`);
      workBytes(p.length);
      return p.length > 0 && s.endsWith(p) && !splitsPair(s, s.length - p.length) ? chargeStr(s.slice(0, s.length - p.length)) : s;
    },
    replace: (s, a, k) => {
      if (k !== null && k.length > 0) raise(TypeError, 'str.replace() takes no keyword arguments');
      const [o, n, c] = REPLACE.unpack(a, k, 1);
      const old = strValue(o!);
      if (old === undefined) raise(TypeError, `replace() argument 1 must be str, not ${typeName(o!)}`);
      const rep = strValue(n!);
      if (rep === undefined) raise(TypeError, `replace() argument 2 must be str, not ${typeName(n!)}`);
      return changed(s, strReplace(s, old, rep, c === undefined ? -1 : ssizeArg(c)));
    },
    rfind: (s, a, k) => {
      const [sub, start, end] = parseFindArgs('rfind', a, k);
      return strFind(s, strArg(sub), start, end, true);
    },
    rindex: (s, a, k) => {
      const [sub, start, end] = parseFindArgs('rindex', a, k);
      const r = strFind(s, strArg(sub), start, end, true);
      if (r < 0) raise(ValueError, 'substring not found');
      return r;
    },
    rjust: (s, a, k) => {
      const [w, f] = RJUST.unpack(a, k, 1);
      const width = ssizeArg(w!);
      return pad(s, width - cpLength(s), 0, fillArg(f));
    },
    rpartition: (s, a, k) => {
      const sep = strArg(oneArg('rpartition', a, k));
      if (sep.length === 0) raise(ValueError, 'empty separator');
      workBytes(s.length);
      const i = rfindUnits(s, sep, 0, s.length);
      if (i < 0) return newTuple(['', '', a[0]!]);
      return newTuple([chargeStr(s.slice(0, i)), sep, chargeStr(s.slice(i + sep.length))]);
    },
    rsplit: (s, a, k) => {
      const [sep, max] = RSPLIT.unpack(a, k, 1);
      const by = sepArg(sep);
      const n = maxsplitArg(max);
      if (by !== null && cpLength(s) < cpLength(by)) return newList([a[0]!]);
      return makeStrList(strRSplit(s, by, n));
    },
    rstrip: (s, a, k) => changed(s, strStrip(s, stripArg(RSTRIP.unpack(a, k, 1)[0], 'rstrip'), 2)),
    split: (s, a, k) => {
      const [sep, max] = SPLIT.unpack(a, k, 1);
      const by = sepArg(sep);
      const n = maxsplitArg(max);
      // A str shorter than the separator is the one item, itself (a str subclass instance too).
      if (by !== null && cpLength(s) < cpLength(by)) return newList([a[0]!]);
      return makeStrList(strSplit(s, by, n));
    },
    splitlines: (s, a, k) => {
      const [keep] = SPLITLINES.unpack(a, k, 1);
      return makeStrList(strSplitlines(s, keep !== undefined && cIntArg(keep) !== 0));
    },
    startswith: (s, a, k) => {
      const [p, start, end] = parseFindArgs('startswith', a, k);
      return affixMatch('startswith', s, p, start, end, false);
    },
    strip: (s, a, k) => changed(s, strStrip(s, stripArg(STRIP.unpack(a, k, 1)[0], 'strip'), 0)),
    swapcase: (s, a, k) => (noArgs('swapcase', a, k), changed(s, strSwapcase(s))),
    title: (s, a, k) => (noArgs('title', a, k), changed(s, strTitle(s))),
    translate: (s, a, k) => changed(s, strTranslate(s, oneArg('translate', a, k))),
    upper: (s, a, k) => (noArgs('upper', a, k), changed(s, strUpper(s))),
    zfill: (s, a, k) => changed(s, strZfill(s, ssizeArg(ZFILL.unpack(a, k, 1)[0]!))),

    // Special methods
    __add__: (s, a, k) => {
      wrapperArgs('__add__', a, k, 1);
      const o = strValue(a[1]!);
      if (o === undefined) {
        // As list and tuple do: let the other operand's own __radd__ have its turn (CPython tries
        // it before sequence concatenation), else CPython's message for `str + x`.
        if (userReflected(a[1]!, '__radd__')) return NotImplemented;
        raise(TypeError, `can only concatenate str (not "${typeName(a[1]!)}") to str`);
      }
      return strConcat(s, o);
    },
    __contains__: (s, a, k) => {
      wrapperArgs('__contains__', a, k, 1);
      const o = strValue(a[1]!);
      if (o === undefined) raise(TypeError, `'in <string>' requires string as left operand, not ${typeName(a[1]!)}`);
      return strContains(s, o);
    },
    __eq__: compareDunder(2),
    __ne__: compareDunder(3),
    __lt__: compareDunder(0),
    __le__: compareDunder(1),
    __gt__: compareDunder(4),
    __ge__: compareDunder(5),
    __getitem__: (s, a, k) => (wrapperArgs('__getitem__', a, k, 1), strSubscript(s, a[1]!)),
    __getnewargs__: (s, a, k) => (noArgs('__getnewargs__', a, k), newTuple([s])),
    __hash__: (s, a, k) => (wrapperArgs('__hash__', a, k, 0), strHash(s)),
    __iter__: (s, a, k) => (wrapperArgs('__iter__', a, k, 0), strIter(s)),
    __len__: (s, a, k) => (wrapperArgs('__len__', a, k, 0), cpLength(s)),
    __mod__: (s, a, k) => (wrapperArgs('__mod__', a, k, 1), chargeStr(percentFormatStr(s, a[1]!))),
    __rmod__: (s, a, k) => {
      wrapperArgs('__rmod__', a, k, 1);
      const o = strValue(a[1]!);
      return o === undefined ? NotImplemented : chargeStr(percentFormatStr(o, s));
    },
    __mul__: (s, a, k) => (wrapperArgs('__mul__', a, k, 1), repeatArg(a[1]!, '__rmul__') ?? strRepeat(s, asIndex(a[1]!))),
    __rmul__: (s, a, k) => (wrapperArgs('__rmul__', a, k, 1), repeatArg(a[1]!, '__mul__') ?? strRepeat(s, asIndex(a[1]!))),
    __repr__: (s, a, k) => (wrapperArgs('__repr__', a, k, 0), chargeStr(reprStr(s))),
    __str__: (s, a, k) => (wrapperArgs('__str__', a, k, 0), s),
    __sizeof__: (s, a, k) => {
      noArgs('__sizeof__', a, k);
      workItems(s.length);
      let max = 0;
      for (const cp of codePoints(s)) if (cp > max) max = cp;
      const n = cpLength(s);
      if (max < 0x80) return 49 + n;
      if (max < 0x100) return 73 + n;
      if (max < 0x10000) return 74 + 2 * n;
      return 76 + 4 * n;
    },
  }),
);

/**
 * repeatArg: undefined when v can be a repeat count; else NotImplemented if v's type has its own
 * reflected method (so that it is tried), else CPython's TypeError for `seq * x`.
 */
export function repeatArg(v: PyValue, reflected: string): PyValue | undefined {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || typeOf(v).lookup('__index__') !== undefined) return undefined;
  if (userReflected(v, reflected)) return NotImplemented;
  raise(TypeError, `can't multiply sequence by non-int of type '${typeName(v)}'`);
}

defineStaticMethods(strType, {
  maketrans: strMaketrans,
  __new__: (args, kwnames) => {
    if (args.length === 0) raise(TypeError, 'str.__new__(): not enough arguments');
    const cls = args[0];
    if (!(cls instanceof PyType)) raise(TypeError, `str.__new__(X): X is not a type object (${typeName(cls!)})`);
    if (!cls.isSubtypeOf(strType)) raise(TypeError, `str.__new__(${cls.name}): ${cls.name} is not a subtype of str`);
    return newStrOfType(cls, strNew(args, kwnames));
  },
});

/** newText: str(obj), charged to the heap when it is a new string. */
function newText(obj: PyValue): string {
  const t = strOf(obj);
  return t === obj ? t : chargeStr(t);
}

/** strNew: the text of str(object='', encoding=..., errors=...). */
function strNew(args: PyValue[], kwnames: readonly string[] | null): string {
  if (args.length === 2 && kwnames === null) return newText(args[1]!);
  if (kwnames !== null) {
    for (const k of kwnames) if (k !== 'object' && k !== 'encoding' && k !== 'errors') raise(TypeError, `'${k}' is an invalid keyword argument for str()`);
  }
  if (args.length - 1 > 3) raise(TypeError, `str() takes at most 3 arguments (${args.length - 1} given)`);
  const [obj, enc, errors] = STR_NEW.unpack(args, kwnames, 1);
  if (enc === undefined && errors === undefined) return obj === undefined ? '' : newText(obj);
  if (enc !== undefined && strValue(enc) === undefined) raise(TypeError, `str() argument 'encoding' must be str, not ${typeName(enc)}`);
  if (errors !== undefined && strValue(errors) === undefined) raise(TypeError, `str() argument 'errors' must be str, not ${typeName(errors)}`);
  if (obj === undefined) return '';
  if (isStr(obj)) raise(TypeError, 'decoding str is not supported');
  const data = bufferOf(obj);
  if (data === undefined) raise(TypeError, `decoding to str: need a bytes-like object, ${typeName(obj)} found`);
  return decodeBytes(data, enc === undefined ? 'utf-8' : strValue(enc)!, errors === undefined ? 'strict' : strValue(errors)!);
}

