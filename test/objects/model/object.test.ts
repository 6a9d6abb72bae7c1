// The methods of `object` (src/objects/object-type.ts), ids (src/objects/id.ts) and the singleton
// types (src/objects/singleton-methods.ts) against python3.

import { beforeAll, describe, expect, it } from 'vitest';
import { installVM, makeClass, caught, oracle, PY_ERR, pyfunc, fn } from './helpers.js';
import type { PyValue } from '../../../src/objects/object.js';
import { typeType, objectType, intType, typeOf } from '../../../src/objects/type.js';
import { call, callMethod, getAttr, setAttr, repr, str, format, hashValue, eqValues, richCompare, truthy } from '../../../src/objects/protocol.js';
import { PyDict } from '../../../src/objects/dict.js';
import { PyList } from '../../../src/objects/list.js';
import { None, NotImplemented, Ellipsis, noneType, notImplementedType, ellipsisType } from '../../../src/objects/singletons.js';
import { idOf, addressOf, identityHash } from '../../../src/objects/id.js';
import { moduleType } from '../../../src/objects/module.js';
import { setActiveMeter, Meter } from '../../../src/vm/meter.js';

let py: Record<string, string>;

beforeAll(() => {
  installVM();
  py = oracle<Record<string, string>>(
    PY_ERR +
      `
class A: pass
class B: pass
class S: __slots__ = ()
a = A()
out['init_args'] = err(lambda: object.__init__(a, 1))
out['init_override'] = err(lambda: type('X', (), {'__init__': lambda s, *a: object.__init__(s, *a)})(1))
out['new_override'] = err(lambda: type('X', (), {'__new__': lambda c, *a: object.__new__(c, *a)})(1))
out['fmt_spec'] = err(lambda: format(a, 'x'))
out['fmt_type'] = err(lambda: a.__format__(1))
out['getattr_name'] = err(lambda: object.__getattribute__(a, 1))
out['setattr_type'] = err(lambda: object.__setattr__(A, 'x', 1))
out['missing'] = err(lambda: a.nope)
out['class_del'] = err(lambda: delattr(a, '__class__'))
out['class_nonclass'] = err(lambda: setattr(a, '__class__', 1))
out['class_builtin'] = err(lambda: setattr(a, '__class__', int))
out['class_layout'] = err(lambda: setattr(a, '__class__', S))
out['class_int'] = err(lambda: setattr(1, '__class__', bool))
out['init_subclass_kw'] = err(lambda: object.__init_subclass__(x=1))
out['ne'] = [a != a, a != A(), a == a, a == A()]
out['lt'] = err(lambda: a < a)
out['lt_direct'] = repr(a.__lt__(a))
out['none_new'] = err(lambda: type(None)(1))
out['ni_new'] = err(lambda: type(NotImplemented)(1))
out['ell_new'] = err(lambda: type(...)(1))
out['reprs'] = [repr(None), repr(NotImplemented), repr(...), str(None)]
out['bools'] = [bool(None), bool(...)]
out['none_call'] = repr(type(None)())
out['dir_has'] = [n in dir(a) for n in ('__class__', '__init__', 'x')]
a.x = 1
out['dir_has2'] = [n in dir(a) for n in ('__class__', '__init__', 'x')]
out['doc'] = object.__doc__
out['str_A'] = str(A).startswith("<class '__main__.A'>")
`,
  );
});

describe('object', () => {
  it('creates instances with a __dict__ and enforces the argument rules', () => {
    const A = makeClass('A');
    const a = call(A, []);
    expect(typeof a === 'object' && a.dict).toBeInstanceOf(PyDict);
    setAttr(a, 'x', 1);
    expect(getAttr(a, 'x')).toBe(1);
    expect(caught(() => call(getAttr(objectType, '__init__'), [a, 1]))).toBe(py.init_args);
    const X1 = makeClass('X', [], {
      __init__: pyfunc('X.__init__', (args) => call(getAttr(objectType, '__init__'), args)),
    });
    expect(caught(() => call(X1, [1]))).toBe(py.init_override);
    const X2 = makeClass('X', [], {
      __new__: pyfunc('X.__new__', (args) => call(getAttr(objectType, '__new__'), args)),
    });
    expect(caught(() => call(X2, [1]))).toBe(py.new_override);
    expect(caught(() => getAttr(a, 'nope'))).toBe(py.missing);
  });

  it('compares by identity and hashes by id', () => {
    const A = makeClass('A');
    const a = call(A, []);
    const b = call(A, []);
    expect([truthy(richCompare(a, a, 3)), truthy(richCompare(a, b, 3)), eqValues(a, a), eqValues(a, b)]).toEqual(py.ne);
    expect(caught(() => richCompare(a, a, 0))).toBe(py.lt);
    expect(repr(callMethod(a, '__lt__', [a]))).toBe(py.lt_direct);
    expect(hashValue(a)).toBe(identityHash(a));
    expect(hashValue(a)).toBe(Math.floor(idOf(a) / 16));
  });

  it('has the default repr, str and format', () => {
    const A = makeClass('A');
    const a = call(A, []);
    expect(repr(a)).toBe(`<__main__.A object at ${addressOf(a)}>`);
    expect(str(a)).toBe(repr(a));
    expect(format(a, '')).toBe(repr(a));
    expect(caught(() => format(a, 'x'))).toBe(py.fmt_spec.replace('object', 'A'));
    expect(caught(() => callMethod(a, '__format__', [1]))).toBe(py.fmt_type);
    expect(repr(call(objectType, []))).toMatch(/^<object object at 0x7f[0-9a-f]+>$/);
    expect(getAttr(objectType, '__doc__')).toBe(py.doc);
  });

  it('has the generic attribute methods', () => {
    const A = makeClass('A');
    const a = call(A, []);
    callMethod(a, '__setattr__', ['y', 2]);
    expect(callMethod(a, '__getattribute__', ['y'])).toBe(2);
    callMethod(a, '__delattr__', ['y']);
    expect(caught(() => getAttr(a, 'y'))).toBe("AttributeError: 'A' object has no attribute 'y'");
    expect(caught(() => callMethod(a, '__getattribute__', [1]))).toBe(py.getattr_name);
    expect(caught(() => call(getAttr(objectType, '__setattr__'), [A, 'x', 1]))).toBe(py.setattr_type);
  });

  it('has __dir__', () => {
    const A = makeClass('A');
    const a = call(A, []);
    const has = (): boolean[] => {
      const names = (callMethod(a, '__dir__') as PyList).items;
      return ['__class__', '__init__', 'x'].map((n) => names.includes(n));
    };
    expect(has()).toEqual(py.dir_has);
    setAttr(a, 'x', 1);
    expect(has()).toEqual(py.dir_has2);
  });

  it('assigns __class__ between compatible heap types', () => {
    const A = makeClass('A');
    const B = makeClass('B');
    const S = makeClass('S', [], { __slots__: new PyList([]) });
    const a = call(A, []);
    setAttr(a, '__class__', B);
    expect(typeOf(a)).toBe(B);
    setAttr(a, '__class__', A);
    expect(caught(() => setAttr(a, '__class__', undefined))).toBe(py.class_del);
    expect(caught(() => setAttr(a, '__class__', 1))).toBe(py.class_nonclass);
    expect(caught(() => setAttr(a, '__class__', intType))).toBe(py.class_builtin);
    expect(caught(() => setAttr(a, '__class__', S))).toBe(py.class_layout);
    const M = makeClass('M', [moduleType]);
    const m = call(moduleType, ['m']);
    setAttr(m, '__class__', M);
    expect(typeOf(m)).toBe(M);
  });

  it('has __init_subclass__ and __subclasshook__', () => {
    expect(caught(() => call(getAttr(objectType, '__init_subclass__'), [], ['x'].length ? null : null) && call(getAttr(objectType, '__init_subclass__'), [1], ['x']))).toBe(
      py.init_subclass_kw,
    );
    expect(callMethod(objectType, '__subclasshook__')).toBe(NotImplemented);
  });
});

describe('singletons', () => {
  it('have their reprs, truth values and constructors', () => {
    expect([repr(None), repr(NotImplemented), repr(Ellipsis), str(None)]).toEqual(py.reprs);
    expect([truthy(None), truthy(Ellipsis)]).toEqual(py.bools);
    expect(truthy(NotImplemented)).toBe(true);
    expect(call(noneType, [])).toBe(None);
    expect(call(notImplementedType, [])).toBe(NotImplemented);
    expect(call(ellipsisType, [])).toBe(Ellipsis);
    expect(caught(() => call(noneType, [1]))).toBe(py.none_new);
    expect(caught(() => call(notImplementedType, [1]))).toBe(py.ni_new);
    expect(caught(() => call(ellipsisType, [1]))).toBe(py.ell_new);
    expect(hashValue(None)).toBe(identityHash(None));
  });
});

describe('id', () => {
  it('is deterministic per interpreter and stable per value', () => {
    const run = (): number[] => {
      setActiveMeter(new Meter());
      const A = makeClass('A');
      const xs: PyValue[] = [call(A, []), call(A, []), A];
      return xs.map(idOf);
    };
    const first = run();
    expect(run()).toEqual(first);
    expect(new Set(first).size).toBe(3);
    expect(idOf(5)).toBe(idOf(5));
    expect(idOf(1) - idOf(0)).toBe(32);
    expect(idOf('abc')).toBe(idOf('ab' + 'c'));
    expect(idOf('abc')).not.toBe(idOf('abd'));
    expect(idOf(2n ** 80n)).toBe(idOf(2n ** 80n));
    expect(idOf(true)).not.toBe(idOf(1));
    expect(addressOf(call(objectType, []))).toMatch(/^0x7f[0-9a-f]{10}$/);
    expect(Number.isSafeInteger(idOf('x'.repeat(100)))).toBe(true);
    void fn;
    void typeType;
  });
});
