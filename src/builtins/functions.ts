// The builtin functions of Python's builtins module (https://docs.python.org/3.11/library/functions.html)
// that need no VM state, as one table: BUILTIN_FUNCTIONS. Each follows CPython 3.11's
// Python/bltinmodule.c, with its argument errors in CPython's words (numeric ones are in numeric.ts).

import { chargeStr } from '../objects/str-index.js';
import { PyObject, type PyValue } from '../objects/object.js';
import { PyType, typeOf, isInstance, makeBuiltinType } from '../objects/type.js';
import { PyBuiltinFunction, builtinFunction, defineMethods, type NativeFn } from '../objects/builtin-function.js';
import { PyFunction, PyMethod } from '../objects/function.js';
import { None } from '../objects/singletons.js';
import { PyList, newList } from '../objects/list.js';
import { PyBytes, PyByteArray } from '../objects/bytes.js';
import { NativeIterator } from '../objects/iterator.js';
import { newCallableIterator } from '../objects/iterators.js';
import { PyException, raise, newException, TypeError, ValueError, StopIteration, StopAsyncIteration, OverflowError } from '../objects/exception.js';
import {
  call,
  callBound,
  callMethod,
  getAttr,
  getAttrOpt,
  setAttr,
  truthy,
  hashValue,
  compareBool,
  asIndex,
  lenOf,
  strLength,
  getIter,
  iterNext,
  toArray,
  repr,
  str,
  format,
} from '../objects/protocol.js';
import { isinstanceFull, issubclassFull } from '../objects/type-type.js';
import { idOf } from '../objects/id.js';
import { ArgSpec, noKwargs } from './args.js';
import { charge, SIZE, workItems, WORK_BLOCK } from '../vm/meter.js';
import { NUMERIC_FUNCTIONS, unary } from './numeric.js';

// ---------------------------------------------------------------------------------------------
// Hooks set by the VM (sys and frames live there).

let dirNoArgs: () => PyValue = () => raise(TypeError, 'dir() without arguments needs a running frame');
/** setDirNoArgsHook: installs the function giving the caller's local namespace (a mapping), whose sorted keys dir() returns. */
export function setDirNoArgsHook(f: () => PyValue): void {
  dirNoArgs = f;
}

let stdoutHook: () => PyValue = () => None;
/** setStdoutHook: installs the function print() uses to find sys.stdout. */
export function setStdoutHook(f: () => PyValue): void {
  stdoutHook = f;
}
/** getStdout: sys.stdout of the running interpreter (None when it has none). */
export function getStdout(): PyValue {
  return stdoutHook();
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** newStr: a str result built here, charged to the heap. */
function newStr(s: string): string {
  charge(SIZE.STR + s.length);
  return s;
}

function positionalCount(args: readonly PyValue[], kwnames: readonly string[] | null): number {
  return args.length - (kwnames === null ? 0 : kwnames.length);
}

function attrName(v: PyValue): string {
  if (typeof v !== 'string') raise(TypeError, `attribute name must be string, not '${typeOf(v).name}'`);
  return v;
}

/** isCallable: callable(v), as CPython's PyCallable_Check (the type has __call__). */
export function isCallable(v: PyValue): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyMethod || v instanceof PyType) return true;
  return typeOf(v).lookup('__call__') !== undefined;
}

/** asciiOf: ascii(v): repr(v) with non-ASCII characters escaped, as CPython's PyObject_ASCII. */
export function asciiOf(v: PyValue): string {
  const r = repr(v);
  let out = '';
  let plain = true;
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      out += ch;
      continue;
    }
    plain = false;
    if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return plain ? r : newStr(out);
}

// ---------------------------------------------------------------------------------------------
// Iterators

/** builtinNext: next(it[, default]), keeping the value of a StopIteration raised by __next__. */
function builtinNext(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  noKwargs('next', kwnames);
  const n = args.length;
  if (n < 1) raise(TypeError, 'next expected at least 1 argument, got 0');
  if (n > 2) raise(TypeError, `next expected at most 2 arguments, got ${n}`);
  const it = args[0]!;
  if (it instanceof NativeIterator) {
    const v = it.next();
    if (v !== undefined) return v;
    if (n === 2) return args[1]!;
    throw newException(StopIteration);
  }
  const f = typeOf(it).lookup('__next__');
  if (f === undefined) raise(TypeError, `'${typeOf(it).name}' object is not an iterator`);
  if (n === 1) return callBound(f, it, []);
  try {
    return callBound(f, it, []);
  } catch (e) {
    if (e instanceof PyException && isInstance(e, StopIteration)) return args[1]!;
    throw e;
  }
}

function builtinIter(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  noKwargs('iter', kwnames);
  const n = args.length;
  if (n < 1) raise(TypeError, 'iter expected at least 1 argument, got 0');
  if (n > 2) raise(TypeError, `iter expected at most 2 arguments, got ${n}`);
  if (n === 1) return getIter(args[0]!);
  if (!isCallable(args[0]!)) raise(TypeError, 'iter(v, w): v must be callable');
  return newCallableIterator(args[0]!, args[1]!);
}

// ---------------------------------------------------------------------------------------------
// aiter / anext (CPython's builtin_aiter, builtin_anext and Objects/iterobject.c anextawaitable)

/** anextAwaitableType: `anext_awaitable`, what anext(it, default) returns. */
export const anextAwaitableType = makeBuiltinType('anext_awaitable');

/** PyAnextAwaitable: awaits `wrapped` (an __anext__() result), turning StopAsyncIteration into `default`. */
export class PyAnextAwaitable extends PyObject {
  constructor(
    readonly wrapped: PyValue,
    readonly dflt: PyValue,
  ) {
    super(anextAwaitableType);
    charge(SIZE.OBJECT + 2 * SIZE.SLOT);
  }
}

function awaitableIter(a: PyAnextAwaitable): PyValue {
  const f = typeOf(a.wrapped).lookup('__await__');
  if (f === undefined) raise(TypeError, `'${typeOf(a.wrapped).name}' object can't be awaited`);
  return callBound(f, a.wrapped, []);
}

/** anextProxy: one step of the awaited iterator; StopAsyncIteration becomes StopIteration(default). */
function anextProxy(self: PyValue, step: (it: PyValue) => PyValue): PyValue {
  const a = self as PyAnextAwaitable;
  const it = awaitableIter(a);
  try {
    return step(it);
  } catch (e) {
    if (e instanceof PyException && isInstance(e, StopAsyncIteration)) throw newException(StopIteration, a.dflt);
    throw e;
  }
}

defineMethods(anextAwaitableType, {
  __await__: (args) => args[0]!,
  __iter__: (args) => args[0]!,
  __next__: (args) =>
    anextProxy(args[0]!, (it) => (typeOf(it).lookup('__next__') !== undefined ? callMethod(it, '__next__') : callMethod(it, 'send', [None]))),
  send: (args) => anextProxy(args[0]!, (it) => callMethod(it, 'send', [args[1] ?? None])),
  throw: (args) => anextProxy(args[0]!, (it) => callMethod(it, 'throw', args.slice(1))),
  close: (args) => anextProxy(args[0]!, (it) => callMethod(it, 'close')),
});

const AITER = new ArgSpec('aiter', 'async_iterable, /');
const ANEXT = new ArgSpec('anext', 'aiterator, default=, /');

function builtinAiter(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [x] = AITER.unpack(args, kwnames);
  const f = typeOf(x!).lookup('__aiter__');
  if (f === undefined) raise(TypeError, `'${typeOf(x!).name}' object is not an async iterable`);
  const it = callBound(f, x!, []);
  if (typeOf(it).lookup('__anext__') === undefined) raise(TypeError, `aiter() returned not an async iterator of type '${typeOf(it).name}'`);
  return it;
}

function builtinAnext(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [it, dflt] = ANEXT.unpack(args, kwnames);
  const f = typeOf(it!).lookup('__anext__');
  if (f === undefined) raise(TypeError, `'${typeOf(it!).name}' object is not an async iterator`);
  const awaitable = callBound(f, it!, []);
  return dflt === undefined ? awaitable : new PyAnextAwaitable(awaitable, dflt);
}

// ---------------------------------------------------------------------------------------------
// max / min, as CPython's min_max()

function minMax(args: PyValue[], kwnames: readonly string[] | null, name: 'max' | 'min'): PyValue {
  const npos = positionalCount(args, kwnames);
  let key: PyValue = None;
  let dflt: PyValue | undefined;
  if (kwnames !== null && kwnames.length > 0) {
    for (let i = 0; i < kwnames.length; i++) {
      const k = kwnames[i]!;
      const v = args[npos + i]!;
      if (k === 'key') key = v;
      else if (k === 'default') dflt = v;
      else if (kwnames.length > 2) raise(TypeError, `${name}() takes at most 2 keyword arguments (${kwnames.length} given)`);
      else raise(TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
    }
  }
  if (npos === 0) raise(TypeError, `${name} expected at least 1 argument, got 0`);
  if (npos > 1 && dflt !== undefined) raise(TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
  const op = name === 'max' ? 4 : 0; // Py_GT / Py_LT
  let best: PyValue | undefined;
  let bestKey: PyValue | undefined;
  const consider = (item: PyValue): void => {
    const k = key === None ? item : call(key, [item]);
    if (best === undefined || compareBool(k, bestKey!, op)) {
      best = item;
      bestKey = k;
    }
  };
  if (npos === 1) {
    const it = getIter(args[0]!);
    for (let v = iterNext(it), n = 1; v !== undefined; v = iterNext(it), n++) {
      if ((n & 63) === 0) workItems(WORK_BLOCK);
      consider(v);
    }
  } else {
    for (let i = 0; i < npos; i++) consider(args[i]!);
  }
  if (best !== undefined) return best;
  if (dflt !== undefined) return dflt;
  raise(ValueError, `${name}() arg is an empty sequence`);
}

// ---------------------------------------------------------------------------------------------
// print

/** builtinPrint: print(*objects, sep=' ', end='\n', file=None, flush=False), writing through file.write(). */
function builtinPrint(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const npos = positionalCount(args, kwnames);
  let sep: PyValue = None;
  let end: PyValue = None;
  let file: PyValue = None;
  let flush: PyValue = false;
  if (kwnames !== null) {
    for (let i = 0; i < kwnames.length; i++) {
      const v = args[npos + i]!;
      switch (kwnames[i]) {
        case 'sep':
          sep = v;
          break;
        case 'end':
          end = v;
          break;
        case 'file':
          file = v;
          break;
        case 'flush':
          flush = v;
          break;
        default:
          raise(TypeError, `'${kwnames[i]}' is an invalid keyword argument for print()`);
      }
    }
  }
  if (file === None) {
    file = getStdout();
    // As CPython: sys.stdout may be None (e.g. pythonw); then print does nothing.
    if (file === None) return None;
  }
  if (sep !== None && typeof sep !== 'string') raise(TypeError, `sep must be None or a string, not ${typeOf(sep).name}`);
  if (end !== None && typeof end !== 'string') raise(TypeError, `end must be None or a string, not ${typeOf(end).name}`);
  const write = getAttr(file, 'write');
  for (let i = 0; i < npos; i++) {
    if (i > 0) call(write, [sep === None ? ' ' : sep]);
    call(write, [str(args[i]!)]);
  }
  call(write, [end === None ? '\n' : end]);
  if (truthy(flush)) callMethod(file, 'flush');
  return None;
}

// ---------------------------------------------------------------------------------------------
// Attributes and introspection

function builtinGetattr(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  noKwargs('getattr', kwnames);
  const n = args.length;
  if (n < 2) raise(TypeError, `getattr expected at least 2 arguments, got ${n}`);
  if (n > 3) raise(TypeError, `getattr expected at most 3 arguments, got ${n}`);
  const name = attrName(args[1]!);
  if (n === 2) return getAttr(args[0]!, name);
  const v = getAttrOpt(args[0]!, name);
  return v === undefined ? args[2]! : v;
}

const SETATTR = new ArgSpec('setattr', 'obj, name, value, /');
const DELATTR = new ArgSpec('delattr', 'obj, name, /');
const HASATTR = new ArgSpec('hasattr', 'obj, name, /');
const FORMAT = new ArgSpec('format', 'value, format_spec=, /');
const ISINSTANCE = new ArgSpec('isinstance', 'obj, class_or_tuple, /');
const ISSUBCLASS = new ArgSpec('issubclass', 'cls, class_or_tuple, /');
const DIR = new ArgSpec('dir', 'object=, /');
const VARS = new ArgSpec('vars', 'object=, /');

/** dirOf: dir(obj): type(obj).__dir__(obj) as a sorted list, as CPython's _dir_object(). */
export function dirOf(obj: PyValue): PyList {
  const f = typeOf(obj).lookup('__dir__');
  if (f === undefined) raise(TypeError, 'object does not provide __dir__');
  const items = toArray(callBound(f, obj, []));
  const list = newList(items);
  callMethod(list, 'sort');
  return list;
}

function builtinSorted(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const npos = positionalCount(args, kwnames);
  if (npos !== 1) raise(TypeError, `sorted expected 1 argument, got ${npos}`);
  const list = newList(toArray(args[0]!));
  // The keyword arguments go to list.sort, whose errors CPython reports ("sort() takes at most ...").
  callMethod(list, 'sort', args.slice(1), kwnames);
  return list;
}

/** ordOf: ord(c) for a str, bytes or bytearray of length 1. */
function ordOf(c: PyValue): number {
  if (typeof c === 'string') {
    const n = strLength(c);
    if (n !== 1) raise(TypeError, `ord() expected a character, but string of length ${n} found`);
    return c.codePointAt(0)!;
  }
  if (c instanceof PyBytes || c instanceof PyByteArray) {
    const data = c.data;
    if (data.length !== 1) raise(TypeError, `ord() expected a character, but string of length ${data.length} found`);
    return data[0]!;
  }
  raise(TypeError, `ord() expected string of length 1, but ${typeOf(c).name} found`);
}

/** chrOf: chr(i); a lone surrogate code point is a one-unit JS string. */
function chrOf(v: PyValue): string {
  const i = asIndex(v);
  if (typeof i === 'bigint' || i > 0x7fffffff || i < -0x80000000) raise(OverflowError, 'Python int too large to convert to C int');
  if (i < 0 || i > 0x10ffff) raise(ValueError, 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(i);
}

const FUNCTIONS: Record<string, NativeFn> = {
  aiter: builtinAiter,
  anext: builtinAnext,
  all: unary('all', (x) => {
    const it = getIter(x);
    for (let v = iterNext(it), n = 1; v !== undefined; v = iterNext(it), n++) {
      if ((n & 63) === 0) workItems(WORK_BLOCK);
      if (!truthy(v)) return false;
    }
    return true;
  }),
  any: unary('any', (x) => {
    const it = getIter(x);
    for (let v = iterNext(it), n = 1; v !== undefined; v = iterNext(it), n++) {
      if ((n & 63) === 0) workItems(WORK_BLOCK);
      if (truthy(v)) return true;
    }
    return false;
  }),
  ascii: unary('ascii', (v) => chargeStr(asciiOf(v))),
  callable: unary('callable', isCallable),
  chr: unary('chr', chrOf),
  delattr: (args, kw) => {
    const [obj, name] = DELATTR.unpack(args, kw);
    setAttr(obj!, attrName(name!), undefined);
    return None;
  },
  dir: (args, kw) => {
    const [obj] = DIR.unpack(args, kw);
    if (obj !== undefined) return dirOf(obj);
    const list = newList(toArray(dirNoArgs()));
    callMethod(list, 'sort');
    return list;
  },
  format: (args, kw) => {
    const [v, spec] = FORMAT.unpack(args, kw);
    if (spec !== undefined && typeof spec !== 'string') raise(TypeError, `format() argument 2 must be str, not ${typeOf(spec).name}`);
    return format(v!, spec ?? '');
  },
  getattr: builtinGetattr,
  hasattr: (args, kw) => {
    const [obj, name] = HASATTR.unpack(args, kw);
    return getAttrOpt(obj!, attrName(name!)) !== undefined;
  },
  hash: unary('hash', hashValue),
  id: unary('id', idOf),
  isinstance: (args, kw) => {
    if (kw === null && args.length === 2) return isinstanceFull(args[0]!, args[1]!);
    const [obj, cls] = ISINSTANCE.unpack(args, kw);
    return isinstanceFull(obj!, cls!);
  },
  issubclass: (args, kw) => {
    const [cls, spec] = ISSUBCLASS.unpack(args, kw);
    return issubclassFull(cls!, spec!);
  },
  iter: builtinIter,
  len: unary('len', lenOf),
  max: (args, kw) => minMax(args, kw, 'max'),
  min: (args, kw) => minMax(args, kw, 'min'),
  next: builtinNext,
  ord: unary('ord', ordOf),
  print: builtinPrint,
  repr: unary('repr', (v) => chargeStr(repr(v))),
  setattr: (args, kw) => {
    const [obj, name, value] = SETATTR.unpack(args, kw);
    setAttr(obj!, attrName(name!), value!);
    return None;
  },
  sorted: builtinSorted,
  vars: (args, kw) => {
    const [obj] = VARS.unpack(args, kw);
    if (obj === undefined) return varsNoArgs();
    const d = getAttrOpt(obj, '__dict__');
    if (d === undefined) raise(TypeError, 'vars() argument must have __dict__ attribute');
    return d;
  },
};

let varsNoArgs: () => PyValue = () => raise(TypeError, 'vars() without arguments needs a running frame');
/** setVarsNoArgsHook: installs vars() without arguments (locals()), which needs the VM. */
export function setVarsNoArgsHook(f: () => PyValue): void {
  varsNoArgs = f;
}

/** BUILTIN_FUNCTIONS: name -> builtin function object, in one table (the VM lead adds the frame-dependent ones). */
export const BUILTIN_FUNCTIONS: ReadonlyMap<string, PyBuiltinFunction> = new Map(
  Object.entries({ ...FUNCTIONS, ...NUMERIC_FUNCTIONS })
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, fn]) => [name, builtinFunction(name, fn)]),
);

