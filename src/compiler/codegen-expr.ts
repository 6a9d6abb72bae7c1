// Code generation for expressions, as CPython 3.11's compiler_boolop, compiler_compare,
// compiler_jump_if, compiler_call (with the LOAD_METHOD form and CALL_FUNCTION_EX), the displays
// (starunpack_helper, compiler_dict), subscripts and slices, f-strings, and yield / await.

import type * as A from '../parser/ast.js';
import { None } from '../objects/singletons.js';
import { Op } from './opcodes.js';
import { constantOf, constTruth, frozensetOf, tupleOf } from './constants.js';
import type { Compiler } from './codegen.js';
import { DEF_IMPORT } from './symtable.js';
import type { Label } from './assemble.js';
import type { PyValue } from '../objects/object.js';

/** STACK_USE_GUIDELINE: above this many items, displays and calls are built incrementally. */
const STACK_USE_GUIDELINE = 30;

const BINOP_ARGS: Record<A.Operator, number> = {
  Add: 0,
  BitAnd: 1,
  FloorDiv: 2,
  LShift: 3,
  MatMult: 4,
  Mult: 5,
  Mod: 6,
  BitOr: 7,
  Pow: 8,
  RShift: 9,
  Sub: 10,
  Div: 11,
  BitXor: 12,
};

/** binopArg: BINARY_OP's argument for an operator (add INPLACE_OFFSET for `op=`). */
export function binopArg(op: A.Operator): number {
  return BINOP_ARGS[op];
}

const UNARY_OPS: Record<A.Unaryop, number> = {
  Invert: Op.UNARY_INVERT,
  Not: Op.UNARY_NOT,
  UAdd: Op.UNARY_POSITIVE,
  USub: Op.UNARY_NEGATIVE,
};

const INVERTED: Partial<Record<A.Cmpop, A.Cmpop>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };

/** withLoc: runs fn with the current location set to node's, restored after (compiler_visit_expr). */
function withLoc(c: Compiler, node: A.Located, fn: () => void): void {
  const saved = c.saveLoc();
  c.setLoc(node);
  fn();
  c.setLoc(saved);
}

export function compileUnaryOp(c: Compiler, e: A.UnaryOp): void {
  // The AST optimizer folds `not a is b` into `a is not b` (also in / not in).
  const operand = e.operand;
  if (e.op === 'Not' && operand._type === 'Compare' && operand.ops.length === 1) {
    const inv = INVERTED[operand.ops[0]!];
    if (inv !== undefined) {
      c.visitExpr(operand.left);
      visitComparator(c, inv, operand.comparators[0]!);
      addCompare(c, inv);
      return;
    }
  }
  c.visitExpr(operand);
  c.emit(UNARY_OPS[e.op]);
}

export function compileBoolOp(c: Compiler, e: A.BoolOp): void {
  const jump = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const end = c.newLabel();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    const v = e.values[i]!;
    const k = constantOf(v);
    if (k !== undefined) {
      // A constant operand decides now (the optimizer's LOAD_CONST + JUMP_IF_*_OR_POP fold):
      // it is the result (what follows is dead code, compiled all the same), or it is skipped.
      if (constTruth(k) === (e.op === 'Or')) {
        c.visitExpr(v);
        c.emitJump(Op.JUMP, end);
      }
      continue;
    }
    c.visitExpr(v);
    c.emitJump(jump, end);
  }
  c.visitExpr(e.values[n]!);
  c.useLabel(end);
}

export function compileIfExp(c: Compiler, e: A.IfExp): void {
  const end = c.newLabel();
  const next = c.newLabel();
  jumpIf(c, e.test, next, false);
  c.visitExpr(e.body);
  c.emitJumpNoLine(Op.JUMP, end);
  c.useLabel(next);
  c.visitExpr(e.orelse);
  c.useLabel(end);
}

/** addCompare: the instruction for one comparison operator (ADDOP_COMPARE). */
export function addCompare(c: Compiler, op: A.Cmpop): void {
  switch (op) {
    case 'Eq':
      return c.emit(Op.COMPARE_OP, 2);
    case 'NotEq':
      return c.emit(Op.COMPARE_OP, 3);
    case 'Lt':
      return c.emit(Op.COMPARE_OP, 0);
    case 'LtE':
      return c.emit(Op.COMPARE_OP, 1);
    case 'Gt':
      return c.emit(Op.COMPARE_OP, 4);
    case 'GtE':
      return c.emit(Op.COMPARE_OP, 5);
    case 'Is':
      return c.emit(Op.IS_OP, 0);
    case 'IsNot':
      return c.emit(Op.IS_OP, 1);
    case 'In':
      return c.emit(Op.CONTAINS_OP, 0);
    case 'NotIn':
      return c.emit(Op.CONTAINS_OP, 1);
  }
}

// The right operand of `in` / `not in`: a list display becomes a tuple (ast_opt.c fold_compare).
function visitComparator(c: Compiler, op: A.Cmpop, e: A.ExprNode): void {
  if (op === 'In' || op === 'NotIn') visitIter(c, e);
  else c.visitExpr(e);
}

/**
 * visitIter: the iterable of a for loop or comprehension, or the container of `in`: a list display
 * without starred items is built as a tuple (a constant one if it can be), a set display of
 * constants is a frozenset constant, as ast_opt.c fold_iter.
 */
export function visitIter(c: Compiler, e: A.ExprNode): void {
  if (e._type === 'Set') {
    const items = constItems(e.elts);
    const set = items === null ? undefined : frozensetOf(items);
    if (set !== undefined) {
      withLoc(c, e, () => c.emitConst(set));
      return;
    }
  }
  if (e._type === 'List' && e.ctx === 'Load' && !e.elts.some((x) => x._type === 'Starred')) {
    withLoc(c, e, () => {
      const items = constItems(e.elts);
      if (items !== null) c.emitConst(tupleOf(items));
      else starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    });
    return;
  }
  c.visitExpr(e);
}

export function compileCompare(c: Compiler, e: A.Compare): void {
  c.visitExpr(e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitComparator(c, e.ops[0]!, e.comparators[0]!);
    addCompare(c, e.ops[0]!);
    return;
  }
  const cleanup = c.newLabel();
  for (let i = 0; i < n; i++) {
    c.visitExpr(e.comparators[i]!);
    c.emit(Op.SWAP, 2);
    c.emit(Op.COPY, 2);
    addCompare(c, e.ops[i]!);
    c.emitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  visitComparator(c, e.ops[n]!, e.comparators[n]!);
  addCompare(c, e.ops[n]!);
  const end = c.newLabel();
  c.emitJumpNoLine(Op.JUMP, end);
  c.useLabel(cleanup);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_TOP);
  c.useLabel(end);
}

/** jumpIf: jumps to next if e's truth equals cond, else falls through (compiler_jump_if). */
export function jumpIf(c: Compiler, e: A.ExprNode, next: Label, cond: boolean): void {
  switch (e._type) {
    case 'UnaryOp':
      if (e.op === 'Not') return jumpIf(c, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const n = e.values.length - 1;
      const cond2 = e.op === 'Or';
      const next2 = cond2 !== cond ? c.newLabel() : next;
      for (let i = 0; i < n; i++) jumpIf(c, e.values[i]!, next2, cond2);
      jumpIf(c, e.values[n]!, next, cond);
      if (next2 !== next) c.useLabel(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newLabel();
      const next2 = c.newLabel();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.emitJumpNoLine(Op.JUMP, end);
      c.useLabel(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useLabel(end);
      return;
    }
    case 'Compare': {
      const n = e.ops.length - 1;
      if (n > 0) {
        withLoc(c, e, () => {
          const cleanup = c.newLabel();
          c.visitExpr(e.left);
          for (let i = 0; i < n; i++) {
            c.visitExpr(e.comparators[i]!);
            c.emit(Op.SWAP, 2);
            c.emit(Op.COPY, 2);
            addCompare(c, e.ops[i]!);
            c.emitJump(Op.POP_JUMP_IF_FALSE, cleanup);
          }
          visitComparator(c, e.ops[n]!, e.comparators[n]!);
          addCompare(c, e.ops[n]!);
          c.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
          const end = c.newLabel();
          c.emitJumpNoLine(Op.JUMP, end);
          c.useLabel(cleanup);
          c.emit(Op.POP_TOP);
          if (!cond) c.emitJumpNoLine(Op.JUMP, next);
          c.useLabel(end);
        });
        return;
      }
      // `x is None` / `x is not None` jump on the value itself (the 3.11 optimizer's IS_OP fold).
      const op = e.ops[0]!;
      const right = e.comparators[0]!;
      if ((op === 'Is' || op === 'IsNot') && constantOf(right) === None) {
        withLoc(c, e, () => {
          c.visitExpr(e.left);
          const jumpOnNone = (op === 'Is') === cond;
          c.emitJump(jumpOnNone ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE, next);
        });
        return;
      }
      break;
    }
    default:
      break;
  }
  const k = constantOf(e);
  if (k !== undefined) {
    // A constant test is decided now (the optimizer's LOAD_CONST + POP_JUMP_IF fold).
    if (constTruth(k) === cond) withLoc(c, e, () => c.emitJump(Op.JUMP, next));
    return;
  }
  c.visitExpr(e);
  withLoc(c, e, () => c.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next));
}

function constItems(elts: readonly A.ExprNode[]): PyValue[] | null {
  const out: PyValue[] = [];
  for (const x of elts) {
    const k = constantOf(x);
    if (k === undefined) return null;
    out.push(k);
  }
  return out;
}

/**
 * starunpackHelper: a list, tuple or set display (or call arguments) with `pushed` items already
 * on the stack, as CPython's starunpack_helper: constant items become one constant, starred items
 * are added with the extend instruction, long displays are built incrementally.
 */
export function starunpackHelper(c: Compiler, elts: readonly A.ExprNode[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
  const n = elts.length;
  if (n > 2) {
    const items = constItems(elts);
    if (items !== null) {
      if (tuple && pushed === 0) {
        c.emitConst(tupleOf(items));
      } else {
        c.emit(build, pushed);
        c.emitConst((add === Op.SET_ADD ? frozensetOf(items) : undefined) ?? tupleOf(items));
        c.emit(extend, 1);
        if (tuple) c.emit(Op.LIST_TO_TUPLE);
      }
      return;
    }
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((x) => x._type === 'Starred');
  if (!seenStar && !big) {
    for (const x of elts) c.visitExpr(x);
    c.emit(tuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.emit(build, pushed);
    built = true;
  }
  elts.forEach((x, i) => {
    if (x._type === 'Starred') {
      if (!built) {
        c.emit(build, i + pushed);
        built = true;
      }
      c.visitExpr(x.value);
      c.emit(extend, 1);
    } else {
      c.visitExpr(x);
      if (built) c.emit(add, 1);
    }
  });
  if (tuple) c.emit(Op.LIST_TO_TUPLE);
}

/** unpackHelper: UNPACK_SEQUENCE or UNPACK_EX for an assignment target list. */
function unpackHelper(c: Compiler, elts: readonly A.ExprNode[]): void {
  const n = elts.length;
  let seenStar = false;
  elts.forEach((x, i) => {
    if (x._type !== 'Starred') return;
    if (seenStar) c.error('multiple starred expressions in assignment');
    // The counts must fit UNPACK_EX's argument (8 bits before the star, 15 after here).
    if (i >= 1 << 8 || n - i - 1 >= 1 << 15) c.error('too many expressions in star-unpacking assignment');
    c.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8));
    seenStar = true;
  });
  if (!seenStar) c.emit(Op.UNPACK_SEQUENCE, n);
}

function assignmentHelper(c: Compiler, elts: readonly A.ExprNode[]): void {
  unpackHelper(c, elts);
  for (const x of elts) c.visitExpr(x._type === 'Starred' ? x.value : x);
}

export function compileList(c: Compiler, e: A.List): void {
  if (e.ctx === 'Store') return assignmentHelper(c, e.elts);
  if (e.ctx === 'Load') return starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
  for (const x of e.elts) c.visitExpr(x);
}

export function compileTuple(c: Compiler, e: A.Tuple): void {
  if (e.ctx === 'Store') return assignmentHelper(c, e.elts);
  if (e.ctx === 'Load') return starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  for (const x of e.elts) c.visitExpr(x);
}

function compileSubdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    const keys = constItems(e.keys.slice(begin, end) as A.ExprNode[]);
    if (keys !== null) {
      for (let i = begin; i < end; i++) c.visitExpr(e.values[i]!);
      c.emitConst(tupleOf(keys));
      c.emit(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
  }
  if (big) c.emit(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.visitExpr(e.keys[i]!);
    c.visitExpr(e.values[i]!);
    if (big) c.emit(Op.MAP_ADD, 1);
  }
  if (!big) c.emit(Op.BUILD_MAP, n);
}

export function compileDict(c: Compiler, e: A.Dict): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) {
        compileSubdict(c, e, i - elements, i);
        if (haveDict) c.emit(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.emit(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      c.visitExpr(e.values[i]!);
      c.emit(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      compileSubdict(c, e, i - elements, i + 1);
      if (haveDict) c.emit(Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    compileSubdict(c, e, n - elements, n);
    if (haveDict) c.emit(Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.emit(Op.BUILD_MAP, 0);
}

// --- calls

function validateKeywords(c: Compiler, keywords: readonly A.Keyword[]): void {
  keywords.forEach((k, i) => {
    if (k.arg === null) return;
    c.checkForbidden(k.arg, 'Store');
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j]!;
      if (other.arg === k.arg) {
        c.setLoc(other);
        c.error(`keyword argument repeated: ${k.arg}`);
      }
    }
  });
}

function kwNames(c: Compiler, keywords: readonly A.Keyword[]): void {
  c.emit(Op.KW_NAMES, c.addConst(tupleOf(keywords.map((k) => k.arg!))));
}

// update_start_location_to_match_attr(): an attribute spanning lines is located at its name.
function locateAttr(c: Compiler, attr: A.Attribute): void {
  const u = c.u;
  if (u.lineno !== attr.end_lineno) {
    u.lineno = attr.end_lineno;
    const len = [...attr.attr].length;
    if (len <= attr.end_col_offset) {
      u.col = attr.end_col_offset - len;
    } else {
      u.col = -1;
      u.endCol = -1;
    }
    u.endLineno = Math.max(u.lineno, u.endLineno);
    if (u.lineno === u.endLineno) u.endCol = Math.max(u.col, u.endCol);
  }
}

function isImportOriginated(c: Compiler, e: A.ExprNode): boolean {
  return e._type === 'Name' && (c.st.top.flags(e.id) & DEF_IMPORT) !== 0;
}

// maybe_optimize_method_call(): `o.m(args)` as LOAD_METHOD + CALL.
function methodCall(c: Compiler, e: A.Call): boolean {
  const meth = e.func;
  if (meth._type !== 'Attribute' || meth.ctx !== 'Load') return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = e.args.length;
  const kwdsl = e.keywords.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => k.arg === null)) return false;
  validateKeywords(c, e.keywords);
  c.visitExpr(meth.value);
  c.setLoc(meth);
  locateAttr(c, meth);
  c.emitName(Op.LOAD_METHOD, meth.attr);
  for (const a of e.args) c.visitExpr(a);
  if (kwdsl) {
    for (const k of e.keywords) withLoc(c, k, () => c.visitExpr(k.value));
    kwNames(c, e.keywords);
  }
  c.setLoc(e);
  locateAttr(c, meth);
  c.emit(Op.CALL, argsl + kwdsl);
  return true;
}

export function compileCall(c: Compiler, e: A.Call): void {
  if (methodCall(c, e)) return;
  c.setLoc(e.func);
  c.emit(Op.PUSH_NULL);
  c.setLoc(e);
  c.visitExpr(e.func);
  callHelper(c, 0, e.args, e.keywords);
}

// compiler_subkwargs(): keywords[begin:end] as a dict on the stack.
function subkwargs(c: Compiler, keywords: readonly A.Keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) c.visitExpr(keywords[i]!.value);
    c.emitConst(tupleOf(keywords.slice(begin, end).map((k) => k.arg!)));
    c.emit(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.emitNoLine(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    const k = keywords[i]!;
    c.emitConst(k.arg!);
    c.visitExpr(k.value);
    if (big) c.emitNoLine(Op.MAP_ADD, 1);
  }
  if (!big) c.emit(Op.BUILD_MAP, n);
}

/** callHelper: arguments and the call, `n` arguments being on the stack already (class bases). */
export function callHelper(c: Compiler, n: number, args: readonly A.ExprNode[], keywords: readonly A.Keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkwelts = keywords.length;
  const exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE || args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null);
  if (!exCall) {
    for (const a of args) c.visitExpr(a);
    if (nkwelts) {
      for (const k of keywords) withLoc(c, k, () => c.visitExpr(k.value));
      kwNames(c, keywords);
    }
    c.emit(Op.CALL, n + nelts + nkwelts);
    return;
  }
  // CALL_FUNCTION_EX: the positional arguments as one tuple (f(*x) passes x itself) ...
  if (n === 0 && nelts === 1 && args[0]!._type === 'Starred') c.visitExpr(args[0]!.value);
  else starunpackHelper(c, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  // ... and the keyword arguments as one dict.
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    keywords.forEach((k, i) => {
      if (k.arg === null) {
        if (nseen) {
          subkwargs(c, keywords, i - nseen, i);
          if (haveDict) c.emit(Op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.emit(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        c.visitExpr(k.value);
        c.emit(Op.DICT_MERGE, 1);
      } else {
        nseen++;
      }
    });
    if (nseen) {
      subkwargs(c, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.emit(Op.DICT_MERGE, 1);
    }
  }
  c.emit(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

// --- f-strings, and %-formatting turned into them

// joinPieces: the pieces of an f-string (each pushes a str) concatenated, as compiler_joined_str.
function joinPieces(c: Compiler, pieces: readonly (() => void)[]): void {
  const n = pieces.length;
  if (n > STACK_USE_GUIDELINE) {
    c.emitConst('');
    c.emitNameRaw(Op.LOAD_METHOD, 'join');
    c.emit(Op.BUILD_LIST, 0);
    for (const p of pieces) {
      p();
      c.emit(Op.LIST_APPEND, 1);
    }
    c.emit(Op.CALL, 1);
    return;
  }
  for (const p of pieces) p();
  if (n !== 1) c.emit(Op.BUILD_STRING, n);
}

export function compileJoinedStr(c: Compiler, e: A.JoinedStr): void {
  joinPieces(c, e.values.map((v) => () => c.visitExpr(v)));
}

const FVC: Record<string, number> = { s: 1, r: 2, a: 3 };

/**
 * formatPieces: `'...%s...%r...' % (a, b)` as f-string pieces, as CPython 3.11's AST optimizer
 * rewrites it (ast_opt.c optimize_format): only %s, %r and %a with an optional width and
 * precision of at most two digits, exactly one tuple item per unit; null if it does not apply.
 */
function formatPieces(c: Compiler, fmt: string, elts: readonly A.ExprNode[]): (() => void)[] | null {
  const pieces: (() => void)[] = [];
  const chars = [...fmt];
  let pos = 0;
  let cnt = 0;
  for (;;) {
    // A literal run, with %% as %.
    let lit = '';
    while (pos < chars.length) {
      if (chars[pos] !== '%') lit += chars[pos++];
      else if (chars[pos + 1] === '%') {
        lit += '%';
        pos += 2;
      } else break;
    }
    if (lit !== '') pieces.push(() => c.emitConst(lit));
    if (pos >= chars.length) break;
    if (cnt >= elts.length) return null;
    pos++;
    // simple_format_arg_parse()
    let ljust = false;
    let ch: string | undefined;
    const next = (): boolean => {
      if (pos >= chars.length) return false;
      ch = chars[pos++];
      return true;
    };
    if (!next()) return null;
    while ('-+ #0'.includes(ch!)) {
      if (ch === '-') ljust = true;
      if (!next()) return null;
    }
    let width = -1;
    let prec = -1;
    const digits = (): number | null => {
      let v = 0;
      let n = 0;
      while (ch! >= '0' && ch! <= '9') {
        v = v * 10 + Number(ch);
        if (!next() || ++n >= 3) return null;
      }
      return v;
    };
    if (ch! >= '0' && ch! <= '9') {
      const w = digits();
      if (w === null) return null;
      width = w;
    }
    if (ch === '.') {
      if (!next()) return null;
      const p = digits();
      if (p === null) return null;
      prec = p;
    }
    const conv = FVC[ch!];
    if (conv === undefined) return null;
    const arg = elts[cnt++]!;
    let spec = '';
    if (!ljust && width > 0) spec += '>';
    if (width >= 0) spec += String(width);
    if (prec >= 0) spec += '.' + String(prec);
    pieces.push(() => {
      const saved = c.saveLoc();
      c.setLoc(arg);
      c.visitExpr(arg);
      if (spec !== '') c.emitConst(spec);
      c.emit(Op.FORMAT_VALUE, conv | (spec !== '' ? 4 : 0));
      c.setLoc(saved);
    });
  }
  return cnt < elts.length ? null : pieces;
}

/** compileBinOp: `l op r`, with `str % tuple` turned into an f-string where CPython does that. */
export function compileBinOp(c: Compiler, e: A.BinOp): void {
  // Only a tuple display that is not itself a constant (the optimizer folds those first).
  if (e.op === 'Mod' && e.right._type === 'Tuple' && !e.right.elts.some((x) => x._type === 'Starred') && constantOf(e.right) === undefined) {
    const fmt = constantOf(e.left);
    if (typeof fmt === 'string') {
      const pieces = formatPieces(c, fmt, e.right.elts);
      if (pieces !== null) return joinPieces(c, pieces);
    }
  }
  c.visitExpr(e.left);
  c.visitExpr(e.right);
  c.emit(Op.BINARY_OP, binopArg(e.op));
}

export function compileFormattedValue(c: Compiler, e: A.FormattedValue): void {
  c.visitExpr(e.value);
  // 0 none, 1 !s, 2 !r, 3 !a; 4: a format spec is on the stack.
  let arg = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
  if (e.format_spec !== null) {
    c.visitExpr(e.format_spec);
    arg |= 4;
  }
  c.emit(Op.FORMAT_VALUE, arg);
}

// --- attributes, subscripts, slices

export function compileAttribute(c: Compiler, e: A.Attribute): void {
  c.visitExpr(e.value);
  locateAttr(c, e);
  switch (e.ctx) {
    case 'Store':
      c.checkForbidden(e.attr, 'Store');
      return c.emitName(Op.STORE_ATTR, e.attr);
    case 'Del':
      return c.emitName(Op.DELETE_ATTR, e.attr);
    default:
      return c.emitName(Op.LOAD_ATTR, e.attr);
  }
}

export function compileSubscript(c: Compiler, e: A.Subscript): void {
  c.visitExpr(e.value);
  c.visitExpr(e.slice);
  c.emit(e.ctx === 'Store' ? Op.STORE_SUBSCR : e.ctx === 'Del' ? Op.DELETE_SUBSCR : Op.BINARY_SUBSCR);
}

export function compileSlice(c: Compiler, e: A.Slice): void {
  if (e.lower !== null) c.visitExpr(e.lower);
  else c.emitConst(None);
  if (e.upper !== null) c.visitExpr(e.upper);
  else c.emitConst(None);
  if (e.step !== null) c.visitExpr(e.step);
  c.emit(Op.BUILD_SLICE, e.step !== null ? 3 : 2);
}

// --- yield and await

/** addYield: YIELD_VALUE (wrapped first in an async generator). */
export function addYield(c: Compiler): void {
  const ste = c.u.ste;
  if (ste.generator && ste.coroutine) c.emit(Op.ASYNC_GEN_WRAP);
  c.emit(Op.YIELD_VALUE);
}

/**
 * addYieldFrom: the delegation loop of `yield from` and `await`, with the receiver and the first
 * value to send on the stack: `SEND exit; YIELD_VALUE; JUMP <the SEND>; exit:`. The VM (and
 * generator throw()/close()) recognize a frame suspended inside it by this shape: the YIELD_VALUE
 * at pc with SEND at pc - 1 and a JUMP to pc - 1 at pc + 1.
 */
export function addYieldFrom(c: Compiler): void {
  const start = c.newLabel();
  const exit = c.newLabel();
  c.useLabel(start);
  c.emitJump(Op.SEND, exit);
  c.emit(Op.YIELD_VALUE);
  c.emitJump(Op.JUMP, start);
  c.useLabel(exit);
}

export function compileYield(c: Compiler, e: A.Yield): void {
  if (c.u.ste.type !== 'function') c.error("'yield' outside function");
  if (e.value !== null) c.visitExpr(e.value);
  else c.emitConst(None);
  addYield(c);
}

export function compileYieldFrom(c: Compiler, e: A.YieldFrom): void {
  if (c.u.ste.type !== 'function') c.error("'yield' outside function");
  if (c.u.scopeType === 'async_function') c.error("'yield from' inside async function");
  c.visitExpr(e.value);
  c.emit(Op.GET_YIELD_FROM_ITER);
  c.emitConst(None);
  addYieldFrom(c);
}

export function compileAwait(c: Compiler, e: A.Await): void {
  if (c.u.ste.type !== 'function') c.error("'await' outside function");
  if (c.u.scopeType !== 'async_function' && c.u.scopeType !== 'comprehension') c.error("'await' outside async function");
  c.visitExpr(e.value);
  c.emit(Op.GET_AWAITABLE, 0);
  c.emitConst(None);
  addYieldFrom(c);
}
