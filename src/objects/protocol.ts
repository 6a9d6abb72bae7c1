// The abstract object protocols (CPython's Objects/abstract.c and object.c): calling, attribute
// access with descriptors, truth, hashing, comparison, binary operators, iteration, subscripts.
// Each function takes the fast path for the builtin representations first and otherwise looks the
// special method up on the type (never on the instance), as CPython does. Types implement their
// special methods as entries in their namespace (src/objects/<type>.ts, src/builtins/).

import type { PyValue } from './object.js';
import { PyType, typeOf, typeType, objectType, intType, setTypeAttr, isInstance, lazyDictNatives } from './type.js';
import { None, NotImplemented } from './singletons.js';
import { PyBuiltinFunction } from './builtin-function.js';
import { PyFunction, PyMethod } from './function.js';
import { PyGetSet, PyProperty, PyClassMethod, PyStaticMethod, memberDescriptorType } from './descriptor.js';
import { PyModule } from './module.js';
import { strHash, hashInt } from './hash.js';
import { PyInt } from './int.js';
import { PyFloat } from './float.js';
import { PyTuple, MAX_SEQUENCE_ITEMS, tooManyItems } from './tuple.js';
import { PyList } from './list.js';
import { NativeIterator } from './iterator.js';
import { PyDict } from './dict.js';
import {
  PyException,
  raise,
  pyError,
  TypeError,
  AttributeError,
  StopIteration,
  ValueError,
  OverflowError,
  MemoryError,
  newException,
} from './exception.js';
import { callFunction } from '../vm/call.js';
import { activeMeter, reserve, SIZE, workItems, WORK_BLOCK } from '../vm/meter.js';
import { strValue } from './str.js';
import { newAttributeError } from './exception-methods.js';

// ---------------------------------------------------------------------------------------------
// Calling

/** call: f(*args) where the last kwnames.length args are keywords. Runs Python code in the VM. */
export function call(f: PyValue, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  if (f instanceof PyFunction) return callFunction(f, args, kwnames);
  if (f instanceof PyBuiltinFunction) {
    if (f.self !== undefined) return f.fn(withSelf(f.self, args), kwnames);
    if (f.owner !== null && (f.kind === 'method' || f.kind === 'classmethod')) checkDescriptorSelf(f, args, kwnames);
    return f.fn(args, kwnames);
  }
  if (f instanceof PyMethod) return call(f.func, withSelf(f.self, args), kwnames);
  if (f instanceof PyType && f.cls === typeType) return callType(f, args, kwnames);
  const dunder = typeOf(f).lookup('__call__');
  if (dunder === undefined) raise(TypeError, `'${typeOf(f).name}' object is not callable`);
  return callBound(dunder, f, args, kwnames);
}

/**
 * checkDescriptorSelf: the type check of a method descriptor called unbound (`list.append(x, 1)`),
 * as CPython's method_check_args() / wrapperdescr_raw_call() / classmethoddescr_call().
 */
export function checkDescriptorSelf(f: PyBuiltinFunction, args: PyValue[], kwnames: readonly string[] | null): void {
  const owner = f.owner!;
  const wrapper = f.cls.name === 'wrapper_descriptor';
  if (args.length - (kwnames === null ? 0 : kwnames.length) === 0) {
    if (f.kind === 'method' && !wrapper) raise(TypeError, `unbound method ${owner.name}.${f.name}() needs an argument`);
    raise(TypeError, `descriptor '${f.name}' of '${owner.name}' object needs an argument`);
  }
  const self = args[0]!;
  if (f.kind === 'classmethod') {
    if (!(self instanceof PyType)) {
      raise(TypeError, `descriptor '${f.name}' for type '${owner.name}' needs a type, not a '${typeOf(self).name}' as arg 2`);
    }
    if (!self.isSubtypeOf(owner)) raise(TypeError, `descriptor '${f.name}' requires a subtype of '${owner.name}' but received '${self.name}'`);
    return;
  }
  if (isInstance(self, owner)) return;
  if (wrapper) raise(TypeError, `descriptor '${f.name}' requires a '${owner.name}' object but received a '${typeOf(self).name}'`);
  raise(TypeError, `descriptor '${f.name}' for '${owner.name}' objects doesn't apply to a '${typeOf(self).name}' object`);
}

/** callBound: calls the unbound attribute `fn` (found on a type) with self prepended. */
export function callBound(fn: PyValue, self: PyValue, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  if (fn instanceof PyFunction) return callFunction(fn, withSelf(self, args), kwnames);
  if (fn instanceof PyBuiltinFunction && fn.kind === 'method') return fn.fn(withSelf(self, args), kwnames);
  return call(descrGet(fn, self, typeOf(self)), args, kwnames);
}

/** withSelf: [self, ...args], without the spread (V8's spread is several times slower for 0-2 items). */
function withSelf(self: PyValue, args: PyValue[]): PyValue[] {
  switch (args.length) {
    case 0:
      return [self];
    case 1:
      return [self, args[0]!];
    case 2:
      return [self, args[0]!, args[1]!];
  }
  const out = new Array<PyValue>(args.length + 1);
  out[0] = self;
  for (let i = 0; i < args.length; i++) out[i + 1] = args[i]!;
  return out;
}

/** callMethod: obj.name(*args). */
export function callMethod(obj: PyValue, name: string, args: PyValue[] = [], kwnames: readonly string[] | null = null): PyValue {
  const t = typeOf(obj);
  const fn = t.lookup(name);
  if (fn !== undefined && (fn instanceof PyFunction || fn instanceof PyBuiltinFunction) && !hasInstanceAttr(obj, name)) {
    return callBound(fn, obj, args, kwnames);
  }
  return call(getAttr(obj, name), args, kwnames);
}

/** callSpecial: type(obj).name(obj, *args) if the type defines it, else undefined. */
export function callSpecial(obj: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const fn = typeOf(obj).lookup(name);
  if (fn === undefined) return undefined;
  return callBound(fn, obj, args);
}

function hasInstanceAttr(obj: PyValue, name: string): boolean {
  return typeof obj === 'object' && obj.dict !== null && !(obj instanceof PyType) && obj.dict.getStr(name) !== undefined;
}

/** callType: type.__call__(t, *args): __new__ then __init__, as CPython's type_call(). */
export function callType(t: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (t === typeType) {
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    if (npos === args.length && npos === 1) return typeOf(args[0]!);
    if (npos !== 3) raise(TypeError, 'type() takes 1 or 3 arguments');
  }
  const newFn = t.lookup('__new__');
  if (newFn === undefined) raise(TypeError, `cannot create '${t.name}' instances`);
  let obj: PyValue;
  if (newFn instanceof PyBuiltinFunction) obj = newFn.fn(withSelf(t, args), kwnames);
  else if (newFn instanceof PyStaticMethod) obj = call(newFn.func, withSelf(t, args), kwnames);
  else obj = call(newFn, withSelf(t, args), kwnames);
  if (!isInstance(obj, t)) return obj;
  const init = typeOf(obj).lookup('__init__');
  if (init !== undefined && init !== objectType.attrs.get('__init__')) {
    const r = callBound(init, obj, args, kwnames);
    if (r !== None) raise(TypeError, `__init__() should return None, not '${typeOf(r).name}'`);
  }
  return obj;
}

// ---------------------------------------------------------------------------------------------
// Attributes

/** isDataDescriptor: whether an attribute found on a type takes precedence over the instance dict. */
export function isDataDescriptor(d: PyValue): boolean {
  if (d instanceof PyProperty || d instanceof PyGetSet) return true;
  if (typeof d !== 'object' || d instanceof PyFunction || d instanceof PyBuiltinFunction) return false;
  const t = d.cls;
  return t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined;
}

/** descrGet: the result of looking descriptor d up through instance obj (null for class access: None is an instance) of type t. */
export function descrGet(d: PyValue, obj: PyValue | null, t: PyType): PyValue {
  if (typeof d !== 'object') return d;
  if (d instanceof PyFunction) return obj === null || obj === None ? d : new PyMethod(d, obj);
  if (d instanceof PyBuiltinFunction) {
    if (d.self !== undefined) return d;
    if (d.kind === 'method') return obj === null ? d : d.bind(obj);
    if (d.kind === 'classmethod') return d.bind(t);
    return d;
  }
  if (d instanceof PyClassMethod) return new PyMethod(d.func, t);
  if (d instanceof PyStaticMethod) return d.func;
  if (d instanceof PyProperty) {
    if (obj === null || obj === None) return d;
    if (d.fget === None) raise(AttributeError, propertyError(d, t, 'getter'));
    return call(d.fget, [obj]);
  }
  if (d instanceof PyGetSet) return obj === null ? d : d.get(obj);
  const get = d.cls.lookup('__get__');
  if (get === undefined) return d;
  return callBound(get, d, [obj ?? None, t]);
}

let objectGetattribute: PyValue | undefined;

/** getAttrOpt: getattr(obj, name), or undefined where it would raise AttributeError. */
export function getAttrOpt(obj: PyValue, name: string): PyValue | undefined {
  try {
    return getAttr(obj, name);
  } catch (e) {
    if (e instanceof PyException && isInstance(e, AttributeError)) return undefined;
    throw e;
  }
}

/** getAttr: getattr(obj, name); raises AttributeError with CPython's message. */
export function getAttr(obj: PyValue, name: string): PyValue {
  const t = typeOf(obj);
  objectGetattribute ??= objectType.attrs.get('__getattribute__');
  const ga = t.lookup('__getattribute__');
  // A builtin __getattribute__ other than object's and type's (super, module, method ...) is a
  // native hook that replaces the generic lookup.
  if (ga !== undefined && ga !== objectGetattribute && !(ga instanceof PyBuiltinFunction && (ga.owner === objectType || ga.owner === typeType))) {
    try {
      return callBound(ga, obj, [name]);
    } catch (e) {
      const hook = t.lookup('__getattr__');
      if (hook !== undefined && e instanceof PyException && isInstance(e, AttributeError)) return callBound(hook, obj, [name]);
      throw e;
    }
  }
  const hook = t.lookup('__getattr__');
  if (hook === undefined) {
    const v = obj instanceof PyType ? typeGetAttr(obj, name) : genericGetAttr(obj, name, t);
    if (v !== undefined) return v;
    throw attributeError(obj, name);
  }
  // With __getattr__, an AttributeError from the lookup itself (a property's getter) also falls
  // back to it, as CPython's slot_tp_getattr_hook.
  try {
    const v = obj instanceof PyType ? typeGetAttr(obj, name) : genericGetAttr(obj, name, t);
    if (v !== undefined) return v;
  } catch (e) {
    if (!(e instanceof PyException && isInstance(e, AttributeError))) throw e;
  }
  return callBound(hook, obj, [name]);
}

/** attributeError: the AttributeError CPython raises for a missing attribute. */
export function attributeError(obj: PyValue, name: string): PyException {
  let msg: string;
  if (obj instanceof PyType) msg = `type object '${obj.name}' has no attribute '${name}'`;
  else if (obj instanceof PyModule) msg = `module '${obj.name}' has no attribute '${name}'`;
  else msg = `'${typeOf(obj).name}' object has no attribute '${name}'`;
  return newAttributeError(msg, obj, name);
}

/** genericGetAttr: object.__getattribute__ without raising (undefined if absent). */
export function genericGetAttr(obj: PyValue, name: string, t: PyType = typeOf(obj)): PyValue | undefined {
  const d = t.lookup(name);
  if (d !== undefined && typeof d === 'object' && isDataDescriptor(d)) return descrGet(d, obj, t);
  if (typeof obj === 'object' && obj.dict !== null) {
    const v = obj.dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (d !== undefined) return descrGet(d, obj, t);
  return undefined;
}

/** typeGetAttr: type.__getattribute__ (attribute of a class), undefined if absent. */
export function typeGetAttr(cls: PyType, name: string): PyValue | undefined {
  const meta = cls.cls;
  const md = meta.lookup(name);
  if (md !== undefined && isDataDescriptor(md)) return descrGet(md, cls, meta);
  const v = cls.lookup(name);
  if (v !== undefined) return descrGet(v, null, cls);
  if (md !== undefined) return descrGet(md, cls, meta);
  return undefined;
}

let objectSetattr: PyValue | undefined;

/** setAttr: setattr(obj, name, value); with value undefined, delattr. */
export function setAttr(obj: PyValue, name: string, value: PyValue | undefined): void {
  const t = typeOf(obj);
  objectSetattr ??= objectType.attrs.get('__setattr__');
  const hookName = value === undefined ? '__delattr__' : '__setattr__';
  const hook = t.lookup(hookName);
  if (hook !== undefined && !(hook instanceof PyBuiltinFunction)) {
    callBound(hook, obj, value === undefined ? [name] : [name, value]);
    return;
  }
  genericSetAttr(obj, name, value, t);
}

/** genericSetAttr: object.__setattr__ / __delattr__. */
export function genericSetAttr(obj: PyValue, name: string, value: PyValue | undefined, t: PyType = typeOf(obj)): void {
  if (obj instanceof PyType) {
    const md = obj.cls.lookup(name);
    if (md !== undefined && isDataDescriptor(md)) return descrSet(md, obj, value);
    if (!obj.heapType) raise(TypeError, `cannot set '${name}' attribute of immutable type '${obj.name}'`);
    if (value === undefined && obj.attrs.get(name) === undefined) raise(AttributeError, `type object '${obj.name}' has no attribute '${name}'`);
    setTypeAttr(obj, name, value);
    return;
  }
  const d = t.lookup(name);
  if (d !== undefined && isDataDescriptor(d)) return descrSet(d, obj, value);
  if (typeof obj === 'object' && obj.dict === null && value !== undefined && lazyDictNatives.has(t.native)) obj.dict = new PyDict();
  if (typeof obj === 'object' && obj.dict !== null) {
    if (value === undefined) {
      if (!obj.dict.deleteStr(name)) throw attributeError(obj, name);
    } else obj.dict.setStr(name, value);
    return;
  }
  if (d !== undefined) raise(AttributeError, `'${t.name}' object attribute '${name}' is read-only`);
  throw attributeError(obj, name);
}

/** propertyError: CPython 3.11's "property 'x' of 'C' object has no setter" (the name once __set_name__ gave it). */
export function propertyError(p: PyProperty, t: PyType, what: string): string {
  const name = p.name === null ? '' : ` ${repr(p.name)}`;
  return `property${name} of ${repr(t.qualname)} object has no ${what}`;
}

function descrSet(d: PyValue, obj: PyValue, value: PyValue | undefined): void {
  if (d instanceof PyProperty) {
    const f = value === undefined ? d.fdel : d.fset;
    if (f === None) raise(AttributeError, propertyError(d, typeOf(obj), value === undefined ? 'deleter' : 'setter'));
    call(f, value === undefined ? [obj] : [obj, value]);
    return;
  }
  if (d instanceof PyGetSet) {
    if (d.set === null) {
      if (d.cls === memberDescriptorType) raise(AttributeError, 'readonly attribute');
      raise(AttributeError, `attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
    }
    d.set(obj, value);
    return;
  }
  const t = typeOf(d);
  const f = t.lookup(value === undefined ? '__delete__' : '__set__');
  if (f === undefined) raise(AttributeError, `__${value === undefined ? 'delete' : 'set'}__`);
  callBound(f, d, value === undefined ? [obj] : [obj, value]);
}

// ---------------------------------------------------------------------------------------------
// Truth, hashing, equality, comparison

/** truthy: bool(v). */
export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length !== 0;
    case 'bigint':
      return true; // bigints are never in the safe range, so never 0
  }
  if (v === None) return false;
  const t = v.cls;
  if (t.heapType) return truthySlow(v, t);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length !== 0;
  if (v instanceof PyFloat) return v.v !== 0;
  return truthySlow(v, t);
}

function truthySlow(v: PyValue, t: PyType): boolean {
  const b = t.lookup('__bool__');
  if (b !== undefined) {
    const r = callBound(b, v, []);
    if (typeof r !== 'boolean') raise(TypeError, `__bool__ should return bool, returned ${typeOf(r).name}`);
    return r;
  }
  const l = t.lookup('__len__');
  if (l !== undefined) return lenOf(v) !== 0;
  return true;
}

/** hashValue: hash(v) as a Python int (number or bigint); CPython's values for numbers and tuples. */
export function hashValue(v: PyValue): number | bigint {
  if (typeof v === 'string') return strHash(v);
  const h = typeOf(v).lookup('__hash__');
  if (h === undefined || h === None) raise(TypeError, `unhashable type: '${typeOf(v).name}'`);
  const r = callBound(h, v, []);
  // As CPython's slot_tp_hash: any int (bools and int subclasses too); one past a C ssize_t is
  // hashed as an int, and -1 (the C error value) becomes -2.
  const n = typeof r === 'number' || typeof r === 'bigint' ? r : typeof r === 'boolean' ? (r ? 1 : 0) : r instanceof PyInt ? r.value : undefined;
  if (n === undefined) raise(TypeError, '__hash__ method should return an integer');
  if (typeof n === 'bigint' && (n > 0x7fffffffffffffffn || n < -0x8000000000000000n)) return hashInt(n);
  return n === -1 || n === -1n ? -2 : n;
}

/** COMPARE_DUNDERS and their reflections, by COMPARE_OP argument. */
const COMPARE_DUNDERS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const;
const COMPARE_SWAPPED = [4, 5, 2, 3, 0, 1];
const COMPARE_TEXT = ['<', '<=', '==', '!=', '>', '>='];

/** richCompare: the rich comparison a <op> b (op a COMPARE_OP argument), as CPython's do_richcompare(). */
export function richCompare(a: PyValue, b: PyValue, op: number): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const rf = tb.lookup(COMPARE_DUNDERS[COMPARE_SWAPPED[op]!]!);
    if (rf !== undefined) {
      checkedReverse = true;
      const r = callBound(rf, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  const f = ta.lookup(COMPARE_DUNDERS[op]!);
  if (f !== undefined) {
    const r = callBound(f, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const rf = tb.lookup(COMPARE_DUNDERS[COMPARE_SWAPPED[op]!]!);
    if (rf !== undefined) {
      const r = callBound(rf, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === 2) return a === b;
  if (op === 3) return a !== b;
  raise(TypeError, `'${COMPARE_TEXT[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** eqValues: a == b as a JS boolean (identity first, as containers compare). */
export function eqValues(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta !== 'object' && ta === typeof b) return false; // two different primitives of one kind
  if (ta === 'number' && typeof b === 'object' && b instanceof PyFloat && !b.cls.heapType) return a === b.v;
  if (ta === 'object' && a instanceof PyFloat && !a.cls.heapType) {
    if (typeof b === 'number') return a.v === b;
    if (b instanceof PyFloat && !b.cls.heapType) return a.v === b.v;
  }
  return truthy(richCompare(a, b, 2));
}

/** compareBool: the comparison as a JS boolean. */
export function compareBool(a: PyValue, b: PyValue, op: number): boolean {
  return truthy(richCompare(a, b, op));
}

// ---------------------------------------------------------------------------------------------
// Operators

/** BINARY_DUNDERS: by BINARY_OP argument (0..12), with reflected and in-place names. */
export const BINARY_DUNDERS = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'].map(
  (n) => ({ op: `__${n}__`, rop: `__r${n}__`, iop: `__i${n}__` }),
);
const BINARY_TEXT = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];

/**
 * binaryOp: lhs <op> rhs for a BINARY_OP argument (13 and up: in-place), by CPython's
 * binary_op1(): the reflected method of a right operand whose type is a subclass goes first.
 */
export function binaryOp(a: PyValue, b: PyValue, op: number): PyValue {
  if (op >= 13) {
    const base = op - 13;
    const f = typeOf(a).lookup(BINARY_DUNDERS[base]!.iop);
    if (f !== undefined) {
      const r = callBound(f, a, [b]);
      if (r !== NotImplemented) return r;
    }
    const r = binaryOp1(a, b, base);
    if (r !== NotImplemented) return r;
    sequenceOpError(a, b, base);
    raise(TypeError, `unsupported operand type(s) for ${BINARY_TEXT[base]}=: '${typeOf(a).name}' and '${typeOf(b).name}'`);
  }
  const r = binaryOp1(a, b, op);
  if (r !== NotImplemented) return r;
  sequenceOpError(a, b, op);
  if (op === 8) raise(TypeError, `unsupported operand type(s) for ** or pow(): '${typeOf(a).name}' and '${typeOf(b).name}'`);
  raise(TypeError, `unsupported operand type(s) for ${BINARY_TEXT[op]}: '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

const SEQUENCE_TYPES = new Set(['str', 'list', 'tuple', 'bytes', 'bytearray']);

function sequenceTypeOf(v: PyValue): PyType | undefined {
  for (const t of typeOf(v).mro) if (!t.heapType && SEQUENCE_TYPES.has(t.name)) return t;
  return undefined;
}

/**
 * sequenceOpError: the errors of CPython's sequence fallbacks after the numeric slots gave up:
 * sq_concat for `+` ("can only concatenate str (not "int") to str") and sq_repeat for `*`.
 */
function sequenceOpError(a: PyValue, b: PyValue, op: number): void {
  if (op === 0) {
    const st = sequenceTypeOf(a);
    if (st === undefined) return;
    if (st.name === 'bytes' || st.name === 'bytearray') raise(TypeError, `can't concat ${typeOf(b).name} to ${typeOf(a).name}`);
    raise(TypeError, `can only concatenate ${st.name} (not "${typeOf(b).name}") to ${st.name}`);
  }
  if (op === 5) {
    if (sequenceTypeOf(a) !== undefined && typeOf(b).lookup('__index__') === undefined) {
      raise(TypeError, `can't multiply sequence by non-int of type '${typeOf(b).name}'`);
    }
    if (sequenceTypeOf(b) !== undefined && typeOf(a).lookup('__index__') === undefined) {
      raise(TypeError, `can't multiply sequence by non-int of type '${typeOf(a).name}'`);
    }
  }
}

function binaryOp1(a: PyValue, b: PyValue, op: number): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const names = BINARY_DUNDERS[op]!;
  const fa = ta.lookup(names.op);
  const fb = ta === tb ? undefined : tb.lookup(names.rop);
  if (fb !== undefined && tb.isSubtypeOf(ta) && fb !== ta.lookup(names.rop)) {
    const r = callBound(fb, b, [a]);
    if (r !== NotImplemented) return r;
    if (fa !== undefined) return callBound(fa, a, [b]);
    return NotImplemented;
  }
  if (fa !== undefined) {
    const r = callBound(fa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) return callBound(fb, b, [a]);
  return NotImplemented;
}

const UNARY_DUNDERS: Record<string, [string, string]> = {
  '-': ['__neg__', 'unary -'],
  '+': ['__pos__', 'unary +'],
  '~': ['__invert__', 'unary ~'],
};

/** unaryOp: -v, +v or ~v. */
export function unaryOp(v: PyValue, op: '-' | '+' | '~'): PyValue {
  const [name, text] = UNARY_DUNDERS[op]!;
  const f = typeOf(v).lookup(name);
  if (f === undefined) raise(TypeError, `bad operand type for ${text}: '${typeOf(v).name}'`);
  return callBound(f, v, []);
}

/** asIndex: operator.index(v) as a JS number or bigint; TypeError with `what` in the message otherwise. */
export function asIndex(v: PyValue, what?: string): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  // An int subclass is its own index: CPython never calls an overriding __index__ on it.
  if (v instanceof PyInt) return v.value;
  const f = typeOf(v).lookup('__index__');
  if (f === undefined) {
    raise(TypeError, what ?? `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  }
  const r = callBound(f, v, []);
  if (typeof r === 'number' || typeof r === 'bigint') return r;
  if (typeof r === 'boolean') return r ? 1 : 0;
  raise(TypeError, `__index__ returned non-int (type ${typeOf(r).name})`);
}

// ---------------------------------------------------------------------------------------------
// Containers

/** lenOf: len(v). */
export function lenOf(v: PyValue): number {
  if (typeof v === 'string') return strLength(v);
  // (Not for subclasses: they may override __len__.)
  if ((v instanceof PyList || v instanceof PyTuple) && !v.cls.heapType) return v.items.length;
  const f = typeOf(v).lookup('__len__');
  if (f === undefined) raise(TypeError, `object of type '${typeOf(v).name}' has no len()`);
  const r = callBound(f, v, []);
  const n = asIndex(r, `'${typeOf(r).name}' object cannot be interpreted as an integer`);
  if (n < 0) raise(ValueError, '__len__() should return >= 0');
  if (typeof n === 'bigint') raise(OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}

/**
 * checkLengthHint: CPython's PyObject_LengthHint as list(), tuple(), list.extend() and sorted() ask
 * it of an iterable that is not a list or tuple, for its errors only (the figure only sizes
 * CPython's buffer): a `__len__` that raises anything but TypeError, returns a negative number or
 * one beyond ssize_t fails the call; so does a `__length_hint__` returning a non-int, a negative
 * number or one too large (TypeError from it and NotImplemented mean "no hint"). Only instances of
 * Python classes can fail this way, so builtin values skip it.
 */
export function checkLengthHint(v: PyValue): void {
  const t = typeOf(v);
  if (!t.heapType) return;
  if (t.lookup('__len__') !== undefined) {
    try {
      lenOf(v);
      return;
    } catch (e) {
      if (!(e instanceof PyException && isInstance(e, TypeError))) throw e;
    }
  }
  const hint = t.lookup('__length_hint__');
  if (hint === undefined) return;
  let r: PyValue;
  try {
    r = callBound(hint, v, []);
  } catch (e) {
    if (e instanceof PyException && isInstance(e, TypeError)) return;
    throw e;
  }
  if (r === NotImplemented) return;
  if (typeof r !== 'number' && typeof r !== 'bigint' && !typeOf(r).isSubtypeOf(intType)) {
    raise(TypeError, `__length_hint__ must be an integer, not ${typeOf(r).name}`);
  }
  const n = asIndex(r, '');
  if (typeof n === 'bigint') raise(OverflowError, 'Python int too large to convert to C ssize_t');
  if (n < 0) raise(ValueError, '__length_hint__() should return >= 0');
}

let lastStr = '';
let lastStrLen = 0;
const SURROGATE = /[\ud800-\udfff]/;

function shortLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** strLength: len() of a str in code points (a JS string counts UTF-16 units). */
export function strLength(s: string): number {
  if (s.length < 16 || s === lastStr) return s.length < 16 ? shortLength(s) : lastStrLen;
  // Most text has no surrogates at all: one native scan answers.
  if (!SURROGATE.test(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n--;
        i++;
      }
    }
  }
  lastStr = s;
  lastStrLen = n;
  return n;
}

let typeSubscript: ((key: PyValue) => PyValue) | null = null;

/** registerTypeSubscript: how `type[...]` is made (a GenericAlias, src/objects/generic-alias.ts). */
export function registerTypeSubscript(f: (key: PyValue) => PyValue): void {
  typeSubscript = f;
}

/** getItem: container[key]. */
export function getItem(c: PyValue, key: PyValue): PyValue {
  const f = typeOf(c).lookup('__getitem__');
  if (f !== undefined) return callBound(f, c, [key]);
  if (c instanceof PyType) {
    if (c === typeType && typeSubscript !== null) return typeSubscript(key);
    const cg = c.lookup('__class_getitem__');
    if (cg !== undefined) return call(descrGet(cg, null, c), [key]);
    raise(TypeError, `type '${c.name}' is not subscriptable`);
  }
  raise(TypeError, `'${typeOf(c).name}' object is not subscriptable`);
}

/** setItem: container[key] = value (value undefined: del container[key]). */
export function setItem(c: PyValue, key: PyValue, value: PyValue | undefined): void {
  const name = value === undefined ? '__delitem__' : '__setitem__';
  const f = typeOf(c).lookup(name);
  if (f === undefined) {
    // A class defining only one of __setitem__/__delitem__ has CPython's assignment slot, which
    // fails to find the other method: AttributeError, not TypeError.
    const t = typeOf(c);
    if (t.heapType && t.lookup(value === undefined ? '__setitem__' : '__delitem__') !== undefined) raise(AttributeError, name);
    if (value === undefined) raise(TypeError, `'${typeOf(c).name}' object doesn't support item deletion`);
    raise(TypeError, `'${typeOf(c).name}' object does not support item assignment`);
  }
  callBound(f, c, value === undefined ? [key] : [key, value]);
}

/** contains: item in container. */
export function contains(c: PyValue, item: PyValue): boolean {
  const f = typeOf(c).lookup('__contains__');
  if (f !== undefined) return truthy(callBound(f, c, [item]));
  const it = getIterOpt(c);
  if (it === undefined) raise(TypeError, `argument of type '${typeOf(c).name}' is not iterable`);
  for (let v = iterNext(it), n = 1; v !== undefined; v = iterNext(it), n++) {
    if ((n & 63) === 0) workItems(WORK_BLOCK);
    if (eqValues(v, item)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Iteration

/** getIter: iter(v). */
export function getIter(v: PyValue): PyValue {
  const it = getIterOpt(v);
  if (it === undefined) raise(TypeError, `'${typeOf(v).name}' object is not iterable`);
  return it;
}

/** getIterOpt: iter(v), or undefined if v is not iterable. */
export function getIterOpt(v: PyValue): PyValue | undefined {
  const t = typeOf(v);
  const f = t.lookup('__iter__');
  if (f !== undefined) {
    if (f === None) return undefined;
    const it = callBound(f, v, []);
    if (!(it instanceof NativeIterator) && typeOf(it).lookup('__next__') === undefined) {
      raise(TypeError, `iter() returned non-iterator of type '${typeOf(it).name}'`);
    }
    return it;
  }
  if (t.lookup('__getitem__') !== undefined) return makeSequenceIterator(v);
  return undefined;
}

/** makeSequenceIterator: set by the iterator types module (iterating through __getitem__). */
export let makeSequenceIterator: (v: PyValue) => PyValue = () => raise(TypeError, 'sequence iteration is not available');
export function setSequenceIteratorFactory(f: (v: PyValue) => PyValue): void {
  makeSequenceIterator = f;
}

/** iterNext: next(it), or undefined when it is exhausted (StopIteration is consumed). */
export function iterNext(it: PyValue): PyValue | undefined {
  if (it instanceof NativeIterator) return it.next();
  const f = typeOf(it).lookup('__next__');
  if (f === undefined) raise(TypeError, `'${typeOf(it).name}' object is not an iterator`);
  try {
    return callBound(f, it, []);
  } catch (e) {
    if (e instanceof PyException && isInstance(e, StopIteration)) return undefined;
    throw e;
  }
}

/** toArray: the items of an iterable, as a fresh JS array. */
export function toArray(v: PyValue): PyValue[] {
  if ((v instanceof PyList || v instanceof PyTuple) && !v.cls.heapType) {
    workItems(v.items.length);
    return v.items.slice();
  }
  const it = getIter(v);
  checkLengthHint(v);
  return collect(it);
}

/** collect: every item of an iterator, in a new array. */
export function collect(it: PyValue): PyValue[] {
  const out: PyValue[] = [];
  // The array being filled is a root of the heap until it belongs to an object, and its slots
  // are reserved as it grows, so that a huge iterable meets the heap limit (or MemoryError)
  // long before the host runs out of memory.
  const roots = activeMeter().tempRoots;
  roots.push(out);
  try {
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
      const n = out.push(x);
      // Each block of items gathered is charged as work (iterating natively can take long).
      if ((n & 63) === 0) workItems(WORK_BLOCK);
      if ((n & 4095) === 0) {
        reserve(SIZE.SLOT * out.length);
        if (out.length >= MAX_SEQUENCE_ITEMS) tooManyItems();
      }
    }
  } finally {
    roots.pop();
  }
  return out;
}


// ---------------------------------------------------------------------------------------------
// Text

/** repr: repr(v) as a JS string. */
export function repr(v: PyValue): string {
  const f = typeOf(v).lookup('__repr__');
  const r = f === undefined ? `<${typeOf(v).name} object>` : callBound(f, v, []);
  if (typeof r !== 'string') return textResult(r, `__repr__ returned non-string (type ${typeOf(r).name})`);
  return r;
}

/** str: str(v) as a JS string. */
export function str(v: PyValue): string {
  if (typeof v === 'string') return v;
  const f = typeOf(v).lookup('__str__');
  if (f === undefined) return repr(v);
  const r = callBound(f, v, []);
  if (typeof r !== 'string') return textResult(r, `__str__ returned non-string (type ${typeOf(r).name})`);
  return r;
}

/** format: format(v, spec). */
export function format(v: PyValue, spec: string): string {
  if (typeof v === 'string' && spec === '') return v;
  const f = typeOf(v).lookup('__format__');
  if (f === undefined) raise(TypeError, `Type ${typeOf(v).name} doesn't define __format__`);
  const r = callBound(f, v, [spec]);
  if (typeof r !== 'string') return textResult(r, `__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}

/** textResult: the text of a str-subclass instance returned by __repr__/__str__/__format__, or TypeError. */
function textResult(r: PyValue, message: string): string {
  const text = strValue(r);
  if (text === undefined) raise(TypeError, message);
  return text;
}

