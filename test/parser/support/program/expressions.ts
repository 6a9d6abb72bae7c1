// fast-check arbitraries for valid Python 3.11 expressions. Each generated expression carries its
// binding level, and an operand binding looser than its context requires is parenthesized, so every
// mix of operators, comparison chains, lambdas, conditionals, comprehensions, calls, subscripts,
// slices, displays and literals comes out valid, with the precedence CPython gives it.

import fc from 'fast-check';
import { bytesLiteral, fstringLiteral, numberLiteral, strLiteral } from './literals.js';

/** Expr: expression text and its binding level (one of the PREC values); `num` marks a number literal. */
export interface Expr {
  t: string;
  p: number;
  num?: boolean;
}

/** PREC: binding levels, loosest first; an operand must bind at least as tightly as its slot asks. */
export const PREC = {
  NAMED: -1, // name := value (valid unparenthesized only in some slots)
  LAMBDA: 0, // lambda, and conditional expressions
  OR: 1,
  AND: 2,
  NOT: 3,
  CMP: 4,
  BOR: 5,
  BXOR: 6,
  BAND: 7,
  SHIFT: 8,
  ARITH: 9,
  TERM: 10,
  UNARY: 11,
  POWER: 12,
  AWAIT: 13,
  PRIMARY: 14,
  ATOM: 15,
} as const;

/** wrap parenthesizes `e` if it binds more loosely than `min`. */
export function wrap(e: Expr, min: number): Expr {
  return e.p >= min ? e : { t: `(${e.t})`, p: PREC.ATOM };
}

/** NAMES: identifiers, with soft keywords and non-ASCII ones (some changed by NFKC: ℌ, ﬁ, 𝔘, µ). */
export const NAMES = ['a', 'b', 'c', 'x', 'y', 'z', 'foo', 'bar_1', '_', '__x', 'self', 'match', 'case', 'type', 'print', 'é', 'π', '変数', 'ℌ', 'ﬁx', '𝔘', 'µ'];

/** name: an identifier from NAMES. */
export const name = fc.constantFrom(...NAMES);

// Separators inside brackets, where newlines and comments are free.
const listSep = fc.constantFrom(', ', ', ', ', ', ',', ',\n    ', ',  # note\n  ', ' ,  ', ',\n');
const openGap = fc.constantFrom('', '', '', '\n    ', ' ');

function joinList(items: string[], seps: string[], trailing: boolean): string {
  let out = '';
  items.forEach((it, i) => {
    out += it;
    if (i + 1 < items.length) out += seps[i % seps.length];
  });
  return trailing && items.length > 0 ? out + ',' : out;
}

/** seq: a bracketed sequence: items joined by random separators, with an optional trailing comma. */
function seq(items: fc.Arbitrary<string[]>, open: string, close: string, forceTrailingIfOne = false): fc.Arbitrary<string> {
  return fc.tuple(items, fc.array(listSep, { minLength: 1, maxLength: 3 }), fc.boolean(), openGap).map(([its, seps, tr, gap]) => {
    const trailing = forceTrailingIfOne && its.length === 1 ? true : tr && its.length > 0;
    return open + (its.length ? gap : '') + joinList(its, seps, trailing) + close;
  });
}

const BINOPS: [string, number][] = [
  ['|', PREC.BOR], ['^', PREC.BXOR], ['&', PREC.BAND], ['<<', PREC.SHIFT], ['>>', PREC.SHIFT],
  ['+', PREC.ARITH], ['-', PREC.ARITH], ['*', PREC.TERM], ['/', PREC.TERM], ['//', PREC.TERM],
  ['%', PREC.TERM], ['@', PREC.TERM],
];
const CMPOPS = ['<', '>', '==', '>=', '<=', '!=', 'in', 'not in', 'is', 'is not'];

const spaced = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\f', ' \\\n ');

/**
 * params makes parameter lists with every kind (positional-only, defaults, *args or a bare *,
 * keyword-only, **kwargs), shared by def and lambda (annotations, `*args: *Ts` included, only for def).
 */
export function params(value: fc.Arbitrary<Expr>, annotations: boolean): fc.Arbitrary<string> {
  const ann = annotations ? fc.option(value.map((v) => `: ${wrap(v, PREC.LAMBDA).t}`), { nil: '' }) : fc.constant('');
  const def = fc.option(value.map((v) => wrap(v, PREC.LAMBDA).t), { nil: null });
  const starAnn = annotations
    ? fc.oneof(ann, value.map((v) => `: *${wrap(v, PREC.BOR).t}`))
    : fc.constant('');
  return fc
    .record({
      posonly: fc.array(fc.tuple(ann, def), { maxLength: 2 }),
      normal: fc.array(fc.tuple(ann, def), { maxLength: 3 }),
      star: fc.constantFrom('none', 'bare', 'named'),
      starAnn,
      kwonly: fc.array(fc.tuple(ann, def), { maxLength: 2 }),
      kwargs: fc.option(ann, { nil: null }),
      trailing: fc.boolean(),
    })
    .map((r) => {
      const out: string[] = [];
      let n = 0;
      let defaults = false;
      // Once a positional parameter has a default, the later positional ones need one too.
      const positional = (a: string, d: string | null): string => {
        const nm = `p${n++}`;
        if (d !== null) defaults = true;
        const dv = d ?? (defaults ? '0' : null);
        return nm + a + (dv === null ? '' : a ? ` = ${dv}` : `=${dv}`);
      };
      for (const [a, d] of r.posonly) out.push(positional(a, d));
      if (r.posonly.length) out.push('/');
      for (const [a, d] of r.normal) out.push(positional(a, d));
      const kwonly = r.kwonly.map(([a, d]) => `p${n++}${a}${d === null ? '' : `=${d}`}`);
      if (r.star === 'named') out.push(`*args${r.starAnn}`);
      // A bare '*' must be followed by keyword-only parameters.
      else if (r.star === 'bare' && kwonly.length) out.push('*');
      if (r.star !== 'none' && (r.star === 'named' || kwonly.length)) out.push(...kwonly);
      if (r.kwargs !== null) out.push(`**kw${r.kwargs}`);
      // A trailing comma may follow any parameter, '/' included, but never a bare '*' (never last anyway).
      const trailing = r.trailing && out.length > 0 && out[out.length - 1] !== '*';
      return out.join(', ') + (trailing ? ',' : '');
    });
}

/**
 * ExpressionArbitraries: the expression generators, built together since they share the recursive
 * one: `expr(depth)` gives any expression, nested at most `depth` levels.
 */
export interface ExpressionArbitraries {
  expr: (depth?: number) => fc.Arbitrary<Expr>;
  /** target: an assignment target (name, attribute, subscript, or a tuple/list of targets). */
  target: (depth?: number) => fc.Arbitrary<string>;
  /** singleTarget: a name, attribute or subscript: what augmented assignment and del accept. */
  singleTarget: fc.Arbitrary<string>;
  /** classArgs: the text between a class's parentheses: call arguments, but no generator expression. */
  classArgs: fc.Arbitrary<string>;
  /** starExprs: what an expression statement or assignment's right side may be: `a, *b`. */
  starExprs: fc.Arbitrary<string>;
  /** namedExpr: an expression allowing an unparenthesized walrus (if/while conditions). */
  namedExpr: fc.Arbitrary<string>;
}

// F-string fields: no backslashes, '#', newlines or top-level ':' and '!'; nested strings use only
// the other quote, without escapes. Kept shallow: CPython 3.11 allows two levels of nesting.
function fieldExprs(avoid: "'" | '"'): fc.Arbitrary<string> {
  const q = avoid === "'" ? '"' : "'";
  const leaf: fc.Arbitrary<Expr> = fc.oneof(
    name.map((t) => ({ t, p: PREC.ATOM })),
    numberLiteral.map((t) => ({ t, p: PREC.ATOM, num: true })),
    fc.constantFrom('None', 'True', '...', `${q}s${q}`, `${q}é${q}`, `${q}${q}`, `b${q}b${q}`).map((t) => ({ t, p: PREC.ATOM })),
  );
  const level1: fc.Arbitrary<Expr> = fc.oneof(
    { arbitrary: leaf, weight: 3 },
    fc.tuple(leaf, name).map(([e, n]) => ({ t: `${wrap(e, e.num ? PREC.ATOM + 1 : PREC.PRIMARY).t}.${n}`, p: PREC.PRIMARY })),
    fc.tuple(name, fc.array(leaf, { maxLength: 2 })).map(([f, as]) => ({ t: `${f}(${as.map((a) => a.t).join(', ')})`, p: PREC.PRIMARY })),
    fc.tuple(name, leaf, fc.boolean()).map(([f, i, sl]) => ({ t: sl ? `${f}[${i.t}:]` : `${f}[${i.t}]`, p: PREC.PRIMARY })),
    fc.tuple(leaf, fc.constantFrom(...BINOPS), leaf).map(([l, [op, p], r]) => ({ t: `${l.t} ${op} ${r.t}`, p })),
    fc.tuple(leaf, fc.constantFrom(...CMPOPS), leaf).map(([l, op, r]) => ({ t: `${l.t} ${op} ${r.t}`, p: PREC.CMP })),
    fc.tuple(leaf, leaf, leaf).map(([a, b, c]) => ({ t: `${a.t} if ${b.t} else ${c.t}`, p: PREC.LAMBDA })),
    leaf.map((e) => ({ t: `-${e.t}`, p: PREC.UNARY })),
    leaf.map((e) => ({ t: `not ${e.t}`, p: PREC.NOT })),
    fc.tuple(leaf, leaf).map(([a, b]) => ({ t: `[${a.t}, ${b.t}]`, p: PREC.ATOM })),
    fc.tuple(leaf, leaf).map(([a, b]) => ({ t: `{${a.t}: ${b.t}}`, p: PREC.ATOM })),
    leaf.map((e) => ({ t: `(lambda: ${e.t})`, p: PREC.ATOM })),
    fc.tuple(name, leaf).map(([n, e]) => ({ t: `(${n} := ${e.t})`, p: PREC.ATOM })),
    name.map((n) => ({ t: `f${q}{${n}}${q}`, p: PREC.ATOM })),
    fc.tuple(name, name).map(([a, b]) => ({ t: `[${a} for ${a} in ${b}]`, p: PREC.ATOM })),
  );
  return level1.map((e) => e.t);
}

/** expressionArbitraries builds the mutually recursive expression generators. */
export function expressionArbitraries(): ExpressionArbitraries {
  const strings = fc.oneof(
    fc.array(fc.oneof({ arbitrary: strLiteral, weight: 3 }, { arbitrary: fstringLiteral(fieldExprs), weight: 2 }), { minLength: 1, maxLength: 3 }),
    fc.array(bytesLiteral, { minLength: 1, maxLength: 2 }),
  ).chain((toks) => fc.array(fc.constantFrom(' ', '', ' ', '\n'), { minLength: toks.length, maxLength: toks.length }).map((gaps) => ({ toks, gaps })));

  const leaf: fc.Arbitrary<Expr> = fc.oneof(
    { arbitrary: name.map((t) => ({ t, p: PREC.ATOM })), weight: 6 },
    { arbitrary: numberLiteral.map((t) => ({ t, p: PREC.ATOM, num: true })), weight: 3 },
    {
      // Adjacent literals concatenate; a newline between them needs the parentheses around it, and
      // a literal opening with a quote needs a space before it: '' then 'a' unspaced reads '''a'.
      arbitrary: strings.map(({ toks, gaps }) => {
        const gap = (i: number): string => (gaps[i] === '' && /^['"]/.test(toks[i + 1]) ? ' ' : gaps[i]);
        const multi = toks.length > 1 && gaps.slice(0, toks.length - 1).includes('\n');
        const text = toks.map((t, i) => t + (i + 1 < toks.length ? gap(i) : '')).join('');
        return { t: multi ? `(${text})` : text, p: PREC.ATOM };
      }),
      weight: 3,
    },
    { arbitrary: fc.constantFrom('None', 'True', 'False', '...').map((t) => ({ t, p: PREC.ATOM })), weight: 1 },
  );

  // Comprehension and for-loop targets: names, tuples and lists of them, attributes, subscripts.
  const simpleTarget: fc.Arbitrary<string> = fc.oneof(
    { arbitrary: name, weight: 4 },
    fc.tuple(name, name).map(([a, b]) => `${a}.${b}`),
    fc.tuple(name, name).map(([a, b]) => `${a}[${b}]`),
  );
  const compTarget: fc.Arbitrary<string> = fc.oneof(
    { arbitrary: simpleTarget, weight: 4 },
    fc.tuple(simpleTarget, simpleTarget).map(([a, b]) => `${a}, ${b}`),
    fc.tuple(simpleTarget, simpleTarget).map(([a, b]) => `(${a}, *${b})`),
    fc.tuple(simpleTarget, simpleTarget).map(([a, b]) => `[${a}, ${b}]`),
  );

  const exprMemo: fc.Memo<Expr> = fc.memo((n: number): fc.Arbitrary<Expr> => {
    if (n <= 1) return leaf;
    const sub = (): fc.Arbitrary<Expr> => exprMemo(n - 1);
    const at = (min: number): fc.Arbitrary<string> => sub().map((e) => wrap(e, min).t);
    const named = fc.oneof({ arbitrary: at(PREC.LAMBDA), weight: 4 }, fc.tuple(name, at(PREC.LAMBDA)).map(([v, e]) => `${v} := ${e}`));
    const starItem = fc.oneof({ arbitrary: named, weight: 4 }, at(PREC.BOR).map((e) => `*${e}`));

    const comprehension = fc
      .array(
        fc.tuple(fc.constantFrom('', '', '', 'async '), compTarget, at(PREC.OR), fc.array(at(PREC.OR), { maxLength: 2 })),
        { minLength: 1, maxLength: 2 },
      )
      .map((fors) => fors.map(([as, t, it, ifs]) => ` ${as}for ${t} in ${it}${ifs.map((c) => ` if ${c}`).join('')}`).join(''));

    const args = callArgs(sub, named, comprehension);

    const slice = fc.oneof(
      { arbitrary: named, weight: 3 },
      fc.tuple(fc.option(at(PREC.LAMBDA), { nil: '' }), fc.option(at(PREC.LAMBDA), { nil: '' }), fc.option(fc.option(at(PREC.LAMBDA), { nil: '' }), { nil: null }))
        .map(([lo, hi, st]) => `${lo}:${hi}${st === null ? '' : ':' + st}`),
      at(PREC.BOR).map((e) => `*${e}`),
    );
    const slices = fc.oneof(
      { arbitrary: slice, weight: 3 },
      fc.tuple(fc.array(slice, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([ss, tr]) => ss.join(', ') + (tr || ss.length === 1 ? ',' : '')),
    );

    const primaryBase = (): fc.Arbitrary<string> => sub().map((e) => (e.num ? `(${e.t})` : wrap(e, PREC.PRIMARY).t));

    return fc.oneof(
      { arbitrary: leaf, weight: 4 },
      // Binary operators, left-associative.
      {
        arbitrary: fc.tuple(sub(), fc.constantFrom(...BINOPS), sub(), spaced).map(([l, [op, p], r, sp]) => ({ t: `${wrap(l, p).t}${sp}${op}${sp}${wrap(r, p + 1).t}`, p })),
        weight: 4,
      },
      // Power: right-associative, and binds tighter than a unary operator on its left only.
      fc.tuple(sub(), sub()).map(([l, r]) => ({ t: `${wrap(l, PREC.AWAIT).t} ** ${wrap(r, PREC.UNARY).t}`, p: PREC.POWER })),
      fc.tuple(fc.constantFrom('-', '+', '~', '- ', '-'), sub()).map(([op, e]) => ({ t: op + wrap(e, PREC.UNARY).t, p: PREC.UNARY })),
      sub().map((e) => ({ t: `not ${wrap(e, PREC.NOT).t}`, p: PREC.NOT })),
      sub().map((e) => ({ t: `await ${wrap(e, PREC.PRIMARY).t}`, p: PREC.AWAIT })),
      {
        arbitrary: fc.tuple(sub(), fc.array(fc.tuple(fc.constantFrom(...CMPOPS), sub()), { minLength: 1, maxLength: 3 }))
          .map(([first, rest]) => ({ t: [wrap(first, PREC.BOR).t, ...rest.map(([op, e]) => `${op} ${wrap(e, PREC.BOR).t}`)].join(' '), p: PREC.CMP })),
        weight: 2,
      },
      fc.tuple(fc.constantFrom(['and', PREC.AND] as const, ['or', PREC.OR] as const), sub(), fc.array(sub(), { minLength: 1, maxLength: 3 }))
        .map(([[op, p], first, rest]) => ({ t: [wrap(first, p).t, ...rest.map((e) => wrap(e, p + 1).t)].join(` ${op} `), p })),
      fc.tuple(sub(), sub(), sub()).map(([a, c, b]) => ({ t: `${wrap(a, PREC.OR).t} if ${wrap(c, PREC.OR).t} else ${wrap(b, PREC.LAMBDA).t}`, p: PREC.LAMBDA })),
      fc.tuple(params(sub(), false), sub()).map(([ps, body]) => ({ t: `lambda${ps ? ' ' + ps : ''}: ${wrap(body, PREC.LAMBDA).t}`, p: PREC.LAMBDA })),
      // Primaries: attribute, call, subscript.
      { arbitrary: fc.tuple(primaryBase(), name).map(([b, n]) => ({ t: `${b}.${n}`, p: PREC.PRIMARY })), weight: 2 },
      { arbitrary: fc.tuple(primaryBase(), args).map(([b, a]) => ({ t: `${b}(${a})`, p: PREC.PRIMARY })), weight: 2 },
      { arbitrary: fc.tuple(primaryBase(), slices).map(([b, s]) => ({ t: `${b}[${s}]`, p: PREC.PRIMARY })), weight: 2 },
      // Displays and comprehensions.
      seq(fc.array(starItem, { maxLength: 4 }), '(', ')', true).map((t) => ({ t, p: PREC.ATOM })),
      seq(fc.array(starItem, { maxLength: 4 }), '[', ']').map((t) => ({ t, p: PREC.ATOM })),
      seq(fc.array(starItem, { minLength: 1, maxLength: 4 }), '{', '}').map((t) => ({ t, p: PREC.ATOM })),
      seq(fc.array(fc.oneof(fc.tuple(at(PREC.LAMBDA), at(PREC.LAMBDA)).map(([k, v]) => `${k}: ${v}`), at(PREC.BOR).map((e) => `**${e}`)), { maxLength: 3 }), '{', '}')
        .map((t) => ({ t, p: PREC.ATOM })),
      fc.tuple(fc.constantFrom(['[', ']'], ['{', '}'], ['(', ')']), named, comprehension).map(([[o, c], e, f]) => ({ t: `${o}${e}${f}${c}`, p: PREC.ATOM })),
      fc.tuple(at(PREC.LAMBDA), at(PREC.LAMBDA), comprehension).map(([k, v, f]) => ({ t: `{${k}: ${v}${f}}`, p: PREC.ATOM })),
      // Parenthesized forms that only exist in parentheses.
      fc.tuple(name, at(PREC.LAMBDA)).map(([v, e]) => ({ t: `(${v} := ${e})`, p: PREC.ATOM })),
      fc.oneof(fc.constant('(yield)'), at(PREC.LAMBDA).map((e) => `(yield ${e})`), at(PREC.LAMBDA).map((e) => `(yield from ${e})`)).map((t) => ({ t, p: PREC.ATOM })),
    );
  });

  // Call arguments: positional and *iterables, then keywords and *iterables, then keywords and
  // **mappings, in that order; or, given a comprehension, a lone generator expression.
  function callArgs(sub: () => fc.Arbitrary<Expr>, named: fc.Arbitrary<string>, comprehension: fc.Arbitrary<string> | null): fc.Arbitrary<string> {
    const at = (min: number): fc.Arbitrary<string> => sub().map((e) => wrap(e, min).t);
    const kw = fc.tuple(name, at(PREC.LAMBDA)).map(([k, v]) => `${k}=${v}`);
    const listed = fc
      .tuple(
        fc.array(fc.oneof({ arbitrary: named, weight: 3 }, at(PREC.LAMBDA).map((e) => `*${e}`)), { maxLength: 3 }),
        fc.array(fc.oneof({ arbitrary: kw, weight: 2 }, at(PREC.LAMBDA).map((e) => `*${e}`)), { maxLength: 2 }),
        fc.array(fc.oneof(kw, at(PREC.LAMBDA).map((e) => `**${e}`)), { maxLength: 2 }),
      )
      .map(([a, b, c]) => [...a, ...b, ...c]);
    if (comprehension === null) return seq(listed, '', '');
    return fc.oneof(
      { arbitrary: seq(listed, '', ''), weight: 5 },
      fc.tuple(named, comprehension).map(([e, f]) => e + f),
    );
  }

  const expr = (depth = 3): fc.Arbitrary<Expr> => exprMemo(depth);
  const at0 = (depth: number, min: number): fc.Arbitrary<string> => expr(depth).map((e) => wrap(e, min).t);

  const target = fc.memo((n: number): fc.Arbitrary<string> => {
    const single = fc.oneof(
      { arbitrary: name, weight: 4 },
      fc.tuple(at0(2, PREC.PRIMARY), name).map(([b, n2]) => `${b.match(/^[\d.]/) ? `(${b})` : b}.${n2}`),
      fc.tuple(at0(2, PREC.PRIMARY), at0(2, PREC.LAMBDA)).map(([b, i]) => `${b.match(/^[\d.]/) ? `(${b})` : b}[${i}]`),
    );
    if (n <= 1) return single;
    const item = fc.oneof({ arbitrary: target(n - 1), weight: 4 }, single.map((s) => `*${s}`));
    return fc.oneof(
      { arbitrary: single, weight: 4 },
      fc.tuple(fc.array(item, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([its, tr]) => `(${its.join(', ')}${tr || its.length === 1 ? ',' : ''})`),
      fc.array(item, { maxLength: 3 }).map((its) => `[${its.join(', ')}]`),
      fc.array(target(n - 1), { minLength: 2, maxLength: 3 }).map((its) => its.join(', ')),
    );
  });

  const singleTarget = fc.oneof(
    { arbitrary: name, weight: 4 },
    fc.tuple(at0(2, PREC.PRIMARY), name).map(([b, n2]) => `${b.match(/^[\d.]/) ? `(${b})` : b}.${n2}`),
    fc.tuple(at0(2, PREC.PRIMARY), at0(2, PREC.LAMBDA)).map(([b, i]) => `${b.match(/^[\d.]/) ? `(${b})` : b}[${i}]`),
  );

  const starItem0 = fc.oneof({ arbitrary: at0(2, PREC.LAMBDA), weight: 4 }, at0(2, PREC.BOR).map((e) => `*${e}`));
  const starExprs = fc.oneof(
    { arbitrary: at0(3, PREC.LAMBDA), weight: 1 },
    { arbitrary: at0(2, PREC.LAMBDA), weight: 3 },
    fc.tuple(fc.array(starItem0, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([its, tr]) => its.join(', ') + (tr || its.length === 1 ? ',' : '')),
  );
  const namedExpr = fc.oneof({ arbitrary: at0(2, PREC.LAMBDA), weight: 4 }, fc.tuple(name, at0(2, PREC.LAMBDA)).map(([v, e]) => `${v} := ${e}`));

  return {
    expr,
    target: (depth = 3) => target(depth),
    singleTarget,
    classArgs: callArgs(() => expr(2), namedExpr, null),
    starExprs,
    namedExpr,
  };
}
