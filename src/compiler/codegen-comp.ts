// Code generation for comprehensions and generator expressions, as CPython 3.11's
// compiler_comprehension: each is a function of its own, called at once with the iterator of the
// outermost iterable (evaluated in the enclosing scope) as its argument `.0`.

import type * as A from '../parser/ast.js';
import { Op } from './opcodes.js';
import type { Compiler } from './codegen.js';
import { addYield, addYieldFrom, jumpIf, visitIter } from './codegen-expr.js';
import { makeClosure } from './codegen-func.js';
import { POP_BLOCK, SETUP_FINALLY } from './assemble.js';
import type { ComprehensionKind } from './symtable.js';
import { None } from '../objects/singletons.js';

type ComprehensionNode = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

function appendElement(c: Compiler, kind: ComprehensionKind, depth: number, elt: A.ExprNode, value: A.ExprNode | null): void {
  switch (kind) {
    case 'genexp':
      c.visitExpr(elt);
      addYield(c);
      c.emit(Op.POP_TOP);
      return;
    case 'list':
      c.visitExpr(elt);
      c.emit(Op.LIST_APPEND, depth + 1);
      return;
    case 'set':
      c.visitExpr(elt);
      c.emit(Op.SET_ADD, depth + 1);
      return;
    case 'dict':
      // {k: v}: k is evaluated before v.
      c.visitExpr(elt);
      c.visitExpr(value!);
      c.emit(Op.MAP_ADD, depth + 1);
      return;
  }
}

function generator(c: Compiler, gens: readonly A.Comprehension[], index: number, depth: number, elt: A.ExprNode, value: A.ExprNode | null, kind: ComprehensionKind): void {
  if (gens[index]!.is_async) asyncGenerator(c, gens, index, depth, elt, value, kind);
  else syncGenerator(c, gens, index, depth, elt, value, kind);
}

function syncGenerator(c: Compiler, gens: readonly A.Comprehension[], index: number, depth: number, elt: A.ExprNode, value: A.ExprNode | null, kind: ComprehensionKind): void {
  let start: ReturnType<Compiler['newLabel']> | null = c.newLabel();
  const ifCleanup = c.newLabel();
  const anchor = c.newLabel();
  const gen = gens[index]!;
  if (index === 0) {
    // The outermost iterator is the argument.
    c.u.argcount = 1;
    c.emit(Op.LOAD_FAST, 0);
  } else {
    // `for y in [f(x)]`: a one-item list or tuple is just assigned.
    const it = gen.iter;
    const elts = it._type === 'List' || it._type === 'Tuple' ? it.elts : null;
    if (elts !== null && elts.length === 1 && elts[0]!._type !== 'Starred') {
      c.visitExpr(elts[0]!);
      start = null;
    } else {
      visitIter(c, it);
      c.emit(Op.GET_ITER);
    }
  }
  if (start !== null) {
    depth++;
    c.useLabel(start);
    c.emitJump(Op.FOR_ITER, anchor);
  }
  c.visitExpr(gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);
  if (index + 1 < gens.length) generator(c, gens, index + 1, depth, elt, value, kind);
  else appendElement(c, kind, depth, elt, value);
  c.useLabel(ifCleanup);
  if (start !== null) {
    c.emitJump(Op.JUMP, start);
    c.useLabel(anchor);
  }
}

function asyncGenerator(c: Compiler, gens: readonly A.Comprehension[], index: number, depth: number, elt: A.ExprNode, value: A.ExprNode | null, kind: ComprehensionKind): void {
  const start = c.newLabel();
  const except = c.newLabel();
  const ifCleanup = c.newLabel();
  const gen = gens[index]!;
  if (index === 0) {
    c.u.argcount = 1;
    c.emit(Op.LOAD_FAST, 0);
  } else {
    visitIter(c, gen.iter);
    c.emit(Op.GET_AITER);
  }
  c.useLabel(start);
  c.pushFBlock('async_comprehension_generator', start, null, null);
  c.emitJump(SETUP_FINALLY, except);
  c.emit(Op.GET_ANEXT);
  c.emitConst(None);
  addYieldFrom(c);
  c.emit(POP_BLOCK);
  c.visitExpr(gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);
  depth++;
  if (index + 1 < gens.length) generator(c, gens, index + 1, depth, elt, value, kind);
  else appendElement(c, kind, depth, elt, value);
  c.useLabel(ifCleanup);
  c.emitJump(Op.JUMP, start);
  c.popFBlock('async_comprehension_generator');
  c.useLabel(except);
  c.emit(Op.END_ASYNC_FOR);
}

export function compileComprehension(
  c: Compiler,
  e: ComprehensionNode,
  kind: ComprehensionKind,
  name: string,
  gens: readonly A.Comprehension[],
  elt: A.ExprNode,
  value: A.ExprNode | null,
): void {
  const outerScope = c.u.scopeType;
  const outermost = gens[0]!;
  c.enterScope(name, 'comprehension', e, e.lineno);
  c.setLoc(e);
  const isAsyncGenerator = c.u.ste.coroutine;
  if (isAsyncGenerator && kind !== 'genexp' && outerScope !== 'async_function' && outerScope !== 'comprehension') {
    c.exitScope();
    c.error('asynchronous comprehension outside of an asynchronous function');
  }
  if (kind !== 'genexp') c.emit(kind === 'list' ? Op.BUILD_LIST : kind === 'set' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
  generator(c, gens, 0, 0, elt, value, kind);
  if (kind !== 'genexp') c.emit(Op.RETURN_VALUE);
  const co = c.assemble(true);
  c.exitScope();

  makeClosure(c, co, 0);
  visitIter(c, outermost.iter);
  c.emit(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  // [func, iter]: CALL 0 calls func (the "method") with iter as its self.
  c.emit(Op.CALL, 0);
  if (isAsyncGenerator && kind !== 'genexp') {
    c.emit(Op.GET_AWAITABLE, 0);
    c.emitConst(None);
    addYieldFrom(c);
  }
}
