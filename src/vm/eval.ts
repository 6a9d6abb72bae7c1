// This file defines the bytecode interpreter: execute() runs frames until the entry frame returns
// or yields. It is the one long file: a single switch over the Opcode enum (esbuild inlines the
// numbers, so V8 builds a jump table), with the frame's state in locals. Python calls, returns,
// generator resumption and exception unwinding switch frames inside the loop, never by recursion.
// Every executed instruction is counted (`n`, added to the meter when the loop is left).

import type { PyValue } from '../objects/object.js';
import { PyType, typeOf, objectType, typeType, isInstance, currentTypeEpoch } from '../objects/type.js';
import { cacheEntry, loadGlobalSlow, type AttrCache, type GlobalCache, ATTR_STORE_DICT, ATTR_DICT, ATTR_DATA, ATTR_NONDATA, ATTR_METHOD, fillLoadAttr, fillLoadMethod, fillStoreAttr, slotLookup } from './attr-cache.js';
import { None } from '../objects/singletons.js';
import { PyFloat, newFloat } from '../objects/float.js';
import { floatType } from '../objects/types.js';
import { PyTuple, newTuple, MAX_SEQUENCE_ITEMS, tooManyItems } from '../objects/tuple.js';
import { PyList, newList, ListIterator, listIteratorType } from '../objects/list.js';
import { RangeIterator, rangeIteratorType } from '../objects/range.js';
import { PyDict } from '../objects/dict.js';
import { PyFunction, PyMethod, PyCell } from '../objects/function.js';
import { PyBuiltinFunction } from '../objects/builtin-function.js';
import { PyHostFunction, PyHostCall, PENDING, refusal, inCoroutine } from '../objects/host-function.js';
import type { PyCode } from '../objects/code.js';
import { EXC_ENTRY_SIZE } from '../objects/code.js';
import { NativeIterator } from '../objects/iterator.js';
import {
  PyException,
  PyTraceback,
  newException,
  pyError,
  raise,
  TypeError,
  NameError,
  UnboundLocalError,
  ZeroDivisionError,
  StopIteration,
  RuntimeError,
  AssertionError,
  SystemError,
  BaseException,
  ValueError,
  KeyError,
  StopAsyncIteration,
  RecursionError,
} from '../objects/exception.js';
import {
  call,
  checkDescriptorSelf,
  callBound,
  getAttr,
  setAttr,
  truthy,
  richCompare,
  binaryOp,
  unaryOp,
  getItem,
  setItem,
  contains,
  getIter,
  iterNext,
  toArray,
  repr,
  str,
  format,
  descrGet,
  getIterOpt,
  lenOf,
} from '../objects/protocol.js';
import { matchSequence, matchMapping, matchKeys, matchClass } from './match.js';
import { Opcode, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_ITERABLE_COROUTINE, stackEffect } from '../compiler/opcodes.js';
import { charge, SIZE } from './meter.js';
import { Frame, functionFrame, recycleFrame, markEscaped, RESUME_CALL, RESUME_ENTRY, RESUME_FOR_ITER, RESUME_SEND, RESUME_INIT } from './frame.js';
import { bindArguments } from './bind.js';
import { PyGenerator, GEN_CLOSED, GEN_RUNNING, GEN_SUSPENDED, generatorType, coroutineType, asyncGeneratorType } from './generator.js';
import { PyAsyncGenWrapped } from './async-generator.js';
import { PAUSE, VMStop } from './limit-error.js';
import { intPow } from '../objects/int.js';
import { OSFault, strerror } from '../os/errno.js';
import { compareCodePoints } from '../objects/str-index.js';
import { strContains } from '../objects/str.js';
import { newNameError, newOSError } from '../objects/exception-methods.js';
import type { VM } from './vm.js';
import { funcDescription } from './vm.js';

/** NULL: the "no self" marker CALL expects below a plain callable (PUSH_NULL). */
const NULL = undefined;

let objectNew: PyBuiltinFunction | undefined;

function normBig(x: bigint): number | bigint {
  return x >= -9007199254740991n && x <= 9007199254740991n ? Number(x) : x;
}

function intPowSmall(a: number, b: number): number | bigint {
  // Exponentiation by squaring while exact in doubles, then bigint. The halving below is a
  // 32-bit shift: larger exponents go to intPow (which also refuses results too large).
  if (b > 0x7fffffff) return intPow(a, b) as number | bigint;
  let result = 1;
  let base = a;
  let e = b;
  while (e > 0) {
    if (e & 1) {
      result *= base;
      // Past 2**53, int.ts's intPow charges the result (and refuses one too large) first.
      if (!Number.isSafeInteger(result)) return intPow(a, b) as number | bigint;
    }
    e >>>= 1;
    if (e > 0) {
      base *= base;
      if (!Number.isSafeInteger(base)) return intPow(a, b) as number | bigint;
    }
  }
  return result;
}

/** fastBinary: lhs <op> rhs for ints, floats and strs, or undefined to take the generic path. */
function fastBinary(a: PyValue, b: PyValue, op: number): PyValue | undefined {
  if (op >= 13) op -= 13;
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case 0: {
        const r = a + b;
        return Number.isSafeInteger(r) ? r : normBig(BigInt(a) + BigInt(b));
      }
      case 10: {
        const r = a - b;
        return Number.isSafeInteger(r) ? r : normBig(BigInt(a) - BigInt(b));
      }
      case 5: {
        const r = a * b;
        if (Number.isSafeInteger(r)) return r + 0;
        return normBig(BigInt(a) * BigInt(b));
      }
      case 2: {
        if (b === 0) raise(ZeroDivisionError, 'integer division or modulo by zero');
        const r = a % b;
        let q = (a - r) / b;
        if (r !== 0 && r < 0 !== b < 0) q -= 1;
        return q + 0;
      }
      case 6: {
        if (b === 0) raise(ZeroDivisionError, 'integer modulo by zero');
        let r = a % b;
        if (r !== 0 && r < 0 !== b < 0) r += b;
        return r + 0;
      }
      case 11:
        if (b === 0) raise(ZeroDivisionError, 'division by zero');
        return newFloat(a / b);
      case 8:
        if (b >= 0) return intPowSmall(a, b);
        return undefined;
      case 1:
        if ((a | 0) === a && (b | 0) === b) return a & b;
        return normBig(BigInt(a) & BigInt(b));
      case 7:
        if ((a | 0) === a && (b | 0) === b) return a | b;
        return normBig(BigInt(a) | BigInt(b));
      case 12:
        if ((a | 0) === a && (b | 0) === b) return a ^ b;
        return normBig(BigInt(a) ^ BigInt(b));
      case 3:
        if (b < 0) raise(ValueError, 'negative shift count');
        if (b < 31 && (a | 0) === a) {
          const r = a * 2 ** b;
          if (Number.isSafeInteger(r)) return r;
        }
        return undefined;
      case 9:
        if (b < 0) raise(ValueError, 'negative shift count');
        if ((a | 0) === a) return b >= 31 ? (a < 0 ? -1 : 0) : a >> b;
        return undefined;
    }
    return undefined;
  }
  if (typeof a === 'object') {
    if (a.cls === floatType) {
      let y: number;
      if (typeof b === 'number') y = b;
      else if (typeof b === 'object' && b.cls === floatType) y = (b as PyFloat).v;
      else return undefined;
      const x = (a as PyFloat).v;
      switch (op) {
        case 0:
          return newFloat(x + y);
        case 10:
          return newFloat(x - y);
        case 5:
          return newFloat(x * y);
        case 11:
          if (y === 0) raise(ZeroDivisionError, 'float division by zero');
          return newFloat(x / y);
      }
      return undefined;
    }
    return undefined;
  }
  if (typeof a === 'number' && typeof b === 'object' && b.cls === floatType) {
    const x = a;
    const y = (b as PyFloat).v;
    switch (op) {
      case 0:
        return newFloat(x + y);
      case 10:
        return newFloat(x - y);
      case 5:
        return newFloat(x * y);
      case 11:
        if (y === 0) raise(ZeroDivisionError, 'float division by zero');
        return newFloat(x / y);
    }
    return undefined;
  }
  if (typeof a === 'string' && typeof b === 'string' && op === 0) {
    charge(a.length + b.length);
    return a + b;
  }
  return undefined;
}

/** fastCompare: a <op> b for ints, floats and strs as a boolean, or undefined. */
function fastCompare(a: PyValue, b: PyValue, op: number): boolean | undefined {
  let x: number | string;
  let y: number | string;
  if (typeof a === 'number') x = a;
  else if (typeof a === 'string') x = a;
  else if (typeof a === 'object' && a.cls === floatType) x = (a as PyFloat).v;
  else return undefined;
  if (typeof b === 'number') y = b;
  else if (typeof b === 'string') y = b;
  else if (typeof b === 'object' && b.cls === floatType) y = (b as PyFloat).v;
  else return undefined;
  if (typeof x !== typeof y) return op === 2 ? false : op === 3 ? true : undefined;
  if (typeof x === 'string') {
    if (op === 2) return x === y;
    if (op === 3) return x !== y;
    const c = compareCodePoints(x, y as string);
    switch (op) {
      case 0:
        return c < 0;
      case 1:
        return c <= 0;
      case 4:
        return c > 0;
      case 5:
        return c >= 0;
    }
  }
  switch (op) {
    case 0:
      return x < y;
    case 1:
      return x <= y;
    case 2:
      return x === y;
    case 3:
      return x !== y;
    case 4:
      return x > y;
    case 5:
      return x >= y;
  }
  return undefined;
}

function asciiOf(v: PyValue): string {
  const r = repr(v);
  let out = '';
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

/** makeCells: a new frame's cells: fresh ones for cellvars (initialized from arguments), then the closure's. */
function makeCells(code: PyCode, slots: (PyValue | undefined)[], closure: PyTuple | null): PyCell[] {
  const cells: PyCell[] = [];
  const c2a = code.cell2arg;
  for (let i = 0; i < code.cellvars.length; i++) {
    const a = c2a[i]!;
    cells.push(new PyCell(a >= 0 ? slots[a] : undefined));
  }
  if (closure !== null) for (const c of closure.items) cells.push(c as PyCell);
  return cells;
}

/** newFrameFor: a frame for calling f, arguments bound from src[start .. start+n). */
export function newFrameFor(
  f: PyFunction,
  src: readonly (PyValue | undefined)[],
  start: number,
  n: number,
  kwnames: readonly string[] | null,
): Frame {
  const code = f.code;
  const frame = functionFrame(f);
  bindArguments(f, frame.slots, src, start, n, kwnames);
  if (code.cellvars.length !== 0 || code.freevars.length !== 0) frame.cells = makeCells(code, frame.slots, f.closure);
  return frame;
}

const GEN_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

/** makeGenerator: the generator/coroutine object a call of a generator function returns. */
export function makeGenerator(f: PyFunction, frame: Frame): PyGenerator {
  const flags = f.code.flags;
  const cls = flags & CO_ASYNC_GENERATOR ? asyncGeneratorType : flags & CO_COROUTINE ? coroutineType : generatorType;
  const g = new PyGenerator(frame, cls, f.name, f.qualname);
  frame.generator = g;
  charge(SIZE.OBJECT * 2);
  return g;
}

/** handlerFor: the exception-table entry index covering instruction lasti, or -1. */
function handlerFor(code: PyCode, lasti: number): number {
  const t = code.exceptionTable;
  for (let i = 0; i < t.length; i += EXC_ENTRY_SIZE) {
    if (lasti < t[i]!) return -1;
    if (lasti < t[i + 1]!) return i;
  }
  return -1;
}

/** toPyException: what a JS throw means in Python. VMStops (limits, os._exit, replay divergence) pass through untouched. */
function toPyException(vm: VM, e: unknown): PyException {
  if (e instanceof PyException) return e;
  if (e instanceof VMStop) throw e;
  if (e instanceof OSFault) return newOSError(e.errno, strerror(e.errno));
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return pyError(RecursionError, 'maximum recursion depth exceeded');
  }
  vm.internalErrors++;
  const msg = e instanceof Error ? e.message : String(e);
  return pyError(SystemError, `internal error in the interpreter: ${msg}`);
}

/** resumeGenerator state swap: the generator's handled exception becomes current. */
function enterGenerator(vm: VM, g: PyGenerator): void {
  g.state = GEN_RUNNING;
  const callerHandled = vm.handled;
  g.callerHandled = callerHandled;
  if (g.handled !== None) vm.handled = g.handled;
}

function leaveGenerator(vm: VM, g: PyGenerator, finished: boolean): void {
  g.handled = finished || vm.handled === g.callerHandled ? None : vm.handled;
  vm.handled = g.callerHandled;
  g.state = finished ? GEN_CLOSED : GEN_SUSPENDED;
}

/**
 * backEdges, RENEW_MASK: every RENEW_MASK + 1 backward jumps taken, the running frame's slots
 * array is replaced by a copy (ARCHITECTURE.md, "Young value stacks"). A frame that loops for
 * long would otherwise have an old-generation array, and V8 runs its generational write
 * barrier's slow path on each store of a new object (every float result) into it.
 */
let backEdges = 0;
const RENEW_MASK = 0x3ff;

/**
 * execute: runs `entry` (already linked: entry.back is the frame below, entry.resumeMode is
 * RESUME_ENTRY) until it returns or yields. Returns the value; vm.yielded tells which. If
 * `throwIn` is given, it is raised in the entry frame at its current instruction (generator.throw).
 */
export function execute(vm: VM, entry: Frame, throwIn?: PyException): PyValue {
  let f = entry;
  let code = f.code;
  let words = code.quick;
  let s = f.slots;
  let sp = f.sp;
  let pc = f.pc;
  let consts = code.consts;
  let names = code.names;
  let caches = code.caches;
  const meter = vm.meter;
  let skipTraceback = false;
  const checked = vm.checked;
  /** fuse: whether superinstructions may do their second instruction (not in checked mode, which verifies each one alone). */
  const fuse = !checked;
  let pending: PyException | undefined = throwIn;
  if (vm.stopped !== null) throw vm.stopped;
  if (++vm.nativeDepth > vm.nativeDepthLimit) {
    vm.nativeDepth--;
    throw pyError(RecursionError, 'maximum recursion depth exceeded');
  }
  vm.frame = f;
  try {
    for (;;) {
      try {
        if (pending !== undefined) {
          const e = pending;
          pending = undefined;
          throw e;
        }
        for (;;) {
          if (checked) {
            if (f.checkPc >= 0) {
              const jumped = pc !== f.checkPc + 1;
              const want = jumped ? f.checkSpJump : f.checkSp;
              if (sp !== want) vm.checkFailures.push(`${code.qualname}@${f.checkPc}: stack ${sp}, table says ${want}`);
            }
            const w0 = words[pc]!;
            f.checkPc = pc;
            f.checkSp = sp + stackEffect(w0 & 0xff, w0 >> 8, false);
            f.checkSpJump = sp + stackEffect(w0 & 0xff, w0 >> 8, true);
          }
          // Counted before it runs: at the limit, the instruction does not run and is not counted.
          if (++meter.instructions > meter.stopAt) {
            f.pc = pc;
            f.sp = sp;
            vm.onStopAt(true);
          }
          const w = words[pc++]!;
          const arg = w >> 8;
          switch ((w & 0xff) as Opcode) {
            case Opcode.NOP:
              break;
            case Opcode.POP_TOP: {
              const v = s[--sp];
              if (v instanceof PyGenerator && v.loopOwned) dropLoopGenerator(vm, v);
              break;
            }
            case Opcode.PUSH_NULL:
              s[sp++] = NULL;
              break;
            case Opcode.COPY:
              s[sp] = s[sp - arg];
              sp++;
              break;
            case Opcode.SWAP: {
              const t = s[sp - 1];
              s[sp - 1] = s[sp - arg];
              s[sp - arg] = t;
              break;
            }
            case Opcode.LOAD_CONST:
              s[sp++] = consts[arg];
              break;
            case Opcode.LOAD_FAST: {
              const v = s[arg];
              if (v === undefined) unboundLocal(code, arg);
              s[sp++] = v;
              break;
            }
            case Opcode.STORE_FAST:
              s[arg] = s[--sp];
              break;

            // Superinstructions (OpSpec.fuses): the first instruction's work, then, if `fuse` and
            // the instruction limit allow one more instruction, the second's, counted, with pc
            // stepped over it first (so an error in it is located at it, as when it runs alone).
            // Each has its own handler, the shared second halves (a LOAD_FAST, a STORE_FAST)
            // written out in each, as CPython's generated cases are: merging them behind a branch
            // on the opcode puts that branch back on the path fusing exists to shorten.
            case Opcode.LOAD_FAST__LOAD_FAST: {
              const v = s[arg];
              if (v === undefined) unboundLocal(code, arg);
              s[sp++] = v;
              if (!fuse || meter.instructions >= meter.stopAt) break;
              meter.instructions++;
              const a2 = words[pc++]! >> 8;
              const v2 = s[a2];
              if (v2 === undefined) unboundLocal(code, a2);
              s[sp++] = v2;
              break;
            }
            case Opcode.LOAD_FAST__LOAD_CONST: {
              const v = s[arg];
              if (v === undefined) unboundLocal(code, arg);
              s[sp++] = v;
              if (!fuse || meter.instructions >= meter.stopAt) break;
              meter.instructions++;
              s[sp++] = consts[words[pc++]! >> 8];
              break;
            }
            case Opcode.LOAD_FAST__BINARY_OP:
            case Opcode.LOAD_CONST__BINARY_OP: {
              const b = (w & 0xff) === Opcode.LOAD_CONST__BINARY_OP ? consts[arg]! : s[arg];
              if (b === undefined) unboundLocal(code, arg);
              s[sp++] = b;
              if (!fuse || meter.instructions >= meter.stopAt) break;
              // Fused only when fastBinary gives the result (it has no effect when it does not):
              // otherwise BINARY_OP runs as itself, uncounted until then.
              meter.instructions++;
              pc++;
              const r = fastBinary(s[sp - 2]!, b, words[pc - 1]! >> 8);
              if (r === undefined) {
                meter.instructions--;
                pc--;
                break;
              }
              s[--sp - 1] = r;
              break;
            }
            case Opcode.STORE_FAST__LOAD_FAST: {
              s[arg] = s[--sp];
              if (!fuse || meter.instructions >= meter.stopAt) break;
              meter.instructions++;
              const a2 = words[pc++]! >> 8;
              const v2 = s[a2];
              if (v2 === undefined) unboundLocal(code, a2);
              s[sp++] = v2;
              break;
            }
            case Opcode.STORE_FAST__STORE_FAST:
              s[arg] = s[--sp];
              if (!fuse || meter.instructions >= meter.stopAt) break;
              meter.instructions++;
              s[words[pc++]! >> 8] = s[--sp];
              break;
            case Opcode.BINARY_OP__STORE_FAST: {
              const b = s[--sp]!;
              const a = s[sp - 1]!;
              const r = fastBinary(a, b, arg);
              s[sp - 1] = r !== undefined ? r : binaryOp(a, b, arg);
              if (!fuse || meter.instructions >= meter.stopAt) break;
              meter.instructions++;
              s[words[pc++]! >> 8] = s[--sp];
              break;
            }
            case Opcode.COMPARE_OP__POP_JUMP_IF_FALSE:
            case Opcode.COMPARE_OP__POP_JUMP_IF_TRUE: {
              const b = s[--sp]!;
              const a = s[sp - 1]!;
              let r: PyValue;
              if (typeof a === 'number' && typeof b === 'number') {
                // int <cmp> int, the commonest loop and branch test, without a call.
                r = arg === 0 ? a < b : arg === 1 ? a <= b : arg === 2 ? a === b : arg === 3 ? a !== b : arg === 4 ? a > b : a >= b;
              } else {
                const fr = fastCompare(a, b, arg);
                r = fr !== undefined ? fr : richCompare(a, b, arg);
              }
              if (typeof r !== 'boolean' || !fuse || meter.instructions >= meter.stopAt) {
                s[sp - 1] = r;
                break;
              }
              meter.instructions++;
              sp--;
              const target = words[pc++]! >> 8;
              if (r === ((w & 0xff) === Opcode.COMPARE_OP__POP_JUMP_IF_TRUE)) {
                if (target < pc && (++backEdges & RENEW_MASK) === 0) s = f.slots = s.slice();
                pc = target;
              }
              break;
            }
            case Opcode.POP_JUMP_IF_FALSE__LOAD_FAST: {
              const v = s[--sp]!;
              if (v === false || (v !== true && !truthy(v))) {
                pc = arg;
                break;
              }
              if (!fuse || meter.instructions >= meter.stopAt) break;
              meter.instructions++;
              const a2 = words[pc++]! >> 8;
              const v2 = s[a2];
              if (v2 === undefined) unboundLocal(code, a2);
              s[sp++] = v2;
              break;
            }
            case Opcode.COPY__COPY: {
              s[sp] = s[sp - arg];
              sp++;
              if (!fuse || meter.instructions >= meter.stopAt) break;
              meter.instructions++;
              const a2 = words[pc++]! >> 8;
              s[sp] = s[sp - a2];
              sp++;
              break;
            }
            case Opcode.SWAP__SWAP: {
              let t = s[sp - 1];
              s[sp - 1] = s[sp - arg];
              s[sp - arg] = t;
              if (!fuse || meter.instructions >= meter.stopAt) break;
              meter.instructions++;
              const a2 = words[pc++]! >> 8;
              t = s[sp - 1];
              s[sp - 1] = s[sp - a2];
              s[sp - a2] = t;
              break;
            }
            case Opcode.LOAD_FAST__BINARY_SUBSCR: {
              const key = s[arg];
              if (key === undefined) unboundLocal(code, arg);
              s[sp++] = key;
              if (!fuse || meter.instructions >= meter.stopAt || typeof key !== 'number') break;
              // Fused only for an exact list or tuple and an index in range (no effect otherwise:
              // BINARY_SUBSCR then runs as itself).
              const c = s[sp - 2]!;
              if (typeof c === 'object' && (c instanceof PyList || c instanceof PyTuple) && !c.cls.heapType) {
                const items = c.items;
                const i = key < 0 ? key + items.length : key;
                if (i >= 0 && i < items.length) {
                  meter.instructions++;
                  pc++;
                  s[--sp - 1] = items[i]!;
                }
              }
              break;
            }
            case Opcode.PUSH_NULL__LOAD_GLOBAL: {
              s[sp++] = NULL;
              if (!fuse || meter.instructions >= meter.stopAt) break;
              const c = caches[pc] as GlobalCache | undefined;
              if (c !== undefined && c.globalsVersion === f.globals.keysVersion && (c.builtinsVersion === 0 || c.builtinsVersion === f.builtins.keysVersion)) {
                meter.instructions++;
                pc++;
                s[sp++] = c.entry.value;
              }
              break;
            }
            case Opcode.DELETE_FAST:
              if (s[arg] === undefined) unboundLocal(code, arg);
              s[arg] = undefined;
              break;
            case Opcode.LOAD_NAME: {
              const name = names[arg]!;
              if (f.locals === f.globals) {
                // Module level: the names are the globals, and LOAD_GLOBAL's cache applies.
                const c = caches[pc - 1] as GlobalCache | undefined;
                if (c !== undefined && c.globalsVersion === f.globals.keysVersion && (c.builtinsVersion === 0 || c.builtinsVersion === f.builtins.keysVersion)) {
                  s[sp++] = c.entry.value;
                  break;
                }
                const v = loadGlobalSlow(f.globals, f.builtins, name, caches, pc - 1);
                if (v === undefined) throw nameError(name);
                s[sp++] = v;
                break;
              }
              let v = f.locals!.getStr(name);
              if (v === undefined) v = f.globals.getStr(name);
              if (v === undefined) v = f.builtins.getStr(name);
              if (v === undefined) throw nameError(name);
              s[sp++] = v;
              break;
            }
            case Opcode.STORE_NAME:
              f.locals!.setStr(names[arg]!, s[--sp]!);
              break;
            case Opcode.DELETE_NAME:
              if (!f.locals!.deleteStr(names[arg]!)) throw nameError(names[arg]!);
              break;
            case Opcode.LOAD_GLOBAL: {
              const c = caches[pc - 1] as GlobalCache | undefined;
              if (c !== undefined && c.globalsVersion === f.globals.keysVersion && (c.builtinsVersion === 0 || c.builtinsVersion === f.builtins.keysVersion)) {
                s[sp++] = c.entry.value;
                break;
              }
              const v = loadGlobalSlow(f.globals, f.builtins, names[arg]!, caches, pc - 1);
              if (v === undefined) throw nameError(names[arg]!);
              s[sp++] = v;
              break;
            }
            case Opcode.STORE_GLOBAL:
              f.globals.setStr(names[arg]!, s[--sp]!);
              break;
            case Opcode.DELETE_GLOBAL:
              if (!f.globals.deleteStr(names[arg]!)) throw nameError(names[arg]!);
              break;
            case Opcode.LOAD_DEREF: {
              const v = f.cells![arg]!.value;
              if (v === undefined) throw unboundDeref(code, arg);
              s[sp++] = v;
              break;
            }
            case Opcode.STORE_DEREF:
              f.cells![arg]!.value = s[--sp];
              break;
            case Opcode.DELETE_DEREF:
              if (f.cells![arg]!.value === undefined) throw unboundDeref(code, arg);
              f.cells![arg]!.value = undefined;
              break;
            case Opcode.LOAD_CLOSURE:
              s[sp++] = f.cells![arg]!;
              break;
            case Opcode.LOAD_CLASSDEREF: {
              const name = derefName(code, arg);
              let v = f.locals!.getStr(name);
              if (v === undefined) v = f.cells![arg]!.value;
              if (v === undefined) throw unboundDeref(code, arg);
              s[sp++] = v;
              break;
            }
            case Opcode.LOAD_BUILD_CLASS: {
              const v = f.builtins.getStr('__build_class__');
              if (v === undefined) raise(NameError, '__build_class__ not found');
              s[sp++] = v;
              break;
            }
            case Opcode.LOAD_ASSERTION_ERROR:
              s[sp++] = AssertionError;
              break;
            case Opcode.SETUP_ANNOTATIONS:
              if (f.locals!.getStr('__annotations__') === undefined) f.locals!.setStr('__annotations__', new PyDict());
              break;

            case Opcode.LOAD_ATTR: {
              const o = s[sp - 1]!;
              if (typeof o === 'object') {
                const t = o.cls;
                let c = caches[pc - 1] as AttrCache | undefined;
                while (c !== undefined && c.version !== t.version) c = c.next;
                if (c !== undefined && c.epoch === currentTypeEpoch()) {
                  const kind = c.kind;
                  if (kind === ATTR_DATA) {
                    s[sp - 1] = descrGet(c.descr!, o, t);
                    break;
                  }
                  const d = kind === 0 ? null : o.dict;
                  const v = d === null ? undefined : d.shape === c.shape ? (c.index < 0 ? undefined : d.slots![c.index]!.value) : slotLookup(c, d, names[arg]!);
                  if (v !== undefined) {
                    s[sp - 1] = v;
                    break;
                  }
                  if (kind === ATTR_NONDATA) {
                    s[sp - 1] = descrGet(c.descr!, o, t);
                    break;
                  }
                }
              }
              s[sp - 1] = loadAttr(o, names[arg]!, code, pc - 1);
              break;
            }
            case Opcode.STORE_ATTR: {
              const o = s[--sp]!;
              const v = s[--sp]!;
              if (typeof o === 'object') {
                const d = o.dict;
                const version = o.cls.version;
                let c = caches[pc - 1] as AttrCache | undefined;
                while (c !== undefined && c.version !== version) c = c.next;
                if (c !== undefined && d !== null && c.kind === ATTR_STORE_DICT && c.epoch === currentTypeEpoch()) {
                  if (d.shape === c.shape && c.index >= 0) d.slots![c.index]!.value = v;
                  else {
                    d.setStr(names[arg]!, v);
                    if (d.shape !== null) slotLookup(c, d, names[arg]!);
                  }
                  break;
                }
              }
              storeAttr(o, names[arg]!, v, code, pc - 1);
              break;
            }
            case Opcode.DELETE_ATTR:
              setAttr(s[--sp]!, names[arg]!, undefined);
              break;
            case Opcode.LOAD_METHOD: {
              const o = s[sp - 1]!;
              const t = typeof o === 'object' ? o.cls : typeOf(o);
              let c = caches[pc - 1] as AttrCache | undefined;
              while (c !== undefined && c.version !== t.version) c = c.next;
              if (c === undefined || c.epoch !== currentTypeEpoch()) {
                c = cacheEntry(caches, pc - 1, t);
                fillLoadMethod(c, t, names[arg]!);
              }
              const kind = c.kind;
              if (kind === ATTR_METHOD && (typeof o !== 'object' || o.dict === null || (o.dict.shape === c.shape ? c.index < 0 : slotLookup(c, o.dict, names[arg]!) === undefined))) {
                s[sp - 1] = c.descr;
                s[sp++] = o;
                break;
              }
              const v = kind === ATTR_DICT && typeof o === 'object' && o.dict !== null ? o.dict.getStr(names[arg]!) : undefined;
              if (v !== undefined) {
                s[sp - 1] = NULL;
                s[sp++] = v;
              } else {
                s[sp - 1] = NULL;
                s[sp++] = getAttr(o, names[arg]!);
              }
              break;
            }
            case Opcode.BINARY_SUBSCR: {
              const key = s[--sp]!;
              const c = s[sp - 1]!;
              if (typeof key === 'number' && typeof c === 'object' && (c instanceof PyList || c instanceof PyTuple) && !c.cls.heapType) {
                const items = c.items;
                const i = key < 0 ? key + items.length : key;
                if (i >= 0 && i < items.length) {
                  s[sp - 1] = items[i]!;
                  break;
                }
              } else if (typeof c === 'object' && c instanceof PyDict && !c.cls.heapType) {
                const v = c.get(key);
                if (v !== undefined) {
                  s[sp - 1] = v;
                  break;
                }
                throw newException(KeyError, key);
              }
              s[sp - 1] = getItem(c, key);
              break;
            }
            case Opcode.STORE_SUBSCR: {
              const key = s[--sp]!;
              const c = s[--sp]!;
              const v = s[--sp]!;
              if (typeof key === 'number' && typeof c === 'object' && c instanceof PyList && !c.cls.heapType) {
                const items = c.items;
                const i = key < 0 ? key + items.length : key;
                if (i >= 0 && i < items.length) {
                  items[i] = v;
                  break;
                }
              } else if (typeof c === 'object' && c instanceof PyDict && !c.cls.heapType) {
                c.set(key, v);
                break;
              }
              setItem(c, key, v);
              break;
            }
            case Opcode.DELETE_SUBSCR: {
              const key = s[--sp]!;
              const c = s[--sp]!;
              setItem(c, key, undefined);
              break;
            }

            case Opcode.UNARY_POSITIVE: {
              const v = s[sp - 1]!;
              if (typeof v !== 'number') s[sp - 1] = unaryOp(v, '+');
              break;
            }
            case Opcode.UNARY_NEGATIVE: {
              const v = s[sp - 1]!;
              if (typeof v === 'number') s[sp - 1] = 0 - v;
              else if (typeof v === 'object' && v.cls === floatType) s[sp - 1] = newFloat(-(v as PyFloat).v);
              else s[sp - 1] = unaryOp(v, '-');
              break;
            }
            case Opcode.UNARY_NOT:
              s[sp - 1] = !truthy(s[sp - 1]!);
              break;
            case Opcode.UNARY_INVERT: {
              const v = s[sp - 1]!;
              s[sp - 1] = typeof v === 'number' ? -v - 1 : unaryOp(v, '~');
              break;
            }
            case Opcode.BINARY_OP: {
              const b = s[--sp]!;
              const a = s[sp - 1]!;
              const r = fastBinary(a, b, arg);
              s[sp - 1] = r !== undefined ? r : binaryOp(a, b, arg);
              break;
            }
            case Opcode.COMPARE_OP: {
              const b = s[--sp]!;
              const a = s[sp - 1]!;
              const r = fastCompare(a, b, arg);
              s[sp - 1] = r !== undefined ? r : richCompare(a, b, arg);
              break;
            }
            case Opcode.IS_OP: {
              const b = s[--sp];
              s[sp - 1] = (s[sp - 1] === b) !== (arg === 1);
              break;
            }
            case Opcode.CONTAINS_OP: {
              const c = s[--sp]!;
              const item = s[sp - 1]!;
              let r: boolean;
              if (typeof c === 'object' && c instanceof PyDict && !c.cls.heapType) r = c.get(item) !== undefined;
              else if (typeof c === 'string' && typeof item === 'string') r = strContains(c, item);
              else r = contains(c, item);
              s[sp - 1] = r !== (arg === 1);
              break;
            }

            case Opcode.BUILD_TUPLE: {
              const items = s.slice(sp - arg, sp) as PyValue[];
              sp -= arg;
              s[sp++] = newTuple(items);
              break;
            }
            case Opcode.BUILD_LIST: {
              const items = s.slice(sp - arg, sp) as PyValue[];
              sp -= arg;
              s[sp++] = newList(items);
              break;
            }
            case Opcode.BUILD_SET: {
              const items = s.slice(sp - arg, sp) as PyValue[];
              sp -= arg;
              s[sp++] = vm.makeSet(items);
              break;
            }
            case Opcode.BUILD_MAP: {
              const d = new PyDict();
              for (let i = sp - 2 * arg; i < sp; i += 2) d.set(s[i]!, s[i + 1]!);
              sp -= 2 * arg;
              s[sp++] = d;
              break;
            }
            case Opcode.BUILD_CONST_KEY_MAP: {
              const keys = (s[--sp] as PyTuple).items;
              const d = new PyDict();
              for (let i = 0; i < arg; i++) d.set(keys[i]!, s[sp - arg + i]!);
              sp -= arg;
              s[sp++] = d;
              break;
            }
            case Opcode.BUILD_STRING: {
              let out = '';
              for (let i = sp - arg; i < sp; i++) out += s[i] as string;
              sp -= arg;
              charge(SIZE.STR + out.length);
              s[sp++] = out;
              break;
            }
            case Opcode.BUILD_SLICE: {
              const step = arg === 3 ? s[--sp]! : None;
              const stop = s[--sp]!;
              const start = s[sp - 1]!;
              s[sp - 1] = vm.makeSlice(start, stop, step);
              break;
            }
            case Opcode.LIST_APPEND: {
              const v = s[--sp]!;
              charge(SIZE.SLOT);
              if ((s[sp - arg] as PyList).items.push(v) > MAX_SEQUENCE_ITEMS) tooManyItems();
              break;
            }
            case Opcode.SET_ADD: {
              const v = s[--sp]!;
              vm.setAdd(s[sp - arg]!, v);
              break;
            }
            case Opcode.MAP_ADD: {
              const v = s[--sp]!;
              const k = s[--sp]!;
              (s[sp - arg] as PyDict).set(k, v);
              break;
            }
            case Opcode.LIST_EXTEND: {
              const it = s[--sp]!;
              const items = starItems(it, null);
              charge(SIZE.SLOT * items.length);
              const list = s[sp - arg] as PyList;
              for (const x of items) list.items.push(x);
              break;
            }
            case Opcode.SET_UPDATE: {
              const it = s[--sp]!;
              vm.setUpdate(s[sp - arg]!, it);
              break;
            }
            case Opcode.DICT_UPDATE: {
              const m = s[--sp]!;
              vm.dictUpdate(s[sp - arg] as PyDict, m, false, null);
              break;
            }
            case Opcode.DICT_MERGE: {
              const m = s[--sp]!;
              const callee = s[sp - arg - 2];
              vm.dictUpdate(s[sp - arg] as PyDict, m, true, callee ?? null);
              break;
            }
            case Opcode.LIST_TO_TUPLE:
              s[sp - 1] = newTuple((s[sp - 1] as PyList).items.slice());
              break;
            case Opcode.UNPACK_SEQUENCE: {
              const seq = s[--sp]!;
              let items: PyValue[];
              if ((seq instanceof PyTuple || seq instanceof PyList) && !seq.cls.heapType) items = seq.items;
              else items = unpackIterable(seq, arg, -1);
              if (items.length !== arg) unpackCountError(items.length, arg, -1);
              for (let i = arg - 1; i >= 0; i--) s[sp++] = items[i]!;
              break;
            }
            case Opcode.UNPACK_EX: {
              const before = arg & 0xff;
              const after = arg >> 8;
              const seq = s[--sp]!;
              const items = toArray(seq);
              if (items.length < before + after) unpackCountError(items.length, before + after, before + after);
              for (let i = items.length - 1; i >= items.length - after; i--) s[sp++] = items[i]!;
              s[sp++] = newList(items.slice(before, items.length - after));
              for (let i = before - 1; i >= 0; i--) s[sp++] = items[i]!;
              break;
            }
            case Opcode.FORMAT_VALUE: {
              const spec = arg & 4 ? (s[--sp] as string) : '';
              let v = s[sp - 1]!;
              switch (arg & 3) {
                case 1:
                  v = str(v);
                  break;
                case 2:
                  v = repr(v);
                  break;
                case 3:
                  v = asciiOf(v);
                  break;
              }
              const was = s[sp - 1];
              const t = typeof v === 'string' && spec === '' ? v : format(v, spec);
              // A new string (not the operand itself) is charged to the heap.
              if (t !== was) charge(SIZE.STR + (t as string).length);
              s[sp - 1] = t;
              break;
            }

            case Opcode.JUMP:
              if (arg < pc && (++backEdges & RENEW_MASK) === 0) s = f.slots = s.slice();
              pc = arg;
              // The back edge of a for loop over a range or a list lands on FOR_ITER__STORE_FAST:
              // when the iterator has an item and two more instructions fit the limit, both are
              // done here, counted, as a superinstruction does (otherwise they run as themselves).
              if (fuse && meter.instructions + 2 <= meter.stopAt && (words[pc]! & 0xff) === Opcode.FOR_ITER__STORE_FAST) {
                const it = s[sp - 1]!;
                if (typeof it === 'object') {
                  if (it.cls === rangeIteratorType) {
                    const r = it as RangeIterator;
                    if (r.remaining > 0) {
                      r.remaining--;
                      meter.instructions += 2;
                      s[words[pc + 1]! >> 8] = r.cur;
                      r.cur += r.step;
                      pc += 2;
                    }
                  } else if (it.cls === listIteratorType) {
                    const li = it as ListIterator;
                    const l = li.list;
                    if (l !== null && li.i < l.items.length) {
                      meter.instructions += 2;
                      s[words[pc + 1]! >> 8] = l.items[li.i++]!;
                      pc += 2;
                    }
                  }
                }
              }
              break;
            case Opcode.POP_JUMP_IF_FALSE: {
              const v = s[--sp]!;
              if (v === false || (v !== true && !truthy(v))) {
                if (arg < pc && (++backEdges & RENEW_MASK) === 0) s = f.slots = s.slice();
                pc = arg;
              }
              break;
            }
            case Opcode.POP_JUMP_IF_TRUE: {
              const v = s[--sp]!;
              if (v === true || (v !== false && truthy(v))) {
                if (arg < pc && (++backEdges & RENEW_MASK) === 0) s = f.slots = s.slice();
                pc = arg;
              }
              break;
            }
            case Opcode.POP_JUMP_IF_NONE:
              if (s[--sp] === None) pc = arg;
              break;
            case Opcode.POP_JUMP_IF_NOT_NONE:
              if (s[--sp] !== None) pc = arg;
              break;
            case Opcode.JUMP_IF_FALSE_OR_POP:
              if (!truthy(s[sp - 1]!)) pc = arg;
              else sp--;
              break;
            case Opcode.JUMP_IF_TRUE_OR_POP:
              if (truthy(s[sp - 1]!)) pc = arg;
              else sp--;
              break;
            case Opcode.GET_ITER: {
              const v = s[sp - 1]!;
              if (v instanceof PyGenerator && pc >= 2 && (words[pc - 2]! & 0xff) === Opcode.CALL && v.state === 0) v.loopOwned = true;
              if (!(v instanceof NativeIterator) && !(v instanceof PyGenerator && v.cls === generatorType)) s[sp - 1] = getIter(v);
              break;
            }
            case Opcode.FOR_ITER__STORE_FAST:
            case Opcode.FOR_ITER: {
              const it = s[sp - 1]!;
              if (typeof it === 'object') {
                // The two commonest iterators, stepped here rather than through a virtual next().
                // FOR_ITER__STORE_FAST stores their item straight into the local when it may fuse.
                const ic = it.cls;
                if (ic === rangeIteratorType) {
                  const r = it as RangeIterator;
                  if (r.remaining > 0) {
                    r.remaining--;
                    if ((w & 0xff) === Opcode.FOR_ITER__STORE_FAST && fuse && meter.instructions < meter.stopAt) {
                      meter.instructions++;
                      s[words[pc++]! >> 8] = r.cur;
                    } else s[sp++] = r.cur;
                    r.cur += r.step;
                  } else {
                    sp--;
                    pc = arg;
                  }
                  break;
                }
                if (ic === listIteratorType) {
                  const li = it as ListIterator;
                  const l = li.list;
                  if (l !== null && li.i < l.items.length) {
                    if ((w & 0xff) === Opcode.FOR_ITER__STORE_FAST && fuse && meter.instructions < meter.stopAt) {
                      meter.instructions++;
                      s[words[pc++]! >> 8] = l.items[li.i++]!;
                    } else s[sp++] = l.items[li.i++]!;
                  } else {
                    li.list = null;
                    sp--;
                    pc = arg;
                  }
                  break;
                }
              }
              if (it instanceof NativeIterator) {
                const v = it.next();
                if (v === undefined) {
                  sp--;
                  pc = arg;
                } else s[sp++] = v;
                break;
              }
              if (it instanceof PyGenerator && it.cls === generatorType) {
                if (it.state === GEN_CLOSED) {
                  sp--;
                  pc = arg;
                  break;
                }
                if (it.state === GEN_RUNNING) raise(ValueError, 'generator already executing');
                const g = it.frame;
                if (it.state === GEN_SUSPENDED) g.slots[g.sp++] = None;
                f.sp = sp;
                f.pc = pc;
                g.back = f;
                g.resumeMode = RESUME_FOR_ITER;
                g.resumeTarget = arg;
                pushDepth(vm);
                enterGenerator(vm, it);
                f = g;
                code = f.code;
                words = code.quick;
                s = f.slots;
                sp = f.sp;
                pc = f.pc;
                consts = code.consts;
                names = code.names;
                caches = code.caches;
                vm.frame = f;
                break;
              }
              const v = iterNext(it);
              if (v === undefined) {
                sp--;
                pc = arg;
              } else s[sp++] = v;
              break;
            }
            case Opcode.RETURN_VALUE: {
              const v = s[--sp]!;
              vm.depth--;
              const g = f.generator as PyGenerator | null;
              if (g !== null) leaveGenerator(vm, g, true);
              const mode = f.resumeMode;
              const target = f.resumeTarget;
              const initSelf = f.initSelf;
              if (mode === RESUME_ENTRY) {
                f.sp = sp;
                vm.frame = f.back;
                vm.yielded = false;
                return v;
              }
              const done = f;
              f = f.back!;
              if (mode === RESUME_CALL || mode === RESUME_INIT) recycleFrame(done);
              code = f.code;
              words = code.quick;
              s = f.slots;
              sp = f.sp;
              pc = f.pc;
              consts = code.consts;
              names = code.names;
              caches = code.caches;
              vm.frame = f;
              if (mode === RESUME_CALL) s[sp++] = v;
              else if (mode === RESUME_INIT) {
                if (v !== None) raise(TypeError, `__init__() should return None, not '${typeOf(v).name}'`);
                s[sp++] = initSelf!;
              } else if (mode === RESUME_FOR_ITER) {
                sp--;
                pc = target;
              } else {
                // RESUME_SEND: the receiver is replaced by the return value.
                s[sp - 1] = v;
                pc = target;
              }
              break;
            }

            case Opcode.PUSH_EXC_INFO: {
              const e = s[sp - 1]!;
              s[sp - 1] = vm.handled;
              s[sp++] = e;
              vm.handled = e;
              break;
            }
            case Opcode.POP_EXCEPT:
              vm.handled = s[--sp]!;
              break;
            case Opcode.RERAISE: {
              const e = s[--sp]!;
              skipTraceback = true;
              throw e;
            }
            case Opcode.CHECK_EXC_MATCH: {
              const t = s[sp - 1]!;
              checkCatchable(t);
              s[sp - 1] = vm.exceptionMatches(s[sp - 2]!, t);
              break;
            }
            case Opcode.CHECK_EG_MATCH: {
              const t = s[--sp]!;
              checkCatchable(t);
              const [match, rest] = vm.egMatch(s[sp - 1]!, t);
              if (match === None) s[sp++] = None;
              else {
                s[sp - 1] = rest;
                s[sp++] = match;
                vm.handled = match;
              }
              break;
            }
            case Opcode.PREP_RERAISE_STAR: {
              const excs = s[--sp]!;
              s[sp - 1] = vm.prepReraiseStar(s[sp - 1]!, excs);
              break;
            }
            case Opcode.RAISE_VARARGS: {
              if (arg === 0) {
                const e = vm.handled;
                if (e === None) raise(RuntimeError, 'No active exception to reraise');
                skipTraceback = true;
                throw e;
              }
              let cause: PyValue | undefined;
              if (arg === 2) cause = s[--sp]!;
              const e = s[--sp]!;
              throw vm.makeRaise(e, cause);
            }
            case Opcode.BEFORE_WITH: {
              const mgr = s[sp - 1]!;
              const t = typeOf(mgr);
              const enter = t.lookup('__enter__');
              const exit = t.lookup('__exit__');
              if (enter === undefined) raise(TypeError, `'${t.name}' object does not support the context manager protocol`);
              if (exit === undefined) {
                raise(TypeError, `'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
              }
              s[sp - 1] = descrGet(exit, mgr, t);
              s[sp++] = callBound(enter, mgr, []);
              break;
            }
            case Opcode.BEFORE_ASYNC_WITH: {
              const mgr = s[sp - 1]!;
              const t = typeOf(mgr);
              const enter = t.lookup('__aenter__');
              const exit = t.lookup('__aexit__');
              if (enter === undefined || exit === undefined) {
                raise(TypeError, `'${t.name}' object does not support the asynchronous context manager protocol`);
              }
              s[sp - 1] = descrGet(exit, mgr, t);
              s[sp++] = callBound(enter, mgr, []);
              break;
            }
            case Opcode.WITH_EXCEPT_START: {
              const e = s[sp - 1]!;
              const exit = s[sp - 4]!;
              const tb = e instanceof PyException ? (e.traceback ?? None) : None;
              s[sp++] = call(exit, [typeOf(e), e, tb]);
              break;
            }

            case Opcode.MAKE_FUNCTION: {
              const fcode = s[--sp] as PyCode;
              const closure = arg & 8 ? (s[--sp] as PyTuple) : null;
              const annotations = arg & 4 ? s[--sp]! : null;
              const kwdefaults = arg & 2 ? (s[--sp] as PyDict) : null;
              const defaults = arg & 1 ? (s[--sp] as PyTuple).items : null;
              const fn = new PyFunction(fcode, f.globals, f.builtins, defaults, kwdefaults, closure);
              fn.module = f.globals.getStr('__name__') ?? None;
              if (annotations !== null) fn.annotations = vm.annotationsDict(annotations);
              s[sp++] = fn;
              break;
            }
            case Opcode.KW_NAMES:
              f.kwnames = (consts[arg] as PyTuple).items as string[];
              break;
            case Opcode.CALL: {
              const kwnames = f.kwnames;
              f.kwnames = null;
              const base = sp - arg - 2;
              let callable = s[base];
              let start: number;
              let nargs: number;
              if (callable === NULL) {
                callable = s[base + 1]!;
                start = base + 2;
                nargs = arg;
                if (callable instanceof PyMethod) {
                  s[base] = callable.func;
                  s[base + 1] = callable.self;
                  callable = callable.func;
                  start = base + 1;
                  nargs = arg + 1;
                }
              } else {
                start = base + 1;
                nargs = arg + 1;
              }
              if (callable instanceof PyFunction) {
                const fn = callable;
                let nf: Frame;
                if (nargs === fn.code.plainArgs && kwnames === null) {
                  // Exactly the positional parameters, no cells: bindArguments' common case, inline.
                  nf = functionFrame(fn);
                  const slots = nf.slots;
                  for (let i = 0; i < nargs; i++) slots[i] = s[start + i];
                } else nf = newFrameFor(fn, s, start, nargs, kwnames);
                sp = base;
                if (fn.code.flags & GEN_FLAGS) {
                  s[sp++] = makeGenerator(fn, nf);
                  break;
                }
                f.sp = sp;
                f.pc = pc;
                nf.back = f;
                nf.resumeMode = RESUME_CALL;
                pushDepth(vm);
                f = nf;
                code = f.code;
                words = code.quick;
                s = f.slots;
                sp = f.sp;
                pc = 0;
                consts = code.consts;
                names = code.names;
                caches = code.caches;
                vm.frame = f;
                break;
              }
              if (callable instanceof PyType && callable.cls === typeType && s[base] === NULL) {
                // Instantiation of a class whose __init__ is Python and __new__ is object's: the
                // __init__ frame is pushed like a method call and hands back the instance.
                const init = callable.lookup('__init__');
                objectNew ??= objectType.attrs.get('__new__') as PyBuiltinFunction;
                if (init instanceof PyFunction && !(init.code.flags & GEN_FLAGS) && callable.lookup('__new__') === objectNew) {
                  f.sp = base;
                  f.pc = pc;
                  f.lasti = pc - 1;
                  const obj = objectNew.fn([callable], null);
                  s[base + 1] = obj;
                  const nf = newFrameFor(init, s, base + 1, arg + 1, kwnames);
                  sp = base;
                  nf.back = f;
                  nf.resumeMode = RESUME_INIT;
                  nf.initSelf = obj;
                  pushDepth(vm);
                  f = nf;
                  code = f.code;
                  words = code.quick;
                  s = f.slots;
                  sp = f.sp;
                  pc = 0;
                  consts = code.consts;
                  names = code.names;
                  caches = code.caches;
                  vm.frame = f;
                  break;
                }
              }
              // Small argument lists as literals: TurboFan allocates those inline, while slice()
              // is a call into V8's generic builtin.
              const n = sp - start;
              const args = (n === 1 ? [s[start]] : n === 2 ? [s[start], s[start + 1]] : n === 0 ? [] : n === 3 ? [s[start], s[start + 1], s[start + 2]] : s.slice(start, sp)) as PyValue[];
              f.sp = base;
              f.pc = pc;
              f.lasti = pc - 1;
              let r: PyValue;
              if (callable instanceof PyBuiltinFunction) {
                if (callable.self !== undefined) args.unshift(callable.self);
                // A method descriptor called unbound (`list.append(x, 1)`, not `x.append(1)`): its self is checked.
                else if (start === base + 2 && callable.owner !== null && (callable.kind === 'method' || callable.kind === 'classmethod')) checkDescriptorSelf(callable, args, kwnames);
                r = callable instanceof PyHostFunction ? callHost(vm, f, callable, args, kwnames) : callable.fn(args, kwnames);
              } else r = call(callable!, args, kwnames);
              sp = base;
              s[sp++] = r;
              break;
            }
            case Opcode.CALL_FUNCTION_EX: {
              const kw = arg & 1 ? s[--sp]! : null;
              const cargs = s[--sp]!;
              let callable = s[--sp]!;
              sp--; // NULL
              let items = cargs instanceof PyTuple ? cargs.items : starItems(cargs, callable);
              // A bound Python method runs in this loop too (its self first), like CALL's.
              if (callable instanceof PyMethod && callable.func instanceof PyFunction) {
                items = [callable.self, ...items];
                callable = callable.func;
              }
              let kwnames: string[] | null = null;
              let args: PyValue[] = items;
              if (kw !== null) {
                const d = kw as PyDict;
                if (d.size > 0) {
                  args = items.slice();
                  kwnames = [];
                  for (const e of d.entries()) {
                    kwnames.push(e.key as string);
                    args.push(e.value);
                  }
                }
              }
              f.sp = sp;
              f.pc = pc;
              f.lasti = pc - 1;
              if (callable instanceof PyFunction && !(callable.code.flags & GEN_FLAGS)) {
                const nf = newFrameFor(callable, args, 0, args.length, kwnames);
                nf.back = f;
                nf.resumeMode = RESUME_CALL;
                pushDepth(vm);
                f = nf;
                code = f.code;
                words = code.quick;
                s = f.slots;
                sp = f.sp;
                pc = 0;
                consts = code.consts;
                names = code.names;
                caches = code.caches;
                vm.frame = f;
                break;
              }
              s[sp++] = callable instanceof PyHostFunction ? callHost(vm, f, callable, args, kwnames) : call(callable, args, kwnames);
              break;
            }
            case Opcode.RETURN_GENERATOR:
              raise(SystemError, 'RETURN_GENERATOR is not emitted');
            // eslint-disable-next-line no-fallthrough
            case Opcode.YIELD_VALUE: {
              const v = s[--sp]!;
              const g = f.generator as PyGenerator;
              const prev = pc >= 2 ? words[pc - 2]! : -1;
              if (prev >= 0 && (prev & 0xff) === Opcode.SEND) {
                g.yieldFrom = s[sp - 1]!;
                g.sendPc = pc - 2;
              } else {
                g.yieldFrom = null;
                g.sendPc = -1;
              }
              f.sp = sp;
              f.pc = pc;
              f.lasti = pc - 1;
              vm.depth--;
              leaveGenerator(vm, g, false);
              const mode = f.resumeMode;
              if (mode === RESUME_ENTRY) {
                vm.frame = f.back;
                vm.yielded = true;
                return v;
              }
              f = f.back!;
              code = f.code;
              words = code.quick;
              s = f.slots;
              sp = f.sp;
              pc = f.pc;
              consts = code.consts;
              names = code.names;
              caches = code.caches;
              vm.frame = f;
              s[sp++] = v;
              break;
            }
            case Opcode.SEND: {
              const v = s[--sp]!;
              const recv = s[sp - 1]!;
              if (recv instanceof PyGenerator && recv.state !== GEN_RUNNING) {
                if (recv.state === GEN_CLOSED) {
                  if (recv.cls === coroutineType) raise(RuntimeError, 'cannot reuse already awaited coroutine');
                  if (v !== None) throw newException(StopIteration);
                  s[sp - 1] = None;
                  pc = arg;
                  break;
                }
                const g = recv.frame;
                if (recv.state === GEN_SUSPENDED) g.slots[g.sp++] = v;
                else if (v !== None) raise(TypeError, `can't send non-None value to a just-started ${recv.cls.name}`);
                f.sp = sp;
                f.pc = pc;
                g.back = f;
                g.resumeMode = RESUME_SEND;
                g.resumeTarget = arg;
                pushDepth(vm);
                enterGenerator(vm, recv);
                f = g;
                code = f.code;
                words = code.quick;
                s = f.slots;
                sp = f.sp;
                pc = f.pc;
                consts = code.consts;
                names = code.names;
                caches = code.caches;
                vm.frame = f;
                break;
              }
              f.sp = sp;
              f.pc = pc;
              const r = vm.sendTo(recv, v);
              if (r.done) {
                s[sp - 1] = r.value;
                pc = arg;
              } else s[sp++] = r.value;
              break;
            }
            case Opcode.GET_YIELD_FROM_ITER: {
              const v = s[sp - 1]!;
              if (v instanceof PyGenerator) {
                if (v.cls === coroutineType && !(code.flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
                  raise(TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
                }
              } else s[sp - 1] = getIter(v);
              break;
            }
            case Opcode.GET_AWAITABLE:
              s[sp - 1] = vm.getAwaitable(s[sp - 1]!, arg);
              break;
            case Opcode.GET_AITER: {
              const o = s[sp - 1]!;
              const t = typeOf(o);
              const fa = t.lookup('__aiter__');
              if (fa === undefined) raise(TypeError, `'async for' requires an object with __aiter__ method, got ${t.name}`);
              const it = callBound(fa, o, []);
              if (typeOf(it).lookup('__anext__') === undefined) {
                raise(TypeError, `'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).name}`);
              }
              s[sp - 1] = it;
              break;
            }
            case Opcode.GET_ANEXT: {
              const it = s[sp - 1]!;
              const t = typeOf(it);
              const fn = t.lookup('__anext__');
              if (fn === undefined) raise(TypeError, `'async for' requires an iterator with __anext__ method, got ${t.name}`);
              const aw = callBound(fn, it, []);
              s[sp++] = it instanceof PyGenerator ? aw : vm.getAwaitableFromAnext(aw);
              break;
            }
            case Opcode.END_ASYNC_FOR: {
              const e = s[--sp]!;
              if (!isInstance(e, StopAsyncIteration)) {
                skipTraceback = true;
                throw e;
              }
              sp--;
              break;
            }
            case Opcode.ASYNC_GEN_WRAP:
              s[sp - 1] = new PyAsyncGenWrapped(s[sp - 1]!);
              break;
            case Opcode.IMPORT_NAME: {
              const fromlist = s[--sp]!;
              const level = s[sp - 1] as number;
              f.sp = sp;
              f.pc = pc;
              f.lasti = pc - 1;
              s[sp - 1] = vm.importName(names[arg]!, f.globals, fromlist, level);
              break;
            }
            case Opcode.IMPORT_FROM:
              s[sp] = vm.importFrom(s[sp - 1]!, names[arg]!);
              sp++;
              break;
            case Opcode.IMPORT_STAR:
              vm.importStar(s[--sp]!, f.locals ?? f.globals);
              break;
            case Opcode.PRINT_EXPR:
              vm.displayHook(s[--sp]!);
              break;
            case Opcode.GET_LEN: {
              const v = s[sp - 1]!;
              s[sp++] = lenOf(v);
              break;
            }
            case Opcode.MATCH_MAPPING:
              s[sp] = matchMapping(vm, s[sp - 1]!);
              sp++;
              break;
            case Opcode.MATCH_SEQUENCE:
              s[sp] = matchSequence(vm, s[sp - 1]!);
              sp++;
              break;
            case Opcode.MATCH_KEYS:
              s[sp] = matchKeys(s[sp - 2]!, s[sp - 1]!);
              sp++;
              break;
            case Opcode.MATCH_CLASS: {
              const names = s[--sp]!;
              const cls = s[--sp]!;
              s[sp - 1] = matchClass(s[sp - 1]!, cls, arg, names);
              break;
            }
            default:
              raise(SystemError, `unknown opcode ${w & 0xff}`);
          }
        }
      } catch (err) {
        // Unwind: find a handler in this frame, else leave the frame and try its caller.
        let exc = toPyException(vm, err);
        if (exc.traceback === null && !skipTraceback) vm.setContext(exc);
        f.sp = sp;
        f.checkPc = -1;
        for (;;) {
          if (!skipTraceback) {
            markEscaped(f);
            exc.traceback = new PyTraceback(exc.traceback, f, pc - 1, code.lineOf(pc - 1));
          }
          skipTraceback = false;
          f.lasti = pc - 1;
          f.checkPc = -1;
          const h = handlerFor(code, pc - 1);
          if (h >= 0) {
            const t = code.exceptionTable;
            const depth = code.varnames.length + t[h + 3]!;
            for (let i = depth; i < sp; i++) {
              const v = s[i];
              if (v instanceof PyGenerator && v.loopOwned) dropLoopGenerator(vm, v);
            }
            sp = depth;
            if (t[h + 4]) s[sp++] = pc - 1;
            s[sp++] = exc;
            pc = t[h + 2]!;
            break;
          }
          // No handler: the frame is done.
          vm.depth--;
          const g = f.generator as PyGenerator | null;
          if (g !== null) {
            leaveGenerator(vm, g, true);
            if (isInstance(exc, StopIteration) || (g.cls === asyncGeneratorType && isInstance(exc, StopAsyncIteration))) {
              const what = g.cls === coroutineType ? 'coroutine' : g.cls === asyncGeneratorType ? 'async generator' : 'generator';
              const rt = pyError(RuntimeError, `${what} raised ${typeOf(exc).name}`);
              rt.cause = exc;
              rt.context = exc;
              rt.suppressContext = true;
              exc = rt;
            }
          }
          if (f.resumeMode === RESUME_ENTRY) {
            vm.frame = f.back;
            throw exc;
          }
          f = f.back!;
          code = f.code;
          words = code.quick;
          s = f.slots;
          sp = f.sp;
          pc = f.pc;
          consts = code.consts;
          names = code.names;
          caches = code.caches;
          vm.frame = f;
        }
      }
    }
  } finally {
    // Back in the outermost loop with a slice over: it pauses before its next instruction.
    if (--vm.nativeDepth === 1 && vm.pauseWanted) meter.stopAt = meter.instructions;
  }
}

/**
 * callHost: a host function called by CALL. A Promise for an answer: in async def code the call
 * gives the pending host_call to await; where the VM can wait (a time-sliced run, this the
 * outermost loop) it suspends: the frame is saved past the CALL with the callable and arguments
 * popped, and the driver pushes the outcome when the Promise settles (VM.resumePaused); anywhere
 * else the call is refused.
 */
function callHost(vm: VM, f: Frame, fn: PyHostFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const r = fn.invoke(args, kwnames);
  if (!(r instanceof PyHostCall) || r.state !== PENDING || f.code.flags & CO_COROUTINE) return r;
  if (vm.asyncMode && vm.nativeDepth === 1) {
    vm.suspendedOn = r;
    throw PAUSE;
  }
  if (inCoroutine()) return r;
  throw refusal(fn.name);
}

/** dropLoopGenerator: a for loop let go of the generator it alone held: close it now. */
function dropLoopGenerator(vm: VM, g: PyGenerator): void {
  g.loopOwned = false;
  if (g.state === GEN_CLOSED || g.state === GEN_RUNNING) return;
  try {
    vm.genClose(g);
  } catch (e) {
    // CPython reports an exception from a finalizer as "Exception ignored in" and goes on.
    if (!(e instanceof PyException)) throw e;
  }
}

function pushDepth(vm: VM): void {
  if (++vm.depth > vm.recursionLimit) {
    vm.depth--;
    raise(RecursionError, 'maximum recursion depth exceeded');
  }
}

/** loadAttr: LOAD_ATTR's slow path; (re)fills the instruction's cache for the next time. */
function loadAttr(o: PyValue, name: string, code: PyCode, i: number): PyValue {
  if (typeof o === 'object') {
    fillLoadAttr(cacheEntry(code.caches, i, o.cls), o.cls, name);
  }
  return getAttr(o, name);
}

/** storeAttr: STORE_ATTR's slow path; (re)fills the instruction's cache for the next time. */
function storeAttr(o: PyValue, name: string, v: PyValue, code: PyCode, i: number): void {
  if (typeof o === 'object') {
    fillStoreAttr(cacheEntry(code.caches, i, o.cls), o.cls, name);
  }
  setAttr(o, name, v);
}

function unboundLocal(code: PyCode, i: number): never {
  const name = code.varnames[i]!;
  throw newNameError(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`, name);
}

function derefName(code: PyCode, i: number): string {
  return i < code.cellvars.length ? code.cellvars[i]! : code.freevars[i - code.cellvars.length]!;
}

function unboundDeref(code: PyCode, i: number): PyException {
  const name = derefName(code, i);
  if (i < code.cellvars.length) {
    return newNameError(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`, name);
  }
  return newNameError(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`, name);
}

function nameError(name: string): PyException {
  return newNameError(NameError, `name '${name}' is not defined`, name);
}

function checkCatchable(t: PyValue): void {
  const ok = (x: PyValue): boolean => x instanceof PyType && x.isSubtypeOf(BaseException);
  if (t instanceof PyTuple ? t.items.every(ok) : ok(t)) return;
  raise(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
}

/** starItems: the items of a `*x` operand, with CPython's message when x is not iterable. */
function starItems(v: PyValue, callee: PyValue | null): PyValue[] {
  if (getIterOpt(v) === undefined) {
    if (callee !== null) raise(TypeError, `${funcDescription(callee)} argument after * must be an iterable, not ${typeOf(v).name}`);
    raise(TypeError, `Value after * must be an iterable, not ${typeOf(v).name}`);
  }
  return toArray(v);
}

function unpackIterable(seq: PyValue, expected: number, _atLeast: number): PyValue[] {
  const it = (() => {
    try {
      return getIter(seq);
    } catch (e) {
      if (e instanceof PyException && isInstance(e, TypeError)) {
        raise(TypeError, `cannot unpack non-iterable ${typeOf(seq).name} object`);
      }
      throw e;
    }
  })();
  const out: PyValue[] = [];
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) break;
    out.push(v);
    if (out.length > expected) raise(ValueError, `too many values to unpack (expected ${expected})`);
  }
  return out;
}

function unpackCountError(got: number, expected: number, atLeast: number): never {
  if (atLeast >= 0) raise(ValueError, `not enough values to unpack (expected at least ${atLeast}, got ${got})`);
  if (got > expected) raise(ValueError, `too many values to unpack (expected ${expected})`);
  raise(ValueError, `not enough values to unpack (expected ${expected}, got ${got})`);
}

