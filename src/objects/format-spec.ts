// The format-spec mini-language (https://docs.python.org/3.11/library/string.html#formatspec) for
// int, bool, float, complex and str, and their __format__ methods: a port of CPython 3.11's
// Python/formatter_unicode.c, with float digits as Python/pystrtod.c's format_float_short() over
// exact decimal expansions (rounding half to even from the exact binary value, as dtoa does).

import { complexType, floatType } from './types.js';
import type { PyValue } from './object.js';
import { intType, strType, typeOf, typeName, isInstance } from './type.js';
import { PyFloat, formatFloatShort } from './float.js';
import { PyComplexValue } from './complex.js';
import { defineMethods, type NativeFn } from './builtin-function.js';
import { None } from './singletons.js';
import { raise, ValueError, TypeError, OverflowError } from './exception.js';
import { asIndex, str as strOf, repr as reprOf, format as formatOf } from './protocol.js';
import { strValue } from './str.js';
import { cpLength, cpSlice, charFromCodePoint, checkStrLength, chargeStr, asMemoryError } from './str-index.js';
import { decimalValue, isDecimal } from './unicode-data.js';
import { bigBitLength, workDecimal } from './int.js';
import { workBytes } from '../vm/meter.js';

// ---------------------------------------------------------------------------------------------
// Parsing a spec

/** FormatSpec: a parsed format spec (CPython's InternalFormatSpec). */
export interface FormatSpec {
  fill: string;
  /** align: '<', '>', '^' or '='. */
  align: string;
  /** sign: '+', '-', ' ' or '' (not given). */
  sign: string;
  noNeg0: boolean;
  alternate: boolean;
  /** width: -1 when not given. */
  width: number;
  /** thousands: '' (none), ',' , '_' (every 3 digits) or '_4' (every 4, for b o x X). */
  thousands: '' | ',' | '_' | '_4';
  /** precision: -1 when not given. */
  precision: number;
  /** type: the presentation type, '' for none. */
  type: string;
}

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/** readInteger: get_integer(): a run of Unicode decimal digits at pos; [value, next pos] (value -1: none). */
function readInteger(cps: string[], pos: number): [number, number] {
  let acc = 0;
  let big: bigint | null = null;
  const start = pos;
  for (; pos < cps.length; pos++) {
    const cp = cps[pos]!.codePointAt(0)!;
    if (!isDecimal(cp)) break;
    const d = decimalValue(cp);
    if (big === null && acc < 1e14) acc = acc * 10 + d;
    else {
      big = (big ?? BigInt(acc)) * 10n + BigInt(d);
      if (big > PY_SSIZE_T_MAX) raise(ValueError, 'Too many decimal digits in format string');
    }
  }
  if (pos === start) return [-1, pos];
  return [big === null ? acc : Number(big), pos];
}

function presentationChar(t: string): string {
  const cp = t.codePointAt(0)!;
  return cp > 32 && cp < 128 ? t : `\\x${cp.toString(16)}`;
}

/**
 * parseFormatSpec: parse_internal_render_format_spec(). `typeName` is type(obj).__name__ for the
 * "Invalid format specifier" message.
 */
export function parseFormatSpec(spec: string, defaultType: string, defaultAlign: string, typeName: string): FormatSpec {
  // Specs are mostly literals used over and over: parsed once (errors are not cached).
  const key = defaultType + defaultAlign + spec;
  const hit = SPEC_CACHE.get(key);
  if (hit !== undefined) return hit;
  const f = parseSpec(spec, defaultType, defaultAlign, typeName);
  if (SPEC_CACHE.size >= 256) SPEC_CACHE.clear();
  SPEC_CACHE.set(key, Object.freeze(f));
  return f;
}

const SPEC_CACHE = new Map<string, FormatSpec>();

function parseSpec(spec: string, defaultType: string, defaultAlign: string, typeName: string): FormatSpec {
  const cps = Array.from(spec);
  const end = cps.length;
  const f: FormatSpec = {
    fill: ' ',
    align: defaultAlign,
    sign: '',
    noNeg0: false,
    alternate: false,
    width: -1,
    thousands: '',
    precision: -1,
    type: defaultType,
  };
  let pos = 0;
  let alignSpecified = false;
  let fillSpecified = false;
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    f.align = cps[pos + 1]!;
    f.fill = cps[pos]!;
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    f.align = cps[pos]!;
    alignSpecified = true;
    pos++;
  }
  if (pos < end && (cps[pos] === '+' || cps[pos] === '-' || cps[pos] === ' ')) f.sign = cps[pos++]!;
  if (pos < end && cps[pos] === 'z') {
    f.noNeg0 = true;
    pos++;
  }
  if (pos < end && cps[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  if (!fillSpecified && pos < end && cps[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  [f.width, pos] = readInteger(cps, pos);
  if (pos < end && cps[pos] === ',') {
    f.thousands = ',';
    pos++;
  }
  if (pos < end && cps[pos] === '_') {
    if (f.thousands !== '') raise(ValueError, "Cannot specify both ',' and '_'.");
    f.thousands = '_';
    pos++;
  }
  if (pos < end && cps[pos] === ',' && f.thousands === '_') raise(ValueError, "Cannot specify both ',' and '_'.");
  if (pos < end && cps[pos] === '.') {
    pos++;
    [f.precision, pos] = readInteger(cps, pos);
    if (f.precision === -1) raise(ValueError, 'Format specifier missing precision');
  }
  if (end - pos > 1) raise(ValueError, `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) f.type = cps[pos]!;
  if (f.thousands !== '') {
    switch (f.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        // Underscores every four digits in bin/oct/hex (PEP 515); a comma is an error there too.
        if (f.thousands !== '_') raise(ValueError, `Cannot specify ',' with '${f.type}'.`);
        f.thousands = '_4';
        break;
      default:
        raise(ValueError, `Cannot specify '${f.thousands === ',' ? ',' : '_'}' with '${presentationChar(f.type)}'.`);
    }
  }
  return f;
}

function unknownPresentationType(type: string, typeName: string): never {
  raise(ValueError, `Unknown format code '${presentationChar(type)}' for object of type '${typeName}'`);
}

// ---------------------------------------------------------------------------------------------
// Number layout: calc_number_widths() and fill_number()

/**
 * groupDigits: _PyUnicode_InsertThousandsGrouping(): digits with separators every `group` digits,
 * left-padded with zeros (and separators among them) to at least minWidth characters.
 */
function groupDigits(digits: string, minWidth: number, sep: string, group: number): string {
  minWidth = Math.max(0, minWidth);
  let remaining = digits.length;
  let pos = digits.length;
  const parts: string[] = [];
  let useSep = false;
  let broken = false;
  if (group > 0) {
    for (;;) {
      const len = Math.min(group, Math.max(remaining, minWidth, 1));
      const nZeros = Math.max(0, len - remaining);
      const nChars = Math.max(0, Math.min(remaining, len));
      if (useSep) parts.push(sep);
      parts.push(digits.slice(pos - nChars, pos));
      if (nZeros > 0) parts.push('0'.repeat(nZeros));
      pos -= nChars;
      useSep = true;
      remaining -= nChars;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) {
    const len = Math.max(remaining, minWidth, 1);
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    if (useSep) parts.push(sep);
    parts.push(digits.slice(pos - nChars, pos));
    if (nZeros > 0) parts.push('0'.repeat(nZeros));
  }
  return parts.reverse().join('');
}

/** padding: the fill to add around `n` characters of content for the width. */
function padding(n: number, width: number, align: string): [number, number] {
  const total = width > n ? width : n;
  const left = align === '>' ? total - n : align === '^' ? Math.floor((total - n) / 2) : 0;
  return [left, total - n - left];
}

function fillRun(fill: string, n: number): string {
  if (n <= 0) return '';
  return fill.repeat(n);
}

/**
 * layoutNumber: calc_number_widths() + fill_number(): sign, prefix, grouped digits, decimal point
 * and remainder, padded to the spec's width. `body` is the unsigned number text: digits, then
 * (from the first non-digit) the remainder; `hasDecimal` says the remainder starts with '.'.
 */
function layoutNumber(negative: boolean, prefix: string, body: string, f: FormatSpec, upper: boolean, noGrouping = false, allDigits = false): string {
  let nd = 0;
  if (allDigits) nd = body.length;
  else while (nd < body.length && body.charCodeAt(nd) >= 0x30 && body.charCodeAt(nd) <= 0x39) nd++;
  const digits = body.slice(0, nd);
  const rest = body.slice(nd);
  let sign = '';
  if (f.sign === '+') sign = negative ? '-' : '+';
  else if (f.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const nonDigit = sign.length + prefix.length + rest.length;
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
  let sep = '';
  let group = 0;
  if (!noGrouping) {
    if (f.thousands === ',') [sep, group] = [',', 3];
    else if (f.thousands === '_') [sep, group] = ['_', 3];
    else if (f.thousands === '_4') [sep, group] = ['_', 4];
  }
  let grouped = nd === 0 ? '' : groupDigits(digits, minWidth, sep, group);
  if (upper) grouped = grouped.toUpperCase();
  const n = nonDigit + grouped.length;
  const pad = f.width - n;
  checkStrLength(Math.max(n, f.width) * f.fill.length);
  workBytes(Math.max(n, f.width) * f.fill.length);
  let lp = 0;
  let sp = 0;
  let rp = 0;
  if (pad > 0) {
    if (f.align === '<') rp = pad;
    else if (f.align === '^') {
      lp = Math.floor(pad / 2);
      rp = pad - lp;
    } else if (f.align === '=') sp = pad;
    else lp = pad;
  }
  return fillRun(f.fill, lp) + sign + (upper ? prefix.toUpperCase() : prefix) + fillRun(f.fill, sp) + grouped + rest + fillRun(f.fill, rp);
}

// ---------------------------------------------------------------------------------------------
// Float digits: PyOS_double_to_string()

const POW5: bigint[] = [1n];
function pow5(k: number): bigint {
  while (POW5.length <= k) POW5.push(POW5[POW5.length - 1]! * 5n);
  return POW5[k]!;
}

const view = new DataView(new ArrayBuffer(8));

/** exactDigits: the exact decimal expansion of finite, non-zero |x|: digits and decpt (value = 0.digits × 10^decpt). */
function exactDigits(x: number): [string, number] {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    mant += 1n << 52n;
    e = bexp - 1075;
  }
  while ((mant & 1n) === 0n && e < 0) {
    mant >>= 1n;
    e++;
  }
  if (e >= 0) {
    const s = (mant << BigInt(e)).toString();
    return [s, s.length];
  }
  const s = (mant * pow5(-e)).toString();
  return [s, s.length + e];
}

/** roundDigits: digits (value 0.digits × 10^decpt) rounded half-even to `keep` digits; trailing zeros stripped. */
function roundDigits(digits: string, decpt: number, keep: number): [string, number] {
  if (keep >= digits.length) return [digits.replace(/0+$/, ''), decpt];
  if (keep < 0) return ['', decpt];
  const next = digits.charCodeAt(keep) - 48;
  let up = next > 5;
  if (next === 5) {
    up = /[1-9]/.test(digits.slice(keep + 1));
    if (!up) up = keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1;
  }
  let kept = digits.slice(0, keep);
  if (up) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') i--;
    if (i < 0) {
      kept = '1';
      decpt++;
    } else kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  }
  return [kept.replace(/0+$/, ''), decpt];
}

/**
 * fixedNoTie: x.toFixed(nd) for finite x >= 0 when that is dtoa's mode 3 answer: toFixed rounds
 * correctly but breaks ties away from zero, so null when a tie is possible. A tie needs exactly
 * nd + 1 decimals, so exactly nd + 1 binary fraction digits (2^-k has k decimals); counting them
 * is cheaper than a second conversion.
 */
function fixedNoTie(x: number, nd: number): string | null {
  if (nd > 100 || x >= 1e21) return null;
  let y = x;
  let k = 0;
  while (y !== Math.floor(y) && k <= nd + 1) {
    y *= 2;
    k++;
  }
  if (k === nd + 1 && y === Math.floor(y)) return null;
  return x.toFixed(nd);
}

/**
 * fastDtoa: dtoa() through toFixed/toExponential, which round correctly from the exact binary
 * value but break ties away from zero where dtoa breaks them to even; null (use the exact path)
 * when a tie is possible: the exact value then has one digit more than asked for, a final 5, so
 * that one-digit-longer conversion is exact and reads back as x. The check costs a conversion;
 * the exact path costs a BigInt expansion (5x to 20x slower, measured on `f'{x:.2f}'`).
 */
function fastDtoa(x: number, mode: 2 | 3, nd: number): [string, number] | null {
  let digits: string;
  let decpt: number;
  if (mode === 3) {
    const f = fixedNoTie(x, nd);
    if (f === null) return null;
    const dot = f.indexOf('.');
    digits = dot < 0 ? f : f.slice(0, dot) + f.slice(dot + 1);
    decpt = dot < 0 ? f.length : dot;
    let lead = 0;
    while (lead < digits.length && digits.charCodeAt(lead) === 0x30) lead++;
    if (lead === digits.length) return ['', -nd];
    digits = digits.slice(lead);
    decpt -= lead;
  } else {
    if (nd > 100 || nd < 1) return null;
    const t = x.toExponential(nd);
    const tm = t.slice(0, t.indexOf('e'));
    if (tm.charCodeAt(tm.length - 1) === 0x35 && Number(t) === x) return null;
    const e = x.toExponential(nd - 1);
    const at = e.indexOf('e');
    digits = e.charCodeAt(1) === 0x2e ? e[0]! + e.slice(2, at) : e.slice(0, at);
    decpt = Number(e.slice(at + 1)) + 1;
  }
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 0x30) end--;
  return [digits.slice(0, end), decpt];
}

/**
 * dtoa: _Py_dg_dtoa() for finite |x|: mode 0 (shortest round-trip), 2 (ndigits significant) or 3
 * (ndigits after the point); [digits, decpt] with trailing zeros stripped; zero is ['0', 1].
 */
function dtoa(x: number, mode: 0 | 2 | 3, ndigits: number): [string, number] {
  if (x === 0) return ['0', 1];
  if (mode === 0) {
    const [m, e] = x.toExponential().split('e') as [string, string];
    return [m.replace('.', ''), Number(e) + 1];
  }
  const fast = fastDtoa(x, mode, ndigits);
  if (fast !== null) return fast;
  const [d, decpt] = exactDigits(x);
  const r = roundDigits(d, decpt, mode === 2 ? ndigits : decpt + ndigits);
  // Rounded to nothing: dtoa's "no digits" answer has the point just before the last place asked for.
  if (r[0] === '') r[1] = -ndigits;
  return r;
}

/** DoubleFlags: Py_DTSF_* flags of PyOS_double_to_string. */
export interface DoubleFlags {
  sign?: boolean;
  addDot0?: boolean;
  alt?: boolean;
  noNeg0?: boolean;
}

/**
 * doubleToString: PyOS_double_to_string(x, code, precision, flags) with code one of e E f F g G r
 * (format_float_short()); 'inf' and 'nan' (upper case for E F G).
 */
export function doubleToString(x: number, code: string, precision: number, flags: DoubleFlags = {}): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  let fmt = code.toLowerCase();
  let mode: 0 | 2 | 3;
  if (fmt === 'e') {
    mode = 2;
    precision++;
  } else if (fmt === 'f') mode = 3;
  else if (fmt === 'g') {
    mode = 2;
    if (precision === 0) precision = 1;
  } else {
    mode = 0;
    fmt = 'r';
  }
  let negative = x < 0 || Object.is(x, -0);
  if (Number.isNaN(x)) return (flags.sign ? '+' : '') + (upper ? 'NAN' : 'nan');
  if (!Number.isFinite(x)) return (negative ? '-' : flags.sign ? '+' : '') + (upper ? 'INF' : 'inf');
  if (fmt === 'f' && !flags.alt) {
    // The common case, `f'{x:.2f}'`: toFixed's text is the answer when no tie is involved.
    const t = fixedNoTie(Math.abs(x), precision);
    if (t !== null) {
      if (negative && flags.noNeg0 && /^[0.]*$/.test(t)) negative = false;
      return (negative ? '-' : flags.sign ? '+' : '') + t;
    }
  }
  checkStrLength(precision + 400);
  workBytes(precision);
  const [digits, decptRaw] = dtoa(Math.abs(x), mode, precision);
  let decpt = decptRaw;
  const nd = digits.length;
  if (flags.noNeg0 && negative && (nd === 0 || digits === '0')) negative = false;
  let vEnd = nd;
  let useExp = false;
  if (fmt === 'e') {
    useExp = true;
    vEnd = precision;
  } else if (fmt === 'f') vEnd = decpt + precision;
  else if (fmt === 'g') {
    if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) useExp = true;
    if (flags.alt) vEnd = precision;
  } else if (decpt <= -4 || decpt > 16) useExp = true;
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && flags.addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;
  let out = negative ? '-' : flags.sign ? '+' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vStart);
  if (decpt > 0 && decpt <= nd) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (nd < decpt) out += '0'.repeat(decpt - nd) + '.' + '0'.repeat(vEnd - decpt);
  else out += '0'.repeat(vEnd - nd);
  if (out.endsWith('.') && !flags.alt) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' : '') + a;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// str

/** formatStrWith: format_string_internal() for a parsed spec. */
function formatStrWith(s: string, f: FormatSpec): string {
  if (f.sign !== '') raise(ValueError, f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  if (f.noNeg0) raise(ValueError, 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) raise(ValueError, 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') raise(ValueError, "'=' alignment not allowed in string format specifier");
  let len = cpLength(s);
  if ((f.width === -1 || f.width <= len) && (f.precision === -1 || f.precision >= len)) return s;
  if (f.precision >= 0 && len >= f.precision) {
    s = cpSlice(s, 0, f.precision);
    len = f.precision;
  }
  const [l, r] = padding(len, f.width, f.align);
  checkStrLength(s.length + (l + r) * f.fill.length);
  workBytes(s.length + (l + r) * f.fill.length);
  return fillRun(f.fill, l) + s + fillRun(f.fill, r);
}

/** formatStr: str.__format__(s, spec) (the value of a str or str subclass). */
export function formatStr(s: string, spec: string, tname = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, 's', '<', tname);
  if (f.type !== 's') unknownPresentationType(f.type, tname);
  return formatStrWith(s, f);
}

// ---------------------------------------------------------------------------------------------
// int

/** INT_MAX_STR_DIGITS: sys.get_int_max_str_digits()'s default, for decimal conversion. */
const INT_MAX_STR_DIGITS = 4300;

/** intToDecimal: str(int), with CPython's limit on the number of digits. */
export function intToDecimal(v: number | bigint): string {
  if (typeof v === 'number') return String(v);
  // |v| >= 2**(bits-1) has at least (bits-1)*log10(2)+1 digits: refuse before converting.
  // (Below 2**1024, the double is finite and there are at most 309 digits.)
  if (!Number.isFinite(Number(v)) && (bigBitLength(v) - 1) * 0.30102999566398114 >= INT_MAX_STR_DIGITS) intDigitsError();
  workDecimal(v);
  const s = v.toString();
  if (s.length - (v < 0n ? 1 : 0) > INT_MAX_STR_DIGITS) intDigitsError();
  return s;
}

function intDigitsError(): never {
  raise(ValueError, `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
}

/** intToFloat: PyLong_AsDouble: OverflowError when out of range. */
export function intToFloat(v: number | bigint): number {
  if (typeof v === 'number') return v;
  const x = Number(v);
  if (!Number.isFinite(x)) raise(OverflowError, 'int too large to convert to float');
  return x;
}

/** formatIntWith: format_long_internal(). */
function formatIntWith(v: number | bigint, f: FormatSpec): string {
  if (f.precision !== -1) raise(ValueError, 'Precision not allowed in integer format specifier');
  if (f.noNeg0) raise(ValueError, 'Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') raise(ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) raise(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === 'bigint' && (v > 2n ** 63n - 1n || v < -(2n ** 63n))) raise(OverflowError, 'Python int too large to convert to C long');
    if (v < 0 || v > 0x10ffff) raise(OverflowError, '%c arg not in range(0x110000)');
    const c = charFromCodePoint(Number(v));
    const [l, r] = padding(1, f.width, f.align === '=' ? '=' : f.align);
    checkStrLength((l + r) * f.fill.length + 2);
    workBytes((l + r) * f.fill.length);
    if (f.align === '=') return fillRun(f.fill, l) + fillRun(f.fill, r) + c;
    return fillRun(f.fill, l) + c + fillRun(f.fill, r);
  }
  let base = 10;
  let prefix = '';
  if (f.type === 'b') [base, prefix] = [2, '0b'];
  else if (f.type === 'o') [base, prefix] = [8, '0o'];
  else if (f.type === 'x' || f.type === 'X') [base, prefix] = [16, '0x'];
  const negative = v < 0;
  const abs = negative ? -v : v;
  const digits = base === 10 ? intToDecimal(abs) : abs.toString(base);
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'X' && f.type !== 'n' && f.thousands === '') {
    return (negative ? '-' : '') + (f.alternate ? prefix : '') + digits;
  }
  return layoutNumber(negative, f.alternate ? prefix : '', digits, f, f.type === 'X', f.type === 'n', true);
}

/** formatInt: int.__format__ for an int value; `self` is the object (bool, int subclass) for the empty spec. */
export function formatInt(v: number | bigint, spec: string, self: PyValue = v): string {
  if (spec === '') {
    if (typeof self === 'boolean') return self ? 'True' : 'False';
    return typeof self === 'number' || typeof self === 'bigint' ? intToDecimal(v) : strOf(self);
  }
  const tname = typeName(self);
  const f = parseFormatSpec(spec, 'd', '>', tname);
  switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return formatIntWith(v, f);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloatWith(intToFloat(v), f);
    default:
      unknownPresentationType(f.type, tname);
  }
}

// ---------------------------------------------------------------------------------------------
// float

/** formatFloatWith: format_float_internal(). */
function formatFloatWith(x: number, f: FormatSpec): string {
  if (f.precision > 2147483647) raise(ValueError, 'precision too big');
  let precision = f.precision;
  let type = f.type;
  const flags: DoubleFlags = { alt: f.alternate, noNeg0: f.noNeg0 };
  let defaultPrecision = 6;
  if (type === '') {
    flags.addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') {
    type = 'f';
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let text = doubleToString(x, type, precision, flags);
  if (pct) text += '%';
  // CPython's fast path: nothing to lay out.
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && f.thousands === '') return text;
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  return layoutNumber(negative, '', text, f, false, f.type === 'n');
}

/** floatValueOf: the value of a float or float subclass instance. */
function floatValueOf(v: PyValue): number {
  return (v as PyFloat).v;
}

/** formatFloat: float.__format__; `self` is the object, for the empty spec and error messages. */
export function formatFloat(x: number, spec: string, self: PyValue | null = null): string {
  if (spec === '') return self === null || (self instanceof PyFloat && self.cls === floatType) ? formatFloatShort(x, true, false) : strOf(self);
  const tname = self === null ? 'float' : typeName(self);
  const f = parseFormatSpec(spec, '', '>', tname);
  switch (f.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return formatFloatWith(x, f);
    default:
      unknownPresentationType(f.type, tname);
  }
}

// ---------------------------------------------------------------------------------------------
// complex

/** formatComplexWith: format_complex_internal(). */
function formatComplexWith(re: number, im: number, f: FormatSpec): string {
  if (f.precision > 2147483647) raise(ValueError, 'precision too big');
  if (f.fill === '0') raise(ValueError, 'Zero padding is not allowed in complex format specifier');
  if (f.align === '=') raise(ValueError, "'=' alignment flag is not allowed in complex format specifier");
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  const flags: DoubleFlags = { alt: f.alternate, noNeg0: f.noNeg0 };
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let reText = doubleToString(re, type, precision, flags);
  let imText = doubleToString(im, type, precision, flags);
  const reNeg = reText.startsWith('-');
  if (reNeg) reText = reText.slice(1);
  const imNeg = imText.startsWith('-');
  if (imNeg) imText = imText.slice(1);
  const inner: FormatSpec = { ...f, fill: '\0', align: '<', width: -1 };
  const reOut = skipRe ? '' : layoutNumber(reNeg, '', reText, inner, false, f.type === 'n');
  if (!skipRe) inner.sign = '+';
  const imOut = layoutNumber(imNeg, '', imText, inner, false, f.type === 'n');
  const body = (parens ? '(' : '') + reOut + imOut + 'j' + (parens ? ')' : '');
  const n = cpLength(body);
  const [l, r] = padding(n, f.width, f.align);
  checkStrLength(body.length + (l + r) * f.fill.length);
  workBytes(body.length + (l + r) * f.fill.length);
  return fillRun(f.fill, l) + body + fillRun(f.fill, r);
}

/** formatComplex: complex.__format__; `self` is the object, for the empty spec and error messages. */
export function formatComplex(re: number, im: number, spec: string, self: PyValue): string {
  if (spec === '') return strOf(self);
  const tname = typeName(self);
  const f = parseFormatSpec(spec, '', '>', tname);
  switch (f.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
      return formatComplexWith(re, im, f);
    default:
      unknownPresentationType(f.type, tname);
  }
}

// ---------------------------------------------------------------------------------------------
// FORMAT_VALUE and ascii()

/** asciiEscape: PyObject_ASCII's escaping of a repr: non-ASCII characters as \x, \u or \U escapes. */
export function asciiEscape(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

/** ascii: ascii(v): repr(v) with non-ASCII characters escaped. */
export function ascii(v: PyValue): string {
  return asciiEscape(reprOf(v));
}

/**
 * formatValue: the VM's FORMAT_VALUE: the conversion (0 none, 1 !s, 2 !r, 3 !a) then
 * format(value, spec), through the protocol so user __str__/__repr__/__format__ run.
 */
export function formatValue(value: PyValue, conversion: 0 | 1 | 2 | 3, spec: string): string {
  let v: PyValue = value;
  if (conversion === 1) v = strOf(value);
  else if (conversion === 2) v = reprOf(value);
  else if (conversion === 3) v = ascii(value);
  if (typeof v === 'string' && spec === '') return v;
  return formatOf(v, spec);
}

// ---------------------------------------------------------------------------------------------
// __format__ methods

function specArg(args: PyValue[], kwnames: readonly string[] | null): string {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, '__format__() takes no keyword arguments');
  if (args.length !== 2) raise(TypeError, `__format__() takes exactly one argument (${args.length - 1} given)`);
  const spec = args[1]!;
  if (typeof spec === 'string') return spec;
  const s = strValue(spec);
  if (s === undefined) raise(TypeError, `__format__() argument must be str, not ${spec === None ? 'None' : typeName(spec)}`);
  return s;
}

function intValueOf(v: PyValue): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (!isInstance(v, intType)) raise(TypeError, `descriptor '__format__' requires a 'int' object but received a '${typeName(v)}'`);
  return asIndex(v);
}

/** guarded: a method whose host string-length errors become MemoryError. */
function guarded(fn: NativeFn): NativeFn {
  return (args, kw) => {
    try {
      return fn(args, kw);
    } catch (e) {
      throw asMemoryError(e);
    }
  };
}

defineMethods(intType, {
  __format__: guarded((args, kw) => chargeStr(formatInt(intValueOf(args[0]!), specArg(args, kw), args[0]!))),
});
defineMethods(floatType, {
  __format__: guarded((args, kw) => {
    const self = args[0]!;
    if (!(self instanceof PyFloat)) raise(TypeError, `descriptor '__format__' requires a 'float' object but received a '${typeName(self)}'`);
    return chargeStr(formatFloat(floatValueOf(self), specArg(args, kw), self));
  }),
});
defineMethods(complexType, {
  __format__: guarded((args, kw) => {
    const self = args[0]!;
    if (!(self instanceof PyComplexValue)) raise(TypeError, `descriptor '__format__' requires a 'complex' object but received a '${typeName(self)}'`);
    return chargeStr(formatComplex(self.real, self.imag, specArg(args, kw), self));
  }),
});
defineMethods(strType, {
  __format__: guarded((args, kw) => {
    const self = args[0]!;
    const s = strValue(self);
    if (s === undefined) raise(TypeError, `descriptor '__format__' requires a 'str' object but received a '${typeName(self)}'`);
    const spec = specArg(args, kw);
    // An empty spec is str(self), which a subclass may define.
    if (spec === '' && typeof self !== 'string') return strOf(self);
    return chargeStr(formatStr(s, spec, typeOf(self).name));
  }),
});

