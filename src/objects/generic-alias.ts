// types.GenericAlias (`list[int]`) and types.UnionType (`int | None`), which annotations evaluated
// at definition time need, as CPython 3.11's Objects/genericaliasobject.c and unionobject.c.
// Type-variable substitution (`list[T][int]`) is the plain positional one; typing's own checks on
// the substituted arguments are not made.

import { PyObject, type PyValue } from './object.js';
import { PyType, typeName, typeType, makeBuiltinType, setTypeAttr } from './type.js';
import { listType, tupleType, dictType, noneType } from './types.js';
import { None, NotImplemented, Ellipsis } from './singletons.js';
import { PyBuiltinFunction, defineMethods, defineStaticMethods } from './builtin-function.js';
import { defineMembers } from './descriptor.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyException, raise, TypeError, AttributeError, EXCEPTION_TYPES } from './exception.js';
import { call, eqValues, genericGetAttr, getAttr, getAttrOpt, hashValue, repr, setAttr, attributeError, str } from './protocol.js';
import { checkNewArgs } from './type-type.js';
import { identityHash } from './id.js';
import { charge, SIZE } from '../vm/meter.js';

/** genericAliasType: `types.GenericAlias`. */
export const genericAliasType = makeBuiltinType('GenericAlias', undefined, { module: 'types' });
/** unionType: `types.UnionType`. */
export const unionType = makeBuiltinType('UnionType', undefined, { module: 'types' });

/** PyGenericAlias: origin[args]. */
export class PyGenericAlias extends PyObject {
  private params: PyValue[] | null = null;
  constructor(
    readonly origin: PyValue,
    readonly args: PyValue[],
    cls: PyType = genericAliasType,
  ) {
    super(cls);
    charge(SIZE.OBJECT + 3 * SIZE.SLOT);
  }

  /** parameters: the type variables among the arguments (__parameters__), computed once. */
  get parameters(): PyValue[] {
    return (this.params ??= makeParameters(this.args));
  }
}

/** PyUnion: X | Y; `args` are deduplicated and flattened, None stored as NoneType. */
export class PyUnion extends PyObject {
  private params: PyValue[] | null = null;
  constructor(readonly args: PyValue[]) {
    super(unionType);
    charge(SIZE.OBJECT + 2 * SIZE.SLOT);
  }

  get parameters(): PyValue[] {
    return (this.params ??= makeParameters(this.args));
  }
}

/** newGenericAlias: origin[args] (a non-tuple argument is one argument). */
export function newGenericAlias(origin: PyValue, args: PyValue): PyGenericAlias {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args.items.slice() : [args]);
}

/** makeParameters: the type variables of args, in order, without repeats (_Py_make_parameters). */
function makeParameters(args: readonly PyValue[]): PyValue[] {
  const out: PyValue[] = [];
  const add = (p: PyValue): void => {
    if (!out.includes(p)) out.push(p);
  };
  for (const a of args) {
    if (a instanceof PyType) continue;
    if (getAttrOpt(a, '__typing_subst__') !== undefined) {
      add(a);
      continue;
    }
    const sub = a instanceof PyGenericAlias || a instanceof PyUnion ? newTuple(a.parameters) : getAttrOpt(a, '__parameters__');
    if (sub instanceof PyTuple) for (const p of sub.items) add(p);
  }
  return out;
}

/** reprItem: how an argument shows in a GenericAlias or union repr (ga_repr_item). */
function reprItem(p: PyValue): string {
  if (p === Ellipsis) return '...';
  if (p instanceof PyGenericAlias || p instanceof PyUnion) return repr(p);
  if (!(p instanceof PyType) && getAttrOpt(p, '__origin__') !== undefined && getAttrOpt(p, '__args__') !== undefined) return repr(p);
  const qualname = getAttrOpt(p, '__qualname__');
  if (qualname === undefined) return repr(p);
  const module = getAttrOpt(p, '__module__');
  if (module === undefined || module === None) return repr(p);
  if (module === 'builtins') return str(qualname);
  return `${str(module)}.${str(qualname)}`;
}

/** substitute: alias[items] for an alias with type variables (a simplified _Py_subs_parameters). */
function substitute(self: PyValue, args: readonly PyValue[], params: readonly PyValue[], item: PyValue): PyValue[] {
  if (params.length === 0) raise(TypeError, `${repr(self)} is not a generic class`);
  const items = item instanceof PyTuple ? item.items : [item];
  if (items.length !== params.length) {
    raise(TypeError, `Too ${items.length > params.length ? 'many' : 'few'} arguments for ${repr(self)}; actual ${items.length}, expected ${params.length}`);
  }
  return args.map((a) => {
    const i = params.indexOf(a);
    if (i >= 0) return items[i]!;
    const sub = a instanceof PyGenericAlias || a instanceof PyUnion ? a.parameters : [];
    if (sub.length === 0) return a;
    return call(getAttr(a, '__getitem__'), [newTuple(sub.map((p) => items[params.indexOf(p)]!))]);
  });
}

// ---------------------------------------------------------------------------------------------
// GenericAlias

/** Attributes a GenericAlias answers itself; every other one comes from its origin (ga_getattro). */
const GA_OWN = new Set([
  '__class__',
  '__origin__',
  '__args__',
  '__unpacked__',
  '__parameters__',
  '__typing_unpacked_tuple_args__',
  '__mro_entries__',
  '__reduce_ex__',
  '__reduce__',
  '__copy__',
  '__deepcopy__',
]);

const asGA = (v: PyValue): PyGenericAlias => {
  if (!(v instanceof PyGenericAlias)) raise(TypeError, `descriptor requires a 'types.GenericAlias' object but received a '${typeName(v)}'`);
  return v;
};

defineStaticMethods(genericAliasType, {
  __new__: (args, kwnames) => {
    const cls = checkNewArgs(genericAliasType, args, kwnames);
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, 'GenericAlias() takes no keyword arguments');
    if (args.length !== 3) raise(TypeError, `GenericAlias expected 2 arguments, got ${args.length - 1}`);
    const a = args[2]!;
    return new PyGenericAlias(args[1]!, a instanceof PyTuple ? a.items.slice() : [a], cls);
  },
});

defineMethods(genericAliasType, {
  __repr__: (args) => {
    const ga = asGA(args[0]!);
    const inner = ga.args.length === 0 ? '()' : ga.args.map(reprItem).join(', ');
    return `${reprItem(ga.origin)}[${inner}]`;
  },
  __call__: (args, kwnames) => {
    const ga = asGA(args[0]!);
    const obj = call(ga.origin, args.slice(1), kwnames);
    try {
      setAttr(obj, '__orig_class__', ga);
    } catch (e) {
      if (!(e instanceof PyException && (isInstanceOf(e, AttributeError) || isInstanceOf(e, TypeError)))) throw e;
    }
    return obj;
  },
  __mro_entries__: (args) => newTuple([asGA(args[0]!).origin]),
  __getattribute__: (args) => {
    const ga = asGA(args[0]!);
    const name = args[1]!;
    if (typeof name !== 'string') raise(TypeError, `attribute name must be string, not '${typeName(name)}'`);
    if (!GA_OWN.has(name)) return getAttr(ga.origin, name);
    const v = genericGetAttr(ga, name);
    if (v === undefined) throw attributeError(ga, name);
    return v;
  },
  __getitem__: (args) => {
    const ga = asGA(args[0]!);
    return new PyGenericAlias(ga.origin, substitute(ga, ga.args, ga.parameters, args[1]!));
  },
  __eq__: (args) => {
    const [a, b] = [asGA(args[0]!), args[1]!];
    if (!(b instanceof PyGenericAlias)) return NotImplemented;
    return eqValues(a.origin, b.origin) && a.args.length === b.args.length && a.args.every((x, i) => eqValues(x, b.args[i]!));
  },
  __ne__: (args) => {
    const [a, b] = [asGA(args[0]!), args[1]!];
    if (!(b instanceof PyGenericAlias)) return NotImplemented;
    return !(eqValues(a.origin, b.origin) && a.args.length === b.args.length && a.args.every((x, i) => eqValues(x, b.args[i]!)));
  },
  __hash__: (args) => {
    const ga = asGA(args[0]!);
    return xorHash(hashValue(ga.origin), hashValue(newTuple(ga.args.slice())));
  },
  __or__: (args) => unionOr(args[0]!, args[1]!),
  __ror__: (args) => unionOr(args[1]!, args[0]!),
  __instancecheck__: () => raise(TypeError, 'isinstance() argument 2 cannot be a parameterized generic'),
  __subclasscheck__: () => raise(TypeError, 'issubclass() argument 2 cannot be a parameterized generic'),
  __reduce__: (args) => {
    const ga = asGA(args[0]!);
    return newTuple([genericAliasType, newTuple([ga.origin, newTuple(ga.args.slice())])]);
  },
});

defineMembers(genericAliasType, {
  __origin__: (v) => asGA(v).origin,
  __args__: (v) => newTuple(asGA(v).args.slice()),
  __parameters__: (v) => newTuple(asGA(v).parameters.slice()),
});

function isInstanceOf(e: PyException, t: PyType): boolean {
  return e.cls.isSubtypeOf(t);
}

function xorHash(a: number | bigint, b: number | bigint): number | bigint {
  const r = BigInt.asIntN(64, BigInt(a) ^ BigInt(b));
  const n = r >= BigInt(Number.MIN_SAFE_INTEGER) && r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
  return n === -1 ? -2 : n;
}

/** classGetItem: the __class_getitem__ of builtin generic classes: cls[args] -> GenericAlias. */
function classGetItem(args: PyValue[]): PyValue {
  if (args.length !== 2) raise(TypeError, `__class_getitem__() takes exactly one argument (${args.length - 1} given)`);
  return newGenericAlias(args[0]!, args[1]!);
}

/**
 * defineClassGetItem: makes `t[...]` a types.GenericAlias, as CPython's builtin generic classes
 * (list, dict, tuple, set, frozenset, enumerate, type, BaseExceptionGroup ...) do.
 */
export function defineClassGetItem(t: PyType): void {
  setTypeAttr(t, '__class_getitem__', new PyBuiltinFunction('__class_getitem__', classGetItem, 'classmethod', t, undefined, null));
}

// set, frozenset and enumerate are made in files that may load after this one: src/vm/setup.ts
// gives them theirs, and makes `type[int]` (type has no __class_getitem__: subscription special-cases it).
for (const t of [listType, tupleType, dictType, EXCEPTION_TYPES.get('BaseExceptionGroup')!]) defineClassGetItem(t);

// ---------------------------------------------------------------------------------------------
// UnionType

const isUnionable = (v: PyValue): boolean => v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion;

/** unionOr: a | b for types, None, aliases and unions (_Py_union_type_or); NotImplemented otherwise. */
export function unionOr(a: PyValue, b: PyValue): PyValue {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  return makeUnion([a, b]);
}

/** makeUnion: the union of args, flattened and deduplicated; a single member is returned alone. */
function makeUnion(args: readonly PyValue[]): PyValue {
  const flat: PyValue[] = [];
  for (const a of args) {
    if (a instanceof PyUnion) flat.push(...a.args);
    else flat.push(a === None ? noneType : a);
  }
  const out: PyValue[] = [];
  for (const a of flat) {
    const dup = out.some((b) => (a instanceof PyGenericAlias && b instanceof PyGenericAlias ? eqValues(a, b) : a === b));
    if (!dup) out.push(a);
  }
  return out.length === 1 ? out[0]! : new PyUnion(out);
}

const asUnion = (v: PyValue): PyUnion => {
  if (!(v instanceof PyUnion)) raise(TypeError, `descriptor requires a 'types.UnionType' object but received a '${typeName(v)}'`);
  return v;
};

function unionEq(a: PyUnion, b: PyUnion): boolean {
  const has = (xs: PyValue[], x: PyValue): boolean => xs.some((y) => y === x || eqValues(y, x));
  return a.args.every((x) => has(b.args, x)) && b.args.every((x) => has(a.args, x));
}

defineMethods(unionType, {
  __repr__: (args) =>
    asUnion(args[0]!)
      .args.map((p) => (p === noneType ? 'None' : reprItem(p)))
      .join(' | '),
  __or__: (args) => unionOr(args[0]!, args[1]!),
  __ror__: (args) => unionOr(args[1]!, args[0]!),
  __eq__: (args) => (args[1] instanceof PyUnion ? unionEq(asUnion(args[0]!), args[1]) : NotImplemented),
  __ne__: (args) => (args[1] instanceof PyUnion ? !unionEq(asUnion(args[0]!), args[1]) : NotImplemented),
  __hash__: (args) => {
    let h = 0;
    for (const a of asUnion(args[0]!).args) h = (h ^ Number(BigInt.asIntN(32, BigInt(a instanceof PyType ? identityHash(a) : hashValue(a))))) | 0;
    return h === -1 ? -2 : h;
  },
  __getitem__: (args) => {
    const u = asUnion(args[0]!);
    return makeUnion(substitute(u, u.args, u.parameters, args[1]!).map((a) => (a === None ? noneType : a)));
  },
});

defineMembers(unionType, {
  __args__: (v) => newTuple(asUnion(v).args.slice()),
  __parameters__: (v) => newTuple(asUnion(v).parameters.slice()),
});

// `int | str`, `None | int`: type.__or__ / __ror__ (and NoneType's, which CPython gives None).
defineMethods(typeType, {
  __or__: (args) => unionOr(args[0]!, args[1]!),
  __ror__: (args) => unionOr(args[1]!, args[0]!),
});
