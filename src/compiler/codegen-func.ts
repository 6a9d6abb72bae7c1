// Code generation for function, lambda and class definitions, as CPython 3.11's compiler_function,
// compiler_lambda, compiler_class and compiler_make_closure: defaults, keyword-only defaults,
// annotations and the closure are pushed below the code object for MAKE_FUNCTION; decorators are
// evaluated first and applied last (`CALL 0` with the decorator as the callable below the function).

import type * as A from '../parser/ast.js';
import type { PyCode } from '../objects/code.js';
import { None } from '../objects/singletons.js';
import { Op } from './opcodes.js';
import { tupleOf } from './constants.js';
import type { Compiler } from './codegen.js';
import { callHelper } from './codegen-expr.js';
import { compileBody, docstringOf } from './codegen-stmt.js';
import { CELL, mangle } from './symtable.js';
import { unparseAnnotation } from './unparse.js';

/** makeClosure: pushes a function made from co, loading the cells it closes over. */
export function makeClosure(c: Compiler, co: PyCode, flags: number): void {
  const u = c.u;
  if (co.freevars.length > 0) {
    for (const name of co.freevars) {
      // A method's free variable named like a class-level binding is both free and local in the
      // class: it is passed on from the class's own closure.
      const reftype = u.scopeType === 'class' && name === '__class__' ? CELL : u.ste.scopeOf(name);
      if (reftype === 0) throw new Error(`compiler: unknown scope for ${name} in ${u.name}`);
      c.emit(Op.LOAD_CLOSURE, c.derefIndex(name, reftype === CELL));
    }
    flags |= 0x08;
    c.emit(Op.BUILD_TUPLE, co.freevars.length);
  }
  c.emitConst(co);
  c.emit(Op.MAKE_FUNCTION, flags);
}

function checkDebugArgs(c: Compiler, args: A.Arguments): void {
  for (const a of args.posonlyargs) c.checkForbidden(a.arg, 'Store');
  for (const a of args.args) c.checkForbidden(a.arg, 'Store');
  if (args.vararg !== null) c.checkForbidden(args.vararg.arg, 'Store');
  for (const a of args.kwonlyargs) c.checkForbidden(a.arg, 'Store');
  if (args.kwarg !== null) c.checkForbidden(args.kwarg.arg, 'Store');
}

// compiler_default_arguments(): the defaults tuple and the keyword-only defaults dict.
function defaultArguments(c: Compiler, args: A.Arguments): number {
  let flags = 0;
  if (args.defaults.length > 0) {
    for (const d of args.defaults) c.visitExpr(d);
    c.emit(Op.BUILD_TUPLE, args.defaults.length);
    flags |= 0x01;
  }
  const keys: string[] = [];
  args.kwonlyargs.forEach((a, i) => {
    const d = args.kw_defaults[i];
    if (d === null || d === undefined) return;
    keys.push(mangle(c.u.privateName, a.arg));
    c.visitExpr(d);
  });
  if (keys.length > 0) {
    c.emitConst(tupleOf(keys));
    c.emit(Op.BUILD_CONST_KEY_MAP, keys.length);
    flags |= 0x02;
  }
  return flags;
}

// compiler_visit_annotations(): (name, value, ...) for MAKE_FUNCTION; args come before posonlyargs
// as in CPython 3.11.
function visitAnnotations(c: Compiler, args: A.Arguments, returns: A.ExprNode | null): boolean {
  let n = 0;
  const one = (id: string, annotation: A.ExprNode | null): void => {
    if (annotation === null) return;
    c.emitConst(mangle(c.u.privateName, id));
    if (c.futureAnnotations) {
      c.emitConst(unparseAnnotation(annotation));
    } else if (annotation._type === 'Starred') {
      // *args: *Ts
      c.visitExpr(annotation.value);
      c.emit(Op.UNPACK_SEQUENCE, 1);
    } else {
      c.visitExpr(annotation);
    }
    n += 2;
  };
  for (const a of args.args) one(a.arg, a.annotation);
  for (const a of args.posonlyargs) one(a.arg, a.annotation);
  if (args.vararg !== null) one(args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) one(a.arg, a.annotation);
  if (args.kwarg !== null) one(args.kwarg.arg, args.kwarg.annotation);
  one('return', returns);
  if (n === 0) return false;
  c.emit(Op.BUILD_TUPLE, n);
  return true;
}

export function compileFunction(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean): void {
  const args = s.args;
  checkDebugArgs(c, args);
  for (const d of s.decorator_list) c.visitExpr(d);
  const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0]!.lineno : s.lineno;
  let flags = defaultArguments(c, args);
  if (visitAnnotations(c, args, s.returns)) flags |= 0x04;

  c.enterScope(s.name, isAsync ? 'async_function' : 'function', s, firstlineno);
  const doc = docstringOf(s.body);
  // co_consts[0] is the docstring, or None.
  c.addConst(doc ?? None);
  c.u.docstring = doc;
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
  for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) c.visitStmt(s.body[i]!);
  const co = c.assemble(true);
  c.exitScope();

  makeClosure(c, co, flags);
  for (let i = 0; i < s.decorator_list.length; i++) c.emit(Op.CALL, 0);
  c.nameop(s.name, 'Store');
}

export function compileLambda(c: Compiler, e: A.Lambda): void {
  const args = e.args;
  checkDebugArgs(c, args);
  const flags = defaultArguments(c, args);
  c.enterScope('<lambda>', 'lambda', e, e.lineno);
  // None first among the constants: a lambda has no docstring.
  c.addConst(None);
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
  c.visitExpr(e.body);
  let co: PyCode;
  if (c.u.ste.generator) {
    co = c.assemble(false);
  } else {
    c.emit(Op.RETURN_VALUE);
    co = c.assemble(true);
  }
  c.exitScope();
  makeClosure(c, co, flags);
}

export function compileClass(c: Compiler, s: A.ClassDef): void {
  for (const d of s.decorator_list) c.visitExpr(d);
  const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0]!.lineno : s.lineno;

  // 1. The class body as a code object.
  c.enterScope(s.name, 'class', s, firstlineno);
  c.u.privateName = s.name;
  c.u.docstring = docstringOf(s.body);
  c.nameop('__name__', 'Load');
  c.nameop('__module__', 'Store');
  c.emitConst(c.u.qualname);
  c.nameop('__qualname__', 'Store');
  compileBody(c, s.body);
  c.unsetLoc();
  if (c.u.ste.needsClassClosure) {
    // The __class__ cell goes to type.__new__ as __classcell__, and is returned.
    c.emit(Op.LOAD_CLOSURE, c.derefIndex('__class__', true));
    c.emit(Op.COPY, 1);
    c.nameop('__classcell__', 'Store');
  } else {
    c.emitConst(None);
  }
  c.emit(Op.RETURN_VALUE);
  const co = c.assemble(true);
  c.exitScope();

  // 2. __build_class__(func, name, *bases, **keywords)
  c.emit(Op.PUSH_NULL);
  c.emit(Op.LOAD_BUILD_CLASS);
  makeClosure(c, co, 0);
  c.emitConst(s.name);
  callHelper(c, 2, s.bases, s.keywords);
  for (let i = 0; i < s.decorator_list.length; i++) c.emit(Op.CALL, 0);
  c.nameop(s.name, 'Store');
}
