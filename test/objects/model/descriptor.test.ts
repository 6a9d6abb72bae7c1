// property, classmethod, staticmethod, getset and member descriptors
// (src/objects/descriptor-methods.ts) against python3.

import { beforeAll, describe, expect, it } from 'vitest';
import { installVM, makeClass, caught, oracle, PY_ERR, pyfunc } from './helpers.js';
import type { PyValue } from '../../../src/objects/object.js';
import { typeType, objectType } from '../../../src/objects/type.js';
import { call, callMethod, getAttr, setAttr, repr, truthy } from '../../../src/objects/protocol.js';
import { None } from '../../../src/objects/singletons.js';
import { PyProperty, PyClassMethod, PyStaticMethod, propertyType, classmethodType, staticmethodType } from '../../../src/objects/descriptor.js';
import { PyMethod, PyFunction } from '../../../src/objects/function.js';
import { PyDict } from '../../../src/objects/dict.js';
import { addressOf } from '../../../src/objects/id.js';

let py: Record<string, unknown>;

beforeAll(() => {
  installVM();
  py = oracle(
    PY_ERR +
      `
class C:
    x = property()
    @property
    def y(self):
        'y doc'
        return 1
c = C()
out['no_get'] = err(lambda: c.x)
out['no_set'] = err(lambda: setattr(c, 'x', 1))
out['no_del'] = err(lambda: delattr(c, 'x'))
out['y_set'] = err(lambda: setattr(c, 'y', 2))
def g(s): return 5
p = property(g)
C.z = p
out['unnamed'] = err(lambda: setattr(C(), 'z', 1))
q = C.__dict__['x'].getter(g)
C.w = q
out['copied_name'] = err(lambda: setattr(C(), 'w', 2))
out['y_doc'] = C.y.__doc__
out['doc_kw'] = property(g, doc='hi').__doc__
out['abstract'] = property(g).__isabstractmethod__
g.__isabstractmethod__ = True
out['abstract2'] = property(g).__isabstractmethod__
out['cm_noargs'] = err(lambda: classmethod())
out['cm_kw'] = err(lambda: classmethod(f=1))
out['sm_call'] = staticmethod(lambda: 7)()
def f(): pass
out['cm_dict'] = sorted(classmethod(f).__dict__)
out['getset_repr'] = repr(C.__dict__['__dict__'])
out['getset_wrong'] = err(lambda: C.__dict__['__dict__'].__get__(1))
out['getset_name'] = [C.__dict__['__dict__'].__name__, C.__dict__['__dict__'].__qualname__]
out['getset_ro'] = err(lambda: setattr(C, '__mro__', ()))
out['prop_new_bad'] = err(lambda: property(1, 2, 3, 4, 5))
`,
  );
});

describe('property', () => {
  it('reports missing accessors in 3.11 words', () => {
    const getter = pyfunc('C.y', () => 1);
    const C = makeClass('C', [], { x: call(propertyType, []), y: call(propertyType, [getter]) });
    const c = call(C, []);
    expect(caught(() => getAttr(c, 'x'))).toBe(py.no_get);
    expect(caught(() => setAttr(c, 'x', 1))).toBe(py.no_set);
    expect(caught(() => setAttr(c, 'x', undefined))).toBe(py.no_del);
    expect(caught(() => setAttr(c, 'y', 2))).toBe(py.y_set);
    expect(getAttr(c, 'y')).toBe(1);
    const p = call(propertyType, [pyfunc('g', () => 5)]);
    setAttr(C, 'z', p);
    expect(caught(() => setAttr(call(C, []), 'z', 1))).toBe(py.unnamed);
    const q = callMethod(C.attrs.get('x')!, 'getter', [pyfunc('g', () => 5)]);
    setAttr(C, 'w', q);
    expect(caught(() => setAttr(call(C, []), 'w', 2))).toBe(py.copied_name);
    expect(getAttr(call(C, []), 'w')).toBe(5);
  });

  it('has getter/setter/deleter copies, __get__/__set__/__delete__ and doc', () => {
    const store: PyValue[] = [];
    const g = pyfunc('C.v', () => 'got');
    setAttr(g, '__doc__', 'v doc');
    const s = pyfunc('C.v', (a) => {
      store.push(a[1]!);
      return None;
    });
    const d = pyfunc('C.v', () => {
      store.push('deleted');
      return None;
    });
    const p1 = call(propertyType, [g]) as PyProperty;
    expect(getAttr(p1, '__doc__')).toBe('v doc');
    const p2 = callMethod(p1, 'setter', [s]) as PyProperty;
    const p3 = callMethod(p2, 'deleter', [d]) as PyProperty;
    expect(p3).not.toBe(p2);
    expect([p3.fget, p3.fset, p3.fdel]).toEqual([g, s, d]);
    expect(getAttr(p3, 'fget')).toBe(g);
    const C = makeClass('C', [], { v: p3 });
    expect(p3.name).toBe('v');
    const c = call(C, []);
    expect(getAttr(c, 'v')).toBe('got');
    setAttr(c, 'v', 9);
    setAttr(c, 'v', undefined);
    expect(store).toEqual([9, 'deleted']);
    expect(callMethod(p3, '__get__', [None, C])).toBe(p3);
    expect(callMethod(p3, '__get__', [c])).toBe('got');
    callMethod(p3, '__set__', [c, 10]);
    callMethod(p3, '__delete__', [c]);
    expect(store).toEqual([9, 'deleted', 10, 'deleted']);
    expect(getAttr(call(propertyType, [g, None, None, 'hi']), '__doc__')).toBe(py.doc_kw);
    expect(getAttr(p3, '__doc__')).toBe('v doc');
    expect(getAttr(p1, '__isabstractmethod__')).toBe(py.abstract);
    setAttr(g, '__isabstractmethod__', true);
    expect(getAttr(p1, '__isabstractmethod__')).toBe(py.abstract2);
    expect(caught(() => call(propertyType, [1, 2, 3, 4, 5]))).toBe(py.prop_new_bad);
  });

  it('works for subclasses of property', () => {
    const P = makeClass('P', [propertyType]);
    const g = pyfunc('g', () => 3);
    setAttr(g, '__doc__', 'gd');
    const p = call(P, [g]);
    expect(p).toBeInstanceOf(PyProperty);
    expect(getAttr(p, '__doc__')).toBe('gd');
    const C = makeClass('C', [], { a: p });
    expect(getAttr(call(C, []), 'a')).toBe(3);
    const p2 = callMethod(p, 'setter', [g]);
    expect((p2 as PyProperty).cls).toBe(P);
  });
});

describe('classmethod and staticmethod', () => {
  it('bind, wrap and report', () => {
    const f = pyfunc('C.f', (a) => a[0]!);
    const cm = call(classmethodType, [f]) as PyClassMethod;
    const sm = call(staticmethodType, [f]) as PyStaticMethod;
    expect(repr(cm)).toBe(`<classmethod(<function C.f at ${addressOf(f)}>)>`);
    expect(repr(sm)).toBe(`<staticmethod(<function C.f at ${addressOf(f)}>)>`);
    expect(getAttr(cm, '__func__')).toBe(f);
    expect(getAttr(sm, '__wrapped__')).toBe(f);
    expect(getAttr(cm, '__name__')).toBe('f');
    expect(getAttr(cm, '__qualname__')).toBe('C.f');
    expect(cm.dict === null ? [] : [...cm.dict.entries()].map((e) => e.key).sort()).toEqual(py.cm_dict);
    const C = makeClass('C', [], { c: cm, s: sm });
    const c = call(C, []);
    expect(callMethod(c, 'c')).toBe(C);
    expect(callMethod(C, 'c')).toBe(C);
    expect(callMethod(C, 's', [4])).toBe(4);
    const bound = callMethod(cm, '__get__', [None, C]) as PyMethod;
    expect(bound.self).toBe(C);
    expect(callMethod(cm, '__get__', [c])).toBeInstanceOf(PyMethod);
    expect(callMethod(sm, '__get__', [c])).toBe(f);
    expect(call(sm, [8])).toBe(8);
    expect(getAttr(cm, '__isabstractmethod__')).toBe(false);
    expect(caught(() => call(classmethodType, []))).toBe(py.cm_noargs);
    expect(caught(() => call(classmethodType, [1], ['f']))).toBe(py.cm_kw);
    expect(getAttr(cm, '__dict__')).toBeInstanceOf(PyDict);
    void PyFunction;
  });
});

describe('getset and member descriptors', () => {
  it('have reprs, names and type checks', () => {
    const C = makeClass('C');
    const d = C.attrs.get('__dict__')!;
    expect(repr(d)).toBe(py.getset_repr);
    expect(caught(() => callMethod(d, '__get__', [1]))).toBe(py.getset_wrong);
    expect([getAttr(d, '__name__'), getAttr(d, '__qualname__')]).toEqual(py.getset_name);
    expect(getAttr(d, '__objclass__')).toBe(C);
    const c = call(C, []);
    expect(callMethod(d, '__get__', [c, C])).toBeInstanceOf(PyDict);
    expect(callMethod(d, '__get__', [None, C])).toBe(d);
    const mro = typeType.attrs.get('__mro__')!;
    expect(caught(() => setAttr(C, '__mro__', call(objectType, [])))).toBe(py.getset_ro);
    expect(repr(mro)).toBe("<member '__mro__' of 'type' objects>");
    expect(truthy(mro)).toBe(true);
  });
});
