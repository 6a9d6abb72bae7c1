// This file defines the precedence climber: the grammar parses every binary, boolean and
// comparison operator as one flat chain (operand op operand op ...), and this turns the chain into
// CPython's tree, with Python's precedence, BoolOp flattening, comparison chains and `not`.

import type { BoolOp, Cmpop, Compare, ExprNode, Operator, UnaryOp, Unaryop } from './ast.js';
import type { BuildContext } from './context.js';

/** ChainOperand: one operand of the chain, with its prefix operators (text offsets kept). */
export interface ChainOperand {
  /** prefixes: the unary operators written before the operand, outermost first. */
  prefixes: { op: string; start: number }[];
  /** node: the operand itself (a power expression). */
  node: ExprNode;
  /** start, end: text offsets of the whole operand, parentheses included, prefixes excluded. */
  start: number;
  end: number;
}

const PREC: Record<string, number> = {
  or: 1, and: 2,
  'not in': 4, in: 4, 'is not': 4, is: 4, '==': 4, '!=': 4, '<': 4, '<=': 4, '>': 4, '>=': 4,
  '|': 5, '^': 6, '&': 7, '<<': 8, '>>': 8, '+': 9, '-': 9,
  '*': 10, '/': 10, '//': 10, '%': 10, '@': 10,
};
const NOT_PREC = 3;

const BINOPS: Record<string, Operator> = {
  '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '<<': 'LShift', '>>': 'RShift', '+': 'Add', '-': 'Sub',
  '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult',
};
const CMPOPS: Record<string, Cmpop> = {
  'not in': 'NotIn', in: 'In', 'is not': 'IsNot', is: 'Is', '==': 'Eq', '!=': 'NotEq',
  '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
};
const UNARY: Record<string, Unaryop> = { '+': 'UAdd', '-': 'USub', '~': 'Invert', not: 'Not' };

interface Spanned {
  node: ExprNode;
  start: number;
  end: number;
}

/** climb builds the expression tree for a chain of operands and operators. */
export function climb(cx: BuildContext, operands: ChainOperand[], ops: string[], opStarts: number[]): ExprNode {
  if (ops.length === 0 && operands[0].prefixes.length === 0) return operands[0].node;
  const c = new Climber(cx, operands, ops, opStarts);
  const r = c.expr(0);
  return r.node;
}

class Climber {
  private pos = 0;
  private readonly used: number[];

  constructor(
    private readonly cx: BuildContext,
    private readonly operands: ChainOperand[],
    private readonly ops: string[],
    private readonly opStarts: number[],
  ) {
    this.used = new Array(operands.length).fill(0);
  }

  expr(minPrec: number): Spanned {
    let left = this.operand(minPrec);
    const { ops } = this;
    for (;;) {
      const k = this.pos - 1;
      if (k >= ops.length) break;
      const op = ops[k];
      const p = PREC[op];
      if (p < minPrec) break;
      if (p <= 2) {
        const values: Spanned[] = [left];
        while (this.pos - 1 < ops.length && ops[this.pos - 1] === op) values.push(this.expr(p + 1));
        const end = values[values.length - 1].end;
        const node: BoolOp = {
          _type: 'BoolOp', op: op === 'or' ? 'Or' : 'And', values: values.map((v) => v.node),
          ...this.cx.loc(left.start, end),
        };
        left = { node, start: left.start, end };
      } else if (p === 4) {
        const cmpops: Cmpop[] = [];
        const comparators: ExprNode[] = [];
        let end = left.end;
        while (this.pos - 1 < ops.length && PREC[ops[this.pos - 1]] === 4) {
          cmpops.push(CMPOPS[ops[this.pos - 1]]);
          const r = this.expr(5);
          comparators.push(r.node);
          end = r.end;
        }
        const node: Compare = { _type: 'Compare', left: left.node, ops: cmpops, comparators, ...this.cx.loc(left.start, end) };
        left = { node, start: left.start, end };
      } else {
        const r = this.expr(p + 1);
        const node: ExprNode = { _type: 'BinOp', left: left.node, op: BINOPS[op], right: r.node, ...this.cx.loc(left.start, r.end) };
        left = { node, start: left.start, end: r.end };
      }
    }
    return left;
  }

  /** operand consumes the next operand (or, for a leading `not`, the inversion it starts). */
  private operand(minPrec: number): Spanned {
    const i = this.pos;
    const item = this.operands[i];
    const k = this.used[i];
    if (k < item.prefixes.length && item.prefixes[k].op === 'not') {
      const p = item.prefixes[k];
      if (minPrec > NOT_PREC) throw this.cx.error('invalid syntax', p.start, p.start + 3);
      // `not` nests (inversion: "not" inversion | comparison). A run of them is taken at once, so
      // that `not not ... x` costs no stack per `not`.
      let m = k + 1;
      while (m < item.prefixes.length && item.prefixes[m].op === 'not') m++;
      this.used[i] = m;
      const inner = this.expr(NOT_PREC);
      let node = inner.node;
      for (let q = m - 1; q >= k; q--) {
        const not: UnaryOp = { _type: 'UnaryOp', op: 'Not', operand: node, ...this.cx.loc(item.prefixes[q].start, inner.end) };
        node = not;
      }
      return { node, start: p.start, end: inner.end };
    }
    this.pos = i + 1;
    let node = item.node;
    let start = item.start;
    for (let q = item.prefixes.length - 1; q >= k; q--) {
      const p = item.prefixes[q];
      if (p.op === 'not') throw this.cx.error('invalid syntax', p.start, p.start + 3);
      node = { _type: 'UnaryOp', op: UNARY[p.op], operand: node, ...this.cx.loc(p.start, item.end) };
      start = p.start;
    }
    return { node, start, end: item.end };
  }
}
