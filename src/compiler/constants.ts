// Compile-time constants: AST constant values as VM values, the co_consts dedup key, truth values,
// and constant folding as CPython 3.11's Python/ast_opt.c does it (the subset whose result is
// certain to equal the run-time one: ints, floats without pow, complex +,-,*, str/bytes/tuple
// concatenation and repetition, within CPython's size limits). Folding is computed on demand and
// cached per node; the AST itself is never rewritten.

import type { ExprNode, Operator, Unaryop } from '../parser/ast.js';
import { PyComplex, type ConstantValue } from '../parser/constant.js';
import { PyBytes } from '../objects/bytes.js';
import { PyCode } from '../objects/code.js';
import { PyComplexValue } from '../objects/complex.js';
import { PyFloat, floatDivmodValues } from '../objects/float.js';
import type { PyValue } from '../objects/object.js';
import { Ellipsis, None } from '../objects/singletons.js';
import { EMPTY_TUPLE, PyTuple } from '../objects/tuple.js';
import { constantFrozenset, frozensetType, PySet } from '../objects/set.js';

/** intValue: a Python int in the VM's representation (a safe integer is a JS number). */
export function intValue(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** fromAstConstant: the VM value of an ast.Constant's value. */
export function fromAstConstant(v: ConstantValue): PyValue {
  if (v === null) return None;
  switch (typeof v) {
    case 'boolean':
    case 'string':
      return v;
    case 'bigint':
      return intValue(v);
    case 'number':
      return new PyFloat(v);
    case 'symbol':
      return Ellipsis;
    default:
      if (v instanceof Uint8Array) return new PyBytes(v);
      if (v instanceof PyComplex) return new PyComplexValue(v.real, v.imag);
      return v satisfies never;
  }
}

/** tupleOf: a constant tuple (the shared empty tuple when empty). */
export function tupleOf(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

function floatKey(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (Object.is(x, -0)) return '-0';
  return String(x);
}

function keyParts(v: PyValue): unknown {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return 'i' + v.toString();
    case 'boolean':
      return v ? 'T' : 'F';
    case 'string':
      return 's' + v;
    default:
      break;
  }
  if (v === None) return 'N';
  if (v === Ellipsis) return 'E';
  if (v instanceof PyFloat) return 'f' + floatKey(v.v);
  if (v instanceof PyComplexValue) return 'c' + floatKey(v.real) + ',' + floatKey(v.imag);
  if (v instanceof PyBytes) return 'b' + Array.from(v.data, (x) => x.toString(16).padStart(2, '0')).join('');
  if (v instanceof PyTuple) return v.items.map((x) => keyParts(x));
  if (v instanceof PySet) return ['frozenset', ...v.values().map((x) => JSON.stringify(keyParts(x))).sort()];
  if (v instanceof PyCode) {
    // By identity here; Compiler.addConst merges equal code objects with sameCode().
    let id = codeIds.get(v);
    if (id === undefined) codeIds.set(v, (id = nextCodeId++));
    return 'k' + id;
  }
  throw new Error('compiler: not a constant');
}

const codeIds = new WeakMap<PyCode, number>();
let nextCodeId = 0;

/** codeSummary: a cheap key of a code object; equal code objects have equal summaries. */
export function codeSummary(co: PyCode): string {
  return JSON.stringify([co.qualname, co.firstlineno, co.flags, co.code.length, co.consts.length, co.positions[0], co.positions[2]]);
}

function same(a: readonly unknown[] | ArrayLike<number>, b: readonly unknown[] | ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * sameCode: whether two code objects are equal in everything but identity (CPython's
 * code_richcompare): the two copies of a comprehension in a while loop's test, compiled twice,
 * are one constant.
 */
export function sameCode(a: PyCode, b: PyCode): boolean {
  return (
    a.name === b.name &&
    a.qualname === b.qualname &&
    a.argcount === b.argcount &&
    a.posonlyargcount === b.posonlyargcount &&
    a.kwonlyargcount === b.kwonlyargcount &&
    a.flags === b.flags &&
    a.firstlineno === b.firstlineno &&
    same(a.code, b.code) &&
    same(a.positions, b.positions) &&
    same(a.exceptionTable, b.exceptionTable) &&
    same(a.names, b.names) &&
    same(a.varnames, b.varnames) &&
    same(a.cellvars, b.cellvars) &&
    same(a.freevars, b.freevars) &&
    a.consts.length === b.consts.length &&
    a.consts.every((k, i) => {
      const o = b.consts[i]!;
      return k instanceof PyCode ? o instanceof PyCode && sameCode(k, o) : !(o instanceof PyCode) && constKey(k) === constKey(o);
    })
  );
}

/**
 * constKey: the co_consts dedup key, as CPython's _PyCode_ConstantKey: equal values of different
 * types stay apart (1, 1.0, True), and so do 0.0 and -0.0.
 */
export function constKey(v: PyValue): string {
  const k = keyParts(v);
  return typeof k === 'string' ? k : JSON.stringify(k);
}

/** constTruth: bool(v) for a constant. */
export function constTruth(v: PyValue): boolean {
  switch (typeof v) {
    case 'number':
      return v !== 0;
    case 'bigint':
      return v !== 0n;
    case 'boolean':
      return v;
    case 'string':
      return v.length > 0;
    default:
      break;
  }
  if (v === None) return false;
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PyComplexValue) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes) return v.data.length > 0;
  if (v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PySet) return v.size > 0;
  return true;
}

// --- folding (Python/ast_opt.c)

// CPython's limits on folded results (ast_opt.c).
const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

const NO = undefined;

function asBigInt(v: PyValue): bigint | undefined {
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return NO;
}

function numBits(b: bigint): number {
  if (b < 0n) b = -b;
  return b === 0n ? 0 : b.toString(2).length;
}

// A float operand: a float, or an int converted exactly (larger ints are not folded).
function asFloat(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.v;
  const b = asBigInt(v);
  if (b === NO) return NO;
  const n = Number(b);
  return BigInt(n) === b ? n : NO;
}

function isNumberLike(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat || v instanceof PyComplexValue;
}

function asComplex(v: PyValue): [number, number] | undefined {
  if (v instanceof PyComplexValue) return [v.real, v.imag];
  const f = asFloat(v);
  return f === NO ? NO : [f, 0];
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && ((r < 0n) !== (b < 0n)) ? r + b : r;
}

function powerOfTwoPow(a: bigint, b: bigint): PyValue | undefined {
  const m = a < 0n ? -a : a;
  if (m === 0n || (m & (m - 1n)) !== 0n) return NO;
  const k = BigInt(m.toString(2).length - 1);
  const e = k * -b;
  if (e > 1074n) return NO;
  let x = 1;
  for (let i = 0n; i < e; i++) x /= 2;
  return new PyFloat(a < 0n && (-b) % 2n === 1n ? -x : x);
}

function intBinop(op: Operator, a: bigint, b: bigint, bothBool: boolean): PyValue | undefined {
  switch (op) {
    case 'Add':
      return intValue(a + b);
    case 'Sub':
      return intValue(a - b);
    case 'Mult':
      if (a !== 0n && b !== 0n && numBits(a) + numBits(b) > MAX_INT_SIZE) return NO;
      return intValue(a * b);
    case 'Div': {
      // Exact operands give the correctly rounded quotient, as CPython's long_true_divide.
      const x = Number(a);
      const y = Number(b);
      if (b === 0n || BigInt(x) !== a || BigInt(y) !== b) return NO;
      return new PyFloat(x / y);
    }
    case 'FloorDiv':
      return b === 0n ? NO : intValue(floorDiv(a, b));
    case 'Mod':
      return b === 0n ? NO : intValue(floorMod(a, b));
    case 'Pow':
      // A negative exponent makes a float with the C library's pow(); only powers of two are
      // certainly exact (2 ** -14 is).
      if (b < 0n) return powerOfTwoPow(a, b);
      if (a !== 0n && b > 0n && numBits(a) > MAX_INT_SIZE / Number(b)) return NO;
      return intValue(a ** b);
    case 'LShift':
      if (b < 0n) return NO;
      if (a !== 0n && b !== 0n && (b > BigInt(MAX_INT_SIZE) || numBits(a) > MAX_INT_SIZE - Number(b))) return NO;
      return intValue(a << b);
    case 'RShift':
      if (b < 0n) return NO;
      return intValue(a >> (b > 100000n ? 100000n : b));
    case 'BitAnd':
      return bothBool ? (a & b) !== 0n : intValue(a & b);
    case 'BitOr':
      return bothBool ? (a | b) !== 0n : intValue(a | b);
    case 'BitXor':
      return bothBool ? (a ^ b) !== 0n : intValue(a ^ b);
    default:
      return NO;
  }
}

function floatBinop(op: Operator, x: number, y: number): PyValue | undefined {
  switch (op) {
    case 'Add':
      return new PyFloat(x + y);
    case 'Sub':
      return new PyFloat(x - y);
    case 'Mult':
      return new PyFloat(x * y);
    case 'Div':
      return y === 0 ? NO : new PyFloat(x / y);
    case 'FloorDiv':
      return y === 0 ? NO : new PyFloat(floatDivmodValues(x, y)[0]);
    case 'Mod':
      return y === 0 ? NO : new PyFloat(floatDivmodValues(x, y)[1]);
    default:
      return NO;
  }
}

function complexBinop(op: Operator, a: [number, number], b: [number, number]): PyValue | undefined {
  switch (op) {
    case 'Add':
      return new PyComplexValue(a[0] + b[0], a[1] + b[1]);
    case 'Sub':
      return new PyComplexValue(a[0] - b[0], a[1] - b[1]);
    case 'Mult':
      return new PyComplexValue(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
    default:
      return NO;
  }
}

function countItems(v: PyValue, limit: number): number {
  // check_complexity(): nested tuples count all their items.
  if (!(v instanceof PyTuple)) return 0;
  let n = v.items.length;
  for (const x of v.items) {
    if (n > limit) return n;
    n += countItems(x, limit - n);
  }
  return n;
}

function repeat(seq: PyValue, count: PyValue): PyValue | undefined {
  const nb = asBigInt(count);
  if (nb === NO) return NO;
  const n = nb < 0n ? 0 : nb > 1000000n ? 1000001 : Number(nb);
  if (typeof seq === 'string') {
    const size = [...seq].length;
    if (size && n > MAX_STR_SIZE / size) return NO;
    return seq.repeat(n);
  }
  if (seq instanceof PyBytes) {
    const size = seq.data.length;
    if (size && n > MAX_STR_SIZE / size) return NO;
    const out = new Uint8Array(size * n);
    for (let i = 0; i < n; i++) out.set(seq.data, i * size);
    return new PyBytes(out);
  }
  if (seq instanceof PyTuple) {
    const size = seq.items.length;
    if (size) {
      if (nb < 0n || n > MAX_COLLECTION_SIZE / size) return NO;
      if (n && countItems(seq, MAX_TOTAL_ITEMS / n) > MAX_TOTAL_ITEMS / n) return NO;
    }
    const items: PyValue[] = [];
    for (let i = 0; i < n; i++) items.push(...seq.items);
    return tupleOf(items);
  }
  return NO;
}

/** foldBinop: `l op r` for constants, or undefined where CPython would not fold (or it would raise). */
export function foldBinop(op: Operator, l: PyValue, r: PyValue): PyValue | undefined {
  const li = asBigInt(l);
  const ri = asBigInt(r);
  if (li !== NO && ri !== NO) return intBinop(op, li, ri, typeof l === 'boolean' && typeof r === 'boolean');
  if (isNumberLike(l) && isNumberLike(r)) {
    if (l instanceof PyComplexValue || r instanceof PyComplexValue) {
      const a = asComplex(l);
      const b = asComplex(r);
      return a === NO || b === NO ? NO : complexBinop(op, a, b);
    }
    const x = asFloat(l);
    const y = asFloat(r);
    return x === NO || y === NO ? NO : floatBinop(op, x, y);
  }
  if (op === 'Add') {
    if (typeof l === 'string' && typeof r === 'string') return l + r;
    if (l instanceof PyBytes && r instanceof PyBytes) {
      const out = new Uint8Array(l.data.length + r.data.length);
      out.set(l.data);
      out.set(r.data, l.data.length);
      return new PyBytes(out);
    }
    if (l instanceof PyTuple && r instanceof PyTuple) return tupleOf([...l.items, ...r.items]);
    return NO;
  }
  if (op === 'Mult') {
    if (li !== NO) return repeat(r, l);
    if (ri !== NO) return repeat(l, r);
  }
  return NO;
}

/** foldUnaryop: `op v` for a constant v, or undefined. */
export function foldUnaryop(op: Unaryop, v: PyValue): PyValue | undefined {
  if (op === 'Not') return !constTruth(v);
  const b = asBigInt(v);
  if (b !== NO) {
    if (op === 'USub') return intValue(-b);
    if (op === 'UAdd') return intValue(b);
    return intValue(-b - 1n);
  }
  if (op === 'Invert') return NO;
  if (v instanceof PyFloat) return new PyFloat(op === 'USub' ? -v.v : v.v);
  if (v instanceof PyComplexValue) return op === 'USub' ? new PyComplexValue(-v.real, -v.imag) : v;
  return NO;
}

/**
 * frozensetOf: the frozenset constant of a set display's items, as CPython's compiler makes for
 * `x in {1, 2}`, `for x in {1, 2}` and set displays of more than two constants. Hashing the items
 * may need a running interpreter (a tuple's hash counts recursion, None's is a method the runtime
 * installs); compiled without one (the stdlib build), such a display gets no constant (undefined)
 * and is built at run time: the same set, its iteration order possibly not CPython's.
 */
export function frozensetOf(items: PyValue[]): PySet | undefined {
  try {
    return constantFrozenset(items);
  } catch {
    return NO;
  }
}

/** isFrozenset: whether a constant is a frozenset. */
export function isFrozenset(v: PyValue): v is PySet {
  return v instanceof PySet && v.cls === frozensetType;
}

/** foldSubscript: `c[i]` for a constant str, bytes or tuple and int index (ast_opt.c fold_subscr). */
export function foldSubscript(c: PyValue, i: PyValue): PyValue | undefined {
  const b = asBigInt(i);
  if (b === NO) return NO;
  let items: readonly PyValue[];
  if (typeof c === 'string') items = [...c];
  else if (c instanceof PyBytes) items = Array.from(c.data);
  else if (c instanceof PyTuple) items = c.items;
  else return NO;
  const n = BigInt(items.length);
  const k = b < 0n ? b + n : b;
  if (k < 0n || k >= n) return NO;
  return items[Number(k)]!;
}

const folded = new WeakMap<object, PyValue | null>();

/**
 * constantOf: the value of e if it is a constant after CPython's AST optimizer: a Constant, a
 * folded unary or binary operation or subscript, a tuple display of constants, or `__debug__`
 * (True, as without -O). undefined otherwise.
 */
export function constantOf(e: ExprNode): PyValue | undefined {
  switch (e._type) {
    case 'Constant':
      break;
    case 'UnaryOp':
    case 'BinOp':
    case 'Tuple':
    case 'Subscript':
      break;
    case 'Name':
      return e.id === '__debug__' && e.ctx === 'Load' ? true : NO;
    default:
      return NO;
  }
  const hit = folded.get(e);
  if (hit !== undefined) return hit === null ? NO : hit;
  let v: PyValue | undefined;
  switch (e._type) {
    case 'Constant':
      v = fromAstConstant(e.value);
      break;
    case 'UnaryOp': {
      const x = constantOf(e.operand);
      v = x === NO ? NO : foldUnaryop(e.op, x);
      break;
    }
    case 'BinOp': {
      const l = constantOf(e.left);
      const r = l === NO ? NO : constantOf(e.right);
      // str % args is formatting, never folded (ast_opt.c safe_mod).
      if (l !== NO && r !== NO && !(e.op === 'Mod' && (typeof l === 'string' || l instanceof PyBytes))) v = foldBinop(e.op, l, r);
      break;
    }
    case 'Subscript': {
      if (e.ctx !== 'Load') break;
      const container = constantOf(e.value);
      const index = container === NO ? NO : constantOf(e.slice);
      if (container !== NO && index !== NO) v = foldSubscript(container, index);
      break;
    }
    case 'Tuple': {
      if (e.ctx !== 'Load') break;
      const items: PyValue[] = [];
      for (const x of e.elts) {
        const c = constantOf(x);
        if (c === NO) break;
        items.push(c);
      }
      if (items.length === e.elts.length) v = tupleOf(items);
      break;
    }
  }
  folded.set(e, v === NO ? null : v);
  return v;
}

/** isConstantExpr: whether e folds to a constant. */
export function isConstantExpr(e: ExprNode): boolean {
  return constantOf(e) !== NO;
}
