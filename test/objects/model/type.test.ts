// Class creation and the attributes of `type` (src/objects/type-type.ts) against python3.

import { beforeAll, describe, expect, it } from 'vitest';
import { installVM, makeClass, caught, oracle, PY_ERR, pyfunc, classBody, fn, GLOBALS } from './helpers.js';
import type { PyValue } from '../../../src/objects/object.js';
import { PyType, typeType, objectType, intType, boolType } from '../../../src/objects/type.js';
import { call, getAttr, setAttr, repr, getItem, callMethod, lenOf } from '../../../src/objects/protocol.js';
import { PyDict, dictType } from '../../../src/objects/dict.js';
import { PyTuple, newTuple, tupleType } from '../../../src/objects/tuple.js';
import { PyList, listType } from '../../../src/objects/list.js';
import { None, NotImplemented } from '../../../src/objects/singletons.js';
import { PyCell } from '../../../src/objects/function.js';
import { PyClassMethod, PyStaticMethod, PyProperty } from '../../../src/objects/descriptor.js';
import { EXCEPTION_TYPES, PyException } from '../../../src/objects/exception.js';
import { buildClass, isinstanceFull, issubclassFull, PyMappingProxy } from '../../../src/objects/type-type.js';

let py: Record<string, string>;
const names = (t: PyType): string[] => [...t.attrs.keys()];

beforeAll(() => {
  installVM();
  py = oracle<Record<string, string>>(
    PY_ERR +
      `
class A: pass
class B(A): pass
class M(type): pass
class N(type): pass
class CM(metaclass=M): pass
class CN(metaclass=N): pass
out['conflict'] = err(lambda: type('X', (CM, CN), {}))
out['dup'] = err(lambda: type('X', (A, A), {}))
out['mro'] = err(lambda: type('X', (A, B), {}))
out['bool'] = err(lambda: type('X', (bool,), {}))
out['layout'] = err(lambda: type('X', (int, str), {}))
out['layout_exc'] = err(lambda: type('X', (OSError, ImportError), {}))
out['layout_ok'] = err(lambda: type('X', (ValueError, KeyError), {}))
out['args1'] = err(lambda: type('X', (A,)))
out['args_name'] = err(lambda: type(1, (), {}))
out['args_bases'] = err(lambda: type('X', [], {}))
out['args_dict'] = err(lambda: type('X', (), []))
out['nonbase'] = err(lambda: type('X', (1,), {}))
out['A_keys'] = list(A.__dict__)
out['B_keys'] = list(B.__dict__)
out['int_keys'] = list(type('I', (int,), {}).__dict__)
out['exc_keys'] = list(type('E', (Exception,), {}).__dict__)
out['meta_keys'] = list(type('T', (type,), {}).__dict__)
out['repr_A'] = repr(A)
out['repr_int'] = repr(int)
out['A_mro'] = [c.__name__ for c in B.__mro__]
out['B_base'] = B.__base__.__name__
out['obj_base'] = repr(object.__base__)
out['bases'] = [c.__name__ for c in type('X', (B, A), {}).__bases__] if False else 'skip'
class S: __slots__ = ('a', '__b')
out['slots_keys'] = list(S.__dict__)
out['slots_repr'] = repr(S.a)
out['slots_unset'] = err(lambda: S().a)
out['slots_noattr'] = err(lambda: setattr(S(), 'c', 1))
out['slots_conflict'] = err(lambda: type('X', (), {'__slots__': ('x',), 'x': 1}))
out['slots_dict2'] = err(lambda: type('X', (A,), {'__slots__': ('__dict__',)}))
out['slots_int'] = err(lambda: type('X', (int,), {'__slots__': ('x',)}))
out['slots_bad'] = err(lambda: type('X', (), {'__slots__': (1,)}))
out['slots_ident'] = err(lambda: type('X', (), {'__slots__': ('a b',)}))
class S2: __slots__ = ('b',)
out['slots_layout'] = err(lambda: type('X', (S, S2), {}))
out['eq_hash'] = repr(type('H', (), {'__eq__': lambda s, o: True}).__dict__['__hash__'])
out['qualname_err'] = err(lambda: type('X', (), {'__qualname__': 1}))
out['name_set'] = err(lambda: setattr(A, '__name__', 1))
out['name_set_int'] = err(lambda: setattr(int, '__name__', 'x'))
out['int_attr_set'] = err(lambda: setattr(int, 'x', 1))
out['bases_set'] = err(lambda: setattr(A, '__bases__', ()))
out['bases_cycle'] = err(lambda: setattr(A, '__bases__', (B,)))
out['annotations_int'] = err(lambda: int.__annotations__)
out['type_1_3'] = err(lambda: type('a', 'b'))
out['init_kw'] = err(lambda: type.__init__(A, 1, x=2))
out['abstract_ns'] = err(lambda: type('X', (), {'__abstractmethods__': frozenset({'f', 'g'})})())
X = type('X', (), {})
X.__abstractmethods__ = ('g', 'f')
out['abstract'] = err(lambda: X())
X.__abstractmethods__ = ('g',)
out['abstract1'] = err(lambda: X())
X.__abstractmethods__ = ()
out['abstract0'] = err(lambda: X())
out['abstract_attr'] = err(lambda: A.__abstractmethods__)
out['mp_repr'] = repr(type(A.__dict__))
out['mp_set'] = err(lambda: A.__dict__.__setitem__('x', 1))
out['mp_set2'] = err(lambda: type(A.__dict__)([1]))
out['isinst_err'] = err(lambda: isinstance(1, 1))
out['issub_err1'] = err(lambda: issubclass(1, int))
out['issub_err2'] = err(lambda: issubclass(int, 1))
out['new_not_safe'] = err(lambda: object.__new__(int))
out['new_not_type'] = err(lambda: object.__new__(1))
out['new_not_sub'] = err(lambda: int.__new__(str))
out['new_none'] = err(lambda: object.__new__())
out['noargs'] = err(lambda: A(1))
out['init_subclass_kw'] = err(lambda: type('X', (A,), {}, x=1))
`,
  );
});

describe('class creation', () => {
  it('errors for bad bases and arguments', () => {
    const A = makeClass('A');
    const B = makeClass('B', [A]);
    const M = makeClass('M', [typeType]);
    const N = makeClass('N', [typeType]);
    const CM = makeClass('CM', [], {}, M);
    const CN = makeClass('CN', [], {}, N);
    const ns = (): PyDict => new PyDict();
    expect(caught(() => call(typeType, ['X', newTuple([CM, CN]), ns()]))).toBe(py.conflict);
    expect(caught(() => call(typeType, ['X', newTuple([A, A]), ns()]))).toBe(py.dup);
    expect(caught(() => call(typeType, ['X', newTuple([A, B]), ns()]))).toBe(py.mro);
    expect(caught(() => call(typeType, ['X', newTuple([boolType]), ns()]))).toBe(py.bool);
    const E = (n: string): PyType => EXCEPTION_TYPES.get(n)!;
    expect(caught(() => call(typeType, ['X', newTuple([E('OSError'), E('ImportError')]), ns()]))).toBe(py.layout_exc);
    expect(call(typeType, ['X', newTuple([E('ValueError'), E('KeyError')]), ns()])).toBeInstanceOf(PyType);
    expect(py.layout_ok).toBe('no exception');
    expect(caught(() => call(typeType, ['X', newTuple([A])]))).toBe(py.args1);
    expect(caught(() => call(typeType, [1, newTuple([]), ns()]))).toBe(py.args_name);
    expect(caught(() => call(typeType, ['X', ns(), ns()]))).toBe(py.args_bases.replace('list', 'dict'));
    expect(caught(() => call(typeType, ['X', newTuple([]), newTuple([])]))).toBe(py.args_dict.replace('list', 'tuple'));
    expect(caught(() => call(typeType, ['X', newTuple([1]), ns()]))).toBe(py.nonbase);
    expect(caught(() => call(typeType, ['a', 'b']))).toBe(py.type_1_3);
    expect(caught(() => call(typeType, ['X', newTuple([A]), ns()], null) && makeClass('X', [A], {}, typeType, { x: 1 }))).toBe(
      py.init_subclass_kw,
    );
  });

  it('lays out the namespace as CPython', () => {
    const A = makeClass('A');
    const B = makeClass('B', [A]);
    expect(names(A)).toEqual(py.A_keys);
    expect(names(B)).toEqual(py.B_keys);
    expect(names(makeClass('I', [intType]))).toEqual(py.int_keys);
    expect(names(makeClass('E', [EXCEPTION_TYPES.get('Exception')!]))).toEqual(py.exc_keys);
    expect(names(makeClass('T', [typeType]))).toEqual(py.meta_keys);
    expect(repr(A)).toBe(py.repr_A);
    expect(repr(intType)).toBe(py.repr_int);
    expect(B.mro.map((c) => c.name)).toEqual(py.A_mro);
    expect((getAttr(B, '__base__') as PyType).name).toBe(py.B_base);
    expect(getAttr(objectType, '__base__')).toBe(None);
    expect(getAttr(A, '__name__')).toBe('A');
    expect(getAttr(A, '__qualname__')).toBe('A');
    expect(getAttr(A, '__module__')).toBe('__main__');
    expect(getAttr(A, '__doc__')).toBe(None);
    expect((getAttr(B, '__bases__') as PyTuple).items).toEqual([A]);
    expect((getAttr(B, '__mro__') as PyTuple).items).toEqual([B, A, objectType]);
  });

  it('handles __slots__', () => {
    const S = makeClass('S', [], { __slots__: newTuple(['a', '__b']) });
    expect(names(S)).toEqual(py.slots_keys);
    expect(repr(getAttr(S, 'a'))).toBe(py.slots_repr);
    const s = call(S, []);
    expect(caught(() => getAttr(s, 'a'))).toBe(py.slots_unset);
    setAttr(s, 'a', 5);
    expect(getAttr(s, 'a')).toBe(5);
    setAttr(s, '_S__b', 6);
    expect(getAttr(s, '_S__b')).toBe(6);
    expect(caught(() => setAttr(s, 'c', 1))).toBe(py.slots_noattr);
    const d = new PyDict();
    d.setStr('__slots__', newTuple(['x']));
    d.setStr('x', 1);
    expect(caught(() => call(typeType, ['X', newTuple([]), d]))).toBe(py.slots_conflict);
    const A = makeClass('A');
    expect(caught(() => makeClass('X', [A], { __slots__: newTuple(['__dict__']) }))).toBe(py.slots_dict2);
    expect(caught(() => makeClass('X', [intType], { __slots__: newTuple(['x']) }))).toBe(py.slots_int);
    expect(caught(() => makeClass('X', [], { __slots__: newTuple([1]) }))).toBe(py.slots_bad);
    expect(caught(() => makeClass('X', [], { __slots__: newTuple(['a b']) }))).toBe(py.slots_ident);
    const S2 = makeClass('S2', [], { __slots__: newTuple(['b']) });
    expect(caught(() => makeClass('X', [S, S2]))).toBe(py.slots_layout);
  });

  it('applies the namespace special cases', () => {
    const H = makeClass('H', [], { __eq__: fn('eq', () => true) });
    expect(repr(H.attrs.get('__hash__')!)).toBe(py.eq_hash);
    const f = pyfunc('X.__new__', (a) => a[0]!);
    const g = pyfunc('X.__init_subclass__', () => None);
    const X = makeClass('X', [], { __new__: f, __init_subclass__: g });
    expect(X.attrs.get('__new__')).toBeInstanceOf(PyStaticMethod);
    expect(X.attrs.get('__init_subclass__')).toBeInstanceOf(PyClassMethod);
    expect(caught(() => makeClass('X', [], { __qualname__: 1 }))).toBe(py.qualname_err);
    const Q = makeClass('Q', [], { __qualname__: 'Outer.Q' });
    expect(Q.qualname).toBe('Outer.Q');
    expect(Q.attrs.has('__qualname__')).toBe(false);
    expect(repr(Q)).toBe("<class '__main__.Outer.Q'>");
  });

  it('fills __classcell__ and calls __set_name__ and __init_subclass__', () => {
    const cell = new PyCell(undefined);
    const seen: PyValue[] = [];
    const Desc = makeClass('Desc', [], {
      __set_name__: pyfunc('Desc.__set_name__', (a) => {
        seen.push(a[1]!, a[2]!);
        return None;
      }),
    });
    const d = call(Desc, []);
    const kw: PyValue[] = [];
    const Base = makeClass('Base', [], {
      __init_subclass__: pyfunc('Base.__init_subclass__', (a, k) => {
        kw.push(a[0]!, ...(k ?? []), ...a.slice(1));
        return None;
      }),
    });
    const C = makeClass('C', [Base], { __classcell__: cell, d }, typeType, { flag: 7 });
    expect(cell.value).toBe(C);
    expect(C.attrs.has('__classcell__')).toBe(false);
    expect(seen).toEqual([C, 'd']);
    expect(kw).toEqual([C, 'flag', 7]);
  });

  it('wraps __set_name__ errors in 3.11 style', () => {
    const Bad = makeClass('D', [], {
      __set_name__: pyfunc('D.__set_name__', () => {
        throw new PyException(EXCEPTION_TYPES.get('ValueError')!, ['boom']);
      }),
    });
    const err = caught(() => makeClass('E', [], { d: call(Bad, []) }));
    expect(err).toBe("RuntimeError: Error calling __set_name__ on 'D' instance 'd' in 'E'");
  });
});

describe('type attributes', () => {
  it('refuses bad assignments', () => {
    const A = makeClass('A');
    const B = makeClass('B', [A]);
    expect(caught(() => setAttr(A, '__name__', 1))).toBe(py.name_set);
    expect(caught(() => setAttr(intType, '__name__', 'x'))).toBe(py.name_set_int);
    expect(caught(() => setAttr(intType, 'x', 1))).toBe(py.int_attr_set);
    expect(caught(() => setAttr(A, '__bases__', newTuple([])))).toBe(py.bases_set);
    expect(caught(() => setAttr(A, '__bases__', newTuple([B])))).toBe(py.bases_cycle);
    expect(caught(() => getAttr(intType, '__annotations__'))).toBe(py.annotations_int);
    expect(caught(() => getAttr(A, '__abstractmethods__'))).toBe(py.abstract_attr);
    setAttr(A, '__name__', 'Z');
    expect(repr(A)).toBe("<class '__main__.A'>");
    expect(A.name).toBe('Z');
  });

  it('reassigns __bases__ and recomputes the MRO of subclasses', () => {
    const A = makeClass('A');
    const A2 = makeClass('A2');
    const B = makeClass('B', [A]);
    const C = makeClass('C', [B]);
    setAttr(B, '__bases__', newTuple([A2]));
    expect(C.mro.map((c) => c.name)).toEqual(['C', 'B', 'A2', 'object']);
    expect(A.subclassesList.includes(B)).toBe(false);
    expect(A2.subclassesList.includes(B)).toBe(true);
  });

  it('gives a read-only mappingproxy for __dict__', () => {
    const A = makeClass('A', [], { x: 1 });
    const mp = getAttr(A, '__dict__');
    expect(mp).toBeInstanceOf(PyMappingProxy);
    expect(repr(call(getAttr(mp, '__class__'), [new PyDict()])).startsWith('mappingproxy(')).toBe(true);
    expect(getItem(mp, 'x')).toBe(1);
    expect(lenOf(mp)).toBe(A.attrs.size);
    expect(repr(getAttr(mp, '__class__'))).toBe(py.mp_repr);
    expect(caught(() => callMethod(mp, '__setitem__', ['x', 1]))).toBe(py.mp_set);
    expect(caught(() => call(getAttr(mp, '__class__'), [new PyList([])]))).toBe(py.mp_set2);
  });

  it('has __subclasses__ and mro()', () => {
    const A = makeClass('A');
    const B = makeClass('B', [A]);
    expect((callMethod(A, '__subclasses__') as PyList).items).toEqual([B]);
    expect((callMethod(B, 'mro') as PyList).items).toEqual([B, A, objectType]);
  });

  it('runs a metaclass mro() override', () => {
    const M = makeClass('M', [typeType], {
      mro: pyfunc('M.mro', (a) => new PyList([a[0]!, objectType])),
    });
    const A = makeClass('A');
    const C = makeClass('C', [A], {}, M);
    expect(C.mro).toEqual([C, objectType]);
  });
});

describe('instance creation', () => {
  it('checks arguments as object.__new__ / __init__ do', () => {
    const A = makeClass('A');
    expect(caught(() => call(A, [1]))).toBe(py.noargs);
    expect(caught(() => call(getAttr(objectType, '__new__'), [intType]))).toBe(py.new_not_safe);
    expect(caught(() => call(getAttr(objectType, '__new__'), [1]))).toBe(py.new_not_type);
    expect(caught(() => call(getAttr(objectType, '__new__'), []))).toBe(py.new_none);
    const X = makeClass('X', [], { __abstractmethods__: newTuple(['g', 'f']) });
    expect(caught(() => call(X, []))).toBe(py.abstract_ns);
    setAttr(X, '__abstractmethods__', newTuple(['g', 'f']));
    expect(caught(() => call(X, []))).toBe(py.abstract);
    setAttr(X, '__abstractmethods__', newTuple(['g']));
    expect(caught(() => call(X, []))).toBe(py.abstract1);
    setAttr(X, '__abstractmethods__', newTuple([]));
    expect(caught(() => call(X, []))).toBe(py.abstract0);
    // __init__ overridden: extra args go to it.
    const I = makeClass('I', [], { __init__: pyfunc('I.__init__', () => None) });
    expect(call(I, [1, 2])).toBeTruthy();
  });
});

describe('__build_class__', () => {
  it('runs the body, then the metaclass, checking the __class__ cell', () => {
    const cell = new PyCell(undefined);
    const body = classBody('C', (ns) => {
      ns.setStr('__module__', '__main__');
      ns.setStr('__qualname__', 'C');
      ns.setStr('x', 1);
      ns.setStr('__classcell__', cell);
      return cell;
    });
    const C = buildClass([body, 'C'], null) as PyType;
    expect(C).toBeInstanceOf(PyType);
    expect(cell.value).toBe(C);
    expect(getAttr(C, 'x')).toBe(1);
  });

  it('uses __prepare__ and passes keywords', () => {
    let prepared: PyValue[] = [];
    const M = makeClass('M', [typeType], {
      __prepare__: new PyClassMethod(
        pyfunc('M.__prepare__', (a, k) => {
          prepared = [a[1]!, ...(k ?? [])];
          const d = new PyDict();
          d.setStr('fromprep', true);
          return d;
        }),
      ),
      __init__: pyfunc('M.__init__', () => None),
      __new__: new PyStaticMethod(
        pyfunc('M.__new__', (a, k) => {
          const nk = k?.length ?? 0;
          return call(getAttr(typeType, '__new__'), a.slice(0, a.length - nk));
        }),
      ),
    });
    const body = classBody('C', (ns) => {
      ns.setStr('__module__', '__main__');
      return None;
    });
    const C = buildClass([body, 'C', M, 1], ['metaclass', 'flag']) as PyType;
    expect(prepared).toEqual(['C', 'flag']);
    expect(C.cls).toBe(M);
    expect(getAttr(C, 'fromprep')).toBe(true);
  });

  it('reports a __class__ cell that was not filled', () => {
    const cell = new PyCell(undefined);
    const body = classBody('C', () => cell);
    expect(caught(() => buildClass([body, 'C'], null))).toMatch(
      /^RuntimeError: __class__ not set defining 'C' as <class '(__main__\.)?C'>\. Was __classcell__ propagated to type.__new__\?$/,
    );
  });

  it('honours __mro_entries__', () => {
    const A = makeClass('A');
    const G = makeClass('G', [], { __mro_entries__: pyfunc('G.__mro_entries__', () => newTuple([A])) });
    const g = call(G, []);
    const body = classBody('C', () => None);
    const C = buildClass([body, 'C', g], null) as PyType;
    expect(C.bases).toEqual([A]);
    expect((getItem(getAttr(C, '__dict__'), '__orig_bases__') as PyTuple).items).toEqual([g]);
  });

  it('computes module from the caller globals when the namespace lacks it', () => {
    const ns = new PyDict();
    const prev = GLOBALS.getStr('__name__');
    const t = call(typeType, ['Z', newTuple([]), ns]) as PyType;
    expect(t.attrs.get('__module__')).toBe(undefined);
    expect(prev).toBe('__main__');
  });
});

describe('isinstance / issubclass', () => {
  it('follows tuples and hooks', () => {
    const A = makeClass('A');
    const B = makeClass('B', [A]);
    const b = call(B, []);
    expect(isinstanceFull(b, A)).toBe(true);
    expect(isinstanceFull(b, newTuple([intType, newTuple([A])]))).toBe(true);
    expect(isinstanceFull(1, newTuple([A, tupleType]))).toBe(false);
    expect(isinstanceFull(true, intType)).toBe(true);
    expect(issubclassFull(B, newTuple([listType, A]))).toBe(true);
    expect(issubclassFull(A, B)).toBe(false);
    const Meta = makeClass('Meta', [typeType], {
      __instancecheck__: pyfunc('Meta.__instancecheck__', (a) => a[1] === 42),
      __subclasscheck__: pyfunc('Meta.__subclasscheck__', (a) => a[1] === dictType),
    });
    const Anything = makeClass('Anything', [], {}, Meta);
    expect(isinstanceFull(42, Anything)).toBe(true);
    expect(isinstanceFull(43, Anything)).toBe(false);
    expect(issubclassFull(dictType, Anything)).toBe(true);
    expect(caught(() => isinstanceFull(1, 1))).toBe(py.isinst_err);
    expect(caught(() => issubclassFull(1, intType))).toBe(py.issub_err1);
    expect(caught(() => issubclassFull(intType, 1))).toBe(py.issub_err2);
    void NotImplemented;
  });
});
