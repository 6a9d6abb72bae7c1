// The numeric builtin functions (https://docs.python.org/3.11/library/functions.html): abs, bin, hex,
// oct, divmod, pow, round, sum, as CPython 3.11's Python/bltinmodule.c and Objects/abstract.c. They
// take fast paths for the unboxed int and exact float and otherwise dispatch on special methods.

import { chargeStr } from '../objects/str-index.js';
import { floatType } from '../objects/types.js';
import type { PyValue } from '../objects/object.js';
import { typeOf } from '../objects/type.js';
import type { NativeFn } from '../objects/builtin-function.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { PyBytes, PyByteArray } from '../objects/bytes.js';
import { raise, TypeError, OverflowError } from '../objects/exception.js';
import { callBound, binaryOp, asIndex, getIter, iterNext } from '../objects/protocol.js';
import { ArgSpec } from './args.js';
import { charge, SIZE, workItems, WORK_BLOCK } from '../vm/meter.js';
import { bigBitLength } from '../objects/int.js';

/** intFromBig: a bigint result as a Python int (a JS number when it is in the safe range). */
export function intFromBig(b: bigint): number | bigint {
  if (b >= -9007199254740991n && b <= 9007199254740991n) return Number(b);
  const d = Number(b);
  const bits = Number.isFinite(d) ? Math.log2(Math.abs(d)) + 1 : bigBitLength(b);
  charge(SIZE.BIGINT + 4 * Math.ceil(bits / 30));
  return b;
}

/** intToFloat: an int as a double, as CPython's PyLong_AsDouble (round-half-even; OverflowError past the range). */
export function intToFloat(v: number | bigint): number {
  if (typeof v === 'number') return v;
  const d = Number(v);
  if (!Number.isFinite(d)) raise(OverflowError, 'int too large to convert to float');
  return d;
}

/** absValue: abs(v), as CPython's PyNumber_Absolute. */
export function absValue(v: PyValue): PyValue {
  switch (typeof v) {
    case 'number':
      return Math.abs(v);
    case 'bigint':
      return v < 0n ? intFromBig(-v) : v;
    case 'boolean':
      return v ? 1 : 0;
  }
  if (v instanceof PyFloat && v.cls === floatType) return v.v > 0 ? v : newFloat(Math.abs(v.v));
  const f = typeOf(v).lookup('__abs__');
  if (f === undefined) raise(TypeError, `bad operand type for abs(): '${typeOf(v).name}'`);
  return callBound(f, v, []);
}

/** toBase: bin/oct/hex of an integer-like value, as CPython's PyNumber_ToBase. */
export function toBase(v: PyValue, base: 2 | 8 | 16): string {
  const i = asIndex(v);
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  const neg = i < 0;
  const digits = (neg ? -i : i).toString(base);
  charge(SIZE.STR + digits.length + 3);
  return (neg ? '-' : '') + prefix + digits;
}

/**
 * binaryDunder: the result of a binary special method pair (e.g. __divmod__/__rdivmod__) by
 * CPython's binary_op1() rules, or NotImplemented.
 */
function binaryDunder(a: PyValue, b: PyValue, op: string, rop: string): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = ta.lookup(op);
  const fb = ta === tb ? undefined : tb.lookup(rop);
  if (fb !== undefined && tb.isSubtypeOf(ta) && fb !== ta.lookup(rop)) {
    const r = callBound(fb, b, [a]);
    if (r !== NotImplemented) return r;
    return fa !== undefined ? callBound(fa, a, [b]) : NotImplemented;
  }
  if (fa !== undefined) {
    const r = callBound(fa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  return fb !== undefined ? callBound(fb, b, [a]) : NotImplemented;
}

/** divmodValues: divmod(a, b). */
export function divmodValues(a: PyValue, b: PyValue): PyValue {
  const r = binaryDunder(a, b, '__divmod__', '__rdivmod__');
  if (r === NotImplemented) raise(TypeError, `unsupported operand type(s) for divmod(): '${typeOf(a).name}' and '${typeOf(b).name}'`);
  return r;
}

/**
 * powValues: pow(base, exp[, mod]). Three-argument power calls only the base's __pow__, as
 * CPython's ternary_op() does for Python classes (slot_nb_power never uses __rpow__ with a modulus);
 * the builtin int implements modular power there.
 */
export function powValues(base: PyValue, exp: PyValue, mod: PyValue): PyValue {
  if (mod === None) return binaryOp(base, exp, 8);
  const tb = typeOf(base);
  const f = tb.lookup('__pow__');
  if (f !== undefined) {
    const r = callBound(f, base, [exp, mod]);
    if (r !== NotImplemented) return r;
  }
  const te = typeOf(exp);
  if (te !== tb) {
    const rf = te.lookup('__rpow__');
    if (rf !== undefined && te.isSubtypeOf(tb)) {
      const r = callBound(rf, exp, [base, mod]);
      if (r !== NotImplemented) return r;
    }
  }
  raise(TypeError, `unsupported operand type(s) for ** or pow(): '${tb.name}', '${te.name}', '${typeOf(mod).name}'`);
}

/** roundValue: round(number[, ndigits]) through type(number).__round__. */
export function roundValue(number: PyValue, ndigits: PyValue | undefined): PyValue {
  const f = typeOf(number).lookup('__round__');
  if (f === undefined) raise(TypeError, `type ${typeOf(number).name} doesn't define __round__ method`);
  return ndigits === undefined || ndigits === None ? callBound(f, number, []) : callBound(f, number, [ndigits]);
}

function isExactFloat(v: PyValue): v is PyFloat {
  return v instanceof PyFloat && v.cls === floatType;
}

/**
 * sumValues: sum(iterable, start), as CPython 3.11's builtin_sum_impl(): exact ints are added
 * without boxing (switching to bigint past 2**53) and exact floats with plain double addition
 * (3.11 has no compensated summation); anything else goes through `+`.
 */
export function sumValues(iterable: PyValue, start: PyValue): PyValue {
  if (typeof start === 'string') raise(TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (start instanceof PyBytes) raise(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (start instanceof PyByteArray) raise(TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  const it = getIter(iterable);
  let acc: PyValue = start;
  // While acc is an exact float its value lives unboxed in f (boxed only when leaving that state).
  let f = 0;
  let inFloat = false;
  if (isExactFloat(acc)) {
    f = acc.v;
    inFloat = true;
  }
  for (let item = iterNext(it), n = 1; item !== undefined; item = iterNext(it), n++) {
    if ((n & 63) === 0) workItems(WORK_BLOCK);
    if (inFloat) {
      if (isExactFloat(item)) {
        f += item.v;
        continue;
      }
      if (typeof item === 'number') {
        f += item;
        continue;
      }
      if (typeof item === 'boolean') {
        f += item ? 1 : 0;
        continue;
      }
      if (typeof item === 'bigint') {
        f += intToFloat(item);
        continue;
      }
      acc = newFloat(f);
      inFloat = false;
    } else if (typeof acc === 'number' || typeof acc === 'bigint') {
      const x = typeof item === 'boolean' ? (item ? 1 : 0) : item;
      if (typeof acc === 'number' && typeof x === 'number') {
        const s: number = acc + x;
        acc = Number.isSafeInteger(s) ? s : intFromBig(BigInt(acc) + BigInt(x));
        continue;
      }
      if (typeof x === 'number' || typeof x === 'bigint') {
        acc = intFromBig(BigInt(acc) + BigInt(x));
        continue;
      }
      if (isExactFloat(x)) {
        f = intToFloat(acc) + x.v;
        inFloat = true;
        continue;
      }
    }
    acc = binaryOp(acc, item, 0);
    if (isExactFloat(acc)) {
      f = acc.v;
      inFloat = true;
    }
  }
  return inFloat ? newFloat(f) : acc;
}

/** unary: a one-argument builtin; the common call (one positional argument) skips the unpacking. */
export function unary(name: string, f: (v: PyValue) => PyValue): NativeFn {
  const spec = new ArgSpec(name, 'obj, /');
  return (args, kw) => (kw === null && args.length === 1 ? f(args[0]!) : f(spec.unpack(args, kw)[0]!));
}
const DIVMOD = new ArgSpec('divmod', 'x, y, /');
const POW = new ArgSpec('pow', 'base, exp, mod=');
const ROUND = new ArgSpec('round', 'number, ndigits=');

function builtinSum(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos === 0) raise(TypeError, 'sum() takes at least 1 positional argument (0 given)');
  if (args.length > 2) raise(TypeError, `sum() takes at most 2 arguments (${args.length} given)`);
  let start: PyValue = 0;
  if (npos === 2) start = args[1]!;
  else if (nkw === 1) {
    if (kwnames![0] !== 'start') raise(TypeError, `'${kwnames![0]}' is an invalid keyword argument for sum()`);
    start = args[1]!;
  }
  return sumValues(args[0]!, start);
}

/** NUMERIC_FUNCTIONS: the numeric builtins by name. */
export const NUMERIC_FUNCTIONS: Record<string, NativeFn> = {
  abs: unary('abs', absValue),
  bin: unary('bin', (v) => chargeStr(toBase(v, 2))),
  hex: unary('hex', (v) => chargeStr(toBase(v, 16))),
  oct: unary('oct', (v) => chargeStr(toBase(v, 8))),
  divmod: (args, kw) => {
    const [a, b] = DIVMOD.unpack(args, kw);
    return divmodValues(a!, b!);
  },
  pow: (args, kw) => {
    const [base, exp, mod] = POW.unpack(args, kw);
    return powValues(base!, exp!, mod ?? None);
  },
  round: (args, kw) => {
    const [number, ndigits] = ROUND.unpack(args, kw);
    return roundValue(number!, ndigits);
  },
  sum: builtinSum,
};

