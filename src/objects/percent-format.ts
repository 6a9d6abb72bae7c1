// printf-style formatting, `str % args` and `bytes % args`
// (https://docs.python.org/3.11/library/stdtypes.html#printf-style-string-formatting): a port of
// CPython 3.11's PyUnicode_Format() (Objects/unicodeobject.c) and _PyBytes_FormatEx()
// (Objects/bytesobject.c), sharing the parser; bytes are handled as Latin-1 text here.

import { dictType } from './types.js';
import type { PyValue } from './object.js';
import { typeOf, typeName, isInstance } from './type.js';
import { PyFloat } from './float.js';
import { PyTuple } from './tuple.js';
import { PyComplexValue } from './complex.js';
import { raise, newException, PyException, TypeError, ValueError, OverflowError, KeyError } from './exception.js';
import { PyDict } from './dict.js';
import { asIndex, callBound, getItem, repr as reprOf, str as strOf } from './protocol.js';
import { strValue } from './str.js';
import { cpLength, cpSlice, charFromCodePoint, checkStrLength } from './str-index.js';
import { doubleToString, asciiEscape, intToDecimal } from './format-spec.js';
import { bufferOf, latin1 } from './bytes.js';
import { workBytes, workItems } from '../vm/meter.js';

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

/** FormatArg: one conversion specifier being formatted (CPython's unicode_format_arg_t). */
interface FormatArg {
  ch: string;
  flags: number;
  width: number;
  prec: number;
  sign: boolean;
}

/** Formatter: the state of one formatting operation (CPython's unicode_formatter_t). */
class Formatter {
  args: PyValue;
  arglen: number;
  argidx: number;
  readonly dict: PyValue | null;
  pos = 0;
  cnt = 0;
  constructor(
    readonly fmt: string[],
    args: PyValue,
    readonly bytes: boolean,
  ) {
    this.args = args;
    if (args instanceof PyTuple) {
      this.arglen = args.items.length;
      this.argidx = 0;
    } else {
      this.arglen = -1;
      this.argidx = -2;
    }
    const isMapping = args instanceof PyDict || (typeOf(args).lookup('__getitem__') !== undefined && !(args instanceof PyTuple));
    const excluded = bytes ? bufferOf(args) !== undefined && typeOf(args).name !== 'memoryview' : strValue(args) !== undefined;
    this.dict = isMapping && !excluded ? args : null;
  }

  read(): string {
    return this.fmt[this.pos] ?? '\0';
  }

  nextArg(): PyValue {
    const i = this.argidx;
    if (i < this.arglen) {
      this.argidx++;
      if (this.arglen < 0) return this.args;
      return (this.args as PyTuple).items[i]!;
    }
    raise(TypeError, 'not enough arguments for format string');
  }
}

function isDigit(c: string): boolean {
  return c.length === 1 && c >= '0' && c <= '9';
}

/** starArg: the value of a `*` width or precision. */
function starArg(ctx: Formatter): number {
  const v = ctx.nextArg();
  if (!(typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || isInstance(v, typeOf(0)))) raise(TypeError, '* wants int');
  const n = asIndex(v);
  if (typeof n === 'bigint') raise(OverflowError, 'Python int too large to convert to C ssize_t');
  return n;
}

/** parseArg: unicode_format_arg_parse(), with CPython's character-count bookkeeping (cnt). */
function parseArg(ctx: Formatter, arg: FormatArg): void {
  if (arg.ch === '(') {
    if (ctx.dict === null) raise(TypeError, 'format requires a mapping');
    ctx.pos++;
    ctx.cnt--;
    const keystart = ctx.pos;
    let pcount = 1;
    while (pcount > 0 && --ctx.cnt >= 0) {
      arg.ch = ctx.read();
      if (arg.ch === ')') pcount--;
      else if (arg.ch === '(') pcount++;
      ctx.pos++;
    }
    if (ctx.cnt < 0 || pcount > 0) raise(ValueError, 'incomplete format key');
    let key: PyValue = ctx.fmt.slice(keystart, ctx.pos - 1).join('');
    if (ctx.bytes) key = latin1.toBytes(key);
    ctx.args = mappingGet(ctx.dict, key);
    ctx.arglen = -1;
    ctx.argidx = -2;
  }
  while (--ctx.cnt >= 0) {
    arg.ch = ctx.read();
    ctx.pos++;
    const f = arg.ch === '-' ? F_LJUST : arg.ch === '+' ? F_SIGN : arg.ch === ' ' ? F_BLANK : arg.ch === '#' ? F_ALT : arg.ch === '0' ? F_ZERO : 0;
    if (f === 0) break;
    arg.flags |= f;
  }
  if (arg.ch === '*') {
    arg.width = starArg(ctx);
    if (arg.width < 0) {
      arg.flags |= F_LJUST;
      arg.width = -arg.width;
    }
    if (--ctx.cnt >= 0) {
      arg.ch = ctx.read();
      ctx.pos++;
    }
  } else if (isDigit(arg.ch)) {
    arg.width = arg.ch.charCodeAt(0) - 48;
    while (--ctx.cnt >= 0) {
      arg.ch = ctx.read();
      ctx.pos++;
      if (!isDigit(arg.ch)) break;
      const d = arg.ch.charCodeAt(0) - 48;
      if (arg.width > (9223372036854775807 - d) / 10) raise(ValueError, 'width too big');
      arg.width = arg.width * 10 + d;
    }
  }
  if (arg.ch === '.') {
    arg.prec = 0;
    if (--ctx.cnt >= 0) {
      arg.ch = ctx.read();
      ctx.pos++;
    }
    if (arg.ch === '*') {
      const p = starArg(ctx);
      if (p > 2147483647 || p < -2147483648) raise(OverflowError, `Python int too large to convert to C int`);
      arg.prec = p < 0 ? 0 : p;
      if (--ctx.cnt >= 0) {
        arg.ch = ctx.read();
        ctx.pos++;
      }
    } else if (isDigit(arg.ch)) {
      arg.prec = arg.ch.charCodeAt(0) - 48;
      while (--ctx.cnt >= 0) {
        arg.ch = ctx.read();
        ctx.pos++;
        if (!isDigit(arg.ch)) break;
        const d = arg.ch.charCodeAt(0) - 48;
        if (arg.prec > (2147483647 - d) / 10) raise(ValueError, 'precision too big');
        arg.prec = arg.prec * 10 + d;
      }
    }
  }
  if (ctx.cnt >= 0 && (arg.ch === 'h' || arg.ch === 'l' || arg.ch === 'L')) {
    if (--ctx.cnt >= 0) {
      arg.ch = ctx.read();
      ctx.pos++;
    }
  }
  if (ctx.cnt < 0) raise(ValueError, 'incomplete format');
}

/** mappingGet: mapping[key]; an exact dict is read directly (KeyError as its __getitem__ raises). */
export function mappingGet(mapping: PyValue, key: PyValue): PyValue {
  if (mapping instanceof PyDict && mapping.cls === dictType) {
    const v = mapping.get(key);
    if (v === undefined) throw newException(KeyError, key);
    return v;
  }
  return getItem(mapping, key);
}

// ---------------------------------------------------------------------------------------------
// Conversions

/** isNumber: PyNumber_Check. */
function isNumber(v: PyValue): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return true;
  if (v instanceof PyComplexValue) return true;
  const t = typeOf(v);
  return t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined || t.lookup('__float__') !== undefined;
}

/** toInt: PyNumber_Long for the number kinds %d accepts. */
function toInt(v: PyValue): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat && typeOf(v).lookup('__int__') === typeOf(new PyFloat(0)).lookup('__int__')) return floatToInt(v.v);
  const t = typeOf(v);
  const f = t.lookup('__int__');
  if (f !== undefined) {
    const r = callBound(f, v, []);
    if (typeof r === 'number' || typeof r === 'bigint') return r;
    if (typeof r === 'boolean') return r ? 1 : 0;
    if (isInstance(r, typeOf(0))) return asIndex(r);
    raise(TypeError, `__int__ returned non-int (type ${typeName(r)})`);
  }
  if (t.lookup('__index__') !== undefined) return asIndex(v);
  if (v instanceof PyFloat) return floatToInt(v.v);
  raise(TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
}

/** floatToInt: int(x) of a float. */
export function floatToInt(x: number): number | bigint {
  if (Number.isNaN(x)) raise(ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) raise(OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}

/** toDouble: PyFloat_AsDouble. */
export function toDouble(v: PyValue): number {
  if (v instanceof PyFloat && !v.cls.heapType) return v.v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    const x = Number(v);
    if (!Number.isFinite(x)) raise(OverflowError, 'int too large to convert to float');
    return x;
  }
  const t = typeOf(v);
  const f = t.lookup('__float__');
  if (f !== undefined) {
    const r = callBound(f, v, []);
    if (!(r instanceof PyFloat)) raise(TypeError, `${t.name}.__float__ returned non-float (type ${typeName(r)})`);
    return r.v;
  }
  if (t.lookup('__index__') !== undefined) return toDouble(asIndex(v));
  raise(TypeError, `must be real number, not ${t.name}`);
}

/** formatLong: _PyUnicode_FormatLong(): [-][0x]digits with precision zeros; upper case for X. */
function formatLong(v: number | bigint, alt: boolean, prec: number, type: string): string {
  const negative = v < 0;
  const abs = negative ? -v : v;
  let digits: string;
  let prefix = '';
  if (type === 'o') {
    digits = abs.toString(8);
    if (alt) prefix = '0o';
  } else if (type === 'x' || type === 'X') {
    digits = abs.toString(16);
    if (alt) prefix = '0x';
  } else digits = intToDecimal(abs);
  checkStrLength(prec);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let out = (negative ? '-' : '') + prefix + digits;
  if (type === 'X') out = out.toUpperCase();
  return out;
}

function wrongType(type: string, v: PyValue): never {
  if (type === 'o' || type === 'x' || type === 'X') raise(TypeError, `%${type} format: an integer is required, not ${typeName(v)}`);
  raise(TypeError, `%${type} format: a real number is required, not ${typeName(v)}`);
}

/** formatLongArg: mainformatlong(). */
function formatLongArg(v: PyValue, arg: FormatArg): string {
  const type = arg.ch;
  if (!isNumber(v)) wrongType(type, v);
  let n: number | bigint;
  try {
    n = type === 'o' || type === 'x' || type === 'X' ? asIndex(v) : toInt(v);
  } catch (e) {
    if (e instanceof PyException && isInstance(e, TypeError)) wrongType(type, v);
    throw e;
  }
  return formatLong(n, (arg.flags & F_ALT) !== 0, arg.prec, type === 'i' || type === 'u' ? 'd' : type);
}

/** formatCharStr: formatchar() for str: a one-character str or an int code point. */
function formatCharStr(v: PyValue): string {
  const s = strValue(v);
  if (s !== undefined) {
    if (cpLength(s) === 1) return s;
    raise(TypeError, '%c requires int or char');
  }
  let n: number | bigint;
  try {
    n = asIndex(v);
  } catch (e) {
    if (e instanceof PyException && isInstance(e, TypeError)) raise(TypeError, '%c requires int or char');
    throw e;
  }
  if (n < 0 || n > 0x10ffff) raise(OverflowError, '%c arg not in range(0x110000)');
  return charFromCodePoint(Number(n));
}

/** formatCharBytes: the %c of bytes: an int in range(256) or a single byte. */
function formatCharBytes(v: PyValue): string {
  const b = bufferOf(v);
  if (b !== undefined && typeOf(v).name !== 'memoryview') {
    if (b.length === 1) return String.fromCharCode(b[0]!);
    raise(TypeError, '%c requires an integer in range(256) or a single byte');
  }
  let n: number | bigint;
  try {
    n = asIndex(v);
  } catch (e) {
    if (e instanceof PyException && isInstance(e, TypeError)) raise(TypeError, '%c requires an integer in range(256) or a single byte');
    throw e;
  }
  if (n < 0 || n > 255) raise(OverflowError, '%c arg not in range(256)');
  return String.fromCharCode(Number(n));
}

/** bytesOfObject: %b/%s of bytes: a bytes-like object or __bytes__, as Latin-1 text. */
function bytesOfObject(v: PyValue): string {
  const b = bufferOf(v);
  if (b !== undefined) return latin1.fromBytes(b);
  const f = typeOf(v).lookup('__bytes__');
  if (f !== undefined) {
    const r = callBound(f, v, []);
    const rb = bufferOf(r);
    if (rb === undefined || typeOf(r).name !== 'bytes') raise(TypeError, `__bytes__ returned non-bytes (type ${typeName(r)})`);
    return latin1.fromBytes(rb);
  }
  raise(TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
}

/** formatOne: unicode_format_arg_format(): the text of one conversion, before padding. */
function formatOne(ctx: Formatter, arg: FormatArg): string {
  const v = ctx.nextArg();
  switch (arg.ch) {
    case 's':
      if (ctx.bytes) return bytesOfObject(v);
      return strOf(v);
    case 'b':
      if (ctx.bytes) return bytesOfObject(v);
      break;
    case 'r':
      return ctx.bytes ? asciiEscape(reprOf(v)) : reprOf(v);
    case 'a':
      return asciiEscape(reprOf(v));
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
      arg.sign = true;
      return formatLongArg(v, arg);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      arg.sign = true;
      const x = toDouble(v);
      const prec = arg.prec < 0 ? 6 : arg.prec;
      checkStrLength(prec);
      return doubleToString(x, arg.ch, prec, { alt: (arg.flags & F_ALT) !== 0 });
    }
    case 'c':
      return ctx.bytes ? formatCharBytes(v) : formatCharStr(v);
  }
  const cp = arg.ch.codePointAt(0) ?? 0;
  const shown = cp >= 31 && cp <= 126 ? arg.ch : '?';
  raise(ValueError, `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${ctx.pos - 1}`);
}

/** output: unicode_format_arg_output(): sign, 0x prefix, padding and precision truncation. */
function output(ctx: Formatter, arg: FormatArg, s: string): string {
  const length = ctx.bytes ? (x: string): number => x.length : cpLength;
  let len = length(s);
  if ((arg.width === -1 || arg.width <= len) && (arg.prec === -1 || arg.prec >= len) && (arg.flags & (F_SIGN | F_BLANK)) === 0) return s;
  const fill = arg.sign && (arg.flags & F_ZERO) !== 0 ? '0' : ' ';
  if (arg.ch === 's' || arg.ch === 'r' || arg.ch === 'a' || arg.ch === 'b') {
    if (arg.prec >= 0 && len > arg.prec) {
      s = ctx.bytes ? s.slice(0, arg.prec) : cpSlice(s, 0, arg.prec);
      len = arg.prec;
    }
  }
  let idx = 0;
  let signchar = '';
  if (arg.sign) {
    const c = s[0];
    if (c === '-' || c === '+') {
      signchar = c;
      len--;
      idx = 1;
    } else if (arg.flags & F_SIGN) signchar = '+';
    else if (arg.flags & F_BLANK) signchar = ' ';
    else arg.sign = false;
  }
  let width = arg.width < len ? len : arg.width;
  checkStrLength(width + 2);
  let out = '';
  if (arg.sign) {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  const alt = (arg.flags & F_ALT) !== 0 && (arg.ch === 'x' || arg.ch === 'X' || arg.ch === 'o');
  if (alt) {
    if (fill !== ' ') {
      out += s.slice(idx, idx + 2);
      idx += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(arg.flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (arg.sign) out += signchar;
    if (alt) {
      out += s.slice(idx, idx + 2);
      idx += 2;
    }
  }
  out += s.slice(idx);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}

/** percentFormat: the shared loop of PyUnicode_Format and _PyBytes_FormatEx over code points. */
function percentFormat(fmt: string, args: PyValue, bytes: boolean): string {
  workItems(fmt.length);
  const cps = bytes ? fmt.split('') : Array.from(fmt);
  const ctx = new Formatter(cps, args, bytes);
  const n = cps.length;
  const parts: string[] = [];
  let total = 0;
  while (ctx.pos < n) {
    if (cps[ctx.pos] !== '%') {
      const start = ctx.pos;
      while (ctx.pos < n && cps[ctx.pos] !== '%') ctx.pos++;
      const lit = cps.slice(start, ctx.pos).join('');
      parts.push(lit);
      total += lit.length;
      continue;
    }
    ctx.pos++;
    ctx.cnt = n - ctx.pos;
    const arg: FormatArg = { ch: ctx.read(), flags: 0, width: -1, prec: -1, sign: false };
    if (arg.ch === '%') {
      ctx.pos++;
      parts.push('%');
      total++;
      continue;
    }
    parseArg(ctx, arg);
    const piece = output(ctx, arg, formatOne(ctx, arg));
    total += piece.length;
    checkStrLength(total);
    parts.push(piece);
    if (ctx.dict !== null && ctx.argidx < ctx.arglen) raise(TypeError, 'not all arguments converted during string formatting');
  }
  if (ctx.argidx < ctx.arglen && ctx.dict === null) {
    raise(TypeError, bytes ? 'not all arguments converted during bytes formatting' : 'not all arguments converted during string formatting');
  }
  workBytes(total);
  return parts.join('');
}

/** percentFormatStr: format % args for a str format. */
export function percentFormatStr(fmt: string, args: PyValue): string {
  return percentFormat(fmt, args, false);
}

/** percentFormatBytes: format % args for bytes (data as Latin-1 text in and out). */
export function percentFormatBytes(fmt: string, args: PyValue): string {
  return percentFormat(fmt, args, true);
}

