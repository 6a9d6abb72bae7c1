// This file defines the ohm semantics that turn a match of grammar/python.ohm into CPython's AST:
// node shapes, positions (through the pre-pass's source map), literal values, and the checks that
// CPython's grammar makes but ours leaves to the semantics (targets, argument order, patterns).

import type { Node as OhmNode, NonterminalNode, IterationNode } from 'ohm-js';
import grammar from '../../grammar/python.ohm-bundle.js';
import type * as A from './ast.js';
import type { ExprNode, Stmt, Pattern, Located } from './ast.js';
import { BuildContext } from './context.js';
import { climb, type ChainOperand } from './operators.js';
import { toTarget, exprName, assignTargets, startsWithParenthesizedTarget } from './targets.js';
import { buildArguments, emptyArguments, type ParamItem } from './arguments.js';
import { TokenView } from './tokens.js';
import { splitLiteral, decodeStr, decodeBytes, EscapeError } from './strings.js';
import { parseFString, joinParts, FStringError, type FStringPart, type FieldParser } from './fstring.js';
import { PyComplex, ELLIPSIS } from './constant.js';

/** The build context of the match being converted; set by buildAst for the duration of a call. */
let cx: BuildContext;
/** The parser for f-string replacement fields; set by buildAst. */
let fieldParser: FieldParser;

/** buildAst runs the semantics over a successful match, relative to context `c`. */
export function buildAst<T>(match: Parameters<typeof semantics>[0], c: BuildContext, parseField: FieldParser): T {
  const saved = cx;
  const savedField = fieldParser;
  cx = c;
  fieldParser = parseField;
  try {
    return semantics(match).ast() as T;
  } finally {
    cx = saved;
    fieldParser = savedField;
  }
}

type N = OhmNode;

function s(node: N): number {
  return cx.start(node as never);
}
function e(node: N): number {
  return cx.end(node as never);
}
function loc(node: N): Located {
  return cx.loc(s(node), e(node));
}
function ast(node: N): any {
  return (node as any).ast();
}
function opt(iter: N): any {
  return iter.children.length ? ast(iter.children[0]) : null;
}
function all(iter: N): any[] {
  return iter.children.map(ast);
}
/** list gathers `first ("," rest)*` into one array of results. */
function list(first: N, rest: N): any[] {
  const out = [ast(first)];
  for (const c of rest.children) out.push(ast(c));
  return out;
}
function hasTrailing(iter: N): boolean {
  return iter.children.length > 0;
}
/**
 * endLoc returns where a compound statement ends: at its last token, a trailing ';' included
 * (CPython ends a rule at its last token that is not NEWLINE, INDENT or DEDENT).
 */
function endLoc(node: N): { end_lineno: number; end_col_offset: number } {
  const l = cx.loc(s(node), e(node));
  return { end_lineno: l.end_lineno, end_col_offset: l.end_col_offset };
}
function startLoc(node: N): { lineno: number; col_offset: number } {
  const l = cx.loc(s(node), s(node));
  return { lineno: l.lineno, col_offset: l.col_offset };
}
function nameOf(node: N): string {
  const id = node.sourceString;
  return isAscii(id) ? id : id.normalize('NFKC');
}
function isAscii(str: string): boolean {
  for (let k = 0; k < str.length; k++) if (str.charCodeAt(k) >= 0x80) return false;
  return true;
}
function nameNode(node: N, ctx: A.ExprContext = 'Load'): A.Name {
  return { _type: 'Name', id: nameOf(node), ctx, ...loc(node) };
}

/** checkStarOperand rejects `*a or b`, `*lambda: x` and the like: a star takes a bitwise-or expression. */
function checkStarOperand(expr: N): void {
  const [lambdas, , , first, ops, , cond] = expr.children;
  if (lambdas.children.length) throw cx.error('invalid syntax', s(lambdas.children[0]), e(lambdas.children[0]));
  if (cond.children.length) throw cx.error('invalid syntax', s(cond.children[0]), e(cond.children[0]));
  checkChainOperand(first, ops);
}

/** checkDisjOperand rejects boolean, comparison and `not` operators where a bitwise-or expression is required. */
function checkDisjOperand(disj: N): void {
  checkChainOperand(disj.children[0], disj.children[1]);
}

function checkChainOperand(firstOperand: N, ops: N): void {
  for (const op of ops.children) {
    const t = op.sourceString;
    if (t === 'or' || t === 'and' || t === 'in' || t === 'is' || t === 'not in' || t === 'is not' ||
        t === '==' || t === '!=' || t === '<' || t === '>' || t === '<=' || t === '>=') {
      throw cx.error('invalid syntax', s(op), e(op));
    }
  }
  for (const p of firstOperand.children[0].children) {
    if (p.sourceString === 'not') throw cx.error('invalid syntax', s(p), e(p));
  }
}

/**
 * checkWildcardPrefix rejects `_.x` and `_(...)` in patterns: CPython's grammar takes `_` as the
 * wildcard pattern first and never backtracks, so the next token is a syntax error.
 */
function checkWildcardPrefix(dotted: N, lparen: N | null): void {
  const [first, dots] = dotted.children;
  if (first.sourceString !== '_') return;
  const next = dots.children.length ? dots.children[0] : lparen;
  if (next) throw cx.error('invalid syntax', s(next), e(next));
}

/** stmts flattens the statements of a block (a line of simple statements gives several). */
function stmts(iter: N): Stmt[] {
  const out: Stmt[] = [];
  for (const c of iter.children) {
    const r = ast(c);
    if (Array.isArray(r)) out.push(...r);
    else out.push(r);
  }
  return out;
}

function makeArg(nameNodeCst: N, annotation: ExprNode | null, endNode: N): A.Arg {
  return { _type: 'arg', arg: nameOf(nameNodeCst), annotation, type_comment: null, ...cx.loc(s(nameNodeCst), e(endNode)) };
}

function comprehension(node: N, kind: 'ListComp' | 'SetComp' | 'GeneratorExp', elt: ExprNode, comps: N): ExprNode {
  if (elt._type === 'Starred') {
    throw cx.errorAt(kind === 'GeneratorExp' || kind === 'ListComp' || kind === 'SetComp'
      ? 'iterable unpacking cannot be used in comprehension' : 'invalid syntax', elt);
  }
  return { _type: kind, elt, generators: all(comps), ...loc(node) } as ExprNode;
}

const semantics = grammar.createSemantics().addOperation<any>('ast', {
  Module(body, _end) {
    return stmts(body);
  },
  FStringInput(exprs, _nl, _end) {
    return ast(exprs);
  },
  CompoundStmt(_guard, stmt) {
    return ast(stmt);
  },
  SimpleStmts(first, _semis, rest, _semi, _nl) {
    return list(first, rest);
  },
  Block_indented(_nl, _indent, body, _dedent) {
    return stmts(body);
  },
  Block_simple(simple) {
    return ast(simple);
  },

  // ------------------------------------------------------------- compound statements

  FuncDef(_def, name, _lp, params, _rp, _arrow, returns, _colon, block) {
    const body: Stmt[] = ast(block);
    return {
      _type: 'FunctionDef', name: nameOf(name), args: params.children.length ? ast(params.children[0]) : emptyArguments(),
      body, decorator_list: [], returns: opt(returns), type_comment: null, ...startLoc(this), ...endLoc(this),
    };
  },
  AsyncStmt(_async, inner) {
    const node = ast(inner);
    const l = startLoc(this);
    if (node._type === 'FunctionDef') return { ...node, _type: 'AsyncFunctionDef', ...l };
    if (node._type === 'With') return { ...node, _type: 'AsyncWith', ...l };
    return { ...node, _type: 'AsyncFor', ...l };
  },
  Decorated(decorators, def) {
    const node = ast(def);
    node.decorator_list = all(decorators);
    return node;
  },
  Decorator(_at, expr, _nl) {
    return ast(expr);
  },
  ClassDef(head, block) {
    const body: Stmt[] = ast(block);
    return { ...ast(head), body, decorator_list: [], ...startLoc(this), ...endLoc(this) };
  },
  ClassHead(_class, name, _lp, args, _rp, _colon) {
    let bases: ExprNode[] = [];
    let keywords: A.Keyword[] = [];
    if (args.children.length && args.children[0].children.length) {
      const r = callArgs(args.children[0].children[0]);
      bases = r.args;
      keywords = r.keywords;
    }
    return { _type: 'ClassDef', name: nameOf(name), bases, keywords, ...startLoc(this) };
  },
  ClassChunkHead(decorators, head, _nl, _end) {
    return { ...ast(head), decorator_list: all(decorators) };
  },
  IfStmt(_if, test, _colon, block, elifs, orelse) {
    const body: Stmt[] = ast(block);
    let tail: Stmt[] = orelse.children.length ? ast(orelse.children[0]) : [];
    const elifNodes = elifs.children;
    for (let k = elifNodes.length - 1; k >= 0; k--) {
      const el = elifNodes[k];
      const elBody: Stmt[] = ast(el.children[3]);
      tail = [{ _type: 'If', test: ast(el.children[1]), body: elBody, orelse: tail, ...startLoc(el), ...endLoc(this) } as A.If];
    }
    return { _type: 'If', test: ast(test), body, orelse: tail, ...startLoc(this), ...endLoc(this) };
  },
  ElseClause(_else, _colon, block) {
    return ast(block);
  },
  WhileStmt(_while, test, _colon, block, orelse) {
    const body: Stmt[] = ast(block);
    const tail: Stmt[] = orelse.children.length ? ast(orelse.children[0]) : [];
    return { _type: 'While', test: ast(test), body, orelse: tail, ...startLoc(this), ...endLoc(this) };
  },
  ForStmt(_for, targets, _in, iter, _colon, block, orelse) {
    const target = toTarget(cx, ast(targets), 'for');
    const body: Stmt[] = ast(block);
    const tail: Stmt[] = orelse.children.length ? ast(orelse.children[0]) : [];
    return {
      _type: 'For', target, iter: ast(iter), body, orelse: tail, type_comment: null,
      ...startLoc(this), ...endLoc(this),
    };
  },
  WithStmt(_with, items, _colon, block) {
    const body: Stmt[] = ast(block);
    return { _type: 'With', items: ast(items), body, type_comment: null, ...startLoc(this), ...endLoc(this) };
  },
  WithItems_parens(_lp, first, _commas, rest, _trailing, _rp, _colon) {
    return list(first, rest);
  },
  WithItems_plain(first, _commas, rest) {
    return list(first, rest);
  },
  WithItem(expr, _as, target) {
    const vars = target.children.length ? toTarget(cx, ast(target.children[0]), 'assign') : null;
    return { _type: 'withitem', context_expr: ast(expr), optional_vars: vars };
  },
  TryStmt(_try, _colon, block, tail) {
    const body: Stmt[] = ast(block);
    const t = ast(tail);
    const node: any = { _type: t.star ? 'TryStar' : 'Try', body, handlers: t.handlers, orelse: t.orelse, finalbody: t.finalbody };
    return { ...node, ...startLoc(this), ...endLoc(this) };
  },
  TryTail_handlers(excepts, orelse, finalbody) {
    const handlers = excepts.children.map((c) => ({ star: c.children[1].children.length > 0, node: ast(c), cst: c }));
    const star = handlers[0].star;
    for (const h of handlers) {
      // CPython points at `except*`, or at the plain `except` keyword.
      if (h.star !== star) throw cx.error("cannot have both 'except' and 'except*' on the same 'try'", s(h.cst), e(h.cst.children[h.star ? 1 : 0]));
    }
    return {
      star,
      handlers: handlers.map((h) => h.node),
      orelse: orelse.children.length ? ast(orelse.children[0]) : [],
      finalbody: finalbody.children.length ? ast(finalbody.children[0]) : [],
    };
  },
  TryTail_finally(fin) {
    return { star: false, handlers: [], orelse: [], finalbody: ast(fin) };
  },
  ExceptClause(_except, star, type, _commas, more, _as, name, _colon, block) {
    const body: Stmt[] = ast(block);
    let t: ExprNode | null = null;
    if (type.children.length) {
      t = ast(type.children[0]);
      const extra = more.children[0];
      if (extra.children.length) {
        const first = type.children[0];
        throw cx.error('multiple exception types must be parenthesized', s(first), e(extra.children[extra.children.length - 1]));
      }
    } else if (star.children.length) {
      throw cx.error('expected one or more exception types', s(_colon), e(_colon));
    }
    const n = name.children.length && name.children[0].children.length ? nameOf(name.children[0].children[0]) : null;
    return { _type: 'ExceptHandler', type: t, name: n, body, ...startLoc(this), ...endLoc(this) };
  },
  FinallyClause(_finally, _colon, block) {
    return ast(block);
  },
  MatchStmt(_match, subject, _colon, _nl, _indent, cases, _dedent) {
    const cs: A.MatchCase[] = all(cases);
    const lastBody = cs[cs.length - 1].body;
    return { _type: 'Match', subject: ast(subject), cases: cs, ...startLoc(this), ...endLoc(this) };
  },
  Subject_tuple(first, _comma, rest) {
    const items = [ast(first)];
    if (rest.children.length) {
      const r = ast(rest.children[0]);
      if (r._type === 'Tuple' && rest.children[0].children[1].children.length + rest.children[0].children[3].children.length > 0) {
        items.push(...r.elts);
      } else items.push(r);
    }
    return { _type: 'Tuple', elts: items, ctx: 'Load', ...loc(this) };
  },
  CaseBlock(_case, patterns, _if, guard, _colon, block) {
    return { _type: 'match_case', pattern: ast(patterns), guard: opt(guard), body: ast(block) };
  },

  // ------------------------------------------------------------- patterns

  Patterns(first, _commas, rest, trailing) {
    const items: Pattern[] = list(first, rest);
    if (items.length === 1 && !hasTrailing(trailing)) {
      if (items[0]._type === 'MatchStar') throw cx.error('invalid syntax', s(this), e(this));
      return items[0];
    }
    return { _type: 'MatchSequence', patterns: items, ...loc(this) };
  },
  MaybeStarPattern_star(_star, name) {
    const id = nameOf(name);
    return { _type: 'MatchStar', name: id === '_' ? null : id, ...loc(this) };
  },
  Pattern(or, _as, name) {
    const p = ast(or);
    if (!name.children.length) return p;
    const target = name.children[0];
    const id = nameOf(target);
    if (id === '_') throw cx.error("cannot use '_' as a target", s(target), e(target));
    return { _type: 'MatchAs', pattern: p, name: id, ...loc(this) };
  },
  OrPattern(first, _bars, rest) {
    if (!rest.children.length) return ast(first);
    return { _type: 'MatchOr', patterns: list(first, rest), ...loc(this) };
  },
  ClosedPattern_complex(c) {
    return { _type: 'MatchValue', value: ast(c), ...loc(this) };
  },
  ClosedPattern_number(n) {
    return { _type: 'MatchValue', value: ast(n), ...loc(this) };
  },
  ClosedPattern_strings(str) {
    const v = ast(str);
    if (v._type === 'JoinedStr') throw cx.errorAt('patterns may only match literals and attribute lookups', v);
    return { _type: 'MatchValue', value: v, ...loc(this) };
  },
  ClosedPattern_singleton(kw) {
    const t = kw.sourceString;
    return { _type: 'MatchSingleton', value: t === 'None' ? null : t === 'True', ...loc(this) };
  },
  ClosedPattern_class(dotted, lp, args, _rp) {
    checkWildcardPrefix(dotted, lp);
    const cls = ast(dotted);
    const patterns: Pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: Pattern[] = [];
    if (args.children.length) {
      for (const a of ast(args.children[0]) as { kw: string | null; pattern: Pattern; cst: N }[]) {
        if (a.kw === null) {
          if (kwdAttrs.length) throw cx.error('positional patterns follow keyword patterns', s(a.cst), e(a.cst));
          patterns.push(a.pattern);
        } else {
          // CPython reads `_` after a positional pattern as one more (wildcard) positional pattern.
          if (a.kw === '_' && patterns.length && !kwdAttrs.length) {
            const eq = a.cst.children[1];
            throw cx.error('invalid syntax', s(eq), e(eq));
          }
          kwdAttrs.push(a.kw);
          kwdPatterns.push(a.pattern);
        }
      }
    }
    return { _type: 'MatchClass', cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns, ...loc(this) };
  },
  ClosedPattern_name(dotted) {
    checkWildcardPrefix(dotted, null);
    const v = ast(dotted);
    if (v._type === 'Name') {
      if (v.id === '_') return { _type: 'MatchAs', pattern: null, name: null, ...loc(this) };
      return { _type: 'MatchAs', pattern: null, name: v.id, ...loc(this) };
    }
    return { _type: 'MatchValue', value: v, ...loc(this) };
  },
  ClosedPattern_paren(_lp, pats, _rp) {
    if (!pats.children.length) return { _type: 'MatchSequence', patterns: [], ...loc(this) };
    const inner = pats.children[0];
    const p = ast(inner);
    // "(p)" is a group; "(p,)" and "(p, q)" are sequences.
    const isSeq = inner.children[1].children.length > 0 || inner.children[3].children.length > 0;
    if (!isSeq) {
      if (p._type === 'MatchStar') throw cx.error('invalid syntax', s(inner), e(inner));
      return p;
    }
    return { ...p, ...loc(this) };
  },
  ClosedPattern_list(_lb, pats, _rb) {
    if (!pats.children.length) return { _type: 'MatchSequence', patterns: [], ...loc(this) };
    const inner = pats.children[0];
    const isSeq = inner.children[1].children.length > 0 || inner.children[3].children.length > 0;
    const items: Pattern[] = isSeq ? ast(inner).patterns : [patternOf(inner.children[0])];
    return { _type: 'MatchSequence', patterns: items, ...loc(this) };
  },
  ClosedPattern_mapping(_lb, items, _rb) {
    const keys: ExprNode[] = [];
    const patterns: Pattern[] = [];
    let rest: string | null = null;
    if (items.children.length) {
      for (const it of ast(items.children[0]) as { rest?: string; key?: ExprNode; pattern?: Pattern; cst: N }[]) {
        if (rest !== null) throw cx.error('invalid syntax', s(it.cst), e(it.cst));
        if (it.rest !== undefined) rest = it.rest;
        else {
          keys.push(it.key!);
          patterns.push(it.pattern!);
        }
      }
    }
    return { _type: 'MatchMapping', keys, patterns, rest, ...loc(this) };
  },
  SignedNumber(minus, num) {
    const v = ast(num);
    if (!minus.children.length) return v;
    return { _type: 'UnaryOp', op: 'USub', operand: v, ...loc(this) };
  },
  ComplexLiteral(left, op, num) {
    const right = ast(num);
    if (!(right.value instanceof PyComplex)) throw cx.error('imaginary number required in complex literal', s(num), e(num));
    const l = ast(left);
    const lv = l._type === 'UnaryOp' ? l.operand.value : l.value;
    if (lv instanceof PyComplex) throw cx.error('real number required in complex literal', s(left), e(left));
    return { _type: 'BinOp', left: l, op: op.sourceString === '+' ? 'Add' : 'Sub', right, ...loc(this) };
  },
  ClassPatternArgs(first, _commas, rest, _trailing) {
    return list(first, rest);
  },
  ClassPatternArg_keyword(name, _eq, pattern) {
    return { kw: nameOf(name), pattern: ast(pattern), cst: this };
  },
  ClassPatternArg_positional(pattern) {
    return { kw: null, pattern: ast(pattern), cst: this };
  },
  MappingItems(first, _commas, rest, _trailing) {
    return list(first, rest);
  },
  MappingItem_rest(_stars, name) {
    if (name.sourceString === '_') throw cx.error('invalid syntax', s(name), e(name));
    return { rest: nameOf(name), cst: this };
  },
  MappingItem_pair(key, _colon, pattern) {
    const k = ast(key);
    if (k._type === 'JoinedStr') throw cx.errorAt('patterns may only match literals and attribute lookups', k);
    return { key: k, pattern: ast(pattern), cst: this };
  },
  KeywordConst(kw) {
    const t = kw.sourceString;
    return { _type: 'Constant', value: t === 'None' ? null : t === 'True', kind: null, ...loc(this) };
  },

  // ------------------------------------------------------------- simple statements

  KeywordStmt(_guard, stmt) {
    return ast(stmt);
  },
  KeywordStmtBody_pass(_t) {
    return { _type: 'Pass', ...loc(this) };
  },
  KeywordStmtBody_break(_t) {
    return { _type: 'Break', ...loc(this) };
  },
  KeywordStmtBody_continue(_t) {
    return { _type: 'Continue', ...loc(this) };
  },
  KeywordStmtBody_return(_t, value) {
    return { _type: 'Return', value: opt(value), ...loc(this) };
  },
  KeywordStmtBody_raise(_t, exc, _from, cause) {
    const c = cause.children.length && cause.children[0].children.length ? ast(cause.children[0].children[0]) : null;
    return { _type: 'Raise', exc: opt(exc), cause: c, ...loc(this) };
  },
  KeywordStmtBody_global(_t, first, _commas, rest) {
    return { _type: 'Global', names: [first, ...rest.children].map(nameOf), ...loc(this) };
  },
  KeywordStmtBody_nonlocal(_t, first, _commas, rest) {
    return { _type: 'Nonlocal', names: [first, ...rest.children].map(nameOf), ...loc(this) };
  },
  KeywordStmtBody_del(_t, targets) {
    const cst = targets;
    const items: ExprNode[] = delItems(cst);
    for (const x of items) toTarget(cx, x, 'del');
    return { _type: 'Delete', targets: items, ...loc(this) };
  },
  KeywordStmtBody_assert(_t, test, _comma, msg) {
    return { _type: 'Assert', test: ast(test), msg: opt(msg), ...loc(this) };
  },
  KeywordStmtBody_import(_t, first, _commas, rest) {
    return { _type: 'Import', names: list(first, rest), ...loc(this) };
  },
  KeywordStmtBody_from(_t, dots, module, _import, targets) {
    let level = 0;
    for (const d of dots.children) level += d.sourceString.length;
    const mod = module.children.length ? dottedString(module.children[0]) : null;
    if (mod === null && level === 0) throw cx.error('invalid syntax', s(_import), e(_import));
    return { _type: 'ImportFrom', module: mod, names: ast(targets), level, ...loc(this) };
  },
  ImportTargets_star(star) {
    return [{ _type: 'alias', name: '*', asname: null, ...loc(star) }];
  },
  ImportTargets_parens(_lp, first, _commas, rest, _trailing, _rp) {
    return list(first, rest);
  },
  ImportTargets_plain(first, _commas, rest, trailing) {
    if (hasTrailing(trailing)) {
      throw new TokenView(cx).errorAfter('trailing comma not allowed without surrounding parentheses', e(trailing));
    }
    return list(first, rest);
  },
  ImportAsName(name, _as, alias) {
    return { _type: 'alias', name: nameOf(name), asname: alias.children.length ? nameOf(alias.children[0]) : null, ...loc(this) };
  },
  DottedAsName(dotted, _as, alias) {
    return { _type: 'alias', name: dottedString(dotted), asname: alias.children.length ? nameOf(alias.children[0]) : null, ...loc(this) };
  },
  DottedName(first, _dots, rest) {
    let node: ExprNode = nameNode(first);
    for (const r of rest.children) {
      node = { _type: 'Attribute', value: node, attr: nameOf(r), ctx: 'Load', ...cx.loc(s(first), e(r)) };
    }
    return node;
  },

  ExprStmt(first, tail) {
    const value: ExprNode = ast(first);
    if (!tail.children.length) {
      return { _type: 'Expr', value, ...loc(this) };
    }
    const t = tail.children[0];
    const alt = t.children[0];
    if (alt.ctorName === 'AssignTail_annotated') {
      const [, ann, , val] = alt.children;
      return annotated(this, first, value, ast(ann), val.children.length ? ast(val.children[0]) : null);
    }
    if (alt.ctorName === 'AssignTail_augmented') {
      const [op, val] = alt.children;
      if (value._type !== 'Name' && value._type !== 'Attribute' && value._type !== 'Subscript') {
        throw cx.errorAt(`'${exprName(value)}' is an illegal expression for augmented assignment`, value);
      }
      (value as A.Name).ctx = 'Store';
      return { _type: 'AugAssign', target: value, op: AUGOPS[op.sourceString], value: ast(val), ...loc(this) };
    }
    // Plain assignment: first = v1 = v2 ... = value.
    const [, values] = alt.children;
    const items: ExprNode[] = [value, ...values.children.map(ast)];
    const rhs = items[items.length - 1];
    const targets = assignTargets(cx, items, [first, ...values.children].map((c) => cx.map[s(c)]));
    return { _type: 'Assign', targets, value: rhs, type_comment: null, ...loc(this) };
  },

  // ------------------------------------------------------------- parameters and arguments

  Params(first, _commas, rest, _trailing) {
    return buildArguments(cx, list(first, rest));
  },
  Param_kwargs(_stars, name, _colon, ann) {
    return { kind: 'dstar', arg: makeArg(name, opt(ann), this), start: s(this), end: e(this) } satisfies ParamItem;
  },
  Param_varargs(_star, name, _colon, ann) {
    if (!name.children.length) return { kind: 'star', arg: null, start: s(this), end: e(this) } satisfies ParamItem;
    const a = ann.children.length && ann.children[0].children.length ? ast(ann.children[0].children[0]) : null;
    return { kind: 'star', arg: makeArg(name.children[0], a, this), start: s(this), end: e(this) } satisfies ParamItem;
  },
  Param_slash(_slash) {
    return { kind: 'slash', start: s(this), end: e(this) } satisfies ParamItem;
  },
  Param_plain(name, _colon, ann, _eq, dflt) {
    const annotation = opt(ann);
    const endNode = ann.children.length ? ann.children[0] : name;
    return { kind: 'plain', arg: makeArg(name, annotation, endNode), default: opt(dflt), start: s(this), end: e(this) } satisfies ParamItem;
  },
  LambdaParams(first, _commas, rest, _trailing) {
    return buildArguments(cx, list(first, rest), true);
  },
  LambdaParam_kwargs(_stars, name) {
    return { kind: 'dstar', arg: makeArg(name, null, name), start: s(this), end: e(this) } satisfies ParamItem;
  },
  LambdaParam_varargs(_star, name) {
    const arg = name.children.length ? makeArg(name.children[0], null, name.children[0]) : null;
    return { kind: 'star', arg, start: s(this), end: e(this) } satisfies ParamItem;
  },
  LambdaParam_slash(_slash) {
    return { kind: 'slash', start: s(this), end: e(this) } satisfies ParamItem;
  },
  LambdaParam_plain(name, _eq, dflt) {
    return { kind: 'plain', arg: makeArg(name, null, name), default: opt(dflt), start: s(this), end: e(this) } satisfies ParamItem;
  },

  Arg_star(_star, expr) {
    return { kind: 'star', node: { _type: 'Starred', value: ast(expr), ctx: 'Load', ...loc(this) }, cst: this };
  },
  Arg_dstar(_stars, expr) {
    return { kind: 'dstar', node: { _type: 'keyword', arg: null, value: ast(expr), ...loc(this) }, cst: this };
  },
  Arg_keyword(name, _eq, expr) {
    return { kind: 'keyword', node: { _type: 'keyword', arg: nameOf(name), value: ast(expr), ...loc(this) }, cst: this };
  },
  Arg_positional(expr, comps) {
    const value = ast(expr);
    if (!comps.children.length) return { kind: 'positional', node: value, cst: this };
    if (value._type === 'Starred') throw cx.errorAt('iterable unpacking cannot be used in comprehension', value);
    return { kind: 'genexp', node: { _type: 'GeneratorExp', elt: value, generators: all(comps), ...loc(this) }, cst: this };
  },

  // ------------------------------------------------------------- expressions

  StarExprs(first, _commas, rest, trailing) {
    if (!rest.children.length && !hasTrailing(trailing)) return ast(first);
    return { _type: 'Tuple', elts: list(first, rest), ctx: 'Load', ...loc(this) };
  },
  StarExpr(star, expr) {
    if (!star.children.length) return ast(expr);
    checkStarOperand(expr);
    return { _type: 'Starred', value: ast(expr), ctx: 'Load', ...loc(this) };
  },
  StarNamedExprs(first, _commas, rest, trailing) {
    if (!rest.children.length && !hasTrailing(trailing)) return ast(first);
    return { _type: 'Tuple', elts: list(first, rest), ctx: 'Load', ...loc(this) };
  },
  StarNamedExpr_star(_star, expr) {
    checkStarOperand(expr);
    return { _type: 'Starred', value: ast(expr), ctx: 'Load', ...loc(this) };
  },
  NamedExpr(target, _op, value) {
    const t: ExprNode = ast(target);
    if (!value.children.length) return t;
    if (t._type !== 'Name' || cx.text.charCodeAt(s(target)) === 40) {
      throw cx.errorAt(`cannot use assignment expressions with ${exprName(t)}`, t);
    }
    t.ctx = 'Store';
    return { _type: 'NamedExpr', target: t, value: ast(value.children[0]), ...loc(this) };
  },

  Expression(_lambdas, params, _colons, first, ops, rest, _if, test, _else, orelse) {
    let body: ExprNode = chain(first, ops, rest);
    if (test.children.length) {
      body = { _type: 'IfExp', test: ast(test.children[0]), body, orelse: ast(orelse.children[0]), ...cx.loc(s(first), e(this)) };
    }
    const lambdas = _lambdas.children;
    // ohm's `children` getter rebuilds its array on every access: read it once (a chain of n
    // lambdas was quadratic).
    const paramList = params.children;
    const end = e(this);
    for (let k = lambdas.length - 1; k >= 0; k--) {
      const p = paramList[k];
      const args = p.children.length ? ast(p.children[0]) : emptyArguments();
      body = { _type: 'Lambda', args, body, ...cx.loc(s(lambdas[k]), end) };
    }
    return body;
  },

  Disj(first, ops, rest) {
    return chain(first, ops, rest);
  },
  Operand(prefixes, _await, _atom, _guards, _trailers, _pow, _factor) {
    // Only reached for operands outside a chain with no operator; prefixes go through climb().
    if (!prefixes.children.length) return power(this);
    return climb(cx, [operand(this)], [], []);
  },
  Factor(prefixes, _await, _atom, _guards, _trailers, _pow, _factor) {
    let node: ExprNode = power(this);
    const end = e(this);
    const ps = prefixes.children;
    for (let k = ps.length - 1; k >= 0; k--) {
      const op = ps[k].sourceString;
      node = { _type: 'UnaryOp', op: op === '+' ? 'UAdd' : op === '-' ? 'USub' : 'Invert', operand: node, ...cx.loc(s(ps[k]), end) };
    }
    return node;
  },
  Primary(atom, _guards, trailers) {
    return withTrailers(atom, trailers);
  },
  Slices(first, _commas, rest, trailing) {
    if (!rest.children.length && !hasTrailing(trailing)) {
      const one = ast(first);
      if (one._type === 'Starred') return { _type: 'Tuple', elts: [one], ctx: 'Load', ...loc(this) };
      return one;
    }
    return { _type: 'Tuple', elts: list(first, rest), ctx: 'Load', ...loc(this) };
  },
  Slice_range(lower, _colon, upper, _colon2, step) {
    const st = step.children.length && step.children[0].children.length ? ast(step.children[0].children[0]) : null;
    return { _type: 'Slice', lower: opt(lower), upper: opt(upper), step: st, ...loc(this) };
  },
  Atom(x) {
    switch (x.ctorName) {
      case 'name':
        return nameNode(x);
      case '_terminal': {
        const t = x.sourceString;
        const value = t === 'None' ? null : t === 'True' ? true : t === 'False' ? false : ELLIPSIS;
        return { _type: 'Constant', value, kind: null, ...loc(this) };
      }
      default:
        return ast(x);
    }
  },
  Paren(_lp, body, _rp) {
    if (!body.children.length) return { _type: 'Tuple', elts: [], ctx: 'Load', ...loc(this) };
    const inner = body.children[0];
    const alt = inner.children[0];
    const r = ast(inner);
    if (alt.ctorName === 'ParenBody_items') {
      if (r._type === 'Tuple' && isTupleCst(alt.children[0])) return { ...r, ...loc(this) };
      if (r._type === 'Starred') throw cx.errorAt('cannot use starred expression here', r);
      return r;
    }
    if (alt.ctorName === 'ParenBody_genexp') return { ...r, ...loc(this) };
    return r;
  },
  ParenBody_genexp(elt, comps) {
    return comprehension(this, 'GeneratorExp', ast(elt), comps);
  },
  ListDisplay(_lb, body, _rb) {
    if (!body.children.length) return { _type: 'List', elts: [], ctx: 'Load', ...loc(this) };
    const inner = body.children[0].children[0];
    if (inner.ctorName === 'ListBody_comp') {
      return comprehension(this, 'ListComp', ast(inner.children[0]), inner.children[1]);
    }
    return { _type: 'List', elts: itemsOf(inner.children[0]), ctx: 'Load', ...loc(this) };
  },
  Braces(_lb, body, _rb) {
    if (!body.children.length) return { _type: 'Dict', keys: [], values: [], ...loc(this) };
    const inner = body.children[0].children[0];
    switch (inner.ctorName) {
      case 'BracesBody_dictcomp': {
        const item = ast(inner.children[0]);
        if (item.key === null) throw cx.error('dict unpacking cannot be used in dict comprehension', s(inner.children[0]), e(inner.children[0]));
        return { _type: 'DictComp', key: item.key, value: item.value, generators: all(inner.children[1]), ...loc(this) };
      }
      case 'BracesBody_dict': {
        const items = list(inner.children[0], inner.children[2]);
        return { _type: 'Dict', keys: items.map((i) => i.key), values: items.map((i) => i.value), ...loc(this) };
      }
      case 'BracesBody_setcomp':
        return comprehension(this, 'SetComp', ast(inner.children[0]), inner.children[1]);
      default:
        return { _type: 'Set', elts: itemsOf(inner.children[0]), ...loc(this) };
    }
  },
  DictItem_unpack(_stars, disj) {
    checkDisjOperand(disj);
    return { key: null, value: ast(disj) };
  },
  DictItem_pair(key, _colon, value) {
    return { key: ast(key), value: ast(value) };
  },
  CompFor(asyncKw, _for, targets, _in, iter, _if, conds) {
    return {
      _type: 'comprehension', target: toTarget(cx, ast(targets), 'for'), iter: ast(iter),
      ifs: all(conds), is_async: asyncKw.children.length ? 1 : 0,
    };
  },
  YieldExpr(_yield, arg) {
    if (!arg.children.length) return { _type: 'Yield', value: null, ...loc(this) };
    const alt = arg.children[0].children[0];
    const value = ast(alt.children[alt.ctorName === 'YieldArg_from' ? 1 : 0]);
    return { _type: alt.ctorName === 'YieldArg_from' ? 'YieldFrom' : 'Yield', value, ...loc(this) };
  },
  TargetList(first, _commas, rest, trailing) {
    if (!rest.children.length && !hasTrailing(trailing)) return ast(first);
    return { _type: 'Tuple', elts: list(first, rest), ctx: 'Load', ...loc(this) };
  },
  StarTarget(star, primary) {
    const p = ast(primary);
    if (!star.children.length) return p;
    return { _type: 'Starred', value: p, ctx: 'Load', ...loc(this) };
  },
  Strings(parts) {
    return strings(this, parts.children);
  },
  number(_guard, _n) {
    return { _type: 'Constant', value: numberValue(this.sourceString), kind: null, ...loc(this) };
  },
  _iter(...children) {
    return children.map(ast);
  },
});

const AUGOPS: Record<string, A.Operator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd',
  '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

function isTupleCst(starNamedExprs: N): boolean {
  return starNamedExprs.children[1].children.length > 0 || starNamedExprs.children[3].children.length > 0;
}

/** itemsOf returns the elements of a StarNamedExprs node as a list (a lone item stays one item). */
function itemsOf(starNamedExprs: N): ExprNode[] {
  const [first, , rest] = starNamedExprs.children;
  return list(first, rest);
}

function delItems(starExprs: N): ExprNode[] {
  const [first, , rest, trailing] = starExprs.children;
  if (!rest.children.length && !hasTrailing(trailing)) return [ast(first)];
  return list(first, rest);
}

function dottedString(dotted: N): string {
  const [first, , rest] = dotted.children;
  return [first, ...rest.children].map(nameOf).join('.');
}

/** withTrailers applies attribute, call and subscript trailers to an atom, left to right. */
function withTrailers(atom: N, trailers: N): ExprNode {
  let node: ExprNode = ast(atom);
  if (!trailers.children.length) return node;
  const start = s(atom);
  for (const t of trailers.children) {
    const alt = t.children[0];
    const end = e(t);
    switch (alt.ctorName) {
      case 'Trailer_attribute':
        node = { _type: 'Attribute', value: node, attr: nameOf(alt.children[1]), ctx: 'Load', ...cx.loc(start, end) };
        break;
      case 'Trailer_call': {
        const argsIter = alt.children[1];
        const r = argsIter.children.length ? callArgs(argsIter.children[0], alt) : { args: [], keywords: [] };
        node = { _type: 'Call', func: node, args: r.args, keywords: r.keywords, ...cx.loc(start, end) };
        break;
      }
      default: {
        const slice = ast(alt.children[1]);
        node = { _type: 'Subscript', value: node, slice, ctx: 'Load', ...cx.loc(start, end) };
      }
    }
  }
  return node;
}

/** power builds the power expression of an Operand or Factor node: await, atom, trailers, "**". */
function power(n: N): ExprNode {
  const [, awaitKw, atom, , trailers, , factor] = n.children;
  let node = withTrailers(atom, trailers);
  const hasAwait = awaitKw.children.length > 0;
  const start = hasAwait ? s(awaitKw.children[0]) : s(atom);
  if (hasAwait) {
    const last = trailers.children.length ? trailers.children[trailers.children.length - 1] : atom;
    node = { _type: 'Await', value: node, ...cx.loc(start, e(last)) };
  }
  if (factor.children.length) {
    const f = factor.children[0];
    node = { _type: 'BinOp', left: node, op: 'Pow', right: ast(f), ...cx.loc(start, e(f)) };
  }
  return node;
}

/** chain builds the tree of an operator chain `first (op operand)*`. */
function chain(first: N, ops: N, rest: N): ExprNode {
  if (!ops.children.length) return ast(first);
  const operands: ChainOperand[] = [operand(first)];
  for (const r of rest.children) operands.push(operand(r));
  const opStrs = ops.children.map((o) => o.sourceString);
  return climb(cx, operands, opStrs, ops.children.map(s));
}

function operand(node: N): ChainOperand {
  const [prefixes, awaitKw, atom] = node.children;
  return {
    prefixes: prefixes.children.map((p) => ({ op: p.sourceString, start: s(p) })),
    node: power(node),
    start: awaitKw.children.length ? s(awaitKw.children[0]) : s(atom),
    end: e(node),
  };
}

function patternOf(maybeStar: N): Pattern {
  return ast(maybeStar);
}

function annotated(stmt: N, targetCst: N, target: ExprNode, annotation: ExprNode, value: ExprNode | null): A.AnnAssign {
  if (target._type === 'Tuple') {
    // CPython points at a parenthesized tuple, but only at the first item of a bare one.
    const item = target.elts[0];
    const bare = item !== undefined && item.lineno === target.lineno && item.col_offset === target.col_offset;
    throw cx.errorAt('only single target (not tuple) can be annotated', bare ? item : target);
  }
  if (target._type === 'List') throw cx.errorAt('only single target (not list) can be annotated', target);
  if (target._type !== 'Name' && target._type !== 'Attribute' && target._type !== 'Subscript') {
    throw cx.errorAt('illegal target for annotation', target);
  }
  const parenthesized = cx.text.charCodeAt(s(targetCst)) === 40;
  if (parenthesized && target._type !== 'Name' && startsWithParenthesizedTarget(cx, target, cx.map[s(targetCst)])) {
    throw cx.errorAt('illegal target for annotation', target);
  }
  target.ctx = 'Store';
  const simple = target._type === 'Name' && !parenthesized ? 1 : 0;
  return { _type: 'AnnAssign', target, annotation, value, simple, ...loc(stmt) };
}

/** callArgs sorts call arguments into args and keywords, with CPython's order checks. */
function callArgs(argsCst: N, callCst?: N): { args: ExprNode[]; keywords: A.Keyword[] } {
  const [first, , rest, trailing] = argsCst.children;
  const items: { kind: string; node: any; cst: N }[] = list(first, rest);
  const args: ExprNode[] = [];
  const keywords: A.Keyword[] = [];
  let seenKeyword = false;
  let seenDstar = false;
  for (const it of items) {
    switch (it.kind) {
      case 'genexp':
        if (items.length > 1 || hasTrailing(trailing)) {
          throw cx.errorAt('Generator expression must be parenthesized', it.node);
        }
        if (!callCst) {
          // Class bases are no call: in `class C(x for x in y)` the `for` is unexpected.
          const v = new TokenView(cx);
          throw v.error('invalid syntax', v.indexAt(s(it.cst.children[1])));
        }
        if (callCst) Object.assign(it.node, cx.loc(s(callCst), e(callCst)));
        args.push(it.node);
        break;
      case 'positional':
        // CPython reports these at the token after the arguments.
        if (seenDstar) throw new TokenView(cx).errorAfter('positional argument follows keyword argument unpacking', e(argsCst));
        if (seenKeyword) throw new TokenView(cx).errorAfter('positional argument follows keyword argument', e(argsCst));
        args.push(it.node);
        break;
      case 'star':
        if (seenDstar) throw cx.error('iterable argument unpacking follows keyword argument unpacking', s(it.cst), s(it.cst) + 1);
        args.push(it.node);
        break;
      case 'keyword':
        seenKeyword = true;
        keywords.push(it.node);
        break;
      case 'dstar':
        seenDstar = true;
        keywords.push(it.node);
        break;
    }
  }
  return { args, keywords };
}

/** numberValue converts a numeric literal's text to its constant value. */
function numberValue(text: string): A.ConstantValue {
  const t = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
  const last = t.charCodeAt(t.length - 1) | 0x20;
  if (last === 0x6a) return new PyComplex(0, Number(t.slice(0, -1)));
  if (t.length > 1 && t[0] === '0') {
    const k = t.charCodeAt(1) | 0x20;
    if (k === 0x78 || k === 0x6f || k === 0x62) return BigInt(t.slice(0, 2).toLowerCase() + t.slice(2));
  }
  if (/[.eE]/.test(t)) return Number(t);
  return BigInt(t);
}

/** strings builds the Constant or JoinedStr of one or more adjacent string literals. */
function strings(node: N, tokens: N[]): ExprNode {
  const l = loc(node);
  const first = splitLiteral(cx.literal(s(tokens[0])));
  const kind = first.unicode ? 'u' : null;
  const isBytes = first.bytes;
  let anyF = false;
  const parts: FStringPart[] = [];
  const byteParts: number[] = [];
  for (const tokCst of tokens) {
    const text = cx.literal(s(tokCst));
    const lit = splitLiteral(text);
    // CPython decodes the literals after reading the token that follows them, and reports there.
    if (lit.bytes !== isBytes) throw new TokenView(cx).errorAfter('cannot mix bytes and nonbytes literals', e(node));
    try {
      if (lit.bytes) {
        byteParts.push(...decodeBytes(lit.body, lit.raw));
      } else if (lit.fstring) {
        anyF = true;
        const start = s(tokCst);
        const tl = cx.loc(start, start);
        parts.push(...parseFString(lit.body, lit.raw, { text, bodyOffset: lit.bodyOffset, lineno: tl.lineno, col: tl.col_offset }, l, fieldParser, kind));
      } else {
        parts.push(lit.raw ? lit.body : decodeStr(lit.body));
      }
    } catch (err) {
      if (err instanceof EscapeError) {
        const msg = lit.bytes
          ? err.msg === 'invalid \\x escape' ? `(value error) invalid \\x escape at position ${err.pos}` : err.msg
          : `(unicode error) 'unicodeescape' codec can't decode bytes in position ${err.pos}-${err.end}: ${err.msg}`;
        if (lit.bytes && err.msg.startsWith('bytes can only')) throw cx.error(err.msg, s(node), e(node));
        throw new TokenView(cx).errorAfter(msg, e(node));
      }
      if (err instanceof FStringError) throw new TokenView(cx).errorAfter(err.msg, e(node));
      throw err;
    }
  }
  if (isBytes) return { _type: 'Constant', value: Uint8Array.from(byteParts), kind: null, ...l };
  if (!anyF) {
    const value = parts.join('');
    return { _type: 'Constant', value, kind, ...l };
  }
  return { _type: 'JoinedStr', values: joinParts(parts, l, kind), ...l };
}

export { semantics };
export type { NonterminalNode, IterationNode };
