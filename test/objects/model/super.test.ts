// super objects (src/objects/super.ts) against python3's behaviour for the same classes.

import { beforeAll, describe, expect, it } from 'vitest';
import { installVM, makeClass, caught, pyfunc, fakeVM, code, GLOBALS } from './helpers.js';
import type { PyValue } from '../../../src/objects/object.js';
import { call, callMethod, getAttr, repr } from '../../../src/objects/protocol.js';
import { None } from '../../../src/objects/singletons.js';
import { PyClassMethod } from '../../../src/objects/descriptor.js';
import { PyCell, PyFunction, PyMethod } from '../../../src/objects/function.js';
import { superType, makeSuper, PySuper } from '../../../src/objects/super.js';

beforeAll(installVM);

function classes(): { A: ReturnType<typeof makeClass>; B: ReturnType<typeof makeClass> } {
  const A = makeClass('A', [], {
    f: pyfunc('A.f', () => 'A.f'),
    c: new PyClassMethod(pyfunc('A.c', (a) => a[0]!)),
    x: 1,
  });
  const B = makeClass('B', [A], { f: pyfunc('B.f', () => 'B.f') });
  return { A, B };
}

describe('super', () => {
  it('looks up after the class and binds to the object', () => {
    const { A, B } = classes();
    const b = call(B, []);
    const s = call(superType, [B, b]);
    expect(callMethod(s, 'f')).toBe('A.f');
    expect(getAttr(s, 'x')).toBe(1);
    expect(callMethod(s, 'c')).toBe(B);
    expect(repr(s)).toBe("<super: <class 'B'>, <B object>>");
    expect(getAttr(s, '__thisclass__')).toBe(B);
    expect(getAttr(s, '__self__')).toBe(b);
    expect(getAttr(s, '__self_class__')).toBe(B);
    expect(getAttr(s, '__class__')).toBe(superType);
    expect(caught(() => getAttr(s, 'nope'))).toBe("AttributeError: 'super' object has no attribute 'nope'");
    void A;
  });

  it('works in class mode and unbound', () => {
    const { A, B } = classes();
    const b = call(B, []);
    expect(callMethod(makeSuper(B, B), 'c')).toBe(B);
    const f = getAttr(makeSuper(B, B), 'f');
    expect(f).toBeInstanceOf(PyFunction);
    expect(f).toBe(A.attrs.get('f'));
    const u = call(superType, [B]);
    expect(repr(u)).toBe("<super: <class 'B'>, NULL>");
    expect(getAttr(u, '__self__')).toBe(None);
    const bound = callMethod(u, '__get__', [b]);
    expect(callMethod(bound, 'f')).toBe('A.f');
  });

  it('reports CPython errors', () => {
    const { B } = classes();
    expect(caught(() => call(superType, [B, 1]))).toBe('TypeError: super(type, obj): obj must be an instance or subtype of type');
    expect(caught(() => call(superType, [1]))).toBe('TypeError: super() argument 1 must be a type, not int');
    expect(caught(() => call(superType, [B, 1, 2]))).toBe('TypeError: super() expected at most 2 arguments, got 3');
    expect(caught(() => call(superType, [B, 1], ['obj']))).toBe('TypeError: super() takes no keyword arguments');
  });

  it('finds the frame arguments for super() without arguments', () => {
    const { B } = classes();
    const b = call(B, []);
    const cell = new PyCell(B);
    fakeVM.frame = { code: code('f', { argcount: 1, freevars: ['__class__'] }), globals: GLOBALS, slots: [b], cells: [cell] };
    const s = call(superType, []) as PySuper;
    expect(callMethod(s, 'f')).toBe('A.f');
    fakeVM.frame = { code: code('g'), globals: GLOBALS, slots: [], cells: null };
    expect(caught(() => call(superType, []))).toBe('RuntimeError: super(): no arguments');
    fakeVM.frame = { code: code('h', { argcount: 1 }), globals: GLOBALS, slots: [1], cells: null };
    expect(caught(() => call(superType, []))).toBe('RuntimeError: super(): __class__ cell not found');
    fakeVM.frame = { code: code('h', { argcount: 1, freevars: ['__class__'] }), globals: GLOBALS, slots: [1], cells: [new PyCell(undefined)] };
    expect(caught(() => call(superType, []))).toBe('RuntimeError: super(): empty __class__ cell');
    fakeVM.frame = null;
  });

  it('binds plain functions found through an instance', () => {
    const { B } = classes();
    const b = call(B, []);
    const m = getAttr(makeSuper(B, b), 'f') as PyMethod;
    expect(m).toBeInstanceOf(PyMethod);
    expect(m.self).toBe(b);
    void (null as PyValue | null);
  });
});
