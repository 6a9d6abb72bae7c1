// The attributes and reprs of the callable and code-related types: function, method,
// builtin_function_or_method and the builtin method descriptors, cell, code and module. Follows
// CPython 3.11's Objects/funcobject.c, classobject.c (method_getattro), methodobject.c,
// descrobject.c, cellobject.c, codeobject.c and moduleobject.c (module_getattro: PEP 562).

import type { PyValue } from './object.js';
import { PyType, typeOf, typeName, isInstance, setTypeAttr, lazyDictNatives } from './type.js';
import { None, NotImplemented } from './singletons.js';
import { PyBuiltinFunction, defineMethods, defineStaticMethods } from './builtin-function.js';
import { PyFunction, PyMethod, PyCell } from './function.js';
import { functionType, methodType, cellType, codeType, moduleType, builtinFunctionType, methodDescriptorType, wrapperDescriptorType, classMethodDescriptorType } from './types.js';
import { PyCode } from './code.js';
import { PyModule } from './module.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyDict } from './dict.js';
import { newList } from './list.js';
import { defineGetSets, defineMembers } from './descriptor.js';
import { raise, pyError, TypeError, ValueError, AttributeError } from './exception.js';
import { call, descrGet, genericGetAttr, getAttr, getAttrOpt, eqValues, hashValue, truthy, repr } from './protocol.js';
import { ArgSpec } from '../builtins/args.js';
import { checkNewArgs } from './type-type.js';
import { setExceptionField } from './exception-methods.js';
import { addressOf, identityHash } from './id.js';
import { currentVM } from '../vm/current.js';
import { charge, SIZE } from '../vm/meter.js';

lazyDictNatives.add(functionType);

/** isCallable: callable(v). */
export function isCallable(v: PyValue): boolean {
  if (typeof v !== 'object') return false;
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyMethod || v instanceof PyType) return true;
  return v.cls.lookup('__call__') !== undefined;
}

/** xorHash: a ^ b for two hashes (ints of up to 64 bits), as a Python int; -1 becomes -2. */
function xorHash(a: number | bigint, b: number | bigint): number | bigint {
  const r = BigInt.asIntN(64, BigInt(a) ^ BigInt(b));
  const n = r >= BigInt(Number.MIN_SAFE_INTEGER) && r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
  return n === -1 ? -2 : n;
}

// ---------------------------------------------------------------------------------------------
// function

function asFunction(v: PyValue): PyFunction {
  if (!(v instanceof PyFunction)) raise(TypeError, `descriptor for 'function' objects doesn't apply to a '${typeName(v)}' object`);
  return v;
}

/** functionRepr: `<function C.m at 0x...>`. */
export function functionRepr(f: PyFunction): string {
  return `<function ${f.qualname} at ${addressOf(f)}>`;
}

let FUNCTION_NEW: ArgSpec | undefined;

defineStaticMethods(functionType, {
  __new__: (args, kwnames) => {
    checkNewArgs(functionType, args, kwnames);
    const [code, globals, name, argdefs, closure] = (FUNCTION_NEW ??= new ArgSpec('function', 'code, globals, name=, argdefs=, closure=')).unpack(args, kwnames, 1);
    if (!(code instanceof PyCode)) raise(TypeError, `function() argument 'code' must be code, not ${typeName(code!)}`);
    if (!(globals instanceof PyDict)) raise(TypeError, `function() argument 'globals' must be dict, not ${typeName(globals!)}`);
    if (name !== undefined && name !== None && typeof name !== 'string') raise(TypeError, 'arg 3 (name) must be None or string');
    if (argdefs !== undefined && argdefs !== None && !(argdefs instanceof PyTuple)) raise(TypeError, 'arg 4 (defaults) must be None or tuple');
    const nfree = code.freevars.length;
    if (nfree > 0 && !(closure instanceof PyTuple)) raise(TypeError, 'arg 5 (closure) must be tuple');
    if (closure !== undefined && closure !== None && !(closure instanceof PyTuple)) raise(TypeError, 'arg 5 (closure) must be None or tuple');
    const cells = closure instanceof PyTuple ? closure : null;
    if ((cells?.items.length ?? 0) !== nfree) {
      raise(ValueError, `${code.name} requires closure of length ${nfree}, not ${cells?.items.length ?? 0}`);
    }
    for (const c of cells?.items ?? []) if (!(c instanceof PyCell)) raise(TypeError, `arg 5 (closure) expected cell, found ${typeName(c)}`);
    const b = globals.getStr('__builtins__');
    const vmBuiltins = (currentVM() as { builtins?: PyDict } | null)?.builtins ?? new PyDict();
    const builtins = b instanceof PyDict ? b : b instanceof PyModule ? b.dict : vmBuiltins;
    const f = new PyFunction(code, globals, builtins, argdefs instanceof PyTuple ? argdefs.items.slice() : null, null, cells);
    if (typeof name === 'string') f.name = name;
    f.module = globals.getStr('__name__') ?? None;
    return f;
  },
});

defineMethods(functionType, {
  __repr__: (args) => functionRepr(asFunction(args[0]!)),
  __call__: (args, kwnames) => call(asFunction(args[0]!), args.slice(1), kwnames),
  __get__: (args) => {
    const f = asFunction(args[0]!);
    const obj = args[1] ?? None;
    return obj === None ? f : new PyMethod(f, obj);
  },
});

defineGetSets(functionType, {
  __name__: {
    get: (f) => (f as PyFunction).name,
    set: (f, v) => {
      if (typeof v !== 'string') raise(TypeError, '__name__ must be set to a string object');
      (f as PyFunction).name = v;
    },
  },
  __qualname__: {
    get: (f) => (f as PyFunction).qualname,
    set: (f, v) => {
      if (typeof v !== 'string') raise(TypeError, '__qualname__ must be set to a string object');
      (f as PyFunction).qualname = v;
    },
  },
  __doc__: {
    get: (f) => (f as PyFunction).doc,
    set: (f, v) => {
      (f as PyFunction).doc = v ?? None;
    },
  },
  __module__: {
    get: (f) => (f as PyFunction).module,
    set: (f, v) => {
      (f as PyFunction).module = v ?? None;
    },
  },
  __defaults__: {
    get: (f) => {
      const d = (f as PyFunction).defaults;
      return d === null || d.length === 0 ? None : newTuple(d.slice());
    },
    set: (f, v) => {
      if (v === undefined || v === None) (f as PyFunction).defaults = null;
      else if (v instanceof PyTuple) (f as PyFunction).defaults = v.items.slice();
      else raise(TypeError, '__defaults__ must be set to a tuple object');
    },
  },
  __kwdefaults__: {
    get: (f) => {
      const d = (f as PyFunction).kwdefaults;
      return d === null || d.size === 0 ? None : d;
    },
    set: (f, v) => {
      if (v === undefined || v === None) (f as PyFunction).kwdefaults = null;
      else if (v instanceof PyDict) (f as PyFunction).kwdefaults = v;
      else raise(TypeError, '__kwdefaults__ must be set to a dict object');
    },
  },
  __annotations__: {
    get: (f) => ((f as PyFunction).annotations ??= new PyDict()),
    set: (f, v) => {
      if (v === undefined || v === None) (f as PyFunction).annotations = null;
      else if (v instanceof PyDict) (f as PyFunction).annotations = v;
      else raise(TypeError, '__annotations__ must be set to a dict object');
    },
  },
  __code__: {
    get: (f) => (f as PyFunction).code,
    set: (f, v) => {
      const fn = f as PyFunction;
      if (!(v instanceof PyCode)) raise(TypeError, '__code__ must be set to a code object');
      const nclosure = fn.closure === null ? 0 : fn.closure.items.length;
      if (v.freevars.length !== nclosure) {
        raise(ValueError, `${fn.name}() requires a code object with ${nclosure} free vars, not ${v.freevars.length}`);
      }
      (fn as { code: PyCode }).code = v;
    },
  },
  __dict__: {
    get: (f) => ((f as PyFunction).dict ??= new PyDict()),
    set: (f, v) => {
      if (v === undefined) raise(TypeError, 'cannot delete __dict__');
      if (!(v instanceof PyDict)) raise(TypeError, `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
      (f as PyFunction).dict = v;
    },
  },
});

defineMembers(functionType, {
  __globals__: (f) => (f as PyFunction).globals,
  __builtins__: (f) => (f as PyFunction).builtins,
  __closure__: (f) => (f as PyFunction).closure ?? None,
});

// ---------------------------------------------------------------------------------------------
// method (a function bound to an object)

function asMethod(v: PyValue): PyMethod {
  if (!(v instanceof PyMethod)) raise(TypeError, `descriptor for 'method' objects doesn't apply to a '${typeName(v)}' object`);
  return v;
}

defineStaticMethods(methodType, {
  __new__: (args, kwnames) => {
    checkNewArgs(methodType, args, kwnames);
    const spec = new ArgSpec('method', 'function, instance, /');
    const [func, self] = spec.unpack(args, kwnames, 1);
    if (!isCallable(func!)) raise(TypeError, 'first argument must be callable');
    if (self === None) raise(TypeError, 'instance must not be None');
    return new PyMethod(func!, self!);
  },
});

defineMethods(methodType, {
  __repr__: (args) => {
    const m = asMethod(args[0]!);
    let name = getAttrOpt(m.func, '__qualname__');
    if (name === undefined) name = getAttrOpt(m.func, '__name__');
    return `<bound method ${typeof name === 'string' ? name : '?'} of ${repr(m.self)}>`;
  },
  __call__: (args, kwnames) => call(asMethod(args[0]!), args.slice(1), kwnames),
  __get__: (args) => asMethod(args[0]!),
  __eq__: (args) => {
    const a = asMethod(args[0]!);
    const b = args[1]!;
    if (!(b instanceof PyMethod)) return NotImplemented;
    return eqValues(a.func, b.func) && a.self === b.self;
  },
  __ne__: (args) => {
    const a = asMethod(args[0]!);
    const b = args[1]!;
    if (!(b instanceof PyMethod)) return NotImplemented;
    return !(eqValues(a.func, b.func) && a.self === b.self);
  },
  __hash__: (args) => {
    const m = asMethod(args[0]!);
    return xorHash(identityHash(m.self), hashValue(m.func));
  },
  __getattribute__: (args) => {
    const m = asMethod(args[0]!);
    const name = args[1]!;
    if (typeof name !== 'string') raise(TypeError, `attribute name must be string, not '${typeName(name)}'`);
    const d = methodType.lookup(name);
    if (d !== undefined) return descrGet(d, m, methodType);
    return getAttr(m.func, name);
  },
});

defineMembers(methodType, {
  __func__: (m) => (m as PyMethod).func,
  __self__: (m) => (m as PyMethod).self,
});
defineGetSets(methodType, {
  __doc__: { get: (m) => getAttrOpt((m as PyMethod).func, '__doc__') ?? None },
});

// ---------------------------------------------------------------------------------------------
// builtin functions, bound builtin methods and the builtin method descriptors

/** Dunder methods of builtin types that CPython defines as plain methods, not slot wrappers. */
const NON_SLOT_DUNDERS = new Set([
  '__reversed__', '__sizeof__', '__format__', '__dir__', '__reduce__', '__reduce_ex__', '__getstate__', '__setstate__',
  '__subclasshook__', '__class_getitem__', '__copy__', '__deepcopy__', '__round__', '__trunc__', '__floor__', '__ceil__',
  '__getnewargs__', '__getnewargs_ex__', '__length_hint__', '__subclasses__', '__instancecheck__', '__subclasscheck__',
  '__prepare__', '__mro_entries__', '__enter__', '__exit__', '__fspath__', '__complex__', '__bytes__', '__init_subclass__',
  '__aenter__', '__aexit__',
]);

/** isSlotWrapper: whether a dunder builtin method shows as a slot wrapper / method-wrapper in CPython. */
function isSlotWrapper(f: PyBuiltinFunction): boolean {
  return f.kind === 'method' && /^__\w+__$/.test(f.name) && !NON_SLOT_DUNDERS.has(f.name);
}

/** builtinSelf: __self__ of a builtin: the bound object, the class of static methods, else None. */
function builtinSelf(f: PyBuiltinFunction): PyValue {
  if (f.self !== undefined) return f.self;
  if (f.kind === 'staticmethod' && f.owner !== null) return f.owner;
  return None;
}

/** builtinQualname: CPython's meth_get__qualname__ / descr_get_qualname. */
function builtinQualname(f: PyBuiltinFunction): string {
  const self = builtinSelf(f);
  const unbound = f.self === undefined && f.kind !== 'staticmethod';
  if (unbound || self instanceof PyModule) return f.owner !== null && unbound ? `${f.owner.qualname}.${f.name}` : f.name;
  const t = self instanceof PyType ? self : typeOf(self);
  return `${t.qualname}.${f.name}`;
}

/** builtinRepr: the repr of any PyBuiltinFunction, by its kind. */
export function builtinRepr(f: PyBuiltinFunction): string {
  const self = builtinSelf(f);
  if (f.self === undefined && f.owner !== null && f.kind !== 'staticmethod') {
    if (f.cls === wrapperDescriptorType && isSlotWrapper(f)) return `<slot wrapper '${f.name}' of '${f.owner.name}' objects>`;
    return `<method '${f.name}' of '${f.owner.name}' objects>`;
  }
  if ((f.self === undefined && f.kind !== 'staticmethod') || self instanceof PyModule) return `<built-in function ${f.name}>`;
  if (f.self !== undefined && isSlotWrapper(f)) return `<method-wrapper '${f.name}' of ${typeName(self)} object at ${addressOf(self)}>`;
  return `<built-in method ${f.name} of ${typeName(self)} object at ${addressOf(self)}>`;
}

function asBuiltin(v: PyValue): PyBuiltinFunction {
  if (!(v instanceof PyBuiltinFunction)) raise(TypeError, `descriptor for 'builtin_function_or_method' objects doesn't apply to a '${typeName(v)}' object`);
  return v;
}

for (const t of [builtinFunctionType, methodDescriptorType, wrapperDescriptorType, classMethodDescriptorType]) {
  defineMethods(t, {
    __repr__: (args) => builtinRepr(asBuiltin(args[0]!)),
    __call__: (args, kwnames) => call(asBuiltin(args[0]!), args.slice(1), kwnames),
  });
  defineGetSets(t, {
    __name__: { get: (f) => (f as PyBuiltinFunction).name },
    __qualname__: { get: (f) => builtinQualname(f as PyBuiltinFunction) },
    __doc__: { get: (f) => (f as PyBuiltinFunction).doc ?? None },
    __text_signature__: { get: () => None },
  });
}

defineMethods(builtinFunctionType, {
  __eq__: (args) => {
    const a = asBuiltin(args[0]!);
    const b = args[1]!;
    if (!(b instanceof PyBuiltinFunction)) return NotImplemented;
    return a.fn === b.fn && a.self === b.self;
  },
  __ne__: (args) => {
    const a = asBuiltin(args[0]!);
    const b = args[1]!;
    if (!(b instanceof PyBuiltinFunction)) return NotImplemented;
    return !(a.fn === b.fn && a.self === b.self);
  },
  __hash__: (args) => {
    const f = asBuiltin(args[0]!);
    return f.self === undefined ? identityHash(f) : xorHash(identityHash(f.self), identityHash(f.owner ?? f));
  },
});

defineGetSets(builtinFunctionType, {
  __self__: { get: (f) => builtinSelf(f as PyBuiltinFunction) },
  __module__: {
    get: (f) => {
      const b = f as PyBuiltinFunction;
      return b.self === undefined && b.owner === null ? 'builtins' : None;
    },
  },
});

for (const t of [methodDescriptorType, wrapperDescriptorType, classMethodDescriptorType]) {
  defineGetSets(t, {
    __objclass__: { get: (f) => (f as PyBuiltinFunction).owner ?? None },
  });
}

defineMethods(methodDescriptorType, {
  __get__: (args) => descriptorGet(asBuiltin(args[0]!), args[1] ?? None),
});
defineMethods(wrapperDescriptorType, {
  __get__: (args) => descriptorGet(asBuiltin(args[0]!), args[1] ?? None),
});
defineMethods(classMethodDescriptorType, {
  __get__: (args) => {
    const f = asBuiltin(args[0]!);
    const obj = args[1] ?? None;
    let type = args[2] ?? None;
    if (type === None) {
      if (obj === None) raise(TypeError, `descriptor '${f.name}' for type '${f.owner!.name}' needs either an object or a type`);
      type = typeOf(obj);
    }
    if (!(type instanceof PyType)) {
      raise(TypeError, `descriptor '${f.name}' for type '${f.owner!.name}' needs a type, not a '${typeName(type)}' as arg 2`);
    }
    if (!type.isSubtypeOf(f.owner!)) {
      raise(TypeError, `descriptor '${f.name}' requires a subtype of '${f.owner!.name}' but received '${type.name}'`);
    }
    return f.bind(type);
  },
});

/** descriptorGet: method_descriptor.__get__(obj): the method bound to obj after CPython's descr_check. */
function descriptorGet(f: PyBuiltinFunction, obj: PyValue): PyValue {
  if (obj === None || f.self !== undefined || f.owner === null) return f;
  if (!isInstance(obj, f.owner)) {
    raise(TypeError, `descriptor '${f.name}' for '${f.owner.name}' objects doesn't apply to a '${typeName(obj)}' object`);
  }
  return f.bind(obj);
}

// ---------------------------------------------------------------------------------------------
// cell

defineStaticMethods(cellType, {
  __new__: (args, kwnames) => {
    checkNewArgs(cellType, args, kwnames);
    const [v] = new ArgSpec('cell', 'contents=, /').unpack(args, kwnames, 1);
    charge(SIZE.OBJECT + SIZE.SLOT);
    return new PyCell(v);
  },
});

defineMethods(cellType, {
  __repr__: (args) => {
    const c = args[0] as PyCell;
    if (c.value === undefined) return `<cell at ${addressOf(c)}: empty>`;
    return `<cell at ${addressOf(c)}: ${typeName(c.value)} object at ${addressOf(c.value)}>`;
  },
  __eq__: (args) => {
    const [a, b] = [args[0] as PyCell, args[1]!];
    if (!(b instanceof PyCell)) return NotImplemented;
    if (a.value === undefined || b.value === undefined) return a.value === b.value;
    return eqValues(a.value, b.value);
  },
});
defineGetSets(cellType, {
  cell_contents: {
    get: (c) => {
      const v = (c as PyCell).value;
      if (v === undefined) raise(ValueError, 'Cell is empty');
      return v;
    },
    set: (c, v) => {
      (c as PyCell).value = v;
    },
  },
});
setTypeAttr(cellType, '__hash__', None);

// ---------------------------------------------------------------------------------------------
// code

defineMethods(codeType, {
  __repr__: (args) => {
    const c = args[0] as PyCode;
    return `<code object ${c.name} at ${addressOf(c)}, file "${c.filename}", line ${c.firstlineno}>`;
  },
});

const tupleOfStrings = (xs: readonly string[]): PyTuple => newTuple(xs.slice());

defineMembers(codeType, {
  co_name: (c) => (c as PyCode).name,
  co_qualname: (c) => (c as PyCode).qualname,
  co_filename: (c) => (c as PyCode).filename,
  co_firstlineno: (c) => (c as PyCode).firstlineno,
  co_argcount: (c) => (c as PyCode).argcount,
  co_posonlyargcount: (c) => (c as PyCode).posonlyargcount,
  co_kwonlyargcount: (c) => (c as PyCode).kwonlyargcount,
  co_flags: (c) => (c as PyCode).flags,
  co_nlocals: (c) => (c as PyCode).varnames.length,
  co_stacksize: (c) => (c as PyCode).stacksize,
  co_names: (c) => tupleOfStrings((c as PyCode).names),
  co_consts: (c) => newTuple((c as PyCode).consts.slice()),
});
defineGetSets(codeType, {
  co_varnames: { get: (c) => tupleOfStrings((c as PyCode).varnames) },
  co_cellvars: { get: (c) => tupleOfStrings((c as PyCode).cellvars) },
  co_freevars: { get: (c) => tupleOfStrings((c as PyCode).freevars) },
});

// ---------------------------------------------------------------------------------------------
// module

let MODULE_INIT: ArgSpec | undefined;

defineStaticMethods(moduleType, {
  __new__: (args, kwnames) => {
    const cls = checkNewArgs(moduleType, args, kwnames);
    charge(SIZE.OBJECT + 2 * SIZE.SLOT);
    const m = new PyModule('?', new PyDict(), cls);
    m.dict.deleteStr('__name__');
    return m;
  },
});

/** moduleName: the module's __name__ from its dict, or null when it is not a str. */
function moduleName(m: PyModule): string | null {
  const n = m.dict.getStr('__name__');
  return typeof n === 'string' ? n : null;
}

/** moduleRepr: `<module 'm' from '/path/m.py'>`, `<module 'sys' (built-in)>` (importlib's _module_repr). */
export function moduleRepr(m: PyModule): string {
  const name = moduleName(m) ?? '?';
  const spec = m.dict.getStr('__spec__');
  if (spec !== undefined && spec !== None) {
    const origin = getAttrOpt(spec, 'origin') ?? None;
    const loader = getAttrOpt(spec, 'loader') ?? None;
    if (origin === None) return loader === None ? `<module '${name}'>` : `<module '${name}' (${repr(loader)})>`;
    const hasLocation = getAttrOpt(spec, 'has_location');
    if (hasLocation !== undefined && truthy(hasLocation)) return `<module '${name}' from '${typeof origin === 'string' ? origin : repr(origin)}'>`;
    return `<module '${name}' (${typeof origin === 'string' ? origin : repr(origin)})>`;
  }
  const file = m.dict.getStr('__file__');
  if (typeof file === 'string') return `<module '${name}' from '${file}'>`;
  const loader = m.dict.getStr('__loader__');
  if (loader !== undefined && loader !== None) return `<module '${name}' (${repr(loader)})>`;
  return `<module '${name}'>`;
}

/** moduleGetAttr: module.__getattribute__: the generic lookup, then the module's __getattr__ (PEP 562). */
export function moduleGetAttr(m: PyModule, name: string): PyValue {
  const v = genericGetAttr(m, name);
  if (v !== undefined) return v;
  const hook = m.dict.getStr('__getattr__');
  if (hook !== undefined) return call(hook, [name]);
  const mod = moduleName(m);
  let msg: string;
  if (mod === null) msg = `module has no attribute '${name}'`;
  else {
    const spec = m.dict.getStr('__spec__');
    const init = spec !== undefined && spec !== None ? getAttrOpt(spec, '_initializing') : undefined;
    msg =
      init !== undefined && truthy(init)
        ? `partially initialized module '${mod}' has no attribute '${name}' (most likely due to a circular import)`
        : `module '${mod}' has no attribute '${name}'`;
  }
  const e = pyError(AttributeError, msg);
  setExceptionField(e, 'name', name);
  setExceptionField(e, 'obj', m);
  throw e;
}

defineMethods(moduleType, {
  __init__: (args, kwnames) => {
    const m = args[0] as PyModule;
    const [name, doc] = (MODULE_INIT ??= new ArgSpec('module', 'name, doc=')).unpack(args, kwnames, 1);
    if (typeof name !== 'string') raise(TypeError, `module() argument 'name' must be str, not ${typeName(name!)}`);
    m.dict.setStr('__name__', name);
    m.dict.setStr('__doc__', doc ?? None);
    m.dict.setStr('__package__', None);
    m.dict.setStr('__loader__', None);
    m.dict.setStr('__spec__', None);
    return None;
  },
  __repr__: (args) => moduleRepr(args[0] as PyModule),
  __getattribute__: (args) => {
    if (args.length !== 2) raise(TypeError, `expected 1 argument, got ${args.length - 1}`);
    const name = args[1]!;
    if (typeof name !== 'string') raise(TypeError, `attribute name must be string, not '${typeName(name)}'`);
    return moduleGetAttr(args[0] as PyModule, name);
  },
  __dir__: (args) => {
    const m = args[0] as PyModule;
    const d = getAttr(m, '__dict__');
    if (!(d instanceof PyDict)) raise(TypeError, `<module>.__dict__ is not a dictionary`);
    const dirFn = d.getStr('__dir__');
    if (dirFn !== undefined) return call(dirFn, []);
    return newList([...d.entries()].map((e) => e.key));
  },
});

defineGetSets(moduleType, {
  __dict__: {
    get: (m) => (m as PyModule).dict,
    set: () => raise(AttributeError, 'readonly attribute'),
  },
  __annotations__: {
    get: (m) => {
      const d = (m as PyModule).dict;
      const a = d.getStr('__annotations__');
      if (a !== undefined) return a;
      const fresh = new PyDict();
      d.setStr('__annotations__', fresh);
      return fresh;
    },
    set: (m, v) => {
      const d = (m as PyModule).dict;
      if (v === undefined) {
        if (!d.deleteStr('__annotations__')) raise(AttributeError, '__annotations__');
      } else d.setStr('__annotations__', v);
    },
  },
});


