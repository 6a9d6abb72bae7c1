// Code generation for match statements, as CPython 3.11's compiler_match and compiler_pattern_*
// (Python/compile.c). A pattern is compiled with the subject on top of the stack and consumes it.
// On failure it jumps to a "fail_pop" label that pops however many items it left on the stack;
// captured values are kept on the stack, under the items still in use, and stored only once the
// whole pattern has matched (so a failed case binds nothing, as in CPython). Locations follow
// CPython's too: a pattern's clean-up keeps the location of the last sub-pattern compiled.

import type * as A from '../parser/ast.js';
import type { PyValue } from '../objects/object.js';
import { repr } from '../objects/protocol.js';
import { Op } from './opcodes.js';
import { constantOf, fromAstConstant, tupleOf } from './constants.js';
import type { Compiler } from './codegen.js';
import type { Label } from './assemble.js';
import { jumpIf } from './codegen-expr.js';

/** PatternContext: the state of one case's pattern compilation (CPython's pattern_context). */
interface PatternContext {
  /** stores: the names captured so far, in the order they are stored on success. */
  stores: string[];
  /** allowIrrefutable: whether an irrefutable pattern is allowed here. */
  allowIrrefutable: boolean;
  /** failPop[n]: pops n items, then falls through to failPop[n - 1]; failPop[0] is the case's failure. */
  failPop: Label[];
  /** onTop: the items on the stack above the captured values that a failure must pop. */
  onTop: number;
}

const COMPARE_EQ = 2;
const COMPARE_GE = 5;
const BINARY_SUB = 10;

function isWildcard(p: A.Pattern): boolean {
  return p._type === 'MatchAs' && p.pattern === null && p.name === null;
}

function isStarWildcard(p: A.Pattern): boolean {
  return p._type === 'MatchStar' && p.name === null;
}

/** compileMatch: a match statement (compiler_match_inner). */
export function compileMatch(c: Compiler, s: A.Match): void {
  c.visitExpr(s.subject);
  const end = c.newLabel();
  const cases = s.cases;
  const last = cases[cases.length - 1]!;
  const hasDefault = isWildcard(last.pattern) && cases.length > 1 ? 1 : 0;
  for (let i = 0; i < cases.length - hasDefault; i++) {
    const m = cases[i]!;
    c.setLoc(m.pattern);
    // The subject is copied for every case but the last one that tests it.
    const copies = i !== cases.length - hasDefault - 1;
    if (copies) c.emit(Op.COPY, 1);
    const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases.length - 1, failPop: [], onTop: 0 };
    compilePattern(c, m.pattern, pc);
    // A match: store the captured names (on the stack, the first to store on top).
    for (const name of pc.stores) c.nameop(name, 'Store');
    if (m.guard !== null) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0]!, false);
    }
    if (copies) c.emit(Op.POP_TOP);
    c.visitStmts(m.body);
    c.emitJumpNoLine(Op.JUMP, end);
    // The clean-up of a failed pattern belongs to the pattern's line, not to the body's last.
    c.setLoc(m.pattern);
    emitFailPops(c, pc);
  }
  if (hasDefault) {
    // A trailing `case _:` needs no copy of the subject, nor a test.
    c.setLoc(last.pattern);
    c.emit(cases.length === 1 ? Op.POP_TOP : Op.NOP);
    if (last.guard !== null) jumpIf(c, last.guard, end, false);
    c.visitStmts(last.body);
  }
  c.useLabel(end);
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length <= n) pc.failPop.push(c.newLabel());
}

/** jumpToFailPop: jumps (with op) to the label that pops everything this pattern has on the stack. */
function jumpToFailPop(c: Compiler, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.emitJump(op, pc.failPop[pops]!);
}

/** emitFailPops: the fail_pop labels: failPop[n] pops one item and falls into failPop[n - 1]. */
function emitFailPops(c: Compiler, pc: PatternContext): void {
  for (let n = pc.failPop.length - 1; n > 0; n--) {
    c.useLabel(pc.failPop[n]!);
    c.emit(Op.POP_TOP);
  }
  if (pc.failPop.length > 0) c.useLabel(pc.failPop[0]!);
  pc.failPop = [];
}

/** rotate: moves TOS down to position count (1 is the top), shifting the others up. */
function rotate(c: Compiler, count: number): void {
  while (count > 1) c.emit(Op.SWAP, count--);
}

/** storeName: keeps TOS as the capture of name (None: a wildcard, popped now). */
function storeName(c: Compiler, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.emit(Op.POP_TOP);
    return;
  }
  c.checkForbidden(name, 'Store');
  if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`);
  // Under the items still in use and the captures before it:
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function compilePattern(c: Compiler, p: A.Pattern, pc: PatternContext): void {
  c.setLoc(p);
  switch (p._type) {
    case 'MatchValue':
      return compileValue(c, p, pc);
    case 'MatchSingleton':
      c.emit(Op.LOAD_CONST, c.addConst(fromAstConstant(p.value)));
      c.emit(Op.IS_OP, 0);
      return jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
    case 'MatchSequence':
      return compileSequence(c, p, pc);
    case 'MatchMapping':
      return compileMapping(c, p, pc);
    case 'MatchClass':
      return compileClass(c, p, pc);
    case 'MatchStar':
      return storeName(c, p.name, pc);
    case 'MatchAs':
      return compileAs(c, p, pc);
    case 'MatchOr':
      return compileOr(c, p, pc);
  }
}

/** compileSubpattern: a pattern inside another: irrefutable ones are fine there. */
function compileSubpattern(c: Compiler, p: A.Pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

/**
 * valueExpr: the code for a value pattern or mapping key: a literal (folded as CPython's AST
 * optimizer does: `-1`, `1 + 2j`) or a dotted name; undefined for anything else.
 */
function emitValueExpr(c: Compiler, e: A.ExprNode): PyValue | undefined | false {
  if (e._type === 'Attribute') {
    c.visitExpr(e);
    return undefined;
  }
  const v = e._type === 'Constant' || e._type === 'UnaryOp' || e._type === 'BinOp' ? constantOf(e) : undefined;
  if (v === undefined) return false;
  c.emit(Op.LOAD_CONST, c.addConst(v));
  return v;
}

function compileValue(c: Compiler, p: A.MatchValue, pc: PatternContext): void {
  if (emitValueExpr(c, p.value) === false) c.error('patterns may only match literals and attribute lookups');
  c.emit(Op.COMPARE_OP, COMPARE_EQ);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
}

function compileAs(c: Compiler, p: A.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    // Irrefutable: a capture or the wildcard.
    if (!pc.allowIrrefutable) {
      if (p.name !== null) c.error(`name capture '${p.name}' makes remaining patterns unreachable`);
      c.error('wildcard makes remaining patterns unreachable');
    }
    return storeName(c, p.name, pc);
  }
  // A copy of the subject to store once the inner pattern has matched.
  pc.onTop++;
  c.emit(Op.COPY, 1);
  compilePattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

function compileSequence(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const sub = patterns[i]!;
    if (sub._type === 'MatchStar') {
      if (star >= 0) c.error('multiple starred names in sequence pattern');
      starWildcard = isStarWildcard(sub);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(sub);
  }
  // The subject stays on top for the type and length checks.
  pc.onTop++;
  c.emit(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.emit(Op.GET_LEN);
    c.emit(Op.LOAD_CONST, c.addConst(size));
    c.emit(Op.COMPARE_OP, COMPARE_EQ);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.emit(Op.GET_LEN);
    c.emit(Op.LOAD_CONST, c.addConst(size - 1));
    c.emit(Op.COMPARE_OP, COMPARE_GE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) {
    // [] / [_] / [_, _] / [*_] / [_, *_] ...: nothing to extract.
    c.emit(Op.POP_TOP);
  } else if (starWildcard) {
    sequenceSubscr(c, patterns, star, pc);
  } else {
    sequenceUnpack(c, patterns, star, pc);
  }
}

/** sequenceUnpack: UNPACK_SEQUENCE / UNPACK_EX the subject, then match each item. */
function sequenceUnpack(c: Compiler, patterns: A.Pattern[], star: number, pc: PatternContext): void {
  const size = patterns.length;
  if (star >= 0) {
    if (star >= 1 << 8 || size - star - 1 >= 1 << 15) c.error('too many expressions in star-unpacking sequence pattern');
    c.emit(Op.UNPACK_EX, star | ((size - star - 1) << 8));
  } else c.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size;
  for (const sub of patterns) {
    pc.onTop--;
    compileSubpattern(c, sub, pc);
  }
}

/** sequenceSubscr: for [a, *_, b]: index the subject instead of unpacking all of it. */
function sequenceSubscr(c: Compiler, patterns: A.Pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const sub = patterns[i]!;
    if (isWildcard(sub) || i === star) continue;
    c.emit(Op.COPY, 1);
    if (i < star) c.emit(Op.LOAD_CONST, c.addConst(i));
    else {
      // The subject may not support negative indexes: len(subject) - (size - i).
      c.emit(Op.GET_LEN);
      c.emit(Op.LOAD_CONST, c.addConst(size - i));
      c.emit(Op.BINARY_OP, BINARY_SUB);
    }
    c.emit(Op.BINARY_SUBSCR);
    compileSubpattern(c, sub, pc);
  }
  pc.onTop--;
  c.emit(Op.POP_TOP);
}

function compileMapping(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const keys = p.keys;
  const patterns = p.patterns;
  const size = keys.length;
  if (size !== patterns.length) c.error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`);
  const rest = p.rest;
  pc.onTop++;
  c.emit(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (size === 0 && rest === null) {
    // `{}`: any mapping.
    pc.onTop--;
    c.emit(Op.POP_TOP);
    return;
  }
  if (size > 0) {
    c.emit(Op.GET_LEN);
    c.emit(Op.LOAD_CONST, c.addConst(size));
    c.emit(Op.COMPARE_OP, COMPARE_GE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  // The keys, as one tuple: literals (no duplicates) or dotted names.
  const seen: string[] = [];
  for (const key of keys) {
    const v = emitValueExpr(c, key);
    if (v === false) c.error('mapping pattern keys may only match literals and attribute lookups');
    if (v !== undefined) {
      const text = repr(v);
      if (seen.includes(text)) c.error(`mapping pattern checks duplicate key (${text})`);
      seen.push(text);
    }
  }
  c.emit(Op.BUILD_TUPLE, size);
  c.emit(Op.MATCH_KEYS);
  // The keys and the values (or None) are now on top of the subject.
  pc.onTop += 2;
  c.emit(Op.COPY, 1);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_NONE);
  c.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const sub of patterns) {
    pc.onTop--;
    compileSubpattern(c, sub, pc);
  }
  // A match: what follows consumes the keys and the subject.
  pc.onTop -= 2;
  if (rest !== null) {
    // rest = dict(subject); del rest[key] for each key.
    c.emit(Op.BUILD_MAP, 0); // subject keys {}
    c.emit(Op.SWAP, 3); // {} keys subject
    c.emit(Op.DICT_UPDATE, 2); // copy keys
    c.emit(Op.UNPACK_SEQUENCE, size); // copy key...
    for (let n = size; n > 0; n--) {
      c.emit(Op.COPY, 1 + n); // copy key... copy
      c.emit(Op.SWAP, 2); // copy key... copy key
      c.emit(Op.DELETE_SUBSCR);
    }
    storeName(c, rest, pc);
  } else {
    c.emit(Op.POP_TOP); // the keys
    c.emit(Op.POP_TOP); // the subject
  }
}

function compileClass(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  if (nattrs !== p.kwd_patterns.length) c.error(`kwd_attrs (${nattrs}) / kwd_patterns (${p.kwd_patterns.length}) length mismatch in class pattern`);
  for (let i = 0; i < nattrs; i++) {
    const name = p.kwd_attrs[i]!;
    c.setLoc(p.kwd_patterns[i]!);
    c.checkForbidden(name, 'Store');
    if (p.kwd_attrs.indexOf(name) !== i) c.error(`attribute name repeated in class pattern: ${name}`);
  }
  c.setLoc(p);
  c.visitExpr(p.cls);
  c.emit(Op.LOAD_CONST, c.addConst(tupleOf(p.kwd_attrs.slice())));
  c.emit(Op.MATCH_CLASS, nargs);
  c.emit(Op.COPY, 1);
  // TOS: the tuple of nargs + nattrs attributes, or None.
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_NONE);
  c.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? p.patterns[i]! : p.kwd_patterns[i - nargs]!;
    if (isWildcard(sub)) {
      c.emit(Op.POP_TOP);
      continue;
    }
    compileSubpattern(c, sub, pc);
  }
}

function compileOr(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const end = c.newLabel();
  const size = p.patterns.length;
  const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
  // control: the names the first alternative binds; the others must bind the same, and their
  // captures are reordered on the stack to control's order.
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i]!;
    c.setLoc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.emit(Op.COPY, 1);
    compilePattern(c, alt, pc);
    const stores = pc.stores;
    if (control === null) control = stores.slice();
    else if (stores.length !== control.length) c.error('alternative patterns bind different names');
    else if (stores.length > 0) {
      for (let icontrol = stores.length - 1; icontrol >= 0; icontrol--) {
        const name = control[icontrol]!;
        const istores = stores.indexOf(name);
        if (istores < 0) c.error('alternative patterns bind different names');
        if (icontrol !== istores) {
          // Move stores[0 .. istores] to just before icontrol, on the list and on the stack.
          const rotations = istores + 1;
          const rotated = stores.splice(0, rotations);
          stores.splice(icontrol - istores, 0, ...rotated);
          for (let r = 0; r < rotations; r++) rotate(c, icontrol + 1);
        }
      }
    }
    c.emitJump(Op.JUMP, end);
    emitFailPops(c, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  // No alternative matched: pop the remaining copy of the subject and fail.
  c.emit(Op.POP_TOP);
  jumpToFailPop(c, pc, Op.JUMP);
  c.useLabel(end);
  // Between the new captures and where they belong: the other new captures, the subject's copy,
  // the items in use, and the captures made before this pattern.
  const names = control!;
  const nrots = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    rotate(c, nrots);
    if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }
  // Pop the copy of the subject.
  c.emit(Op.POP_TOP);
}
