// An independent check of a code object's stack discipline, on the finished code (not the
// assembler's blocks): every path through the instructions, and into every exception handler,
// must meet each instruction at one stack depth, never below zero and never above co_stacksize.

import { PyCode, EXC_ENTRY_SIZE } from '../../../src/objects/code.js';
import { isJump, Op, stackEffect, stackPops } from '../../../src/compiler/opcodes.js';

function endsFlow(op: number): boolean {
  return op === Op.JUMP || op === Op.RETURN_VALUE || op === Op.RERAISE || op === Op.RAISE_VARARGS;
}

/** stackProblems: what is wrong with code's stack use (and its nested code objects'); [] if nothing. */
export function stackProblems(code: PyCode): string[] {
  const problems: string[] = [];
  const n = code.code.length;
  const depthAt = new Int32Array(n).fill(-1);
  const table = code.exceptionTable;
  const handlerOf = (pc: number): number => {
    for (let i = 0; i < table.length; i += EXC_ENTRY_SIZE) if (table[i]! <= pc && pc < table[i + 1]!) return i;
    return -1;
  };
  const todo: number[] = [];
  const reach = (pc: number, depth: number, from: number): void => {
    if (pc < 0 || pc >= n) {
      problems.push(`${code.qualname}@${from}: flow leaves the code`);
      return;
    }
    if (depthAt[pc] === -1) {
      depthAt[pc] = depth;
      todo.push(pc);
    } else if (depthAt[pc] !== depth) {
      problems.push(`${code.qualname}@${pc}: depth ${depthAt[pc]} and ${depth}`);
    }
  };
  reach(0, 0, 0);
  // Handlers are reached by the exception table alone.
  while (todo.length > 0) {
    const pc = todo.pop()!;
    const depth = depthAt[pc]!;
    const op = code.code[pc]! & 0xff;
    const arg = code.code[pc]! >>> 8;
    if (stackPops(op, arg, false) > depth) problems.push(`${code.qualname}@${pc}: pops below the bottom`);
    const after = depth + stackEffect(op, arg, false);
    if (after > code.stacksize) problems.push(`${code.qualname}@${pc}: depth ${after} above stacksize ${code.stacksize}`);
    const h = handlerOf(pc);
    if (h >= 0) {
      const hdepth = table[h + 3]!;
      if (hdepth > depth) problems.push(`${code.qualname}@${pc}: handler depth ${hdepth} above the stack ${depth}`);
      const entered = hdepth + table[h + 4]! + 1;
      if (entered > code.stacksize) problems.push(`${code.qualname}@${pc}: handler stack ${entered} above stacksize`);
      reach(table[h + 2]!, entered, pc);
    }
    if (isJump(op)) {
      const jd = depth + stackEffect(op, arg, true);
      if (jd > code.stacksize) problems.push(`${code.qualname}@${pc}: jump depth above stacksize`);
      reach(arg, jd, pc);
    }
    if (!endsFlow(op)) reach(pc + 1, after, pc);
    if (problems.length > 20) break;
  }
  if (code.code.length > 0 && depthAt.every((d) => d < 0)) problems.push(`${code.qualname}: nothing reachable`);
  for (const k of code.consts) if (k instanceof PyCode) problems.push(...stackProblems(k));
  return problems;
}
