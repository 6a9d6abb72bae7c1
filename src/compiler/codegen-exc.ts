// Code generation for exception handling and the statements that leave blocks early, as CPython
// 3.11's compiler_try_except / compiler_try_finally / compiler_try_star_*, compiler_with and
// compiler_async_with, compiler_async_for, and compiler_unwind_fblock (break, continue and return
// run the finally bodies and __exit__ calls of the blocks they leave, inline).
//
// Handlers are marked with the SETUP_* / POP_BLOCK pseudo-instructions; the assembler turns them
// into the exception table. The stack a handler sees is written beside each handler below.

import type * as A from '../parser/ast.js';
import { None } from '../objects/singletons.js';
import { Op } from './opcodes.js';
import { POP_BLOCK, SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH } from './assemble.js';
import type { Compiler, FBlock } from './codegen.js';
import type { Loc } from './errors.js';
import { addYieldFrom } from './codegen-expr.js';

/** popExceptAndReraise: [prev_exc, lasti, exc] -> restore prev_exc, re-raise exc at lasti. */
function popExceptAndReraise(c: Compiler): void {
  c.emit(Op.COPY, 3);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 1);
}

/** callExitWithNones: __exit__(None, None, None), the exit function being below on the stack. */
function callExitWithNones(c: Compiler): void {
  c.emitConst(None);
  c.emitConst(None);
  c.emitConst(None);
  // [exit, None, None, None]: CALL 2 calls exit (the "method") with self=None and two more.
  c.emit(Op.CALL, 2);
}

function awaitResult(c: Compiler, where: number): void {
  c.emit(Op.GET_AWAITABLE, where);
  c.emitConst(None);
  addYieldFrom(c);
}

/** unwindFBlock: the code that leaving frame block `info` early needs (compiler_unwind_fblock). */
function unwindFBlock(c: Compiler, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case 'while':
    case 'exception_handler':
    case 'exception_group_handler':
    case 'async_comprehension_generator':
      return;
    case 'for':
      // Pop the iterator.
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP);
      return;
    case 'try_except':
      c.emit(POP_BLOCK);
      return;
    case 'finally_try':
      c.emit(POP_BLOCK);
      if (preserveTos) c.pushFBlock('pop_value', null, null, null);
      c.visitStmts(info.datum as readonly A.Stmt[]);
      if (preserveTos) c.popFBlock('pop_value');
      // The finally body seems to run after the unwinding statement.
      c.unsetLoc();
      return;
    case 'finally_end':
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP); // exc_value
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      return;
    case 'with':
    case 'async_with':
      c.setLoc(info.datum as A.With);
      c.emit(POP_BLOCK);
      if (preserveTos) c.emit(Op.SWAP, 2);
      callExitWithNones(c);
      if (info.type === 'async_with') awaitResult(c, 2);
      c.emit(Op.POP_TOP);
      c.unsetLoc();
      return;
    case 'handler_cleanup': {
      const name = info.datum as string | null;
      if (name !== null) c.emit(POP_BLOCK);
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      if (name !== null) {
        c.emitConst(None);
        c.nameop(name, 'Store');
        c.nameop(name, 'Del');
      }
      return;
    }
    case 'pop_value':
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP);
      return;
  }
}

/**
 * unwindFBlockStack: unwinds the frame blocks from the innermost out; with `toLoop`, stops at
 * (and returns) the innermost loop, which is left in place. The blocks stay on the compile-time
 * stack: only the code that leaves them is emitted here.
 */
export function unwindFBlockStack(c: Compiler, preserveTos: boolean, toLoop: boolean): FBlock | null {
  const fblocks = c.u.fblocks;
  if (fblocks.length === 0) return null;
  const top = fblocks[fblocks.length - 1]!;
  if (top.type === 'exception_group_handler') c.error("'break', 'continue' and 'return' cannot appear in an except* block");
  if (toLoop && (top.type === 'while' || top.type === 'for')) return top;
  fblocks.pop();
  try {
    unwindFBlock(c, top, preserveTos);
    return unwindFBlockStack(c, preserveTos, toLoop);
  } finally {
    fblocks.push(top);
  }
}

/** statementLoc: the current location, to report an error at the statement after unwinding moved it. */
function statementLoc(c: Compiler): Loc {
  const u = c.u;
  return { lineno: u.lineno, end_lineno: u.endLineno, col_offset: u.col, end_col_offset: u.endCol };
}

export function compileBreak(c: Compiler): void {
  const at = statementLoc(c);
  c.emit(Op.NOP);
  const loop = unwindFBlockStack(c, false, true);
  if (loop === null) {
    c.setLoc(at);
    c.error("'break' outside loop");
  }
  unwindFBlock(c, loop, false);
  c.emitJump(Op.JUMP, loop.exit!);
}

export function compileContinue(c: Compiler): void {
  const at = statementLoc(c);
  c.emit(Op.NOP);
  const loop = unwindFBlockStack(c, false, true);
  if (loop === null) {
    c.setLoc(at);
    c.error("'continue' not properly in loop");
  }
  c.emitJump(Op.JUMP, loop.block!);
}

// compiler_with_except_finish(): stack [exit, lasti, prev_exc, exc, res]; res true swallows exc.
function withExceptFinish(c: Compiler, cleanup: ReturnType<Compiler['newLabel']>): void {
  c.unsetLoc();
  const exit = c.newLabel();
  c.emitJump(Op.POP_JUMP_IF_TRUE, exit);
  c.emit(Op.RERAISE, 2);
  c.useLabel(cleanup);
  popExceptAndReraise(c);
  c.useLabel(exit);
  c.emit(Op.POP_TOP); // exc
  c.emit(POP_BLOCK);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.POP_TOP); // lasti
  c.emit(Op.POP_TOP); // exit
}

export function compileWith(c: Compiler, s: A.With, pos: number): void {
  const item = s.items[pos]!;
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  c.visitExpr(item.context_expr);
  // [exit, enter_result]; the handler `final` gets [exit, lasti, exc].
  c.emit(Op.BEFORE_WITH);
  c.emitJump(SETUP_WITH, final);
  c.useLabel(block);
  c.pushFBlock('with', block, final, s);
  if (item.optional_vars !== null) c.visitExpr(item.optional_vars);
  else c.emit(Op.POP_TOP);
  if (pos + 1 === s.items.length) c.visitStmts(s.body);
  else compileWith(c, s, pos + 1);
  c.unsetLoc();
  c.emit(POP_BLOCK);
  c.popFBlock('with');
  // Success: exit(None, None, None).
  c.setLoc(s);
  callExitWithNones(c);
  c.emit(Op.POP_TOP);
  c.emitJump(Op.JUMP, exit);
  // An exception: exit(type, value, traceback) decides whether it is swallowed.
  c.useLabel(final);
  c.emitJump(SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.emit(Op.WITH_EXCEPT_START);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

function checkAsync(c: Compiler, what: string): void {
  if (c.u.scopeType !== 'async_function') c.error(`'${what}' outside async function`);
}

export function compileAsyncWith(c: Compiler, s: A.AsyncWith, pos: number): void {
  const item = s.items[pos]!;
  checkAsync(c, 'async with');
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  c.visitExpr(item.context_expr);
  c.emit(Op.BEFORE_ASYNC_WITH);
  awaitResult(c, 1);
  c.emitJump(SETUP_WITH, final);
  c.useLabel(block);
  c.pushFBlock('async_with', block, final, s);
  if (item.optional_vars !== null) c.visitExpr(item.optional_vars);
  else c.emit(Op.POP_TOP);
  if (pos + 1 === s.items.length) c.visitStmts(s.body);
  else compileAsyncWith(c, s, pos + 1);
  c.popFBlock('async_with');
  c.emit(POP_BLOCK);
  c.setLoc(s);
  callExitWithNones(c);
  awaitResult(c, 2);
  c.emit(Op.POP_TOP);
  c.emitJump(Op.JUMP, exit);
  c.useLabel(final);
  c.emitJump(SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.emit(Op.WITH_EXCEPT_START);
  awaitResult(c, 2);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

export function compileAsyncFor(c: Compiler, s: A.AsyncFor): void {
  checkAsync(c, 'async for');
  const start = c.newLabel();
  const except = c.newLabel();
  const end = c.newLabel();
  c.visitExpr(s.iter);
  c.emit(Op.GET_AITER);
  c.useLabel(start);
  c.pushFBlock('for', start, end, null);
  // Only __anext__ is guarded: its StopAsyncIteration ends the loop at END_ASYNC_FOR.
  c.emitJump(SETUP_FINALLY, except);
  c.emit(Op.GET_ANEXT);
  c.emitConst(None);
  addYieldFrom(c);
  c.emit(POP_BLOCK);
  c.visitExpr(s.target);
  c.visitStmts(s.body);
  c.unsetLoc();
  c.emitJump(Op.JUMP, start);
  c.popFBlock('for');
  // [aiter, exc]
  c.useLabel(except);
  c.setLoc(s.iter);
  c.emit(Op.END_ASYNC_FOR);
  c.visitStmts(s.orelse);
  c.useLabel(end);
}

export function compileTryFinally(c: Compiler, s: A.Try | A.TryStar): void {
  const end = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  const body = c.newLabel();
  // `try` block; the handler `end` gets [exc].
  c.emitJump(SETUP_FINALLY, end);
  c.useLabel(body);
  c.pushFBlock('finally_try', body, end, s.finalbody);
  if (s.handlers.length > 0) {
    if (s._type === 'Try') compileTryExcept(c, s);
    else compileTryStarExcept(c, s);
  } else {
    c.visitStmts(s.body);
  }
  c.unsetLoc();
  c.emit(POP_BLOCK);
  c.popFBlock('finally_try');
  c.visitStmts(s.finalbody);
  c.emitJumpNoLine(Op.JUMP, exit);
  // `finally` block, run with the exception: [prev_exc, exc].
  c.useLabel(end);
  c.unsetLoc();
  c.emitJump(SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock('finally_end', end, null, null);
  c.visitStmts(s.finalbody);
  c.popFBlock('finally_end');
  c.emit(Op.RERAISE, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c);
  c.useLabel(exit);
}

export const compileTryStarFinally = compileTryFinally;

export function compileTryExcept(c: Compiler, s: A.Try): void {
  const body = c.newLabel();
  let except = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  c.emitJump(SETUP_FINALLY, except);
  c.useLabel(body);
  c.pushFBlock('try_except', body, null, null);
  c.visitStmts(s.body);
  c.popFBlock('try_except');
  c.emitNoLine(POP_BLOCK);
  c.visitStmts(s.orelse);
  c.emitJumpNoLine(Op.JUMP, end);
  const n = s.handlers.length;
  // [exc] -> [prev_exc, exc]; any exception raised while handling goes to `cleanup`.
  c.useLabel(except);
  c.unsetLoc();
  c.emitJump(SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock('exception_handler', null, null, null);
  s.handlers.forEach((handler, i) => {
    c.setLoc(handler);
    if (handler.type === null && i < n - 1) c.error("default 'except:' must be last");
    except = c.newLabel();
    if (handler.type !== null) {
      c.visitExpr(handler.type);
      c.emit(Op.CHECK_EXC_MATCH);
      c.emitJump(Op.POP_JUMP_IF_FALSE, except);
    }
    if (handler.name !== null) {
      const cleanupEnd = c.newLabel();
      const cleanupBody = c.newLabel();
      c.nameop(handler.name, 'Store');
      // try: body  finally: name = None; del name
      c.emitJump(SETUP_CLEANUP, cleanupEnd);
      c.useLabel(cleanupBody);
      c.pushFBlock('handler_cleanup', cleanupBody, null, handler.name);
      c.visitStmts(handler.body);
      c.popFBlock('handler_cleanup');
      c.unsetLoc();
      c.emit(POP_BLOCK);
      c.emit(POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      c.emitConst(None);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
      c.emitJump(Op.JUMP, end);
      // [prev_exc, lasti, exc]
      c.useLabel(cleanupEnd);
      c.unsetLoc();
      c.emitConst(None);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
      c.emit(Op.RERAISE, 1);
    } else {
      const cleanupBody = c.newLabel();
      c.emit(Op.POP_TOP); // exc
      c.useLabel(cleanupBody);
      c.pushFBlock('handler_cleanup', cleanupBody, null, null);
      c.visitStmts(handler.body);
      c.popFBlock('handler_cleanup');
      c.unsetLoc();
      c.emit(POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      c.emitJump(Op.JUMP, end);
    }
    c.useLabel(except);
  });
  // No handler matched: re-raise.
  c.unsetLoc();
  c.popFBlock('exception_handler');
  c.emit(Op.RERAISE, 0);
  // [prev_exc, lasti, exc]
  c.useLabel(cleanup);
  popExceptAndReraise(c);
  c.useLabel(end);
}

/**
 * compileTryStarExcept: `try: ... except* T as V: ...`. The handler keeps [orig, res, rest]:
 * the original exception group, the list of exceptions raised or re-raised by the except* bodies,
 * and what remains unmatched; PREP_RERAISE_STAR combines them at the end.
 */
export function compileTryStarExcept(c: Compiler, s: A.TryStar): void {
  const body = c.newLabel();
  let except = c.newLabel();
  const orelse = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  const reraiseStar = c.newLabel();
  c.emitJump(SETUP_FINALLY, except);
  c.useLabel(body);
  c.pushFBlock('try_except', body, null, null);
  c.visitStmts(s.body);
  c.popFBlock('try_except');
  c.emitNoLine(POP_BLOCK);
  c.emitJumpNoLine(Op.JUMP, orelse);
  const n = s.handlers.length;
  c.useLabel(except);
  c.unsetLoc();
  c.emitJump(SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock('exception_group_handler', null, null, 'except handler');
  s.handlers.forEach((handler, i) => {
    c.setLoc(handler);
    except = c.newLabel();
    const exceptWithError = c.newLabel();
    const noMatch = c.newLabel();
    if (i === 0) {
      // [exc] -> [orig, [], exc]
      c.emit(Op.COPY, 1);
      c.emit(Op.BUILD_LIST, 0);
      c.emit(Op.SWAP, 2);
    }
    if (handler.type !== null) {
      c.visitExpr(handler.type);
      c.emit(Op.CHECK_EG_MATCH);
      c.emit(Op.COPY, 1);
      c.emitJump(Op.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = c.newLabel();
    const cleanupBody = c.newLabel();
    if (handler.name !== null) c.nameop(handler.name, 'Store');
    else c.emit(Op.POP_TOP); // match
    c.emitJump(SETUP_CLEANUP, cleanupEnd);
    c.useLabel(cleanupBody);
    c.pushFBlock('handler_cleanup', cleanupBody, null, handler.name);
    c.visitStmts(handler.body);
    c.popFBlock('handler_cleanup');
    c.unsetLoc();
    c.emit(POP_BLOCK);
    if (handler.name !== null) {
      c.emitConst(None);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
    }
    c.emitJump(Op.JUMP, except);
    // An exception raised in the body: [orig, res, rest, lasti, exc] -> add it to res.
    c.useLabel(cleanupEnd);
    c.unsetLoc();
    if (handler.name !== null) {
      c.emitConst(None);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
    }
    c.emit(Op.LIST_APPEND, 3);
    c.emit(Op.POP_TOP); // lasti
    c.emitJump(Op.JUMP, exceptWithError);
    c.useLabel(except);
    c.emit(Op.NOP);
    c.emitJump(Op.JUMP, exceptWithError);
    c.useLabel(noMatch);
    c.emit(Op.POP_TOP); // match (None)
    c.useLabel(exceptWithError);
    if (i === n - 1) {
      // The unmatched rest (or None) joins the list.
      c.emit(Op.LIST_APPEND, 1);
      c.emitJump(Op.JUMP, reraiseStar);
    }
  });
  c.unsetLoc();
  c.popFBlock('exception_group_handler');
  const reraise = c.newLabel();
  c.useLabel(reraiseStar);
  c.emit(Op.PREP_RERAISE_STAR);
  c.emit(Op.COPY, 1);
  c.emitJump(Op.POP_JUMP_IF_NOT_NONE, reraise);
  // Nothing to re-raise.
  c.emit(Op.POP_TOP);
  c.emit(POP_BLOCK);
  c.emit(Op.POP_EXCEPT);
  c.emitJump(Op.JUMP, end);
  c.useLabel(reraise);
  c.emit(POP_BLOCK);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c);
  c.useLabel(orelse);
  c.visitStmts(s.orelse);
  c.useLabel(end);
}
