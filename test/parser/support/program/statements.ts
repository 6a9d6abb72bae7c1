// fast-check arbitraries for valid Python 3.11 programs: every simple and compound statement,
// decorators, async forms and match statements, laid out with correct indentation. Each block
// picks its own indent unit (spaces, tabs, or a mix) added to its parent's, which CPython's tokenizer
// accepts because every indentation extends its parent's; blank and comment lines are sprinkled in.

import fc from 'fast-check';
import { expressionArbitraries, name, NAMES, params, PREC, wrap } from './expressions.js';
import { casePatterns } from './patterns.js';

/** Stmt: a generated statement, before layout. */
type Stmt =
  | { kind: 'simple'; text: string; tail: string }
  | { kind: 'compound'; decorators: string[]; clauses: Clause[] }
  | { kind: 'match'; subject: string; unit: string; cases: Clause[] };

/** Clause: a header such as `else:` and the block it introduces. */
interface Clause {
  header: string;
  body: Block;
}

/** Block: statements with the indent unit their lines add; `inline` puts simple ones after the colon. */
interface Block {
  unit: string;
  stmts: Stmt[];
  inline: boolean;
}

const INDENT_UNITS = ['    ', '    ', '  ', ' ', '\t', '        ', ' \t', '\t  '];
const indentUnit = fc.constantFrom(...INDENT_UNITS);

// Lines that the tokenizer skips: blank, whitespace-only, comments at any indentation.
const fillerLine = fc.constantFrom('', '', '   ', '# comment', '    # indented comment', '\t# tab comment', '#', '# é€😀', '\f', '\f# after a form feed');

const ex = expressionArbitraries();
const at = (depth: number, min: number): fc.Arbitrary<string> => ex.expr(depth).map((e) => wrap(e, min).t);
const expression = fc.oneof({ arbitrary: at(2, PREC.LAMBDA), weight: 3 }, at(3, PREC.LAMBDA));
const dottedName = fc.array(name, { minLength: 1, maxLength: 3 }).map((ns) => ns.join('.'));
const yieldExpr = fc.oneof(fc.constant('yield'), ex.starExprs.map((e) => `yield ${e}`), expression.map((e) => `yield from ${e}`));
const rhs = fc.oneof({ arbitrary: ex.starExprs, weight: 5 }, yieldExpr);
const assignGap = fc.constantFrom(' = ', ' = ', '=', ' =  ', ' = \\\n    ');

const simpleStatement: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: ex.starExprs, weight: 4 },
  { arbitrary: yieldExpr, weight: 1 },
  { arbitrary: fc.tuple(fc.array(ex.target(3), { minLength: 1, maxLength: 3 }), rhs, assignGap).map(([ts, v, g]) => [...ts, v].join(g)), weight: 5 },
  fc.tuple(ex.singleTarget, fc.constantFrom('+=', '-=', '*=', '/=', '//=', '%=', '@=', '&=', '|=', '^=', '>>=', '<<=', '**='), rhs)
    .map(([t, op, v]) => `${t} ${op} ${v}`),
  // CPython commits to `'(' single_target ')'` before trying attribute and subscript targets, so an
  // annotated `(a).b: int` is an error: such targets are left out.
  fc.tuple(fc.oneof(name, name.map((n) => `(${n})`), ex.singleTarget.filter((t) => !t.startsWith('('))), expression, fc.option(rhs, { nil: null }))
    .map(([t, a, v]) => `${t}: ${a}${v === null ? '' : ` = ${v}`}`),
  fc.tuple(fc.array(fc.oneof(ex.singleTarget, fc.array(name, { minLength: 1, maxLength: 2 }).map((ns) => `(${ns.join(', ')})`), name.map((n) => `[${n}]`)), { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([ts, tr]) => `del ${ts.join(', ')}${tr ? ',' : ''}`),
  fc.constantFrom('pass', 'break', 'continue', 'return', 'raise'),
  ex.starExprs.map((e) => `return ${e}`),
  fc.tuple(expression, fc.option(expression, { nil: null })).map(([e, f]) => `raise ${e}${f === null ? '' : ` from ${f}`}`),
  fc.tuple(fc.constantFrom('global', 'nonlocal'), fc.array(name, { minLength: 1, maxLength: 3 })).map(([k, ns]) => `${k} ${ns.join(', ')}`),
  fc.tuple(expression, fc.option(expression, { nil: null })).map(([e, m]) => `assert ${e}${m === null ? '' : `, ${m}`}`),
  fc.array(fc.tuple(dottedName, fc.option(name, { nil: null })), { minLength: 1, maxLength: 3 })
    .map((ms) => `import ${ms.map(([m, a]) => (a === null ? m : `${m} as ${a}`)).join(', ')}`),
  fc.tuple(
    fc.constantFrom('', '.', '..', '...', '. ', '....'),
    fc.option(dottedName, { nil: '' }),
    fc.oneof(
      fc.constant('*'),
      fc.tuple(fc.array(fc.tuple(name, fc.option(name, { nil: null })), { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean()).map(([ns, paren, tr]) => {
        const list = ns.map(([n, a]) => (a === null ? n : `${n} as ${a}`)).join(', ');
        return paren ? `(${list}${tr ? ',' : ''})` : list;
      }),
    ),
  )
    // A relative import may omit the module; an absolute one may not.
    .map(([dots, mod, what]) => `from ${dots}${dots.trim() === '' && mod === '' ? 'm' : mod} import ${what}`),
);

/** simpleLine: one or two simple statements on a line, with an optional ';' or comment after. */
const simpleLine: fc.Arbitrary<Stmt> = fc
  .tuple(fc.array(simpleStatement, { minLength: 1, maxLength: 2 }), fc.constantFrom('; ', ';', ' ; '), fc.constantFrom('', '', '', ';', '  # trailing comment', ' ;'))
  .map(([ss, sep, tail]) => ({ kind: 'simple', text: ss.join(sep), tail }));

function withItems(): fc.Arbitrary<string> {
  const item = fc.tuple(expression, fc.option(ex.target(2), { nil: null })).map(([e, t]) => (t === null ? e : `${e} as ${t}`));
  return fc.oneof(
    fc.array(item, { minLength: 1, maxLength: 3 }).map((is) => is.join(', ')),
    fc.tuple(fc.array(item, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.constantFrom(', ', ',\n    ')).map(([is, tr, sep]) => `(${is.join(sep)}${tr ? ',' : ''})`),
  );
}

const exceptType = fc.oneof(
  expression,
  fc.array(at(2, PREC.LAMBDA), { minLength: 2, maxLength: 3 }).map((ts) => `(${ts.join(', ')})`),
);

/** statement(depth): a simple line or, above depth 1, a compound statement whose blocks are shallower. */
const statement: fc.Memo<Stmt> = fc.memo((n: number): fc.Arbitrary<Stmt> => {
  if (n <= 1) return simpleLine;
  const block: fc.Arbitrary<Block> = fc
    .tuple(indentUnit, fc.array(statement(n - 1), { minLength: 1, maxLength: 2 }), fc.nat({ max: 3 }))
    .map(([unit, stmts, k]) => ({ unit, stmts, inline: k === 0 && stmts.every((s) => s.kind === 'simple') }));
  const clause = (header: fc.Arbitrary<string>): fc.Arbitrary<Clause> => fc.tuple(header, block).map(([h, b]) => ({ header: h, body: b }));
  const elseClause = fc.option(clause(fc.constant('else:')), { nil: null });
  const compound = (clauses: fc.Arbitrary<(Clause | null)[]>, decorators: fc.Arbitrary<string[]> = fc.constant([])): fc.Arbitrary<Stmt> =>
    fc.tuple(clauses, decorators).map(([cs, ds]) => ({ kind: 'compound', decorators: ds, clauses: cs.filter((c): c is Clause => c !== null) }));
  const decorators = fc.array(ex.namedExpr.map((e) => `@${e}`), { maxLength: 2 });
  const async = fc.constantFrom('', '', 'async ');

  const ifStmt = compound(
    fc.tuple(clause(ex.namedExpr.map((c) => `if ${c}:`)), fc.array(clause(ex.namedExpr.map((c) => `elif ${c}:`)), { maxLength: 2 }), elseClause)
      .map(([i, es, e]) => [i, ...es, e]),
  );
  const whileStmt = compound(fc.tuple(clause(ex.namedExpr.map((c) => `while ${c}:`)), elseClause).map(([w, e]) => [w, e]));
  const forStmt = compound(
    fc.tuple(clause(fc.tuple(async, ex.target(2), ex.starExprs).map(([a, t, it]) => `${a}for ${t} in ${it}:`)), elseClause).map(([f, e]) => [f, e]),
  );
  const handler = (star: boolean): fc.Arbitrary<Clause> =>
    clause(fc.tuple(exceptType, fc.option(name, { nil: null })).map(([t, v]) => `except${star ? '*' : ''} ${t}${v === null ? '' : ` as ${v}`}:`));
  const tryStmt = compound(
    fc.oneof(
      fc.tuple(clause(fc.constant('try:')), fc.array(handler(false), { minLength: 1, maxLength: 2 }), fc.option(clause(fc.constant('except:')), { nil: null }), elseClause, fc.option(clause(fc.constant('finally:')), { nil: null }))
        .map(([t, hs, bare, e, f]) => [t, ...hs, bare, e, f]),
      fc.tuple(clause(fc.constant('try:')), fc.array(handler(true), { minLength: 1, maxLength: 2 }), elseClause, fc.option(clause(fc.constant('finally:')), { nil: null }))
        .map(([t, hs, e, f]) => [t, ...hs, e, f]),
      fc.tuple(clause(fc.constant('try:')), clause(fc.constant('finally:'))).map(([t, f]) => [t, f]),
    ),
  );
  const withStmt = compound(fc.tuple(clause(fc.tuple(async, withItems()).map(([a, w]) => `${a}with ${w}:`))).map(([w]) => [w]));
  const defStmt = compound(
    fc.tuple(clause(fc.tuple(async, fc.constantFrom(...NAMES), params(ex.expr(2), true), fc.option(expression, { nil: null }))
      .map(([a, f, ps, r]) => `${a}def ${f}(${ps})${r === null ? '' : ` -> ${r}`}:`))).map(([d]) => [d]),
    decorators,
  );
  const classStmt = compound(
    fc.tuple(clause(fc.tuple(fc.constantFrom(...NAMES), fc.option(ex.classArgs, { nil: null }))
      .map(([c, as]) => `class ${c}${as === null ? '' : `(${as})`}:`))).map(([c]) => [c]),
    decorators,
  );
  const subject = fc.oneof(
    { arbitrary: ex.namedExpr, weight: 3 },
    fc.tuple(at(2, PREC.LAMBDA), fc.array(at(2, PREC.LAMBDA), { maxLength: 2 })).map(([a, bs]) => [a, ...bs].join(', ') + (bs.length ? '' : ',')),
    fc.tuple(at(2, PREC.BOR), at(2, PREC.LAMBDA)).map(([a, b]) => `*${a}, ${b}`),
  );
  const matchStmt: fc.Arbitrary<Stmt> = fc
    .tuple(subject, indentUnit, fc.array(clause(fc.tuple(casePatterns, fc.option(ex.namedExpr, { nil: null })).map(([p, g]) => `case ${p}${g === null ? '' : ` if ${g}`}:`)), { minLength: 1, maxLength: 3 }))
    .map(([s, unit, cases]) => ({ kind: 'match', subject: s, unit, cases }));

  return fc.oneof(
    { arbitrary: simpleLine, weight: 6 },
    ifStmt, whileStmt, forStmt, tryStmt, withStmt, defStmt, classStmt, matchStmt,
  );
});

/** render lays statements out at `indent`, one line per simple statement, blocks indented by their units. */
function render(stmts: Stmt[], indent: string, fillers: string[]): string[] {
  const lines: string[] = [];
  stmts.forEach((st, i) => {
    const filler = fillers[i % fillers.length];
    if (filler !== undefined && i > 0 && (i & 1) === 0) lines.push(filler.startsWith('#') || filler.trim() === '' ? filler : indent + filler);
    switch (st.kind) {
      case 'simple':
        lines.push(indent + st.text + st.tail);
        break;
      case 'compound':
        for (const d of st.decorators) lines.push(indent + d);
        for (const c of st.clauses) lines.push(...renderClause(c, indent, fillers));
        break;
      case 'match':
        lines.push(`${indent}match ${st.subject}:`);
        for (const c of st.cases) lines.push(...renderClause(c, indent + st.unit, fillers));
        break;
    }
  });
  return lines;
}

function renderClause(c: Clause, indent: string, fillers: string[]): string[] {
  if (c.body.inline) {
    // Simple statements after the colon; only the last line's tail may follow (a comment ends the line).
    const simple = c.body.stmts.flatMap((s) => (s.kind === 'simple' ? [s] : []));
    return [`${indent}${c.header} ${simple.map((s) => s.text).join('; ')}${simple[simple.length - 1].tail}`];
  }
  return [indent + c.header, ...render(c.body.stmts, indent + c.body.unit, fillers)];
}

/** pythonProgram: a valid Python 3.11 module of one to four top-level statements, with LF or CRLF lines. */
export const pythonProgram: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(statement(3), { minLength: 1, maxLength: 4 }),
    fc.array(fillerLine, { minLength: 1, maxLength: 4 }),
    fc.constantFrom('\n', '\n', '', '\n\n', '\n# end'),
    fc.constantFrom('\n', '\n', '\n', '\r\n'),
  )
  .map(([stmts, fillers, end, eol]) => (render(stmts, '', fillers).join('\n') + end).replace(/\n/g, eol));
