// Expressions back to source text, as CPython 3.11's Python/ast_unparse.c writes them: the string
// an annotation becomes under `from __future__ import annotations`.

import type * as A from '../parser/ast.js';
import { PyComplex } from '../parser/constant.js';
import { reprBytes } from '../objects/bytes.js';
import { reprComplex } from '../objects/complex.js';
import { reprFloat } from '../objects/float.js';
import { reprStr } from '../objects/str.js';

// Precedence levels (ast_unparse.c).
const PR_TUPLE = 0;
const PR_TEST = 1;
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_EXPR = 6;
const PR_BOR = PR_EXPR;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOPS: Record<A.Operator, [string, number]> = {
  Add: [' + ', PR_ARITH],
  Sub: [' - ', PR_ARITH],
  Mult: [' * ', PR_TERM],
  MatMult: [' @ ', PR_TERM],
  Div: [' / ', PR_TERM],
  Mod: [' % ', PR_TERM],
  LShift: [' << ', PR_SHIFT],
  RShift: [' >> ', PR_SHIFT],
  BitOr: [' | ', PR_BOR],
  BitXor: [' ^ ', PR_BXOR],
  BitAnd: [' & ', PR_BAND],
  FloorDiv: [' // ', PR_TERM],
  Pow: [' ** ', PR_POWER],
};

const CMPOPS: Record<A.Cmpop, string> = {
  Eq: ' == ',
  NotEq: ' != ',
  Lt: ' < ',
  LtE: ' <= ',
  Gt: ' > ',
  GtE: ' >= ',
  Is: ' is ',
  IsNot: ' is not ',
  In: ' in ',
  NotIn: ' not in ',
};

// append_repr(): infinities are written 1e309 so that the text evaluates back to them.
function reprConstant(v: A.ConstantValue): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean':
      return v ? 'True' : 'False';
    case 'string':
      return reprStr(v);
    case 'bigint':
      return v.toString();
    case 'number': {
      const r = reprFloat(v);
      return Number.isFinite(v) ? r : r.replace('inf', '1e309');
    }
    case 'symbol':
      return '...';
    default:
      if (v instanceof Uint8Array) return reprBytes(v);
      if (v instanceof PyComplex) return reprComplex(v).replace(/inf/g, '1e309');
      return String(v);
  }
}

function paren(cond: boolean, s: string): string {
  return cond ? `(${s})` : s;
}

function unparseArg(a: A.Arg): string {
  return a.annotation === null ? a.arg : `${a.arg}: ${unparse(a.annotation, PR_TEST)}`;
}

function unparseArgs(args: A.Arguments): string {
  const parts: string[] = [];
  const positional = [...args.posonlyargs, ...args.args];
  const nposonly = args.posonlyargs.length;
  positional.forEach((a, i) => {
    let s = unparseArg(a);
    const di = i - positional.length + args.defaults.length;
    if (di >= 0) s += '=' + unparse(args.defaults[di]!, PR_TEST);
    if (nposonly > 0 && i + 1 === nposonly) s += ', /';
    parts.push(s);
  });
  if (args.vararg !== null || args.kwonlyargs.length > 0) parts.push('*' + (args.vararg !== null ? unparseArg(args.vararg) : ''));
  args.kwonlyargs.forEach((a, i) => {
    let s = unparseArg(a);
    const di = i - args.kwonlyargs.length + args.kw_defaults.length;
    const d = di >= 0 ? args.kw_defaults[di] : null;
    if (d !== null && d !== undefined) s += '=' + unparse(d, PR_TEST);
    parts.push(s);
  });
  if (args.kwarg !== null) parts.push('**' + unparseArg(args.kwarg));
  return parts.join(', ');
}

function unparseComprehensions(gens: readonly A.Comprehension[]): string {
  let s = '';
  for (const g of gens) {
    s += g.is_async ? ' async for ' : ' for ';
    s += unparse(g.target, PR_TUPLE) + ' in ' + unparse(g.iter, PR_TEST + 1);
    for (const c of g.ifs) s += ' if ' + unparse(c, PR_TEST + 1);
  }
  return s;
}

function fstringElement(e: A.ExprNode, isFormatSpec: boolean): string {
  switch (e._type) {
    case 'Constant':
      return String(e.value).replace(/\{/g, '{{').replace(/\}/g, '}}');
    case 'JoinedStr':
      return joinedStr(e, isFormatSpec);
    case 'FormattedValue':
      return formattedValue(e);
    default:
      throw new Error('compiler: unknown expression kind inside f-string');
  }
}

function joinedStr(e: A.JoinedStr, isFormatSpec: boolean): string {
  const body = e.values.map((v) => fstringElement(v, isFormatSpec)).join('');
  return isFormatSpec ? body : 'f' + reprStr(body);
}

function formattedValue(e: A.FormattedValue): string {
  const inner = unparse(e.value, PR_TEST + 1);
  let s = (inner.startsWith('{') ? '{ ' : '{') + inner;
  if (e.conversion > 0) s += '!' + String.fromCharCode(e.conversion);
  if (e.format_spec !== null) s += ':' + fstringElement(e.format_spec, true);
  return s + '}';
}

function unparseKeyword(k: A.Keyword): string {
  return k.arg === null ? '**' + unparse(k.value, PR_TEST) : `${k.arg}=${unparse(k.value, PR_TEST)}`;
}

function unparse(e: A.ExprNode, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const pr = e.op === 'And' ? PR_AND : PR_OR;
      return paren(level > pr, e.values.map((v) => unparse(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '));
    }
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(level > pr, unparse(e.left, pr + rassoc) + op + unparse(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = e.op === 'Invert' ? ['~', PR_FACTOR] : e.op === 'Not' ? ['not ', PR_NOT] : e.op === 'UAdd' ? ['+', PR_FACTOR] : ['-', PR_FACTOR];
      return paren(level > (pr as number), (op as string) + unparse(e.operand, pr as number));
    }
    case 'Lambda': {
      const npos = e.args.args.length + e.args.posonlyargs.length;
      return paren(level > PR_TEST, (npos ? 'lambda ' : 'lambda') + unparseArgs(e.args) + ': ' + unparse(e.body, PR_TEST));
    }
    case 'IfExp':
      return paren(level > PR_TEST, `${unparse(e.body, PR_TEST + 1)} if ${unparse(e.test, PR_TEST + 1)} else ${unparse(e.orelse, PR_TEST)}`);
    case 'Dict':
      return (
        '{' +
        e.values.map((v, i) => {
          const k = e.keys[i];
          return k === null || k === undefined ? '**' + unparse(v, PR_EXPR) : `${unparse(k, PR_TEST)}: ${unparse(v, PR_TEST)}`;
        }).join(', ') +
        '}'
      );
    case 'Set':
      return '{' + e.elts.map((x) => unparse(x, PR_TEST)).join(', ') + '}';
    case 'GeneratorExp':
      return '(' + unparse(e.elt, PR_TEST) + unparseComprehensions(e.generators) + ')';
    case 'ListComp':
      return '[' + unparse(e.elt, PR_TEST) + unparseComprehensions(e.generators) + ']';
    case 'SetComp':
      return '{' + unparse(e.elt, PR_TEST) + unparseComprehensions(e.generators) + '}';
    case 'DictComp':
      return '{' + unparse(e.key, PR_TEST) + ': ' + unparse(e.value, PR_TEST) + unparseComprehensions(e.generators) + '}';
    case 'Yield':
      return e.value === null ? '(yield)' : `(yield ${unparse(e.value, PR_TEST)})`;
    case 'YieldFrom':
      return `(yield from ${unparse(e.value, PR_TEST)})`;
    case 'Await':
      return paren(level > PR_AWAIT, 'await ' + unparse(e.value, PR_ATOM));
    case 'Compare': {
      let s = unparse(e.left, PR_CMP + 1);
      e.ops.forEach((op, i) => (s += CMPOPS[op] + unparse(e.comparators[i]!, PR_CMP + 1)));
      return paren(level > PR_CMP, s);
    }
    case 'Call': {
      const func = unparse(e.func, PR_ATOM);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]!._type === 'GeneratorExp') return func + unparse(e.args[0]!, PR_TEST);
      return func + '(' + [...e.args.map((a) => unparse(a, PR_TEST)), ...e.keywords.map(unparseKeyword)].join(', ') + ')';
    }
    case 'Constant':
      if (e.value !== null && typeof e.value === 'symbol') return '...';
      return (e.kind ?? '') + reprConstant(e.value);
    case 'JoinedStr':
      return joinedStr(e, false);
    case 'FormattedValue':
      return formattedValue(e);
    case 'Attribute': {
      const v = e.value;
      const period = v._type === 'Constant' && typeof v.value === 'bigint' ? ' .' : '.';
      return unparse(v, PR_ATOM) + period + e.attr;
    }
    case 'Subscript': {
      let lvl = PR_TUPLE;
      if (e.slice._type === 'Tuple' && e.slice.elts.some((x) => x._type === 'Starred')) lvl++;
      return unparse(e.value, PR_ATOM) + '[' + unparse(e.slice, lvl) + ']';
    }
    case 'Starred':
      return '*' + unparse(e.value, PR_EXPR);
    case 'Slice': {
      let s = e.lower !== null ? unparse(e.lower, PR_TEST) : '';
      s += ':';
      if (e.upper !== null) s += unparse(e.upper, PR_TEST);
      if (e.step !== null) s += ':' + unparse(e.step, PR_TEST);
      return s;
    }
    case 'Name':
      return e.id;
    case 'List':
      return '[' + e.elts.map((x) => unparse(x, PR_TEST)).join(', ') + ']';
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const s = e.elts.map((x) => unparse(x, PR_TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(level > PR_TUPLE, s);
    }
    case 'NamedExpr':
      return paren(level > PR_TUPLE, `${unparse(e.target, PR_ATOM)} := ${unparse(e.value, PR_ATOM)}`);
  }
}

/** unparseAnnotation: the text of an annotation, as CPython's _PyAST_ExprAsUnicode(). */
export function unparseAnnotation(e: A.ExprNode): string {
  return unparse(e, PR_TEST);
}
