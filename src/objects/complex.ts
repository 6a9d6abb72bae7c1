// Python's complex type, as CPython's Objects/complexobject.c: repr (complex_repr), arithmetic
// (_Py_c_quot, _Py_c_pow, c_powi), abs, hash and the complex() constructor with its string parser.

import { formatFloatShort } from './float.js';

/** reprComplex is Python's repr() of a complex: 1j, (1+2j), (-0-0j), infj. */
export function reprComplex(c: { readonly real: number; readonly imag: number }): string {
  // A real part of +0.0 is left out, and so are the parentheses; -0.0 is kept.
  if (c.real === 0 && !Object.is(c.real, -0)) return formatFloatShort(c.imag, false, false) + 'j';
  return '(' + formatFloatShort(c.real, false, false) + formatFloatShort(c.imag, false, true) + 'j)';
}

import { PyObject, type PyValue } from './object.js';
import { makeBuiltinType, typeOf, type PyType } from './type.js';
import { defineMethods, defineStaticMethods, type NativeFn } from './builtin-function.js';
import { defineGetSets } from './descriptor.js';
import { None, NotImplemented } from './singletons.js';
import { raise, TypeError, ValueError, OverflowError, ZeroDivisionError } from './exception.js';
import { callBound, repr } from './protocol.js';
import { PyFloat, newFloat, floatFromObject, parseFloatText, libmPow } from './float.js';
import * as libm from '../modules/math-libm.js';
import { newTuple } from './tuple.js';
import { hashComplex } from './hash.js';
import { checkNewArgs, instanceDictFor } from './type-type.js';
import { asInt, intToDouble, toAsciiNumeral, strValue, wrapperArity, descriptorError, oldStyleArgs } from './int.js';
import { charge, SIZE } from '../vm/meter.js';
import { complexType } from './types.js';
export { complexType };


/** PyComplexValue: a complex number (immutable). */
export class PyComplexValue extends PyObject {
  constructor(
    readonly real: number,
    readonly imag: number,
    cls: PyType = complexType,
  ) {
    super(cls);
  }
}

/** newComplex: a complex, charged to the heap. */
export function newComplex(real: number, imag: number): PyComplexValue {
  charge(SIZE.OBJECT + 16);
  return new PyComplexValue(real, imag);
}

/** newComplexOfType: an instance of complex subclass cls (an exact complex for cls complex). */
export function newComplexOfType(cls: PyType, real: number, imag: number): PyComplexValue {
  if (cls === complexType) return newComplex(real, imag);
  charge(SIZE.OBJECT + 16);
  const c = new PyComplexValue(real, imag, cls);
  c.dict = instanceDictFor(cls);
  return c;
}

/** asComplex: CPython's TO_COMPLEX: [real, imag] of a complex, float or int operand, else undefined. */
export function asComplex(v: PyValue | undefined): [number, number] | undefined {
  if (v instanceof PyComplexValue) return [v.real, v.imag];
  if (v instanceof PyFloat) return [v.v, 0];
  const i = asInt(v);
  return i === undefined ? undefined : [intToDouble(i), 0];
}

type Errno = 0 | 'EDOM' | 'ERANGE';
/** errno: set by the C-style helpers below as CPython's set errno (read through currentErrno). */
let errno: Errno = 0;
function currentErrno(): Errno {
  return errno;
}

/** cQuot: _Py_c_quot(), Smith's algorithm; sets errno EDOM for a zero divisor. */
function cQuot(ar: number, ai: number, br: number, bi: number): [number, number] {
  const absBr = br < 0 ? -br : br;
  const absBi = bi < 0 ? -bi : bi;
  if (absBr >= absBi) {
    if (absBr === 0.0) {
      errno = 'EDOM';
      return [0, 0];
    }
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

/** cPow: _Py_c_pow(). */
function cPow(ar: number, ai: number, br: number, bi: number): [number, number] {
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) errno = 'EDOM';
    return [0, 0];
  }
  // With the libm port (src/modules/math-libm.ts), so the last digit is glibc's as in CPython.
  const vabs = libm.hypot(ar, ai);
  let len = libmPow(vabs, br);
  const at = libm.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= libm.exp(at * bi);
    phase += bi * libm.log(vabs);
  }
  // glibc's cos and sin report an infinite argument as a domain error (EDOM).
  if (phase === Infinity || phase === -Infinity) errno = 'EDOM';
  return [len * libm.cos(phase), len * libm.sin(phase)];
}

/** cPowu: c_powu(), x**n for n >= 0 by repeated squaring. */
function cPowu(xr: number, xi: number, n: number): [number, number] {
  let rr = 1;
  let ri = 0;
  let pr = xr;
  let pi = xi;
  for (let mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) [rr, ri] = [rr * pr - ri * pi, rr * pi + ri * pr];
    [pr, pi] = [pr * pr - pi * pi, pr * pi + pi * pr];
  }
  return [rr, ri];
}

/**
 * complexPowValues: a ** b as CPython's complex_pow(): small integral exponents by repeated
 * squaring, others by polar form; ZeroDivisionError for 0 to a negative or complex power,
 * OverflowError "complex exponentiation" when a part overflows.
 */
export function complexPowValues(ar: number, ai: number, br: number, bi: number): PyComplexValue {
  errno = 0;
  let p: [number, number];
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    const n = br;
    if (n > 0) p = cPowu(ar, ai, n);
    else {
      const [ur, ui] = cPowu(ar, ai, -n);
      p = cQuot(1, 0, ur, ui);
    }
  } else p = cPow(ar, ai, br, bi);
  if (Math.abs(p[0]) === Infinity || Math.abs(p[1]) === Infinity) {
    if (currentErrno() === 0) errno = 'ERANGE';
  } else if (currentErrno() === 'ERANGE') errno = 0;
  if (currentErrno() === 'EDOM') raise(ZeroDivisionError, '0.0 to a negative or complex power');
  if (currentErrno() === 'ERANGE') raise(OverflowError, 'complex exponentiation');
  return newComplex(p[0], p[1]);
}

/** complexDiv: a / b; ZeroDivisionError "complex division by zero". */
export function complexDiv(ar: number, ai: number, br: number, bi: number): PyComplexValue {
  errno = 0;
  const [r, i] = cQuot(ar, ai, br, bi);
  if (currentErrno() === 'EDOM') raise(ZeroDivisionError, 'complex division by zero');
  return newComplex(r, i);
}

/** complexAbs: abs(z), as CPython's _Py_c_abs(); OverflowError "absolute value too large". */
export function complexAbs(re: number, im: number): number {
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (re === Infinity || re === -Infinity) return Infinity;
    if (im === Infinity || im === -Infinity) return Infinity;
    return NaN;
  }
  const r = libm.hypot(re, im);
  if (!Number.isFinite(r)) raise(OverflowError, 'absolute value too large');
  return r;
}

const FLOAT_PREFIX = /^[+-]?(?:(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf(?:inity)?|nan)/i;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
}

/**
 * parseComplexText: complex(s) as CPython's complex_from_string_inner(); undefined if malformed,
 * 'underscores' if misplaced underscores make it no number at all.
 */
export function parseComplexText(text: string): [number, number] | undefined | 'underscores' {
  let s = toAsciiNumeral(text);
  if (s.includes('_')) {
    // _Py_string_to_number_with_underscores: underscores only between digits.
    let out = '';
    let prev = '';
    for (const c of s) {
      if (c === '_') {
        if (!(prev >= '0' && prev <= '9')) return 'underscores';
      } else {
        if (prev === '_' && !(c >= '0' && c <= '9')) return 'underscores';
        out += c;
      }
      prev = c;
    }
    if (prev === '_') return 'underscores';
    s = out;
  }
  let i = 0;
  const n = s.length;
  while (isSpace(s[i])) i++;
  let bracket = false;
  if (s[i] === '(') {
    bracket = true;
    i++;
    while (isSpace(s[i])) i++;
  }
  const floatAt = (k: number): [number, number] | undefined => {
    const m = FLOAT_PREFIX.exec(s.slice(k));
    if (m === null) return undefined;
    return [parseFloatText(m[0])!, k + m[0].length];
  };
  let x = 0;
  let y = 0;
  const first = floatAt(i);
  if (first !== undefined) {
    i = first[1];
    if (s[i] === '+' || s[i] === '-') {
      x = first[0];
      const second = floatAt(i);
      if (second !== undefined) {
        y = second[0];
        i = second[1];
      } else {
        y = s[i] === '+' ? 1 : -1;
        i++;
      }
      if (s[i] !== 'j' && s[i] !== 'J') return undefined;
      i++;
    } else if (s[i] === 'j' || s[i] === 'J') {
      i++;
      y = first[0];
    } else x = first[0];
  } else {
    if (s[i] === '+' || s[i] === '-') {
      y = s[i] === '+' ? 1 : -1;
      i++;
    } else y = 1;
    if (s[i] !== 'j' && s[i] !== 'J') return undefined;
    i++;
  }
  while (isSpace(s[i])) i++;
  if (bracket) {
    if (s[i] !== ')') return undefined;
    i++;
    while (isSpace(s[i])) i++;
  }
  return i === n ? [x, y] : undefined;
}

function tryComplexSpecial(v: PyValue): PyComplexValue | undefined {
  const f = typeOf(v).lookup('__complex__');
  if (f === undefined || f === None) return undefined;
  const r = callBound(f, v, []);
  if (!(r instanceof PyComplexValue)) raise(TypeError, `__complex__ returned non-complex (type ${typeOf(r).name})`);
  return r;
}

function isNumberLike(v: PyValue): boolean {
  if (v instanceof PyComplexValue) return true;
  const t = typeOf(v);
  const f = t.lookup('__float__');
  const i = t.lookup('__index__');
  return (f !== undefined && f !== None) || (i !== undefined && i !== None);
}

/** complexFromArgs: complex(real, imag), as CPython's complex_new_impl(). */
export function complexFromArgs(cls: PyType, r: PyValue | undefined, i: PyValue | undefined): PyComplexValue {
  if (r === undefined) r = 0;
  if (r instanceof PyComplexValue && r.cls === complexType && i === undefined && cls === complexType) return r;
  const rs = strValue(r);
  if (rs !== undefined) {
    if (i !== undefined) raise(TypeError, "complex() can't take second arg if first is a string");
    const parsed = parseComplexText(rs);
    if (parsed === 'underscores') raise(ValueError, `could not convert string to complex: ${repr(r)}`);
    if (parsed === undefined) raise(ValueError, 'complex() arg is a malformed string');
    return newComplexOfType(cls, parsed[0], parsed[1]);
  }
  if (i !== undefined && strValue(i) !== undefined) raise(TypeError, "complex() second arg can't be a string");
  const special = tryComplexSpecial(r);
  if (special !== undefined) r = special;
  if (!isNumberLike(r)) raise(TypeError, `complex() first argument must be a string or a number, not '${typeOf(r).name}'`);
  if (i !== undefined && !isNumberLike(i)) raise(TypeError, `complex() second argument must be a number, not '${typeOf(i).name}'`);
  let crReal: number;
  let crImag = 0;
  let crIsComplex = false;
  if (r instanceof PyComplexValue) {
    crReal = r.real;
    crImag = r.imag;
    crIsComplex = true;
  } else crReal = floatFromObject(r);
  let ciReal: number;
  let ciImag = 0;
  let ciIsComplex = false;
  if (i === undefined) ciReal = crImag;
  else if (i instanceof PyComplexValue) {
    ciReal = i.real;
    ciImag = i.imag;
    ciIsComplex = true;
  } else ciReal = floatFromObject(i);
  if (ciIsComplex) crReal -= ciImag;
  if (crIsComplex && i !== undefined) ciReal += crImag;
  return newComplexOfType(cls, crReal, ciReal);
}

// ---------------------------------------------------------------------------------------------
// complex's methods

function selfComplex(args: readonly PyValue[], name: string): PyComplexValue {
  const s = args[0];
  if (!(s instanceof PyComplexValue)) descriptorError(name, 'complex', s);
  return s;
}

type ComplexBinary = (ar: number, ai: number, br: number, bi: number) => PyValue;

function binary(name: string, f: ComplexBinary, swap: boolean): NativeFn {
  return (args, kwnames) => {
    wrapperArity(args, kwnames, 1, name);
    const a = selfComplex(args, name);
    const b = asComplex(args[1]);
    if (b === undefined) return NotImplemented;
    return swap ? f(b[0], b[1], a.real, a.imag) : f(a.real, a.imag, b[0], b[1]);
  };
}

function powMethod(name: string, swap: boolean): NativeFn {
  return (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, `wrapper ${name}() takes no keyword arguments`);
    if (args.length < 2 || args.length > 3) raise(TypeError, `expected 1 or 2 arguments, got ${args.length - 1}`);
    const a = selfComplex(args, name);
    const b = asComplex(args[1]);
    if (b === undefined) return NotImplemented;
    if (args[2] !== undefined && args[2] !== None) raise(ValueError, 'complex modulo');
    return swap ? complexPowValues(b[0], b[1], a.real, a.imag) : complexPowValues(a.real, a.imag, b[0], b[1]);
  };
}

function equality(name: string, negate: boolean): NativeFn {
  return (args, kwnames) => {
    wrapperArity(args, kwnames, 1, name);
    const a = selfComplex(args, name);
    const w = args[1]!;
    let equal: boolean;
    const wi = asInt(w);
    if (wi !== undefined) equal = a.imag === 0 && a.real == wi;
    else if (w instanceof PyFloat) equal = a.real === w.v && a.imag === 0;
    else if (w instanceof PyComplexValue) equal = a.real === w.real && a.imag === w.imag;
    else return NotImplemented;
    return negate ? !equal : equal;
  };
}

function unary(name: string, f: (c: PyComplexValue) => PyValue): NativeFn {
  return (args, kwnames) => {
    wrapperArity(args, kwnames, 0, name);
    return f(selfComplex(args, name));
  };
}

const exact = (c: PyComplexValue): PyComplexValue => (c.cls === complexType ? c : newComplex(c.real, c.imag));

defineMethods(complexType, {
  __add__: binary('__add__', (ar, ai, br, bi) => newComplex(ar + br, ai + bi), false),
  __radd__: binary('__radd__', (ar, ai, br, bi) => newComplex(ar + br, ai + bi), true),
  __sub__: binary('__sub__', (ar, ai, br, bi) => newComplex(ar - br, ai - bi), false),
  __rsub__: binary('__rsub__', (ar, ai, br, bi) => newComplex(ar - br, ai - bi), true),
  __mul__: binary('__mul__', (ar, ai, br, bi) => newComplex(ar * br - ai * bi, ar * bi + ai * br), false),
  __rmul__: binary('__rmul__', (ar, ai, br, bi) => newComplex(ar * br - ai * bi, ar * bi + ai * br), true),
  __truediv__: binary('__truediv__', complexDiv, false),
  __rtruediv__: binary('__rtruediv__', complexDiv, true),
  __pow__: powMethod('__pow__', false),
  __rpow__: powMethod('__rpow__', true),
  __eq__: equality('__eq__', false),
  __ne__: equality('__ne__', true),
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __neg__: unary('__neg__', (c) => newComplex(-c.real, -c.imag)),
  __pos__: unary('__pos__', exact),
  __abs__: unary('__abs__', (c) => newFloat(complexAbs(c.real, c.imag))),
  __bool__: unary('__bool__', (c) => c.real !== 0 || c.imag !== 0),
  __hash__: unary('__hash__', (c) => hashComplex(c.real, c.imag)),
  __repr__: unary('__repr__', (c) => reprComplex(c)),
  __complex__: unary('__complex__', exact),
  __getnewargs__: unary('__getnewargs__', (c) => newTuple([newFloat(c.real), newFloat(c.imag)])),
  conjugate: (args) => {
    const c = selfComplex(args, 'conjugate');
    return newComplex(c.real, -c.imag);
  },
});

defineStaticMethods(complexType, {
  __new__: (args, kwnames) => {
    const cls = checkNewArgs(complexType, args, kwnames);
    const [r, i] = oldStyleArgs('complex', ['real', 'imag'], 0, args, kwnames);
    return complexFromArgs(cls, r, i);
  },
});

defineGetSets(complexType, {
  real: { get: (v) => newFloat(selfComplex([v], 'real').real) },
  imag: { get: (v) => newFloat(selfComplex([v], 'imag').imag) },
});
