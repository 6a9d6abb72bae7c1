// The time module (https://docs.python.org/3.11/library/time.html) with CPython 3.11's behaviour
// on Linux/glibc: the same argument conversions, range checks and error messages.
//
// Every clock reading and every sleep is one call of the OS interface (on the default virtual
// clock, sleep just moves it); nothing here reads the host's clock. The sandbox's local time
// zone is UTC, so localtime() is gmtime() with tm_zone 'UTC', mktime() is its inverse, and
// timezone/altzone/daylight are 0. All calendar arithmetic is done here, in the proleptic
// Gregorian calendar, over the whole range glibc accepts (years that fit a C int after -1900).
//
// strftime() follows glibc's wcsftime in the C locale, including its flags (_ - 0 ^ #), field
// widths, E/O modifiers and the copying of unknown directives, and CPython's buffer growth rule
// (a result of 256 times the format's length or more comes out as ''). strptime() follows
// Lib/_strptime.py: it builds the same regular expression (case-insensitive, whitespace runs
// matching \s+) and matches it with a small backtracking matcher that covers the regex subset
// that expression uses, so that the accepted strings, the groups and the errors are CPython's.

import type { PyValue } from '../objects/object.js';
import { PyObject } from '../objects/object.js';
import { PyType, typeOf, typeType, makeBuiltinType } from '../objects/type.js';
import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import { PyTuple, tupleType, newTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { builtinFunction, defineMethods, defineStaticMethods, defineClassMethods, type NativeFn } from '../objects/builtin-function.js';
import { defineMembers } from '../objects/descriptor.js';
import { raise, TypeError, ValueError, OverflowError, Exception as ExceptionType } from '../objects/exception.js';
import { newOSError } from '../objects/exception-methods.js';
import { asIndex, repr, getIterOpt, toArray } from '../objects/protocol.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { normBig, isPySpace } from '../objects/int.js';
import { isDecimal, decimalValue } from '../objects/unicode-data.js';
import { strValue, reprStr } from '../objects/str.js';
import { encodeToBytes } from '../objects/codecs.js';
import { ArgSpec } from '../builtins/args.js';
import { simpleNamespaceType } from './sys.js';
import { currentVM } from '../vm/current.js';
import { charge, SIZE } from '../vm/meter.js';
import { osCall } from './os-errors.js';
import type { ClockId } from '../os/interface.js';

const NS = 1_000_000_000n;
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;
const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;
const TWO63 = 2 ** 63;
const EOVERFLOW = 75;

const WDAY_ABBR = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WDAY_FULL = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** TZNAME: time.tzname: the standard and daylight names of the sandbox's zone. */
const TZNAME = ['UTC', 'UTC'] as const;

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic (proleptic Gregorian; day 0 is 1970-01-01)

const floorDiv = (a: number, b: number): number => Math.floor(a / b);
const floorMod = (a: number, b: number): number => a - Math.floor(a / b) * b;

function bigFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/**
 * daysFromCivil: the day number of y-m-d (m 1-12, d may run past the month). Years are counted
 * from March so that the leap day ends a year; 400-year eras have 146097 days.
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = floorDiv(yy, 400);
  const yearOfEra = yy - era * 400;
  const shiftedMonth = m > 2 ? m - 3 : m + 9;
  const dayOfYear = floorDiv(153 * shiftedMonth + 2, 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** civilFromDays: [year, month 1-12, day] of a day number (the inverse of daysFromCivil). */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = floorDiv(z, 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = floorDiv(dayOfEra - floorDiv(dayOfEra, 1460) + floorDiv(dayOfEra, 36524) - floorDiv(dayOfEra, 146096), 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100));
  const mp = floorDiv(5 * dayOfYear + 2, 153);
  const d = dayOfYear - floorDiv(153 * mp + 2, 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yearOfEra + era * 400 + 1 : yearOfEra + era * 400, m, d];
}

// ---------------------------------------------------------------------------------------------
// Broken-down time (C's struct tm, with the full year)

interface Tm {
  year: number; // tm_year + 1900
  mon: number; // 0-11
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number; // 0 = Sunday
  yday: number; // 0-365
  isdst: number;
  zone: string | null;
  gmtoff: number; // as the C int glibc's %z reads
}

/** tmOf: gmtime(t) in C's terms; OSError(EOVERFLOW) when the year does not fit tm_year. */
function tmOf(t: bigint, zone: string): Tm {
  const dayBig = bigFloorDiv(t, 86400n);
  const secOfDay = Number(t - dayBig * 86400n);
  const days = Number(dayBig);
  const [y, m, d] = civilFromDays(days);
  if (y - 1900 > INT_MAX || y - 1900 < INT_MIN) throw newOSError(EOVERFLOW, 'Value too large for defined data type');
  return {
    year: y,
    mon: m - 1,
    mday: d,
    hour: Math.floor(secOfDay / 3600),
    min: Math.floor(secOfDay / 60) % 60,
    sec: secOfDay % 60,
    wday: floorMod(days + 4, 7),
    yday: days - daysFromCivil(y, 1, 1),
    isdst: 0,
    zone,
    gmtoff: 0,
  };
}

/** mktimeTm: glibc's mktime() in UTC: fields normalized; null when the result's year does not fit tm_year. */
function mktimeTm(tm: Tm): bigint | null {
  const y = tm.year + floorDiv(tm.mon, 12);
  const days = daysFromCivil(y, floorMod(tm.mon, 12) + 1, 1) + tm.mday - 1;
  let t = BigInt(days) * 86400n + BigInt(tm.hour * 3600 + tm.min * 60 + tm.sec);
  // The zone has no daylight saving time; asked for it, glibc lands an hour earlier.
  if (tm.isdst > 0) t -= 3600n;
  const [ny] = civilFromDays(Number(bigFloorDiv(t, 86400n)));
  if (ny - 1900 > INT_MAX || ny - 1900 < INT_MIN) return null;
  return t;
}

// ---------------------------------------------------------------------------------------------
// struct_time

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];

/** structTimeType: time.struct_time: a 9-tuple with tm_zone and tm_gmtoff as attributes only. */
export const structTimeType = new PyType(typeType, 'struct_time', [tupleType], false);
structTimeType.mro = [structTimeType, ...tupleType.mro];
structTimeType.native = tupleType;
structTimeType.module = 'time';
structTimeType.qualname = 'struct_time';

/** PyStructTime: a struct_time: the 9 visible fields as the tuple, and the 2 hidden ones. */
class PyStructTime extends PyTuple {
  constructor(
    items: PyValue[],
    readonly zone: PyValue,
    readonly gmtoff: PyValue,
  ) {
    super(items, structTimeType);
    charge(SIZE.OBJECT + SIZE.SLOT * 11);
  }
}

/** structFromTm: the struct_time of a broken-down time (Python's month, weekday and yearday). */
function structFromTm(tm: Tm): PyStructTime {
  const items: PyValue[] = [tm.year, tm.mon + 1, tm.mday, tm.hour, tm.min, tm.sec, (tm.wday + 6) % 7, tm.yday + 1, tm.isdst];
  return new PyStructTime(items, tm.zone ?? None, tm.gmtoff);
}

const STRUCTSEQ_NEW = new ArgSpec('structseq', 'sequence, dict=');
{
  const members: Record<string, (o: PyValue) => PyValue> = {};
  FIELDS.forEach((f, i) => (members[f] = (o) => (o as PyTuple).items[i]!));
  members.tm_zone = (o) => (o instanceof PyStructTime ? o.zone : None);
  members.tm_gmtoff = (o) => (o instanceof PyStructTime ? o.gmtoff : None);
  defineMembers(structTimeType, members);
  defineMethods(structTimeType, {
    __repr__: (args) => {
      const items = (args[0] as PyTuple).items;
      return `time.struct_time(${FIELDS.map((f, i) => `${f}=${repr(items[i]!)}`).join(', ')})`;
    },
    __reduce__: (args) => {
      const self = args[0] as PyTuple;
      const hidden = new PyDict();
      hidden.setStr('tm_zone', self instanceof PyStructTime ? self.zone : None);
      hidden.setStr('tm_gmtoff', self instanceof PyStructTime ? self.gmtoff : None);
      return newTuple([structTimeType, newTuple([newTuple(self.items.slice()), hidden])]);
    },
  });
  defineStaticMethods(structTimeType, {
    __new__: (args, kw) => {
      // (tp_new_wrapper's checks, in the type's full name; struct_time has no subclasses.)
      const cls = args.length - (kw?.length ?? 0) > 0 ? args[0] : undefined;
      if (cls === undefined) raise(TypeError, 'time.struct_time.__new__(): not enough arguments');
      if (!(cls instanceof PyType)) raise(TypeError, `time.struct_time.__new__(X): X is not a type object (${typeOf(cls).name})`);
      if (cls !== structTimeType) raise(TypeError, `time.struct_time.__new__(${cls.name}): ${cls.name} is not a subtype of time.struct_time`);
      const [seq, dict] = STRUCTSEQ_NEW.unpack(args, kw, 1);
      if (getIterOpt(seq!) === undefined) raise(TypeError, 'constructor requires a sequence');
      const items = toArray(seq!);
      if (dict !== undefined && !(dict instanceof PyDict)) {
        raise(TypeError, 'time.struct_time() takes a dict as second arg, if any');
      }
      if (items.length < 9) raise(TypeError, `time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
      if (items.length > 11) raise(TypeError, `time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
      const hidden = (i: number, name: string): PyValue =>
        items.length > i ? items[i]! : dict instanceof PyDict ? (dict.getStr(name) ?? None) : None;
      return new PyStructTime(items.slice(0, 9), hidden(9, 'tm_zone'), hidden(10, 'tm_gmtoff'));
    },
  });
  // CPython's struct sequence types cannot be subclassed; refusing in __init_subclass__ stops the
  // class statement the same way.
  defineClassMethods(structTimeType, {
    __init_subclass__: () => raise(TypeError, "type 'time.struct_time' is not an acceptable base type"),
  });
  structTimeType.attrs.set('n_fields', 11);
  structTimeType.attrs.set('n_sequence_fields', 9);
  structTimeType.attrs.set('n_unnamed_fields', 0);
  structTimeType.attrs.set('__match_args__', newTuple(FIELDS.slice()));
  structTimeType.attrs.set(
    '__doc__',
    'The time value as returned by gmtime(), localtime(), and strptime(), and\n' +
      ' accepted by asctime(), mktime() and strftime().  May be considered as a\n' +
      ' sequence of 9 integers.',
  );
}

// ---------------------------------------------------------------------------------------------
// Argument conversions

/** cInt: the 'i' converter of PyArg_ParseTuple: an int (through __index__) that fits a C int. */
function cInt(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint' && (n > INT64_MAX || n < INT64_MIN)) raise(OverflowError, 'Python int too large to convert to C long');
  if (n > INT_MAX) raise(OverflowError, 'signed integer is greater than maximum');
  if (n < INT_MIN) raise(OverflowError, 'signed integer is less than minimum');
  return Number(n);
}

/** cLong: PyLong_AsLong. */
function cLong(v: PyValue): bigint {
  const n = BigInt(asIndex(v));
  if (n > INT64_MAX || n < INT64_MIN) raise(OverflowError, 'Python int too large to convert to C long');
  return n;
}

/** timeTArg: _PyTime_ObjectToTime_t(v, ROUND_FLOOR): a float (floored) or an int that fits time_t. */
function timeTArg(v: PyValue): bigint {
  if (v instanceof PyFloat) {
    if (Number.isNaN(v.v)) raise(ValueError, 'Invalid value NaN (not a number)');
    const f = Math.floor(v.v);
    if (!(f >= -TWO63 && f < TWO63)) raise(OverflowError, 'timestamp out of range for platform time_t');
    return BigInt(f);
  }
  const n = BigInt(asIndex(v));
  if (n > INT64_MAX || n < INT64_MIN) raise(OverflowError, 'timestamp out of range for platform time_t');
  return n;
}

/** timeoutNs: _PyTime_FromSecondsObject(v, ROUND_TIMEOUT): nanoseconds, rounded away from zero. */
function timeoutNs(v: PyValue): bigint {
  if (v instanceof PyFloat) {
    if (Number.isNaN(v.v)) raise(ValueError, 'Invalid value NaN (not a number)');
    let d = v.v * 1e9;
    d = d >= 0 ? Math.ceil(d) : Math.floor(d);
    if (!(d >= -TWO63 && d < TWO63)) raise(OverflowError, 'timestamp out of range for platform time_t');
    return BigInt(d);
  }
  const ns = BigInt(asIndex(v)) * NS;
  if (ns > INT64_MAX || ns < INT64_MIN) raise(OverflowError, 'timestamp too large to convert to C _PyTime_t');
  return ns;
}

const clock = (id: ClockId): bigint => osCall(() => currentVM().os.clock(id));

/** secondsDouble: _PyTime_AsSecondsDouble. */
function secondsDouble(ns: bigint): number {
  return ns % NS === 0n ? Number(ns / NS) : Number(ns) / 1e9;
}

/** nowSeconds: time(NULL). */
const nowSeconds = (): bigint => bigFloorDiv(clock('realtime'), NS);

/** secondsArg: the optional seconds argument of gmtime/localtime/ctime: now when absent or None. */
function secondsArg(v: PyValue | undefined): bigint {
  return v === undefined || v === None ? nowSeconds() : timeTArg(v);
}

/**
 * tmArg: gettmarg(): a tuple (or struct_time) of 9 C ints as a struct tm; from a struct_time
 * also its tm_zone and tm_gmtoff.
 */
function tmArg(v: PyValue, fname: string): Tm {
  if (!(v instanceof PyTuple)) raise(TypeError, 'Tuple or struct_time argument required');
  if (v.items.length !== 9) raise(TypeError, `${fname}(): illegal time tuple argument`);
  const f = v.items.map(cInt);
  if (f[0]! < INT_MIN + 1900) raise(OverflowError, 'year out of range');
  const tm: Tm = {
    year: f[0]!,
    mon: (f[1]! - 1) | 0,
    mday: f[2]!,
    hour: f[3]!,
    min: f[4]!,
    sec: f[5]!,
    wday: ((f[6]! + 1) | 0) % 7,
    yday: (f[7]! - 1) | 0,
    isdst: f[8]!,
    zone: null,
    gmtoff: 0,
  };
  if (v instanceof PyStructTime) {
    if (v.zone !== None) {
      const z = strValue(v.zone);
      if (z === undefined) raise(TypeError, 'bad argument type for built-in operation');
      encodeToBytes(z, 'utf-8', 'strict');
      const nul = z.indexOf('\0');
      tm.zone = nul < 0 ? z : z.slice(0, nul);
    }
    if (v.gmtoff !== None) tm.gmtoff = Number(BigInt.asIntN(32, cLong(v.gmtoff)));
  }
  return tm;
}

/** checkTm: checktm(): the ranges asctime() and strftime() need (month 0, day 0 and yearday 0 allowed). */
function checkTm(tm: Tm): void {
  if (tm.mon === -1) tm.mon = 0;
  else if (tm.mon < 0 || tm.mon > 11) raise(ValueError, 'month out of range');
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) raise(ValueError, 'day of month out of range');
  if (tm.hour < 0 || tm.hour > 23) raise(ValueError, 'hour out of range');
  if (tm.min < 0 || tm.min > 59) raise(ValueError, 'minute out of range');
  if (tm.sec < 0 || tm.sec > 61) raise(ValueError, 'seconds out of range');
  if (tm.wday < 0) raise(ValueError, 'day of week out of range');
  if (tm.yday === -1) tm.yday = 0;
  else if (tm.yday < 0 || tm.yday > 365) raise(ValueError, 'day of year out of range');
}

/** asctimeOf: CPython's own asctime format ("Sun Jan  1 00:00:00 2024"); the year is a C int (1900 + tm_year). */
function asctimeOf(tm: Tm): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${WDAY_ABBR[tm.wday]} ${MON_ABBR[tm.mon]}${String(tm.mday).padStart(3)} ${two(tm.hour)}:${two(tm.min)}:${two(tm.sec)} ${tm.year | 0}`;
}

// ---------------------------------------------------------------------------------------------
// strftime: glibc's wcsftime in the C locale

/** TooLong: the result reached the buffer size (CPython then returns ''). */
class TooLong {}

function cpCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

/** caseMap: towupper / towlower per character (simple mappings only). */
function caseMap(s: string, upper: boolean): string {
  let out = '';
  for (const ch of s) {
    const m = upper ? ch.toUpperCase() : ch.toLowerCase();
    out += cpCount(m) === 1 ? m : ch;
  }
  return out;
}

const isAsciiDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9' && c.length === 1;

/** isoWeekDays: days since the Monday of ISO week 1 of tm's year (negative: an earlier week). */
function isoWeekDays(yday: number, wday: number): number {
  return yday - ((yday - wday + 382) % 7) + 3;
}

/**
 * formatTm: fmt (as code points) formatted for tm; throws TooLong once the output would reach
 * `limit` characters.
 */
function formatTm(fmt: readonly string[], tm: Tm, limit: number): string {
  let out = '';
  let n = 0;
  const emit = (s: string, len: number): void => {
    if (n + len >= limit) throw new TooLong();
    out += s;
    n += len;
  };
  const fill = (ch: string, count: number): void => {
    if (n + count >= limit) throw new TooLong();
    emit(ch.repeat(count), count);
  };
  for (let i = 0; i < fmt.length; i++) {
    const start = i;
    if (fmt[i] !== '%') {
      emit(fmt[i]!, 1);
      continue;
    }
    let pad = '';
    let upcase = false;
    let lowcase = false;
    let changeCase = false;
    let j = i + 1;
    for (; j < fmt.length; j++) {
      const f = fmt[j];
      if (f === '_' || f === '-' || f === '0') pad = f;
      else if (f === '^') upcase = true;
      else if (f === '#') changeCase = true;
      else break;
    }
    let width = -1;
    if (isAsciiDigit(fmt[j])) {
      width = 0;
      for (; isAsciiDigit(fmt[j]); j++) {
        const d = fmt[j]!.charCodeAt(0) - 48;
        width = width > (INT_MAX - d) / 10 ? INT_MAX : width * 10 + d;
      }
    }
    let modifier = '';
    if (fmt[j] === 'E' || fmt[j] === 'O') modifier = fmt[j++]!;
    const conv = j < fmt.length ? fmt[j]! : '';
    i = conv === '' ? fmt.length - 1 : j;

    /** padTo: a field of len characters is right-aligned in w: zeros with the 0 flag, else spaces. */
    const padTo = (len: number, w: number): void => {
      if (w - len > 0) fill(pad === '0' ? '0' : ' ', w - len);
    };
    const cpy = (s: string, w = width): void => {
      if (lowcase) s = caseMap(s, false);
      else if (upcase) s = caseMap(s, true);
      const len = cpCount(s);
      padTo(len, w);
      emit(s, len);
    };
    const addChar = (ch: string): void => {
      padTo(1, width);
      emit(ch, 1);
    };
    /**
     * number: a number of at least `digits` digits: zero-padded after its sign by default or with
     * 0, space-padded with _, not padded with -; a width beyond that pads the field as cpy does.
     */
    const number = (digits: number, value: number | bigint): void => {
      const neg = value < 0;
      let body = (typeof value === 'bigint' ? (neg ? -value : value) : Math.abs(value)).toString();
      if (neg) body = '-' + body;
      let w = width;
      if (pad !== '-') {
        const padding = digits - body.length;
        if (padding > 0) {
          if (pad === '_') {
            fill(' ', padding);
            w = w > padding ? w - padding : 0;
          } else {
            if (neg) {
              emit('-', 1);
              body = body.slice(1);
            }
            fill('0', padding);
            w = 0;
          }
        }
      }
      cpy(body, w);
    };
    const num = (d: number, v: number | bigint): void => number(Math.max(d, width), v);
    const spaceNum = (d: number, v: number): void => {
      if (pad === '') pad = '_';
      num(d, v);
    };
    const sub = (f: string): void => {
      let s = formatTm(Array.from(f), tm, limit);
      if (upcase) s = caseMap(s, true);
      const len = cpCount(s);
      padTo(len, width);
      emit(s, len);
    };
    const bad = (): void => cpy(fmt.slice(start, i + 1).join(''));
    const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;

    switch (conv) {
      case '%':
        addChar('%');
        break;
      case 'n':
        addChar('\n');
        break;
      case 't':
        addChar('\t');
        break;
      case 'a':
      case 'A':
        if (modifier !== '') {
          bad();
          break;
        }
        if (changeCase) upcase = true;
        cpy((conv === 'a' ? WDAY_ABBR : WDAY_FULL)[tm.wday]!);
        break;
      case 'b':
      case 'h':
      case 'B':
        // (glibc applies '#' before it refuses %Eb, so the copied directive is uppercased.)
        if (changeCase) upcase = true;
        if (modifier === 'E') {
          bad();
          break;
        }
        cpy((conv === 'B' ? MON_FULL : MON_ABBR)[tm.mon]!);
        break;
      case 'c':
        if (modifier === 'O') bad();
        else sub('%a %b %e %H:%M:%S %Y');
        break;
      case 'x':
        if (modifier === 'O') bad();
        else sub('%m/%d/%y');
        break;
      case 'X':
        if (modifier === 'O') bad();
        else sub('%H:%M:%S');
        break;
      case 'D':
        if (modifier !== '') bad();
        else sub('%m/%d/%y');
        break;
      case 'F':
        if (modifier !== '') bad();
        else sub('%Y-%m-%d');
        break;
      case 'R':
        sub('%H:%M');
        break;
      case 'r':
        sub('%I:%M:%S %p');
        break;
      case 'T':
        sub('%H:%M:%S');
        break;
      case 'C':
        num(1, floorDiv(tm.year, 100));
        break;
      case 'y':
        num(2, floorMod(tm.year, 100));
        break;
      case 'Y':
        if (modifier === 'O') bad();
        else num(1, tm.year);
        break;
      case 'u':
        num(1, ((tm.wday + 6) % 7) + 1);
        break;
      case 's':
        number(1, mktimeTm(tm) ?? -1n);
        break;
      case 'P':
      case 'p':
        if (conv === 'P' || changeCase) {
          upcase = false;
          lowcase = true;
        }
        cpy(tm.hour > 11 ? 'PM' : 'AM');
        break;
      case 'Z': {
        if (changeCase) {
          upcase = false;
          lowcase = true;
        }
        let zone = tm.zone;
        if (!zone && tm.isdst >= 0) zone = TZNAME[tm.isdst === 0 ? 0 : 1];
        cpy(zone ?? '');
        break;
      }
      case 'z': {
        if (tm.isdst < 0) break;
        addChar(tm.gmtoff < 0 ? '-' : '+');
        const minutes = Math.floor(Math.abs(tm.gmtoff) / 60);
        num(4, Math.floor(minutes / 60) * 100 + (minutes % 60));
        break;
      }
      default: {
        // The numeric fields that have no E form.
        const value = modifier === 'E' ? undefined : numericField(conv, tm, hour12);
        if (value === undefined) bad();
        else if (conv === 'e' || conv === 'k' || conv === 'l') spaceNum(2, value[1]);
        else num(value[0], value[1]);
      }
    }
  }
  return out;
}

/** numericField: [digits, value] of the directives that take no E modifier, or undefined. */
function numericField(conv: string, tm: Tm, hour12: number): [number, number] | undefined {
  switch (conv) {
    case 'd':
    case 'e':
      return [2, tm.mday];
    case 'H':
    case 'k':
      return [2, tm.hour];
    case 'I':
    case 'l':
      return [2, hour12];
    case 'j':
      return [3, tm.yday + 1];
    case 'M':
      return [2, tm.min];
    case 'm':
      return [2, tm.mon + 1];
    case 'S':
      return [2, tm.sec];
    case 'U':
      return [2, Math.trunc((tm.yday - tm.wday + 7) / 7)];
    case 'W':
      return [2, Math.trunc((tm.yday - ((tm.wday + 6) % 7) + 7) / 7)];
    case 'w':
      return [1, tm.wday];
    case 'G':
    case 'g':
    case 'V': {
      let year = tm.year;
      let days = isoWeekDays(tm.yday, tm.wday);
      if (days < 0) {
        year--;
        days = isoWeekDays(tm.yday + 365 + (isLeap(year) ? 1 : 0), tm.wday);
      } else {
        const next = isoWeekDays(tm.yday - 365 - (isLeap(year) ? 1 : 0), tm.wday);
        if (next >= 0) {
          year++;
          days = next;
        }
      }
      if (conv === 'G') return [1, year];
      if (conv === 'g') return [2, floorMod(year, 100)];
      return [2, Math.floor(days / 7) + 1];
    }
  }
  return undefined;
}

/** strftime: time.strftime's result for a checked struct tm. */
function strftime(format: string, tm: Tm): string {
  if (format.includes('\0')) raise(ValueError, 'embedded null character');
  const fmt = Array.from(format);
  // CPython grows its buffer from 1024 characters until the result fits or the buffer reaches
  // 256 times the format's length; a result that never fits comes out empty.
  let limit = 1024;
  while (limit < 256 * fmt.length) limit *= 2;
  let s: string;
  try {
    s = formatTm(fmt, tm, limit);
  } catch (e) {
    if (e instanceof TooLong) return '';
    throw e;
  }
  charge(SIZE.STR + s.length);
  return s;
}

// ---------------------------------------------------------------------------------------------
// strptime: Lib/_strptime.py's regular expression, matched by a small backtracking matcher

/** The regular expression of each directive in the C locale, as _strptime.TimeRE builds it. */
const DIRECTIVES: Record<string, string> = {
  d: '(?P<d>3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9])',
  f: '(?P<f>[0-9]{1,6})',
  H: '(?P<H>2[0-3]|[0-1]\\d|\\d)',
  I: '(?P<I>1[0-2]|0[1-9]|[1-9])',
  G: '(?P<G>\\d\\d\\d\\d)',
  j: '(?P<j>36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
  m: '(?P<m>1[0-2]|0[1-9]|[1-9])',
  M: '(?P<M>[0-5]\\d|\\d)',
  S: '(?P<S>6[0-1]|[0-5]\\d|\\d)',
  U: '(?P<U>5[0-3]|[0-4]\\d|\\d)',
  W: '(?P<W>5[0-3]|[0-4]\\d|\\d)',
  w: '(?P<w>[0-6])',
  u: '(?P<u>[1-7])',
  V: '(?P<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)',
  y: '(?P<y>\\d\\d)',
  Y: '(?P<Y>\\d\\d\\d\\d)',
  z: '(?P<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|(?-i:Z))',
  A: namesRE('A', WDAY_FULL),
  a: namesRE('a', WDAY_ABBR),
  B: namesRE('B', MON_FULL),
  b: namesRE('b', MON_ABBR),
  p: '(?P<p>am|pm)',
  Z: '(?P<Z>gmt|utc)',
  '%': '%',
};
/** namesRE: an alternation of lowercase names, longest first (a stable sort, as Python's). */
function namesRE(directive: string, names: readonly string[]): string {
  const lower = names.map((s) => s.toLowerCase());
  const order = directive === 'A' || directive === 'a' ? [...lower.slice(1), lower[0]!] : lower;
  const sorted = order.map((s, i) => [s, i] as const).sort((x, y) => y[0].length - x[0].length || x[1] - y[1]);
  return `(?P<${directive}>${sorted.map((x) => x[0]).join('|')})`;
}

const REGEX_SPECIALS = new Set(Array.from('\\.^$*+?(){}[]|'));

class BadDirective {
  constructor(readonly directive: string | null) {}
}

/** timePattern: TimeRE.pattern(format): the format as a regular expression (BadDirective for a bad one). */
function timePattern(format: string): string {
  const escaped: string[] = [];
  for (const c of format) escaped.push(REGEX_SPECIALS.has(c) ? '\\' + c : c);
  let text = '';
  for (let i = 0; i < escaped.length; ) {
    if (escaped[i]!.length === 1 && isPySpace(escaped[i]!.codePointAt(0)!)) {
      while (i < escaped.length && escaped[i]!.length === 1 && isPySpace(escaped[i]!.codePointAt(0)!)) i++;
      text += '\\s+';
    } else {
      text += escaped[i++];
    }
  }
  const f = Array.from(text);
  let out = '';
  let i = 0;
  for (;;) {
    const k = f.indexOf('%', i);
    if (k < 0) break;
    if (k + 1 >= f.length) throw new BadDirective(null);
    const re = DIRECTIVES[f[k + 1]!];
    if (re === undefined) throw new BadDirective(f[k + 1]!);
    out += f.slice(i, k).join('') + re;
    i = k + 2;
  }
  return out + f.slice(i).join('');
}

DIRECTIVES.c = timePattern('%a %b %d %H:%M:%S %Y');
DIRECTIVES.x = timePattern('%m/%d/%y');
DIRECTIVES.X = timePattern('%H:%M:%S');

type RNode =
  | { k: 'lit'; text: string[]; ci: boolean }
  | { k: 'set'; test: (c: string) => boolean }
  | { k: 'seq'; items: RNode[] }
  | { k: 'alt'; opts: RNode[] }
  | { k: 'rep'; node: RNode; min: number; max: number }
  | { k: 'group'; index: number; node: RNode };

let reErrorType: PyType | undefined;

/** reError: the exception `re.error` would be, for the one error the pattern can have. */
function reError(message: string): never {
  reErrorType ??= makeBuiltinType('error', ExceptionType, { native: false, module: 're' });
  raise(reErrorType, message);
}

/** RegexParser: parses the subset of Python's regex syntax that TimeRE's patterns use. */
class RegexParser {
  pos = 0;
  groups = 0;
  readonly names: [string, number][] = [];

  constructor(readonly src: readonly string[]) {}

  parse(): RNode {
    return this.alt(true);
  }

  private alt(ci: boolean): RNode {
    const opts = [this.seq(ci)];
    while (this.src[this.pos] === '|') {
      this.pos++;
      opts.push(this.seq(ci));
    }
    return opts.length === 1 ? opts[0]! : { k: 'alt', opts };
  }

  private seq(ci: boolean): RNode {
    const items: RNode[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      let atom = this.atom(ci);
      const q = this.src[this.pos];
      if (q === '?') atom = { k: 'rep', node: atom, min: 0, max: 1 };
      else if (q === '+') atom = { k: 'rep', node: atom, min: 1, max: Infinity };
      else if (q === '*') atom = { k: 'rep', node: atom, min: 0, max: Infinity };
      else if (q === '{') {
        const close = this.src.indexOf('}', this.pos);
        const [lo, hi] = this.src.slice(this.pos + 1, close).join('').split(',');
        atom = { k: 'rep', node: atom, min: Number(lo), max: hi === undefined ? Number(lo) : Number(hi) };
        this.pos = close;
      }
      if (atom.k === 'rep') this.pos++;
      const last = items[items.length - 1];
      if (atom.k === 'lit' && last?.k === 'lit' && last.ci === atom.ci) items[items.length - 1] = { k: 'lit', text: [...last.text, ...atom.text], ci };
      else items.push(atom);
    }
    return items.length === 1 ? items[0]! : { k: 'seq', items };
  }

  private atom(ci: boolean): RNode {
    const src = this.src;
    const c = src[this.pos++]!;
    if (c === '(') {
      if (src[this.pos] === '?' && src[this.pos + 1] === '-') {
        this.pos += 4; // ?-i:
        const node = this.alt(false);
        this.pos++;
        return node;
      }
      const index = ++this.groups;
      if (src[this.pos] === '?') {
        const nameStart = this.pos + 3; // ?P<
        const nameEnd = src.indexOf('>', nameStart);
        const name = src.slice(nameStart, nameEnd).join('');
        const prior = this.names.find((e) => e[0] === name);
        if (prior !== undefined) {
          reError(`redefinition of group name ${reprStr(name)} as group ${index}; was group ${prior[1]} at position ${nameStart}`);
        }
        this.names.push([name, index]);
        this.pos = nameEnd + 1;
      }
      const node = this.alt(ci);
      this.pos++;
      return { k: 'group', index, node };
    }
    if (c === '[') {
      const ranges: [string, string][] = [];
      while (src[this.pos] !== ']') {
        const lo = src[this.pos++]!;
        if (src[this.pos] === '-' && src[this.pos + 1] !== ']') {
          ranges.push([lo, src[this.pos + 1]!]);
          this.pos += 2;
        } else ranges.push([lo, lo]);
      }
      this.pos++;
      return { k: 'set', test: (ch) => ranges.some(([lo, hi]) => ch >= lo && ch <= hi && ch.length === 1) };
    }
    if (c === '\\') {
      const e = src[this.pos++]!;
      if (e === 'd') return { k: 'set', test: (ch) => isDecimal(ch.codePointAt(0)!) };
      if (e === 's') return { k: 'set', test: (ch) => isPySpace(ch.codePointAt(0)!) };
      return { k: 'lit', text: [e], ci };
    }
    return { k: 'lit', text: [c], ci };
  }
}

function oneCase(ch: string, upper: boolean): string {
  const m = upper ? ch.toUpperCase() : ch.toLowerCase();
  return cpCount(m) === 1 ? m : ch;
}

/** sameIgnoringCase: a character matches a pattern character under re.IGNORECASE. */
function sameIgnoringCase(a: string, b: string): boolean {
  return a === b || oneCase(a, false) === oneCase(b, false) || oneCase(a, true) === oneCase(b, true);
}

type Captures = ([number, number] | undefined)[];

/** rmatch: matches node at pos, then the continuation k; backtracks as Python's re does. */
function rmatch(node: RNode, s: readonly string[], pos: number, caps: Captures, k: (p: number) => boolean): boolean {
  switch (node.k) {
    case 'lit': {
      const t = node.text;
      if (pos + t.length > s.length) return false;
      for (let i = 0; i < t.length; i++) {
        const c = s[pos + i]!;
        if (c !== t[i] && !(node.ci && sameIgnoringCase(c, t[i]!))) return false;
      }
      return k(pos + t.length);
    }
    case 'set':
      return pos < s.length && node.test(s[pos]!) && k(pos + 1);
    case 'seq': {
      const items = node.items;
      const go = (i: number, p: number): boolean => (i === items.length ? k(p) : rmatch(items[i]!, s, p, caps, (q) => go(i + 1, q)));
      return go(0, pos);
    }
    case 'alt':
      for (const o of node.opts) if (rmatch(o, s, pos, caps, k)) return true;
      return false;
    case 'rep': {
      const inner = node.node;
      if (inner.k === 'set' || (inner.k === 'lit' && inner.text.length === 1)) {
        // One character at a time: count the longest run, then give back one at a time.
        let count = 0;
        while (count < node.max && rmatch(inner, s, pos + count, caps, () => true)) count++;
        for (let c = count; c >= node.min; c--) if (k(pos + c)) return true;
        return false;
      }
      const go = (count: number, p: number): boolean =>
        (count < node.max && rmatch(inner, s, p, caps, (q) => q !== p && go(count + 1, q))) || (count >= node.min && k(p));
      return go(0, pos);
    }
    case 'group': {
      const idx = node.index;
      return rmatch(node.node, s, pos, caps, (q) => {
        const old = caps[idx];
        caps[idx] = [pos, q];
        if (k(q)) return true;
        caps[idx] = old;
        return false;
      });
    }
  }
}

/** intOf: int(text) for the digit strings the groups capture (any Unicode decimal digits). */
function intOf(text: string): number {
  let v = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!isDecimal(cp)) raise(ValueError, `invalid literal for int() with base 10: ${reprStr(text)}`);
    v = v * 10 + decimalValue(cp);
  }
  if (text === '') raise(ValueError, `invalid literal for int() with base 10: ''`);
  return v;
}

// datetime.date's checks and ordinals, as _strptime uses them.

function checkDate(y: number, m: number, d: number): void {
  if (y < 1 || y > 9999) raise(ValueError, `year ${y} is out of range`);
  if (m < 1 || m > 12) raise(ValueError, 'month must be in 1..12');
  const dim = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  if (d < 1 || d > dim) raise(ValueError, 'day is out of range for month');
}

/** toOrdinal: date(y, m, d).toordinal() (with its checks). */
function toOrdinal(y: number, m: number, d: number): number {
  checkDate(y, m, d);
  return daysFromCivil(y, m, d) + 719163;
}

/** fromOrdinal: date.fromordinal(n) as [y, m, d]. */
function fromOrdinal(n: number): [number, number, number] {
  if (n < 1) raise(ValueError, 'ordinal must be >= 1');
  const ymd = civilFromDays(n - 719163);
  if (ymd[0] > 9999) raise(ValueError, `year ${ymd[0]} is out of range`);
  return ymd;
}

/** weekdayOf: date(y, m, d).weekday() (Monday is 0). */
const weekdayOf = (y: number, m: number, d: number): number => (toOrdinal(y, m, d) + 6) % 7;

const LOWER_WDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** strptime: _strptime._strptime_time(data, format). */
function strptime(data: string, format: string): PyStructTime {
  let pattern: string;
  try {
    pattern = timePattern(format);
  } catch (e) {
    if (!(e instanceof BadDirective)) throw e;
    if (e.directive === null) raise(ValueError, `stray % in format '${format}'`);
    raise(ValueError, `'${e.directive === '\\' ? '%' : e.directive}' is a bad directive in format '${format}'`);
  }
  const parser = new RegexParser(Array.from(pattern));
  const root = parser.parse();
  const s = Array.from(data);
  const caps: Captures = [];
  let end = -1;
  if (!rmatch(root, s, 0, caps, (p) => ((end = p), true))) {
    raise(ValueError, `time data ${reprStr(data)} does not match format ${reprStr(format)}`);
  }
  if (end !== s.length) raise(ValueError, `unconverted data remains: ${s.slice(end).join('')}`);
  const found = new Map<string, string>();
  for (const [name, index] of parser.names) {
    const c = caps[index];
    if (c !== undefined) found.set(name, s.slice(c[0], c[1]).join(''));
  }

  let isoYear: number | null = null;
  let year: number | null = null;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let tz = -1;
  let gmtoff: number | null = null;
  let isoWeek: number | null = null;
  let weekOfYear: number | null = null;
  let weekStartsMonday = false;
  let weekday: number | null = null;
  let julian: number | null = null;
  for (const [key, text] of found) {
    switch (key) {
      case 'y':
        year = intOf(text);
        year += year <= 68 ? 2000 : 1900;
        break;
      case 'Y':
        year = intOf(text);
        break;
      case 'G':
        isoYear = intOf(text);
        break;
      case 'm':
        month = intOf(text);
        break;
      case 'B':
        month = MON_FULL.findIndex((x) => x.toLowerCase() === text.toLowerCase()) + 1;
        break;
      case 'b':
        month = MON_ABBR.findIndex((x) => x.toLowerCase() === text.toLowerCase()) + 1;
        break;
      case 'd':
        day = intOf(text.trimStart());
        break;
      case 'H':
        hour = intOf(text);
        break;
      case 'I': {
        hour = intOf(text);
        const ampm = (found.get('p') ?? '').toLowerCase();
        if (ampm === '' || ampm === 'am') {
          if (hour === 12) hour = 0;
        } else if (ampm === 'pm' && hour !== 12) hour += 12;
        break;
      }
      case 'M':
        minute = intOf(text);
        break;
      case 'S':
        second = intOf(text);
        break;
      case 'A':
        weekday = LOWER_WDAYS.indexOf(text.toLowerCase());
        break;
      case 'a':
        weekday = LOWER_WDAYS.findIndex((x) => x.slice(0, 3) === text.toLowerCase());
        break;
      case 'w':
        weekday = intOf(text);
        weekday = weekday === 0 ? 6 : weekday - 1;
        break;
      case 'u':
        weekday = intOf(text) - 1;
        break;
      case 'j':
        julian = intOf(text);
        break;
      case 'U':
      case 'W':
        weekOfYear = intOf(text);
        weekStartsMonday = key === 'W';
        break;
      case 'V':
        isoWeek = intOf(text);
        break;
      case 'z':
        gmtoff = parseUtcOffset(text);
        break;
      case 'Z':
        // 'utc' and 'gmt' are the zone's names without daylight saving time.
        tz = 0;
        break;
    }
  }
  if (year === null && isoYear !== null) {
    if (isoWeek === null || weekday === null) {
      raise(
        ValueError,
        "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').",
      );
    }
    if (julian !== null) {
      raise(ValueError, "Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.");
    }
  } else if (weekOfYear === null && isoWeek !== null) {
    if (weekday === null) {
      raise(
        ValueError,
        "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').",
      );
    }
    raise(ValueError, "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.");
  }
  let leapYearFix = false;
  if (year === null && month === 2 && day === 29) {
    year = 1904; // a leap year, so that Feb 29 is a date
    leapYearFix = true;
  } else if (year === null) year = 1900;

  if (julian === null && weekday !== null) {
    if (weekOfYear !== null) {
      julian = julianFromWeek(year, weekOfYear, weekday, weekStartsMonday);
    } else if (isoYear !== null && isoWeek !== null) {
      [year, julian] = julianFromIsoWeek(isoYear, isoWeek, weekday + 1);
    }
    if (julian !== null && julian <= 0) {
      year -= 1;
      julian += isLeap(year) ? 366 : 365;
    }
  }
  if (julian === null) {
    julian = toOrdinal(year, month, day) - toOrdinal(year, 1, 1) + 1;
  } else {
    [year, month, day] = fromOrdinal(julian - 1 + toOrdinal(year, 1, 1));
  }
  if (weekday === null) weekday = weekdayOf(year, month, day);
  const zoneName = found.get('Z');
  if (leapYearFix) year = 1900;
  return new PyStructTime([year, month, day, hour, minute, second, weekday, julian, tz], zoneName ?? None, gmtoff ?? None);
}

/** parseUtcOffset: the seconds of a %z match ('Z', ±HHMM[SS[.ffffff]], with or without colons). */
function parseUtcOffset(text: string): number {
  if (text === 'Z') return 0;
  let z = Array.from(text);
  if (z[3] === ':') {
    z = [...z.slice(0, 3), ...z.slice(4)];
    if (z.length > 5) {
      if (z[5] !== ':') raise(ValueError, `Inconsistent use of : in ${text}`);
      z = [...z.slice(0, 5), ...z.slice(6)];
    }
  }
  const hours = intOf(z.slice(1, 3).join(''));
  const minutes = intOf(z.slice(3, 5).join(''));
  const secText = z.slice(5, 7).join('');
  const seconds = secText === '' ? 0 : intOf(secText);
  const off = hours * 3600 + minutes * 60 + seconds;
  return z[0] === '-' ? -off : off;
}

/** julianFromWeek: the day of the year of a weekday (Monday 0) in a %U or %W week. */
function julianFromWeek(year: number, week: number, weekday: number, startsMonday: boolean): number {
  let firstWeekday = weekdayOf(year, 1, 1);
  let dow = weekday;
  if (!startsMonday) {
    firstWeekday = (firstWeekday + 1) % 7;
    dow = (dow + 1) % 7;
  }
  if (week === 0) return 1 + dow - firstWeekday;
  return 1 + ((7 - firstWeekday) % 7) + 7 * (week - 1) + dow;
}

/** julianFromIsoWeek: [year, day of the year] of an ISO year, week and weekday (Monday 1). */
function julianFromIsoWeek(isoYear: number, isoWeek: number, isoWeekday: number): [number, number] {
  const correction = weekdayOf(isoYear, 1, 4) + 1 + 3;
  let ordinal = isoWeek * 7 + isoWeekday - correction;
  if (ordinal < 1) {
    ordinal += toOrdinal(isoYear, 1, 1);
    isoYear -= 1;
    ordinal -= toOrdinal(isoYear, 1, 1);
  }
  return [isoYear, ordinal];
}

// ---------------------------------------------------------------------------------------------
// Argument checking in CPython's words

/** noArgs: METH_NOARGS. */
function noArgs(qualname: string, args: PyValue[], kw: readonly string[] | null): void {
  if (kw !== null && kw.length > 0) raise(TypeError, `${qualname}() takes no keyword arguments`);
  if (args.length > 0) raise(TypeError, `${qualname}() takes no arguments (${args.length} given)`);
}

/** oneArg: METH_O. */
function oneArg(qualname: string, args: PyValue[], kw: readonly string[] | null): PyValue {
  if (kw !== null && kw.length > 0) raise(TypeError, `${qualname}() takes no keyword arguments`);
  if (args.length !== 1) raise(TypeError, `${qualname}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** tupleArgs: METH_VARARGS with PyArg_ParseTuple's count check. */
function tupleArgs(name: string, args: PyValue[], kw: readonly string[] | null, min: number, max: number): PyValue[] {
  if (kw !== null && kw.length > 0) raise(TypeError, `${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min || n > max) {
    const [how, k] = min === max ? ['exactly', max] : n < min ? ['at least', min] : ['at most', max];
    raise(TypeError, `${name}() takes ${how} ${k} argument${k === 1 ? '' : 's'} (${n} given)`);
  }
  return args;
}

function strArg(v: PyValue, fname: string, pos: number): string {
  const s = strValue(v);
  if (s === undefined) raise(TypeError, `${fname}() argument ${pos} must be str, not ${typeOf(v).name}`);
  return s;
}

/** CLOCKS: get_clock_info's clocks: [monotonic, adjustable]. */
const CLOCKS = new Map<string, [boolean, boolean]>([
  ['time', [false, true]],
  ['monotonic', [true, false]],
  ['perf_counter', [true, false]],
  ['process_time', [true, false]],
  ['thread_time', [true, false]],
]);

// ---------------------------------------------------------------------------------------------
// The module

/** makeTimeModule: the time module for the current interpreter. */
export function makeTimeModule(): PyModule {
  const m = new PyModule('time');
  const d = m.dict;
  d.setStr(
    '__doc__',
    'Time access and conversions: the clocks (time, monotonic, perf_counter, process_time,\n' +
      'thread_time and their _ns variants), sleep(), struct_time with gmtime(), localtime() and\n' +
      'mktime(), and text with asctime(), ctime(), strftime() and strptime().\n\n' +
      'In Terrarium every clock is the interpreter\'s (a virtual clock unless the embedder supplies\n' +
      'another) and the local time zone is UTC.',
  );
  const seconds = (name: string, id: ClockId): NativeFn => (args, kw) => {
    noArgs(`time.${name}`, args, kw);
    return newFloat(secondsDouble(clock(id)));
  };
  const nanoseconds = (name: string, id: ClockId): NativeFn => (args, kw) => {
    noArgs(`time.${name}`, args, kw);
    return normBig(clock(id));
  };
  const fns: Record<string, NativeFn> = {
    time: seconds('time', 'realtime'),
    time_ns: nanoseconds('time_ns', 'realtime'),
    monotonic: seconds('monotonic', 'monotonic'),
    monotonic_ns: nanoseconds('monotonic_ns', 'monotonic'),
    perf_counter: seconds('perf_counter', 'monotonic'),
    perf_counter_ns: nanoseconds('perf_counter_ns', 'monotonic'),
    process_time: seconds('process_time', 'process'),
    process_time_ns: nanoseconds('process_time_ns', 'process'),
    thread_time: seconds('thread_time', 'process'),
    thread_time_ns: nanoseconds('thread_time_ns', 'process'),
    sleep: (args, kw) => {
      const ns = timeoutNs(oneArg('time.sleep', args, kw));
      if (ns < 0n) raise(ValueError, 'sleep length must be non-negative');
      osCall(() => currentVM().os.sleep(ns));
      return None;
    },
    gmtime: (args, kw) => {
      const [secs] = tupleArgs('gmtime', args, kw, 0, 1);
      return structFromTm(tmOf(secondsArg(secs), 'GMT'));
    },
    localtime: (args, kw) => {
      const [secs] = tupleArgs('localtime', args, kw, 0, 1);
      return structFromTm(tmOf(secondsArg(secs), 'UTC'));
    },
    mktime: (args, kw) => {
      const tm = tmArg(oneArg('time.mktime', args, kw), 'mktime');
      const t = mktimeTm(tm);
      if (t === null) raise(OverflowError, 'mktime argument out of range');
      return newFloat(Number(t));
    },
    asctime: (args, kw) => {
      if (kw !== null && kw.length > 0) raise(TypeError, 'asctime() takes no keyword arguments');
      if (args.length > 1) raise(TypeError, `asctime expected at most 1 argument, got ${args.length}`);
      let tm: Tm;
      if (args.length === 0) tm = tmOf(nowSeconds(), 'UTC');
      else {
        tm = tmArg(args[0]!, 'asctime');
        checkTm(tm);
      }
      return asctimeOf(tm);
    },
    ctime: (args, kw) => {
      const [secs] = tupleArgs('ctime', args, kw, 0, 1);
      return asctimeOf(tmOf(secondsArg(secs), 'UTC'));
    },
    strftime: (args, kw) => {
      const [f, t] = tupleArgs('strftime', args, kw, 1, 2);
      const format = strArg(f!, 'strftime', 1);
      let tm: Tm;
      if (t === undefined) tm = tmOf(nowSeconds(), 'UTC');
      else {
        tm = tmArg(t, 'strftime');
        checkTm(tm);
        tm.isdst = Math.max(-1, Math.min(1, tm.isdst));
      }
      return strftime(format, tm);
    },
    strptime: (args, kw) => {
      if (kw !== null && kw.length > 0) raise(TypeError, 'strptime() takes no keyword arguments');
      if (args.length === 0) raise(TypeError, "_strptime_time() missing 1 required positional argument: 'data_string'");
      if (args.length > 2) raise(TypeError, `_strptime_time() takes from 1 to 2 positional arguments but ${args.length} were given`);
      const texts = [args[0]!, args[1] ?? '%a %b %d %H:%M:%S %Y'].map((v, i) => {
        const s = strValue(v);
        if (s === undefined) raise(TypeError, `strptime() argument ${i} must be str, not ${repr(typeOf(v))}`);
        return s;
      });
      return strptime(texts[0]!, texts[1]!);
    },
    get_clock_info: (args, kw) => {
      const [n] = tupleArgs('get_clock_info', args, kw, 1, 1);
      const name = strArg(n!, 'get_clock_info', 1);
      if (name.includes('\0')) raise(ValueError, 'embedded null character');
      const info = CLOCKS.get(name);
      if (info === undefined) raise(ValueError, 'unknown clock');
      const ns = new PyObject(simpleNamespaceType);
      ns.dict = new PyDict();
      ns.dict.setStr('implementation', 'terrarium virtual clock');
      ns.dict.setStr('monotonic', info[0]);
      ns.dict.setStr('adjustable', info[1]);
      ns.dict.setStr('resolution', newFloat(1e-9));
      return ns;
    },
    tzset: (args, kw) => {
      noArgs('time.tzset', args, kw);
      return None;
    },
  };
  for (const [name, fn] of Object.entries(fns)) d.setStr(name, builtinFunction(name, fn));
  d.setStr('struct_time', structTimeType);
  d.setStr('timezone', 0);
  d.setStr('altzone', 0);
  d.setStr('daylight', 0);
  d.setStr('tzname', newTuple([...TZNAME]));
  d.setStr('_STRUCT_TM_ITEMS', 11);
  return m;
}
