// builtin_function_or_method: functions and methods written in TypeScript. Calling convention
// (like CPython's vectorcall): `fn(args, kwnames)` where the last kwnames.length entries of args
// are keyword arguments named by kwnames; a method receives self as args[0]. Arguments are
// unpacked by src/builtins/args.ts so error messages are CPython's everywhere.

import { PyObject, type PyValue } from './object.js';
import { makeBuiltinType, setTypeAttr, type PyType } from './type.js';
import { builtinFunctionType, methodDescriptorType, classMethodDescriptorType, wrapperDescriptorType } from './types.js';
export { builtinFunctionType, methodDescriptorType, classMethodDescriptorType, wrapperDescriptorType };

/** NativeFn: the implementation of a builtin. */
export type NativeFn = (args: PyValue[], kwnames: readonly string[] | null) => PyValue;


/**
 * PyBuiltinFunction: a builtin function, or (with `owner`) a method descriptor of a builtin type,
 * or (with `self` set) a bound builtin method. `kind` says how attribute lookup binds it.
 */
export class PyBuiltinFunction extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    readonly kind: 'function' | 'method' | 'classmethod' | 'staticmethod',
    readonly owner: PyType | null,
    readonly self: PyValue | undefined,
    readonly doc: string | null,
    cls: PyType = builtinFunctionType,
  ) {
    super(cls);
  }

  /** qualname: `type.name` for methods, the name for functions. */
  get qualname(): string {
    return this.owner ? `${this.owner.name}.${this.name}` : this.name;
  }

  /** bind: this method bound to self (a builtin_function_or_method with __self__). */
  bind(self: PyValue): PyBuiltinFunction {
    return new PyBuiltinFunction(this.name, this.fn, this.kind, this.owner, self, this.doc);
  }
}

/** builtinFunction: a module-level builtin function. */
export function builtinFunction(name: string, fn: NativeFn, doc: string | null = null): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn, 'function', null, undefined, doc);
}

/** MethodTable: name -> implementation (self is args[0]). */
export type MethodTable = Record<string, NativeFn>;

const DUNDER = /^__\w+__$/;

/**
 * defineMethods: adds builtin methods to a builtin type's namespace. Dunder names become
 * wrapper_descriptors, the rest method_descriptors; both bind self as args[0].
 */
export function defineMethods(t: PyType, methods: MethodTable): void {
  for (const [name, fn] of Object.entries(methods)) {
    const cls = DUNDER.test(name) ? wrapperDescriptorType : methodDescriptorType;
    setTypeAttr(t, name, new PyBuiltinFunction(name, fn, 'method', t, undefined, null, cls));
  }
}

/** defineClassMethods: adds builtin class methods (args[0] is the class), e.g. dict.fromkeys. */
export function defineClassMethods(t: PyType, methods: MethodTable): void {
  for (const [name, fn] of Object.entries(methods)) {
    setTypeAttr(t, name, new PyBuiltinFunction(name, fn, 'classmethod', t, undefined, null, classMethodDescriptorType));
  }
}

/** defineStaticMethods: adds builtin static methods, e.g. __new__ (args[0] is the class, passed explicitly) or str.maketrans. */
export function defineStaticMethods(t: PyType, methods: MethodTable): void {
  for (const [name, fn] of Object.entries(methods)) {
    setTypeAttr(t, name, new PyBuiltinFunction(name, fn, 'staticmethod', t, undefined, null));
  }
}
