// Attributes and reprs of function, method, builtins, descriptors of builtin methods, cell, code
// and module (src/objects/function-methods.ts) against python3.

import { beforeAll, describe, expect, it } from 'vitest';
import { installVM, makeClass, caught, oracle, PY_ERR, pyfunc, code, GLOBALS } from './helpers.js';
import type { PyValue } from '../../../src/objects/object.js';
import { typeType, objectType, intType } from '../../../src/objects/type.js';
import { call, callMethod, getAttr, setAttr, repr, hashValue, eqValues } from '../../../src/objects/protocol.js';
import { None } from '../../../src/objects/singletons.js';
import { PyFunction, PyMethod, PyCell, methodType, cellType } from '../../../src/objects/function.js';
import { PyDict } from '../../../src/objects/dict.js';
import { PyTuple, newTuple } from '../../../src/objects/tuple.js';
import { PyList, listType, newList } from '../../../src/objects/list.js';
import { PyModule, moduleType } from '../../../src/objects/module.js';
import { builtinFunction, defineMethods, defineClassMethods, defineStaticMethods, PyBuiltinFunction } from '../../../src/objects/builtin-function.js';
import { addressOf } from '../../../src/objects/id.js';
import { dictType } from '../../../src/objects/dict.js';

let py: Record<string, unknown>;

// A stand-in list.append / dict.fromkeys for the descriptor tests (list's own methods may not be
// registered in this test process).
defineMethods(listType, {
  append: (args) => {
    (args[0] as PyList).items.push(args[1]!);
    return None;
  },
});
defineClassMethods(dictType, { fromkeys: (args) => args[0]! });

beforeAll(() => {
  installVM();
  py = oracle(
    PY_ERR +
      `
out['len'] = repr(len)
out['append_unbound'] = repr(list.append)
out['add_unbound'] = repr(int.__add__)
out['fromkeys_desc'] = repr(dict.__dict__['fromkeys'])
out['no_arg'] = err(lambda: list.append())
out['wrong_self'] = err(lambda: list.append(1, 2))
out['get_wrong'] = err(lambda: list.__dict__['append'].__get__(1))
out['cm_none'] = err(lambda: dict.__dict__['fromkeys']())
out['cm_int'] = err(lambda: dict.__dict__['fromkeys'](1))
out['qualnames'] = [len.__qualname__, list.append.__qualname__, [].append.__qualname__, dict.fromkeys.__qualname__, object.__new__.__qualname__]
out['selfs'] = [repr(len.__self__) if False else 'skip', repr(dict.fromkeys.__self__), repr(object.__new__.__self__)]
out['len_module'] = len.__module__
out['objclass'] = repr(list.append.__objclass__)
def f(a, b=2, *, c=3): pass
out['f_defaults'] = repr(f.__defaults__)
out['f_kwdefaults'] = f.__kwdefaults__
out['f_noattr'] = err(lambda: f.zz)
out['set_name'] = err(lambda: setattr(f, '__name__', 1))
out['set_defaults'] = err(lambda: setattr(f, '__defaults__', 1))
out['set_kwdefaults'] = err(lambda: setattr(f, '__kwdefaults__', 1))
out['set_annotations'] = err(lambda: setattr(f, '__annotations__', 1))
out['set_dict'] = err(lambda: setattr(f, '__dict__', 1))
out['del_dict'] = err(lambda: delattr(f, '__dict__'))
out['set_code'] = err(lambda: setattr(f, '__code__', 1))
out['set_globals'] = err(lambda: setattr(f, '__globals__', {}))
f.x = 1
out['f_dict'] = f.__dict__
out['closure_none'] = repr(f.__closure__)
out['cell_empty'] = err(lambda: __import__('types').CellType().cell_contents)
import types
out['mt_callable'] = err(lambda: types.MethodType(1, 2))
out['mt_none'] = err(lambda: types.MethodType(f, None))
out['mt_len'] = repr(types.MethodType(len, 1))
m = types.ModuleType('m', 'doc')
out['mod_dict'] = sorted(m.__dict__)
out['mod_repr'] = repr(types.ModuleType('m'))
m.__file__ = '/p/m.py'
out['mod_repr_file'] = repr(m)
out['mod_missing'] = err(lambda: m.zz)
out['mod_name_err'] = err(lambda: types.ModuleType(1))
out['mod_dict_set'] = err(lambda: setattr(m, '__dict__', {}))
`,
  );
});

describe('builtin functions and method descriptors', () => {
  it('have CPython reprs', () => {
    const len = builtinFunction('len', () => 0);
    expect(repr(len)).toBe(py.len);
    const append = listType.attrs.get('append')!;
    expect(repr(append)).toBe(py.append_unbound);
    expect(repr(getAttr(listType, 'append'))).toBe(py.append_unbound);
    const l = newList([]);
    expect(repr(getAttr(l, 'append'))).toBe(`<built-in method append of list object at ${addressOf(l)}>`);
    expect(repr(dictType.attrs.get('fromkeys')!)).toBe(py.fromkeys_desc);
    const fromkeys = getAttr(dictType, 'fromkeys');
    expect(repr(fromkeys)).toBe(`<built-in method fromkeys of type object at ${addressOf(dictType)}>`);
    expect(repr(getAttr(objectType, '__new__'))).toBe(`<built-in method __new__ of type object at ${addressOf(objectType)}>`);
    expect(repr(getAttr(objectType, '__init__'))).toBe("<slot wrapper '__init__' of 'object' objects>");
    const o = call(objectType, []);
    expect(repr(getAttr(o, '__init__'))).toBe(`<method-wrapper '__init__' of object object at ${addressOf(o)}>`);
    expect(getAttr(len, '__module__')).toBe(py.len_module);
    expect(repr(getAttr(append, '__objclass__'))).toBe(py.objclass);
  });

  it('type-check self when called unbound', () => {
    const append = getAttr(listType, 'append');
    const l = newList([]);
    call(append, [l, 1]);
    expect(l.items).toEqual([1]);
    expect(caught(() => call(append, []))).toBe(py.no_arg);
    expect(caught(() => call(append, [1, 2]))).toBe(py.wrong_self);
    expect(caught(() => callMethod(listType.attrs.get('append')!, '__get__', [1]))).toBe(py.get_wrong);
    const fk = dictType.attrs.get('fromkeys')!;
    expect(caught(() => call(fk, []))).toBe(py.cm_none);
    expect(caught(() => call(fk, [1]))).toBe(py.cm_int);
    expect(call(fk, [dictType])).toBe(dictType);
    const bound = callMethod(listType.attrs.get('append')!, '__get__', [l]);
    call(bound, [2]);
    expect(l.items).toEqual([1, 2]);
  });

  it('have __qualname__ and __self__', () => {
    const len = builtinFunction('len', () => 0);
    const l = newList([]);
    expect([
      getAttr(len, '__qualname__'),
      getAttr(getAttr(listType, 'append'), '__qualname__'),
      getAttr(getAttr(l, 'append'), '__qualname__'),
      getAttr(getAttr(dictType, 'fromkeys'), '__qualname__'),
      getAttr(getAttr(objectType, '__new__'), '__qualname__'),
    ]).toEqual(py.qualnames);
    expect(getAttr(len, '__self__')).toBe(None);
    expect(getAttr(getAttr(dictType, 'fromkeys'), '__self__')).toBe(dictType);
    expect(getAttr(getAttr(objectType, '__new__'), '__self__')).toBe(objectType);
    expect(getAttr(getAttr(l, 'append'), '__self__')).toBe(l);
    expect(eqValues(getAttr(l, 'append'), getAttr(l, 'append'))).toBe(true);
    expect(eqValues(getAttr(l, 'append'), getAttr(newList([]), 'append'))).toBe(false);
    expect(hashValue(getAttr(l, 'append'))).toBe(hashValue(getAttr(l, 'append')));
  });
});

describe('function', () => {
  it('has its attributes', () => {
    const f = pyfunc('f', () => None);
    f.defaults = [2];
    const kw = new PyDict();
    kw.setStr('c', 3);
    f.kwdefaults = kw;
    expect(repr(f)).toBe(`<function f at ${addressOf(f)}>`);
    expect((getAttr(f, '__defaults__') as PyTuple).items).toEqual([2]);
    expect(getAttr(f, '__kwdefaults__')).toBe(kw);
    expect(caught(() => getAttr(f, 'zz'))).toBe(py.f_noattr);
    expect(caught(() => setAttr(f, '__name__', 1))).toBe(py.set_name);
    expect(caught(() => setAttr(f, '__defaults__', 1))).toBe(py.set_defaults);
    expect(caught(() => setAttr(f, '__kwdefaults__', 1))).toBe(py.set_kwdefaults);
    expect(caught(() => setAttr(f, '__annotations__', 1))).toBe(py.set_annotations);
    expect(caught(() => setAttr(f, '__dict__', 1))).toBe(py.set_dict);
    expect(caught(() => setAttr(f, '__dict__', undefined))).toBe(py.del_dict);
    expect(caught(() => setAttr(f, '__code__', 1))).toBe(py.set_code);
    expect(caught(() => setAttr(f, '__globals__', new PyDict()))).toBe(py.set_globals);
    setAttr(f, 'x', 1);
    expect(getAttr(f, 'x')).toBe(1);
    expect([...(getAttr(f, '__dict__') as PyDict).entries()].map((e) => [e.key, e.value])).toEqual(Object.entries(py.f_dict as object));
    expect(getAttr(f, '__closure__')).toBe(None);
    expect(getAttr(f, '__globals__')).toBe(GLOBALS);
    expect(getAttr(f, '__module__')).toBe('__main__');
    expect(getAttr(f, '__annotations__')).toBeInstanceOf(PyDict);
    setAttr(f, '__qualname__', 'C.g');
    expect(repr(f)).toBe(`<function C.g at ${addressOf(f)}>`);
    expect(callMethod(f, '__get__', [None, intType])).toBe(f);
    expect(callMethod(f, '__get__', [1])).toBeInstanceOf(PyMethod);
    const g = pyfunc('g', (a) => a[0]!);
    expect(callMethod(g, '__call__', [5])).toBe(5);
  });

  it('has a code object', () => {
    const c = code('f', { qualname: 'C.f', argcount: 2, varnames: ['a', 'b', 'x'], cellvars: ['x'] });
    expect(repr(c)).toBe(`<code object f at ${addressOf(c)}, file "x.py", line 1>`);
    expect(getAttr(c, 'co_name')).toBe('f');
    expect(getAttr(c, 'co_qualname')).toBe('C.f');
    expect(getAttr(c, 'co_argcount')).toBe(2);
    expect(getAttr(c, 'co_nlocals')).toBe(3);
    expect((getAttr(c, 'co_varnames') as PyTuple).items).toEqual(['a', 'b', 'x']);
    expect((getAttr(c, 'co_cellvars') as PyTuple).items).toEqual(['x']);
    expect(getAttr(c, 'co_filename')).toBe('x.py');
  });
});

describe('method', () => {
  it('binds, compares, hashes and passes attributes through', () => {
    const f = pyfunc('C.m', (a) => a[0]!);
    const C = makeClass('C', [], { m: f });
    const c = call(C, []);
    const m1 = getAttr(c, 'm');
    const m2 = getAttr(c, 'm');
    expect(m1).toBeInstanceOf(PyMethod);
    expect(m1).not.toBe(m2);
    expect(eqValues(m1, m2)).toBe(true);
    expect(eqValues(m1, getAttr(call(C, []), 'm'))).toBe(false);
    expect(hashValue(m1)).toBe(hashValue(m2));
    expect(repr(m1)).toBe(`<bound method C.m of <__main__.C object at ${addressOf(c)}>>`);
    expect(getAttr(m1, '__name__')).toBe('m');
    expect(getAttr(m1, '__qualname__')).toBe('C.m');
    expect(getAttr(m1, '__func__')).toBe(f);
    expect(getAttr(m1, '__self__')).toBe(c);
    expect(getAttr(m1, '__doc__')).toBe(None);
    expect(call(m1, [])).toBe(c);
    expect(caught(() => call(methodType, [1, 2]))).toBe(py.mt_callable);
    expect(caught(() => call(methodType, [f, None]))).toBe(py.mt_none);
    expect(repr(call(methodType, [builtinFunction('len', () => 0), 1]))).toBe(py.mt_len);
  });
});

describe('cell', () => {
  it('has cell_contents and a repr', () => {
    const c = new PyCell(undefined);
    expect(caught(() => getAttr(c, 'cell_contents'))).toBe(py.cell_empty);
    expect(repr(c)).toBe(`<cell at ${addressOf(c)}: empty>`);
    setAttr(c, 'cell_contents', 5);
    expect(repr(c)).toBe(`<cell at ${addressOf(c)}: int object at ${addressOf(5)}>`);
    expect(getAttr(c, 'cell_contents')).toBe(5);
    const made = call(cellType, [7]) as PyCell;
    expect(made.value).toBe(7);
  });
});

describe('module', () => {
  it('is constructed, printed and looked up as CPython does', () => {
    const m = call(moduleType, ['m', 'doc']) as PyModule;
    expect([...m.dict.entries()].map((e) => e.key).sort()).toEqual(py.mod_dict);
    expect(repr(call(moduleType, ['m']))).toBe(py.mod_repr);
    setAttr(m, '__file__', '/p/m.py');
    expect(repr(m)).toBe(py.mod_repr_file);
    expect(caught(() => getAttr(m, 'zz'))).toBe(py.mod_missing);
    expect(caught(() => call(moduleType, [1]))).toBe(py.mod_name_err);
    expect(caught(() => setAttr(m, '__dict__', new PyDict()))).toBe(py.mod_dict_set);
    setAttr(m, '__getattr__', builtinFunction('ga', (a) => 'dyn ' + (a[0] as string)));
    expect(getAttr(m, 'zz')).toBe('dyn zz');
    const sys = new PyModule('sys');
    expect(repr(sys)).toBe("<module 'sys'>");
    const names = callMethod(m, '__dir__') as PyList;
    expect(names.items).toContain('__file__');
    void newTuple;
    void typeType;
    void (null as PyValue | null);
    void PyFunction;
    void PyBuiltinFunction;
    void defineStaticMethods;
  });
});
