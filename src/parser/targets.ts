// This file defines the checks and conversions of assignment, deletion and for-loop targets: the
// grammar parses targets as expressions, and these turn them into Store/Del contexts or raise
// CPython's errors (Parser/pegen.h RAISE_SYNTAX_ERROR_INVALID_TARGET, _PyPegen_get_expr_name).

import type { ExprContext, ExprNode } from './ast.js';
import type { BuildContext } from './context.js';

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
