// This file defines the checks and conversions of assignment, deletion and for-loop targets: the
// grammar parses targets as expressions, and these turn them into Store/Del contexts or raise
// CPython's errors (Parser/pegen.h RAISE_SYNTAX_ERROR_INVALID_TARGET, _PyPegen_get_expr_name).

import type { ExprContext, ExprNode } from './ast.js';
import { byteToUnitColumn, type BuildContext } from './context.js';

/** TargetKind: which statement the target belongs to; it decides the error's wording. */
export type TargetKind = 'assign' | 'for' | 'del';

/** exprName returns CPython's name for an expression kind, as used in error messages. */
export function exprName(e: ExprNode): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (typeof v === 'symbol') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

/** invalidTarget returns the first sub-expression that cannot be a target, or null. */
export function invalidTarget(e: ExprNode, kind: TargetKind): ExprNode | null {
  switch (e._type) {
    case 'Tuple':
    case 'List':
      for (const x of e.elts) {
        const bad = invalidTarget(x, kind);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return kind === 'del' ? e : invalidTarget(e.value, kind);
    case 'Compare':
      if (kind === 'for' && e.ops[0] === 'In') return invalidTarget(e.left, kind);
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** setContext marks a valid target (and its parts) with ctx, in place. */
export function setContext(e: ExprNode, ctx: ExprContext): void {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'Tuple':
    case 'List':
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      return;
  }
}

/** toTarget checks a target and sets its context, raising CPython's error for a bad one. */
export function toTarget(cx: BuildContext, e: ExprNode, kind: TargetKind, hint = false): ExprNode {
  const bad = invalidTarget(e, kind);
  if (bad) {
    const what = exprName(bad);
    if (kind === 'del') throw cx.errorAt(`cannot delete ${what}`, bad);
    const msg = hint ? `cannot assign to ${what} here. Maybe you meant '==' instead of '='?` : `cannot assign to ${what}`;
    throw cx.errorAt(msg, bad);
  }
  setContext(e, kind === 'del' ? 'Del' : 'Store');
  return e;
}

/**
 * assignTargets checks the targets of `t1 = t2 = ... = value` (items: the targets, then the value)
 * and sets their Store context. An invalid target is reported as CPython's second pass does: first
 * invalid_named_expression looks at `t1 = <bitwise_or>` and, when what follows the bitwise_or is not
 * another '=', calls it a mistyped comparison; otherwise invalid_assignment names the first bad
 * target. starts[k]: the source offset where item k is written (before any parentheses).
 */
export function assignTargets(cx: BuildContext, items: ExprNode[], starts: number[]): ExprNode[] {
  const n = items.length - 1;
  // wrapped(k): item k is inside parentheses of its own (its node starts after where it is written).
  // Computed only when needed: finding a node's source offset costs a scan of its line.
  const wrapped = (k: number): boolean => starts[k] < sourceStart(cx, items[k]);
  let bad = -1;
  for (let k = 0; k < n && bad < 0; k++) {
    if ((isYield(items[k]) && !wrapped(k)) || invalidTarget(items[k], 'assign')) bad = k;
  }
  if (bad >= 0) {
    const t = items[0];
    const prefix = bitwisePrefix(items[1], wrapped(1));
    if (prefix !== null && !(n >= 2 && prefix === items[1])) {
      if (t._type === 'Name' && !wrapped(0)) {
        throw cx.errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", { ...t, end_lineno: prefix.end_lineno, end_col_offset: prefix.end_col_offset });
      }
      if ((wrapped(0) || isBitwiseOr(t)) && !startsWithDisplay(cx, t, starts[0], wrapped(0))) {
        throw cx.errorAt(`cannot assign to ${exprName(t)} here. Maybe you meant '==' instead of '='?`, t);
      }
    }
    const x = items[bad];
    if (isYield(x) && !wrapped(bad)) throw cx.errorAt('assignment to yield expression not possible', x);
    toTarget(cx, x, 'assign');
  }
  const targets = items.slice(0, n);
  for (const x of targets) setContext(x, 'Store');
  return targets;
}

function isYield(x: ExprNode): boolean {
  return x._type === 'Yield' || x._type === 'YieldFrom';
}

/** isBitwiseOr tells whether an unparenthesized expression is at CPython's bitwise_or level or below. */
function isBitwiseOr(x: ExprNode): boolean {
  switch (x._type) {
    case 'BoolOp': case 'Compare': case 'IfExp': case 'Lambda': case 'Starred': case 'Yield': case 'YieldFrom':
      return false;
    case 'UnaryOp':
      return x.op !== 'Not';
    case 'Tuple':
      return false;
    default:
      return true;
  }
}

/** bitwisePrefix returns the bitwise_or an expression starts with, or null (`not x`, `*a`, `lambda`). */
function bitwisePrefix(x: ExprNode, wrapped: boolean): ExprNode | null {
  if (wrapped) return x;
  switch (x._type) {
    case 'BoolOp': return bitwisePrefix(x.values[0], false);
    case 'Compare': return x.left;
    case 'IfExp': return bitwisePrefix(x.body, false);
    case 'Tuple': return x.elts.length ? bitwisePrefix(x.elts[0], false) : x;
    case 'UnaryOp': return x.op === 'Not' ? null : x;
    case 'Lambda': case 'Starred': case 'Yield': case 'YieldFrom': return null;
    default: return x;
  }
}

/** startsWithDisplay: CPython's `!(list|tuple|genexp|'True'|'None'|'False')` before the target. */
function startsWithDisplay(cx: BuildContext, x: ExprNode, start: number, wrapped: boolean): boolean {
  if (wrapped) return false;
  let node = x;
  for (;;) {
    if (node._type === 'Attribute' || node._type === 'Subscript') node = node.value;
    else if (node._type === 'Call') node = node.func;
    else if (node._type === 'BinOp') node = node.left;
    else break;
  }
  if (sourceStart(cx, node) !== start) return false;
  if (node._type === 'List' || node._type === 'Tuple' || node._type === 'GeneratorExp') return true;
  return node._type === 'Constant' && (node.value === null || node.value === true || node.value === false);
}

/** sourceStart returns the source offset where a node starts. */
function sourceStart(cx: BuildContext, x: ExprNode): number {
  const { lines } = cx;
  return lines.lineStart(x.lineno) + byteToUnitColumn(lines.lineText(x.lineno), x.col_offset);
}

/**
 * startsWithParenthesizedTarget tells whether an attribute or subscript target written from
 * `open` (its opening parenthesis) begins with a parenthesized single target, as `(a).b` or
 * `(a.b)[0]`. CPython's annotated assignment tries `'(' single_target ')'` first and, PEG-like,
 * never backtracks into the alternative, so such a target is "illegal target for annotation".
 */
export function startsWithParenthesizedTarget(cx: BuildContext, target: ExprNode, open: number): boolean {
  let node = target;
  for (;;) {
    if (sourceStart(cx, node) > open) break;
    if (node._type === 'Attribute' || node._type === 'Subscript') node = node.value;
    else if (node._type === 'Call') node = node.func;
    else return false;
  }
  // node: the outermost expression inside the leading parentheses.
  return node._type === 'Name' || node._type === 'Attribute' || node._type === 'Subscript';
}
