// The assembler: a code unit's instruction list (with labels and the pseudo-instructions that
// mark exception handlers) -> a PyCode. As CPython 3.11's assemble() in Python/compile.c:
// basic blocks, the stack depth by flow analysis (stackdepth()), the handler of every instruction
// (label_exception_targets()), unreachable blocks dropped, jumps threaded, line numbers propagated
// (propagate_line_numbers()), then absolute jump targets and the exception table.

import { PyCode } from '../objects/code.js';
import type { PyValue } from '../objects/object.js';
import { encode, isJump, Op, OP_SPECS, stackEffect } from './opcodes.js';

/** Label: a jump target; `pos` is the index of the instruction it stands before (-1 until placed). */
export class Label {
  pos = -1;
}

/**
 * Pseudo-instructions, removed by the assembler (CPython's SETUP_FINALLY, SETUP_CLEANUP,
 * SETUP_WITH and POP_BLOCK): a SETUP_* makes its target the exception handler of the instructions
 * that follow it until the matching POP_BLOCK (along the flow of control, not the text).
 * SETUP_CLEANUP and SETUP_WITH handlers also get the failing instruction's index (lasti).
 */
export const SETUP_FINALLY = 256;
export const SETUP_CLEANUP = 257;
export const SETUP_WITH = 258;
export const POP_BLOCK = 259;

/** Instr: one emitted instruction with its source range (-1 where none). */
export interface Instr {
  op: number;
  arg: number;
  target: Label | null;
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}

/** CodeParts: everything of a code object but its instructions' final form. */
export interface CodeParts {
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstlineno: number;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly flags: number;
  readonly varnames: readonly string[];
  readonly cellvars: readonly string[];
  readonly freevars: readonly string[];
  readonly names: readonly string[];
  readonly consts: readonly PyValue[];
  readonly docstring: string | null;
  readonly instrs: readonly Instr[];
}

const MAX_ARG = (1 << 23) - 1;

function isSetup(op: number): boolean {
  return op === SETUP_FINALLY || op === SETUP_CLEANUP || op === SETUP_WITH;
}

function pseudoEffect(op: number, jump: boolean): number {
  if (op === POP_BLOCK) return 0;
  if (!jump) return 0;
  // The handler sees the stack at the SETUP plus the exception (and lasti for SETUP_CLEANUP).
  // SETUP_WITH's handler drops __enter__'s result, then pushes lasti and the exception.
  return op === SETUP_CLEANUP ? 2 : 1;
}

function effect(op: number, arg: number, jump: boolean): number {
  return op >= 256 ? pseudoEffect(op, jump) : stackEffect(op, arg, jump);
}

function isJumpOp(op: number): boolean {
  return op < 256 && isJump(op);
}

function endsFlow(op: number): boolean {
  return op === Op.JUMP || op === Op.RETURN_VALUE || op === Op.RERAISE || op === Op.RAISE_VARARGS;
}

class Block {
  instrs: Instr[] = [];
  next: Block | null = null;
  startDepth = -1;
  /** except-stack at entry, during labelling. */
  exceptStack: Block[] | null = null;
  visited = false;
  preserveLasti = false;
  predecessors = 0;
  /** handlers[i]: the handler block of instrs[i] (null: none). */
  handlers: (Block | null)[] = [];
  /** setupTargets: the handlers the block's SETUP_* pseudo-instructions named. */
  setupTargets: Block[] = [];
  /** offset of the first instruction in the final code. */
  offset = -1;
  constructor(readonly id: number) {}

  get last(): Instr | undefined {
    return this.instrs[this.instrs.length - 1];
  }

  /** fallsThrough: whether control can run off the block's end into `next`. */
  get fallsThrough(): boolean {
    const l = this.last;
    return l === undefined || !endsFlow(l.op);
  }
}

function buildBlocks(instrs: readonly Instr[], labels: Label[]): { entry: Block; blocks: Block[]; labelBlock: Map<Label, Block> } {
  const starts = new Set<number>();
  for (const l of labels) starts.add(l.pos);
  const blocks: Block[] = [];
  const byPos = new Map<number, Block>();
  let cur = new Block(0);
  blocks.push(cur);
  byPos.set(0, cur);
  for (let i = 0; i < instrs.length; i++) {
    const last = cur.last;
    if (i > 0 && (starts.has(i) || isJumpOp(last!.op) || endsFlow(last!.op))) {
      const b = new Block(blocks.length);
      cur.next = b;
      blocks.push(b);
      cur = b;
      byPos.set(i, cur);
    }
    cur.instrs.push(instrs[i]!);
  }
  // A label at the very end (after the last instruction) needs an empty block of its own.
  if (starts.has(instrs.length)) {
    const b = new Block(blocks.length);
    cur.next = b;
    blocks.push(b);
    byPos.set(instrs.length, b);
  }
  const labelBlock = new Map<Label, Block>();
  for (const l of labels) {
    if (l.pos < 0) continue;
    const b = byPos.get(l.pos);
    if (b === undefined) throw new Error('compiler: label without a block');
    labelBlock.set(l, b);
  }
  return { entry: blocks[0]!, blocks, labelBlock };
}

/** stackdepth(): flow analysis over fall-through, jump and handler edges; returns max depth. */
function stackDepth(entry: Block, target: (i: Instr) => Block): number {
  let maxDepth = 0;
  const todo: Block[] = [];
  const push = (b: Block, depth: number): void => {
    if (b.startDepth < 0) {
      b.startDepth = depth;
      todo.push(b);
    } else if (b.startDepth !== depth) {
      throw new Error(`compiler: inconsistent stack depth at block ${b.id} (${b.startDepth} vs ${depth})`);
    }
  };
  push(entry, 0);
  while (todo.length > 0) {
    const b = todo.pop()!;
    let depth = b.startDepth;
    let fallthrough = true;
    for (const ins of b.instrs) {
      const newDepth = depth + effect(ins.op, ins.arg, false);
      if (newDepth < 0) throw new Error(`compiler: negative stack depth in block ${b.id}`);
      if (newDepth > maxDepth) maxDepth = newDepth;
      if (ins.target !== null) {
        const targetDepth = depth + effect(ins.op, ins.arg, true);
        if (targetDepth > maxDepth) maxDepth = targetDepth;
        push(target(ins), targetDepth);
      }
      depth = newDepth;
      if (endsFlow(ins.op)) {
        fallthrough = false;
        break;
      }
    }
    if (fallthrough && b.next !== null) push(b.next, depth);
  }
  return maxDepth;
}

/** label_exception_targets(): the handler of each instruction, following the flow of control. */
function labelExceptionTargets(entry: Block, target: (i: Instr) => Block): void {
  const todo: Block[] = [entry];
  entry.visited = true;
  entry.exceptStack = [];
  while (todo.length > 0) {
    const b = todo.pop()!;
    let stack = b.exceptStack!;
    b.exceptStack = null;
    let handler: Block | null = stack.length > 0 ? stack[stack.length - 1]! : null;
    b.handlers = new Array<Block | null>(b.instrs.length).fill(null);
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i]!;
      if (isSetup(ins.op)) {
        const t = target(ins);
        if (!t.visited) {
          t.visited = true;
          t.exceptStack = stack.slice();
          todo.push(t);
        }
        if (ins.op !== SETUP_FINALLY) t.preserveLasti = true;
        stack.push(t);
        handler = t;
      } else if (ins.op === POP_BLOCK) {
        stack.pop();
        handler = stack.length > 0 ? stack[stack.length - 1]! : null;
      } else {
        b.handlers[i] = handler;
        if (ins.target !== null) {
          const t = target(ins);
          if (!t.visited) {
            t.visited = true;
            t.exceptStack = stack.slice();
            todo.push(t);
          }
        }
      }
    }
    if (b.fallsThrough && b.next !== null && !b.next.visited) {
      b.next.visited = true;
      b.next.exceptStack = stack;
      todo.push(b.next);
    }
  }
}

const MAX_COPY_SIZE = 4;

function isExit(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.RERAISE || op === Op.RAISE_VARARGS;
}

/**
 * threadJumps: jumps to jumps go straight to the final target, as the 3.11 optimizer's
 * optimize_basic_block(): through an unconditional JUMP; and a JUMP_IF_FALSE_OR_POP landing on a
 * test of the same value jumps on (to the test's target if it also jumps on false, past it if
 * it would pop and fall through), likewise for JUMP_IF_TRUE_OR_POP.
 */
function threadJumps(blocks: Block[], jumpTarget: Map<Instr, Block>): void {
  for (let round = 0, changed = true; changed && round < 20; round++) {
    changed = false;
    for (const b of blocks) {
      const ins = b.last;
      if (ins === undefined) continue;
      const t = jumpTarget.get(ins);
      if (t === undefined) continue;
      const first = t.instrs[0];
      if (first === undefined || first === ins) continue;
      const tt = jumpTarget.get(first);
      const past = (): Block | null => firstReal(t.next);
      const retarget = (op: number, to: Block | null | undefined): void => {
        if (to === null || to === undefined) return;
        ins.op = op;
        jumpTarget.set(ins, to);
        changed = true;
      };
      switch (ins.op) {
        case Op.JUMP:
        case Op.POP_JUMP_IF_FALSE:
        case Op.POP_JUMP_IF_TRUE:
        case Op.POP_JUMP_IF_NONE:
        case Op.POP_JUMP_IF_NOT_NONE:
          if (first.op === Op.JUMP && tt !== t) retarget(ins.op, tt);
          break;
        case Op.JUMP_IF_FALSE_OR_POP:
        case Op.JUMP_IF_TRUE_OR_POP: {
          const onFalse = ins.op === Op.JUMP_IF_FALSE_OR_POP;
          const same = onFalse ? [Op.POP_JUMP_IF_FALSE, Op.JUMP_IF_FALSE_OR_POP] : [Op.POP_JUMP_IF_TRUE, Op.JUMP_IF_TRUE_OR_POP];
          const opposite = onFalse ? [Op.POP_JUMP_IF_TRUE, Op.JUMP_IF_TRUE_OR_POP] : [Op.POP_JUMP_IF_FALSE, Op.JUMP_IF_FALSE_OR_POP];
          const popJump = onFalse ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
          if (first.op === Op.JUMP && tt !== t) retarget(ins.op, tt);
          else if (first.op === same[0]) retarget(popJump, tt);
          else if (first.op === same[1] && tt !== t) retarget(ins.op, tt);
          else if (opposite.includes(first.op)) retarget(popJump, past());
          break;
        }
        default:
          break;
      }
    }
  }
}

/**
 * inlineExitBlocks: a JUMP to a short block that leaves the function (return, raise) becomes a
 * copy of that block, as the 3.11 optimizer's extend_block(): `return None` at the end of each
 * branch instead of a jump to one.
 */
function inlineExitBlocks(blocks: Block[], jumpTarget: Map<Instr, Block>): void {
  for (const b of blocks) {
    const ins = b.last;
    if (ins === undefined || ins.op !== Op.JUMP) continue;
    const t = jumpTarget.get(ins)!;
    const tl = t.last;
    if (t === b || tl === undefined || !isExit(tl.op) || t.instrs.length > MAX_COPY_SIZE) continue;
    b.instrs.pop();
    b.handlers.pop();
    for (let i = 0; i < t.instrs.length; i++) {
      b.instrs.push({ ...t.instrs[i]! });
      b.handlers.push(t.handlers[i] ?? null);
    }
  }
}

function link(blocks: Block[]): void {
  for (let i = 0; i < blocks.length; i++) blocks[i]!.next = blocks[i + 1] ?? null;
}

function firstReal(b: Block | null): Block | null {
  while (b !== null && b.instrs.length === 0) b = b.next;
  return b;
}

/** assemble: the PyCode for a unit's instructions and tables. */
export function assemble(parts: CodeParts, labels: Label[]): PyCode {
  const { entry, blocks, labelBlock } = buildBlocks(parts.instrs, labels);
  const target = (i: Instr): Block => {
    const b = labelBlock.get(i.target!);
    if (b === undefined) throw new Error('compiler: jump to a label never placed');
    return b;
  };

  const stacksize = stackDepth(entry, target);
  // Blocks the flow never reaches (dead code) are dropped: they were given no depth.
  labelExceptionTargets(entry, target);

  // Remove pseudo-instructions and NOPs (keeping the handlers aligned) and the blocks the flow
  // never reached: they were given no depth.
  const kept: Block[] = [];
  for (const b of blocks) {
    if (b.startDepth < 0) continue;
    const instrs: Instr[] = [];
    const handlers: (Block | null)[] = [];
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i]!;
      if (isSetup(ins.op)) b.setupTargets.push(target(ins));
      if (ins.op >= 256 || ins.op === Op.NOP) continue;
      instrs.push(ins);
      handlers.push(b.handlers[i] ?? null);
    }
    b.instrs = instrs;
    b.handlers = handlers;
    kept.push(b);
  }
  link(kept);

  const jumpTarget = new Map<Instr, Block>();
  for (const b of kept) {
    for (const ins of b.instrs) if (ins.target !== null) jumpTarget.set(ins, firstReal(target(ins)) ?? target(ins));
  }
  threadJumps(kept, jumpTarget);
  inlineExitBlocks(kept, jumpTarget);

  // Threading can leave blocks nobody jumps to any more: find what is reachable again.
  const reached = new Set<Block>();
  const stack: Block[] = [entry];
  const visit = (b: Block | null): void => {
    if (b !== null && !reached.has(b)) {
      reached.add(b);
      stack.push(b);
    }
  };
  reached.add(entry);
  // A handler stays even if nothing in its range can raise, as in CPython.
  for (const b of kept) for (const h of b.setupTargets) visit(h);
  while (stack.length > 0) {
    const b = stack.pop()!;
    if (b.fallsThrough) visit(b.next);
    for (const ins of b.instrs) {
      const t = jumpTarget.get(ins);
      if (t !== undefined) visit(t);
    }
    for (const h of b.handlers) visit(h);
  }
  const live = kept.filter((b) => reached.has(b));
  link(live);

  // A JUMP to the block right after it is no jump at all.
  for (const b of live) {
    const l = b.last;
    if (l !== undefined && l.op === Op.JUMP && jumpTarget.get(l) === firstReal(b.next)) {
      b.instrs.pop();
      b.handlers.pop();
    }
  }

  propagateLineNumbers(live, jumpTarget);
  const consts = trimUnusedConsts(live, parts.consts);

  // Lay out.
  let offset = 0;
  for (const b of live) {
    b.offset = offset;
    offset += b.instrs.length;
  }
  const offsetOf = (b: Block): number => {
    const r = firstReal(b);
    return r === null ? offset : r.offset;
  };
  const code = new Int32Array(offset);
  const positions = new Int32Array(offset * 4);
  const handlerOf: (Block | null)[] = new Array<Block | null>(offset);
  let pc = 0;
  for (const b of live) {
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i]!;
      const arg = ins.target !== null ? offsetOf(jumpTarget.get(ins)!) : ins.arg;
      if (arg < 0 || arg > MAX_ARG) throw new Error(`compiler: instruction argument ${arg} out of range`);
      code[pc] = encode(ins.op, arg);
      positions[pc * 4] = ins.lineno;
      positions[pc * 4 + 1] = ins.endLineno;
      positions[pc * 4 + 2] = ins.col;
      positions[pc * 4 + 3] = ins.endCol;
      handlerOf[pc] = b.handlers[i] ?? null;
      pc++;
    }
  }

  // The exception table: maximal runs of instructions with the same handler.
  const table: number[] = [];
  let start = 0;
  while (start < offset) {
    const h = handlerOf[start]!;
    let end = start + 1;
    while (end < offset && handlerOf[end] === h) end++;
    if (h !== null) {
      const lasti = h.preserveLasti ? 1 : 0;
      const depth = h.startDepth - 1 - lasti;
      if (depth < 0) throw new Error('compiler: negative handler depth');
      table.push(start, end, offsetOf(h), depth, lasti);
    }
    start = end;
  }

  const cell2arg = new Int32Array(parts.cellvars.length).fill(-1);
  const nargs = parts.argcount + parts.kwonlyargcount + (parts.flags & 0x4 ? 1 : 0) + (parts.flags & 0x8 ? 1 : 0);
  parts.cellvars.forEach((name, i) => {
    const k = parts.varnames.indexOf(name);
    if (k >= 0 && k < nargs) cell2arg[i] = k;
  });

  return new PyCode(
    parts.name,
    parts.qualname,
    parts.filename,
    parts.firstlineno,
    parts.argcount,
    parts.posonlyargcount,
    parts.kwonlyargcount,
    parts.flags,
    parts.varnames.slice(),
    parts.cellvars.slice(),
    parts.freevars.slice(),
    cell2arg,
    parts.names.slice(),
    consts,
    code,
    positions,
    Int32Array.from(table),
    stacksize,
    parts.docstring,
  );
}

/**
 * trimUnusedConsts: co_consts without the trailing constants nothing uses (dead code, folded
 * tuples), as CPython 3.11's trim_unused_consts(); constant 0 stays (a function's docstring slot).
 */
function trimUnusedConsts(live: Block[], consts: readonly PyValue[]): PyValue[] {
  let maxUsed = 0;
  for (const b of live) for (const ins of b.instrs) if (OP_SPECS[ins.op]!.operand === 'const' && ins.arg > maxUsed) maxUsed = ins.arg;
  return consts.slice(0, maxUsed + 1);
}

function copyLoc(from: Instr, to: Instr): void {
  to.lineno = from.lineno;
  to.endLineno = from.endLineno;
  to.col = from.col;
  to.endCol = from.endCol;
}

// propagate_line_numbers(): an instruction without a line takes the previous one's, within a
// block and into a successor block that has this block as its only predecessor.
function propagateLineNumbers(live: Block[], jumpTarget: Map<Instr, Block>): void {
  for (const b of live) b.predecessors = 0;
  for (const b of live) {
    if (b.fallsThrough) {
      const n = firstReal(b.next);
      if (n !== null) n.predecessors++;
    }
    for (const ins of b.instrs) {
      const t = firstReal(jumpTarget.get(ins) ?? null);
      if (t !== null) t.predecessors++;
    }
    // A handler is entered by an exception, never inherits a line.
    for (const h of b.handlers) {
      const t = firstReal(h);
      if (t !== null) t.predecessors += 2;
    }
  }
  const none: Instr = { op: 0, arg: 0, target: null, lineno: -1, endLineno: -1, col: -1, endCol: -1 };
  for (const b of live) {
    if (b.instrs.length === 0) continue;
    let prev = none;
    for (const ins of b.instrs) {
      if (ins.lineno < 0) copyLoc(prev, ins);
      else prev = ins;
    }
    const inherit = (to: Block | null): void => {
      const t = firstReal(to);
      if (t !== null && t.predecessors === 1 && t.instrs[0]!.lineno < 0 && prev.lineno >= 0) copyLoc(prev, t.instrs[0]!);
    };
    if (b.fallsThrough) inherit(b.next);
    const l = b.last!;
    if (l.target !== null) inherit(jumpTarget.get(l) ?? null);
  }
}
