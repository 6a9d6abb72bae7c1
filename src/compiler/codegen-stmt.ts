// Code generation for simple statements and the loops and conditionals, as CPython 3.11's
// compiler_body, compiler_return, compiler_if/while/for, compiler_augassign, compiler_annassign,
// compiler_import/from_import, compiler_assert and compiler_visit_stmt_expr.

import type * as A from '../parser/ast.js';
import { None } from '../objects/singletons.js';
import { INPLACE_OFFSET, Op } from './opcodes.js';
import { constantOf, isConstantExpr, tupleOf } from './constants.js';
import type { Compiler } from './codegen.js';
import { binopArg, jumpIf, visitIter } from './codegen-expr.js';
import { unwindFBlockStack } from './codegen-exc.js';
import { unparseAnnotation } from './unparse.js';
import { mangle } from './symtable.js';

/** docstringOf: the docstring of a body: a leading expression statement that is a str constant. */
export function docstringOf(body: readonly A.Stmt[]): string | null {
  const first = body[0];
  if (first === undefined || first._type !== 'Expr') return null;
  const v = first.value;
  return v._type === 'Constant' && typeof v.value === 'string' ? v.value : null;
}

/** findAnnotations: whether a body has an annotated assignment outside nested scopes (find_ann). */
export function findAnnotations(body: readonly A.Stmt[]): boolean {
  for (const s of body) {
    switch (s._type) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (findAnnotations(s.body) || findAnnotations(s.orelse)) return true;
        break;
      case 'With':
      case 'AsyncWith':
        if (findAnnotations(s.body)) return true;
        break;
      case 'Try':
      case 'TryStar':
        for (const h of s.handlers) if (findAnnotations(h.body)) return true;
        if (findAnnotations(s.body) || findAnnotations(s.finalbody) || findAnnotations(s.orelse)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/** compileBody: a module or class body: __annotations__, the docstring as __doc__, the statements. */
export function compileBody(c: Compiler, body: readonly A.Stmt[]): void {
  // SETUP_ANNOTATIONS takes the first statement's line.
  if (c.u.scopeType === 'module' && body.length > 0) c.setLoc(body[0]!);
  if (findAnnotations(body)) c.emit(Op.SETUP_ANNOTATIONS);
  if (body.length === 0) return;
  let i = 0;
  const doc = docstringOf(body);
  if (doc !== null) {
    i = 1;
    const st = body[0] as A.Expr;
    c.setLoc(st);
    c.visitExpr(st.value);
    c.unsetLoc();
    c.nameop('__doc__', 'Store');
  }
  for (; i < body.length; i++) c.visitStmt(body[i]!);
}

export function compileExprStmt(c: Compiler, value: A.ExprNode): void {
  if (c.interactive && c.nestlevel <= 1) {
    c.visitExpr(value);
    c.emit(Op.PRINT_EXPR);
    return;
  }
  if (isConstantExpr(value)) {
    c.emit(Op.NOP);
    return;
  }
  c.visitExpr(value);
  c.emitNoLine(Op.POP_TOP);
}

export function compileReturn(c: Compiler, s: A.Return): void {
  const value = s.value;
  const isConst = value !== null && isConstantExpr(value);
  const preserveTos = value !== null && !isConst;
  const ste = c.u.ste;
  if (ste.type !== 'function') c.error("'return' outside function");
  if (value !== null && ste.coroutine && ste.generator) c.error("'return' with value in async generator");
  if (preserveTos) {
    c.visitExpr(value);
  } else if (value !== null) {
    c.setLoc(value);
    c.emit(Op.NOP);
  }
  if (value === null || value.lineno !== s.lineno) {
    c.setLoc(s);
    c.emit(Op.NOP);
  }
  unwindFBlockStack(c, preserveTos, false);
  if (value === null) c.emitConst(None);
  else if (!preserveTos) c.emitConst(constantOf(value)!);
  c.emit(Op.RETURN_VALUE);
}

function isSwappable(targets: readonly A.ExprNode[], value: A.ExprNode): number {
  // The optimizer turns `BUILD_TUPLE n; UNPACK_SEQUENCE n` (n <= 3) into SWAPs: `a, b = b, a`.
  if (targets.length !== 1) return 0;
  const t = targets[0]!;
  if ((t._type !== 'Tuple' && t._type !== 'List') || value._type !== 'Tuple') return 0;
  const n = value.elts.length;
  if (n === 0 || n > 3 || t.elts.length !== n) return 0;
  if (t.elts.some((x) => x._type === 'Starred') || value.elts.some((x) => x._type === 'Starred')) return 0;
  if (isConstantExpr(value)) return 0;
  return n;
}

export function compileAssign(c: Compiler, s: A.Assign): void {
  const n = isSwappable(s.targets, s.value);
  if (n > 0) {
    const value = s.value as A.Tuple;
    c.setLoc(value);
    for (const x of value.elts) c.visitExpr(x);
    c.setLoc(s);
    const t = s.targets[0] as A.Tuple | A.List;
    // Distinct fast locals are stored in reverse instead (the optimizer's apply_static_swaps).
    const names = t.elts.map((x) => (x._type === 'Name' && c.isFastLocal(x.id) ? x.id : null));
    if (n > 1 && names.every((x) => x !== null) && new Set(names).size === n) {
      // co_varnames keeps the order of the source, as CPython swaps after numbering locals.
      for (const name of names) c.varIndex(mangle(c.u.privateName, name!));
      for (let i = n - 1; i >= 0; i--) c.visitExpr(t.elts[i]!);
      return;
    }
    if (n > 1) c.emit(Op.SWAP, n);
    for (const x of t.elts) c.visitExpr(x);
    return;
  }
  c.visitExpr(s.value);
  s.targets.forEach((t, i) => {
    if (i < s.targets.length - 1) c.emit(Op.COPY, 1);
    c.visitExpr(t);
  });
}

export function compileAugAssign(c: Compiler, s: A.AugAssign): void {
  const e = s.target;
  const saved = c.saveLoc();
  c.setLoc(e);
  switch (e._type) {
    case 'Attribute':
      c.visitExpr(e.value);
      c.emit(Op.COPY, 1);
      c.emitName(Op.LOAD_ATTR, e.attr);
      break;
    case 'Subscript':
      c.visitExpr(e.value);
      c.visitExpr(e.slice);
      c.emit(Op.COPY, 2);
      c.emit(Op.COPY, 2);
      c.emit(Op.BINARY_SUBSCR);
      break;
    case 'Name':
      c.nameop(e.id, 'Load');
      break;
    default:
      throw new Error(`compiler: invalid node type ${e._type} for augmented assignment`);
  }
  c.setLoc(saved);
  c.visitExpr(s.value);
  c.emit(Op.BINARY_OP, binopArg(s.op) + INPLACE_OFFSET);
  c.setLoc(e);
  switch (e._type) {
    case 'Attribute':
      c.emit(Op.SWAP, 2);
      c.emitName(Op.STORE_ATTR, e.attr);
      break;
    case 'Subscript':
      c.emit(Op.SWAP, 3);
      c.emit(Op.SWAP, 2);
      c.emit(Op.STORE_SUBSCR);
      break;
    case 'Name':
      c.nameop(e.id, 'Store');
      break;
  }
}

/** visitAnnotationValue: an annotation's value: the expression, or its text under future annotations. */
export function visitAnnotationValue(c: Compiler, e: A.ExprNode): void {
  if (c.futureAnnotations) c.emitConst(unparseAnnotation(e));
  else c.visitExpr(e);
}

function checkAnnExpr(c: Compiler, e: A.ExprNode): void {
  c.visitExpr(e);
  c.emit(Op.POP_TOP);
}

function checkAnnSubscr(c: Compiler, e: A.ExprNode): void {
  switch (e._type) {
    case 'Slice':
      if (e.lower !== null) checkAnnExpr(c, e.lower);
      if (e.upper !== null) checkAnnExpr(c, e.upper);
      if (e.step !== null) checkAnnExpr(c, e.step);
      return;
    case 'Tuple':
      for (const x of e.elts) checkAnnSubscr(c, x);
      return;
    default:
      checkAnnExpr(c, e);
  }
}

export function compileAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const targ = s.target;
  if (s.value !== null) {
    c.visitExpr(s.value);
    c.visitExpr(targ);
  }
  const moduleOrClass = c.u.scopeType === 'module' || c.u.scopeType === 'class';
  switch (targ._type) {
    case 'Name':
      c.checkForbidden(targ.id, 'Store');
      // A simple name in a module or class: __annotations__[name] = annotation.
      if (s.simple && moduleOrClass) {
        visitAnnotationValue(c, s.annotation);
        c.emitNameRaw(Op.LOAD_NAME, '__annotations__');
        c.emitConst(mangle(c.u.privateName, targ.id));
        c.emit(Op.STORE_SUBSCR);
      }
      break;
    case 'Attribute':
      c.checkForbidden(targ.attr, 'Store');
      if (s.value === null) checkAnnExpr(c, targ.value);
      break;
    case 'Subscript':
      if (s.value === null) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      throw new Error(`compiler: invalid node type ${targ._type} for annotated assignment`);
  }
  // The annotation of a complex target is evaluated (and dropped) in modules and classes.
  if (!s.simple && !c.futureAnnotations && moduleOrClass) checkAnnExpr(c, s.annotation);
}

export function compileIf(c: Compiler, s: A.If): void {
  const end = c.newLabel();
  const next = s.orelse.length > 0 ? c.newLabel() : end;
  jumpIf(c, s.test, next, false);
  c.visitStmts(s.body);
  if (s.orelse.length > 0) {
    c.emitJumpNoLine(Op.JUMP, end);
    c.useLabel(next);
    c.visitStmts(s.orelse);
  }
  c.useLabel(end);
}

export function compileWhile(c: Compiler, s: A.While): void {
  const loop = c.newLabel();
  const body = c.newLabel();
  const anchor = c.newLabel();
  const end = c.newLabel();
  c.useLabel(loop);
  c.pushFBlock('while', loop, end, null);
  jumpIf(c, s.test, anchor, false);
  c.useLabel(body);
  c.visitStmts(s.body);
  c.setLoc(s);
  jumpIf(c, s.test, body, true);
  c.popFBlock('while');
  c.useLabel(anchor);
  c.visitStmts(s.orelse);
  c.useLabel(end);
}

export function compileFor(c: Compiler, s: A.For): void {
  const start = c.newLabel();
  const cleanup = c.newLabel();
  const end = c.newLabel();
  c.pushFBlock('for', start, end, null);
  visitIter(c, s.iter);
  c.emit(Op.GET_ITER);
  c.useLabel(start);
  c.emitJump(Op.FOR_ITER, cleanup);
  c.visitExpr(s.target);
  c.visitStmts(s.body);
  c.unsetLoc();
  c.emitJump(Op.JUMP, start);
  c.useLabel(cleanup);
  c.popFBlock('for');
  c.visitStmts(s.orelse);
  c.useLabel(end);
}

export function compileRaise(c: Compiler, s: A.Raise): void {
  let n = 0;
  if (s.exc !== null) {
    c.visitExpr(s.exc);
    n++;
    if (s.cause !== null) {
      c.visitExpr(s.cause);
      n++;
    }
  }
  c.emit(Op.RAISE_VARARGS, n);
}

export function compileAssert(c: Compiler, s: A.Assert): void {
  const end = c.newLabel();
  jumpIf(c, s.test, end, true);
  c.emit(Op.LOAD_ASSERTION_ERROR);
  if (s.msg !== null) {
    c.visitExpr(s.msg);
    c.emit(Op.CALL, 0);
  }
  c.emit(Op.RAISE_VARARGS, 1);
  c.useLabel(end);
}

// compiler_import_as(): `import a.b.c as d` loads the submodule through IMPORT_FROM.
function importAs(c: Compiler, name: string, asname: string): void {
  const parts = name.split('.');
  if (parts.length > 1) {
    for (let i = 1; i < parts.length; i++) {
      c.emitNameRaw(Op.IMPORT_FROM, parts[i]!);
      if (i < parts.length - 1) {
        c.emit(Op.SWAP, 2);
        c.emit(Op.POP_TOP);
      }
    }
    c.nameop(asname, 'Store');
    c.emit(Op.POP_TOP);
    return;
  }
  c.nameop(asname, 'Store');
}

export function compileImport(c: Compiler, s: A.Import): void {
  for (const alias of s.names) {
    c.emitConst(0);
    c.emitConst(None);
    c.emitName(Op.IMPORT_NAME, alias.name);
    if (alias.asname !== null) {
      importAs(c, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf('.');
      c.nameop(dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store');
    }
  }
}

export function compileFromImport(c: Compiler, s: A.ImportFrom): void {
  c.emitConst(s.level ?? 0);
  if (s.lineno > c.futureLineno && s.module === '__future__') c.error('from __future__ imports must occur at the beginning of the file');
  c.emitConst(tupleOf(s.names.map((a) => a.name)));
  c.emitName(Op.IMPORT_NAME, s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i]!;
    if (i === 0 && alias.name.startsWith('*')) {
      c.emit(Op.IMPORT_STAR);
      return;
    }
    c.emitName(Op.IMPORT_FROM, alias.name);
    c.nameop(alias.asname ?? alias.name, 'Store');
  }
  c.emit(Op.POP_TOP);
}
