// A generator of whole Python programs (fast-check), valid by construction and ending on their
// own: typed global variables (ints kept below a modulus, strings and lists that grow by bounded
// pieces), bounded for and while loops with break and continue, if/elif/else, functions mutating
// globals, bounded recursion, generators, a class and a subclass with super(), closures,
// comprehensions, try/except/else/finally around statements that raise, big ints, and prints.
// Used by the limits' exactness properties (test/vm/exactness.test.ts) and the differential runner
// against CPython (test/fuzz/differential.test.ts).

import fc from 'fast-check';

// ------------------------------------------------------------------------------------------------
// The program generator

/** Ctx: what a statement or expression at this point may use. */
interface Ctx {
  /** depth: compound statements enclosing this point (blocks stop nesting at MAX_DEPTH). */
  depth: number;
  /** loop: inside a loop (break and continue allowed). */
  loop: boolean;
  /** guarded: inside a try whose except clause catches Exception (statements that raise allowed). */
  guarded: boolean;
  /** func: inside a function body (return allowed). */
  func: boolean;
  /** ints / strs: readable names holding an int / a str, beyond the globals. */
  ints: readonly string[];
  strs: readonly string[];
  /** fns: generated functions callable here (int -> int), all defined before this point runs. */
  fns: readonly string[];
}

const MAX_DEPTH = 3;
const INTS = ['i0', 'i1', 'i2'];
const GLOBALS = 'i0, i1, i2, s0, s1, l0, l1, t0, d0, b0, o0, o1';

const smallInt = fc.integer({ min: -3, max: 40 }).map(String);
const bound = (max: number) => fc.integer({ min: 1, max });
const strLit = fc.constantFrom("''", "'a'", "'xy'", "'abc'", "'-'", "'é'", "'Zq'", "'ba'");
const keyLit = fc.constantFrom("'a'", "'b'", "'k3'", "'zz'");
const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);
const indent = (lines: string[]): string[] => lines.map((l) => `    ${l}`);

const memo = new Map<string, fc.Arbitrary<unknown>>();
function memoized<T>(kind: string, c: Ctx, d: number, make: () => fc.Arbitrary<T>): fc.Arbitrary<T> {
  const key = `${kind}|${d}|${JSON.stringify(c)}`;
  let a = memo.get(key);
  if (a === undefined) memo.set(key, (a = make()));
  return a as fc.Arbitrary<T>;
}

/** intExpr: an int of bounded size (products are reduced modulo M). */
function intExpr(c: Ctx, d: number): fc.Arbitrary<string> {
  return memoized('int', c, d, () => {
    const atoms: fc.Arbitrary<string>[] = [
      smallInt,
      pick([...INTS, ...c.ints]),
      pick(['len(s0)', 'len(s1)', 'len(l0)', 'len(t0)', 'len(d0)', '(sum(l0) % M)', 'o0.v', 'o1.total()', '(b0 % M)', 'b0.bit_length()', 'len(o0.items)']),
      keyLit.map((k) => `d0.get(${k}, 0)`),
    ];
    const atom = fc.oneof(...atoms);
    if (d <= 0) return atom;
    const sub = intExpr(c, d - 1);
    const str = strExpr(c, d - 1);
    const cond = condExpr(c, d - 1);
    const calls: fc.Arbitrary<string>[] = [
      fc.tuple(sub, bound(40)).map(([a, k]) => `r0(${a} % ${k})`),
      fc.tuple(sub, bound(7)).map(([a, k]) => `sum(g0(${a} % ${k}))`),
      fc.tuple(sub, sub).map(([a, b]) => `mk(${a})(${b})`),
      sub.map((a) => `o0.add(${a})`),
      sub.map((a) => `o1.add(${a})`),
    ];
    if (c.fns.length > 0) calls.push(fc.tuple(pick(c.fns), sub).map(([f, a]) => `${f}(${a})`));
    return fc.oneof(
      { weight: 6, arbitrary: atom },
      { weight: 4, arbitrary: fc.tuple(sub, pick(['+', '-', '^', '&', '|']), sub).map(([a, op, b]) => `(${a} ${op} ${b})`) },
      { weight: 2, arbitrary: fc.tuple(sub, sub).map(([a, b]) => `(${a} * ${b} % M)`) },
      fc.tuple(sub, pick(['//', '%']), sub).map(([a, op, b]) => `(${a} ${op} (abs(${b}) + 1))`),
      fc.tuple(sub, bound(5)).map(([a, k]) => `((${a} % M) << ${k})`),
      fc.tuple(sub, fc.integer({ min: 0, max: 200 })).map(([a, k]) => `((${a} + 3 ** ${k}) % M)`),
      fc.tuple(cond, sub, sub).map(([p, a, b]) => `(${a} if ${p} else ${b})`),
      fc.tuple(pick(['abs', 'min', 'max']), sub, sub).map(([f, a, b]) => (f === 'abs' ? `abs(${a})` : `${f}(${a}, ${b})`)),
      str.map((s) => `len(${s})`),
      fc.tuple(str, strLit).map(([s, t]) => `${s}.count(${t} or 'a')`),
      fc.tuple(sub, sub).map(([a, b]) => `(l0[${a} % len(l0)] if l0 else ${b})`),
      fc.tuple(sub, bound(8)).map(([a, k]) => `sum(x * ${a} % M for x in range(${k}))`),
      fc.tuple(sub, bound(8)).map(([a, k]) => `len([x for x in range(${k}) if x % 3 != ${a} % 3])`),
      fc.constantFrom('max(l0, default=0)', 'min(l0, default=-1)', '(sum(d0.values()) % M)', '(sorted(l0)[len(l0) // 2] if l0 else 0)', '(ord(s0[-1]) if s0 else 0)'),
      { weight: 3, arbitrary: fc.oneof(...calls) },
    );
  });
}

/** strExpr: a str of bounded size (variables are read through slices). */
function strExpr(c: Ctx, d: number): fc.Arbitrary<string> {
  return memoized('str', c, d, () => {
    const atom = fc.oneof(
      strLit,
      fc.tuple(pick(['s0', 's1']), bound(10)).map(([s, k]) => (k % 2 ? `${s}[:${k}]` : `${s}[-${k}:]`)),
      ...(c.strs.length > 0 ? [pick(c.strs)] : []),
    );
    if (d <= 0) return atom;
    const sub = strExpr(c, d - 1);
    const int = intExpr(c, d - 1);
    return fc.oneof(
      { weight: 5, arbitrary: atom },
      int.map((i) => `str(${i})`),
      { weight: 2, arbitrary: fc.tuple(sub, sub).map(([a, b]) => `(${a} + ${b})`) },
      fc.tuple(sub, pick(['upper()', 'lower()', "replace('a', 'Q')", "strip('a')", 'title()', 'swapcase()'])).map(([s, m]) => `${s}.${m}`),
      sub.map((s) => `${s}[::-1]`),
      fc.tuple(sub, int).map(([s, i]) => `(${s} * (${i} % 4))`),
      fc.tuple(sub, int).map(([s, i]) => `${s}.center(${i} % 9 + 1, '*')`),
      fc.tuple(int, sub).map(([i, s]) => `'{}<{}>'.format(${i}, ${s})`),
      // f-strings of 3.11 cannot nest their own quote: only atoms, which have no double quotes, go inside.
      fc.tuple(intExpr(c, 0), strExpr(c, 0), bound(5)).map(([i, s, k]) => `f"{${i} % 99:>${k}}|{${s}!r}"`),
      fc.tuple(int, bound(5)).map(([i, k]) => `format(${i} % 99, '>${k}')`),
      fc.constantFrom("'-'.join(t0[-3:])", 'repr(l0[:3])', 'str(sorted(d0)[:2])', 'repr(o0)', "('%s/%d' % (s1[:3], len(l0)))", 'type(o1).__name__'),
    );
  });
}

/** condExpr: a bool. */
function condExpr(c: Ctx, d: number): fc.Arbitrary<string> {
  return memoized('cond', c, d, () => {
    const int = intExpr(c, Math.min(d, 1));
    const str = strExpr(c, Math.min(d, 1));
    const base = fc.oneof(
      fc.tuple(int, pick(['<', '<=', '==', '!=', '>']), int).map(([a, op, b]) => `${a} ${op} ${b}`),
      fc.tuple(int, bound(4)).map(([a, k]) => `${a} % ${k + 1} == 0`),
      fc.tuple(str, pick(['s0', 's1'])).map(([s, t]) => `${s} in ${t}`),
      fc.tuple(str, strLit).map(([s, t]) => `${s}.startswith(${t})`),
      keyLit.map((k) => `${k} in d0`),
      fc.constantFrom('bool(l0)', 'not t0', 'len(l0) > 5', 'isinstance(o1, D0)'),
    );
    if (d <= 0) return base;
    const sub = condExpr(c, d - 1);
    return fc.oneof(
      { weight: 4, arbitrary: base },
      fc.tuple(sub, pick(['and', 'or']), sub).map(([a, op, b]) => `(${a} ${op} ${b})`),
      sub.map((a) => `not (${a})`),
    );
  });
}

/** simpleStmt: one line. */
function simpleStmt(c: Ctx): fc.Arbitrary<string> {
  return memoized('simple', c, 0, () => {
    const int = intExpr(c, 2);
    const small = intExpr(c, 1);
    const str = strExpr(c, 2);
    const stmts: { arbitrary: fc.Arbitrary<string>; weight: number }[] = [
      { weight: 6, arbitrary: fc.tuple(pick(INTS), int).map(([v, e]) => `${v} = (${e}) % M`) },
      { weight: 2, arbitrary: fc.tuple(pick(INTS), small).map(([v, e]) => `${v} = (${v} + ${e}) % M`) },
      // Strings and lists grow by bounded pieces: the heap grows with the iterations, not faster.
      { weight: 3, arbitrary: fc.tuple(pick(['s0', 's1']), str).map(([v, e]) => `${v} += ${e}`) },
      { weight: 1, arbitrary: fc.tuple(pick(['s0', 's1']), str).map(([v, e]) => `${v} = ${e}`) },
      { weight: 1, arbitrary: fc.tuple(pick(['s0', 's1']), bound(40)).map(([v, k]) => `${v} = ${v}[-${k}:]`) },
      { weight: 1, arbitrary: fc.tuple(strLit, small, bound(3000)).map(([s, e, k]) => `s1 = (${s} or 'ab') * (${e} % ${k})`) },
      { weight: 4, arbitrary: fc.tuple(pick(['l0', 'l1']), int).map(([l, e]) => `${l}.append(${e})`) },
      { weight: 1, arbitrary: fc.tuple(pick(['l0', 'l1']), small, small).map(([l, a, b]) => `${l}.extend([${a}, ${b}])`) },
      { weight: 1, arbitrary: fc.tuple(pick(['l0', 'l1']), bound(6)).map(([l, k]) => `${l} += l0[:${k}]`) },
      { weight: 1, arbitrary: fc.tuple(small, bound(10)).map(([e, k]) => `l1 = [x * (${e}) % M for x in range(${k}) if x % 3]`) },
      { weight: 1, arbitrary: fc.tuple(small, bound(3000)).map(([e, k]) => `l1 = [${e}] * ${k}`) },
      { weight: 1, arbitrary: fc.tuple(pick(['l0', 'l1']), bound(30)).map(([l, k]) => `${l} = ${l}[-${k}:]`) },
      { weight: 1, arbitrary: fc.constantFrom('l0.sort()', 'l1.reverse()', 'l0.sort(key=lambda v: (v % 7, -v))', 'if l0: l0.pop()', 'del l1[:2]', 'l0 = sorted(l0 + l0[-4:], reverse=True)', 'l0.insert(0, len(l1))', 'l1 = list(g0(4)) + l1[:3]') },
      { weight: 2, arbitrary: str.map((e) => `t0.append(${e})`) },
      { weight: 1, arbitrary: fc.tuple(small, bound(200)).map(([e, k]) => `l1.append([${e}] * ${k})`) },
      { weight: 1, arbitrary: fc.constantFrom("t0 = t0[-8:]", "s1 = ','.join(t0[-5:])", 't0.sort()', "t0 = [w.upper() for w in t0 if w][-6:]") },
      { weight: 3, arbitrary: fc.tuple(fc.oneof(keyLit, small.map((e) => `str(${e} % 9)`)), int).map(([k, e]) => `d0[${k}] = ${e}`) },
      { weight: 1, arbitrary: fc.tuple(small, bound(8)).map(([e, k]) => `d0 = {str(x): x * (${e}) % M for x in range(${k})}`) },
      { weight: 1, arbitrary: fc.tuple(keyLit, small).map(([k, e]) => `d0[${k}] = d0.get(${k}, 0) + ${e}`) },
      { weight: 1, arbitrary: fc.constantFrom("d0.pop('a', None)", "d0.update({'zz': len(d0)})", 'd0 = dict(sorted(d0.items())[:6])') },
      { weight: 1, arbitrary: small.map((e) => `b0 = b0 * (${e} % 997 + 2)`) },
      { weight: 1, arbitrary: small.map((e) => `b0 = b0 // (${e} % 5 + 2) + 1`) },
      { weight: 2, arbitrary: small.map((e) => `o0.add(${e})`) },
      { weight: 1, arbitrary: small.map((e) => `o1 = D0(${e})`) },
      { weight: 1, arbitrary: small.map((e) => `o1 = C0(${e})`) },
      { weight: 4, arbitrary: fc.array(fc.oneof(int, str), { minLength: 1, maxLength: 3 }).map((es) => `print(${es.join(', ')})`) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'print(l0[:6], len(l0), t0[-2:])',
          'print(sorted(d0.items())[:4])',
          'print(o0, o1, o1.total())',
          "print(f'{i0:>7}|{s0[:8]!r}|{b0 % 10**12}')",
          'print(s0)',
          "print(*l1[:4], sep='/')",
        ),
      },
    ];
    if (c.loop) stmts.push({ weight: 2, arbitrary: fc.tuple(condExpr(c, 1), pick(['break', 'continue'])).map(([p, k]) => `if ${p}: ${k}`) });
    if (c.func) stmts.push({ weight: 1, arbitrary: fc.tuple(condExpr(c, 1), small).map(([p, e]) => `if ${p}: return ${e}`) });
    if (c.guarded) {
      stmts.push({
        weight: 3,
        arbitrary: fc.oneof(
          small.map((e) => `i1 = 100 // (${e} % 3)`),
          keyLit.map((k) => `i2 = d0[${k}]`),
          small.map((e) => `i0 = l0[len(l0) + (${e}) % 4]`),
          str.map((s) => `raise ValueError(${s})`),
          str.map((s) => `i0 = int(${s})`),
          fc.constant('i2 = r0(-1) + next(iter([]))'),
          fc.constant('o0.missing'),
        ),
      });
    }
    return fc.oneof(...stmts);
  });
}

/** block: the statements of a block at `c`, as lines (indented by the caller). */
function block(c: Ctx): fc.Arbitrary<string[]> {
  return memoized('block', c, 0, () =>
    fc.array(stmt(c), { minLength: 1, maxLength: c.depth === 0 ? 6 : 3 }).map((ss) => ss.flat()),
  );
}

/** stmt: a statement (compound ones while MAX_DEPTH allows), as lines. */
function stmt(c: Ctx): fc.Arbitrary<string[]> {
  return memoized('stmt', c, 0, () => {
    const simple = simpleStmt(c).map((s) => [s]);
    if (c.depth >= MAX_DEPTH) return simple;
    const d = c.depth + 1;
    const inner: Ctx = { ...c, depth: d };
    const inLoop = (extra: Partial<Ctx>): Ctx => ({ ...c, depth: d, loop: true, ...extra });
    const cond = condExpr(c, 1);
    const small = intExpr(c, 1);
    const k = `k${d}`;
    const forLoops = fc.oneof(
      fc.tuple(small, bound(9), block(inLoop({ ints: [...c.ints, k] }))).map(([e, n, b]) => [`for ${k} in range(${e} % ${n}):`, ...indent(b)]),
      fc.tuple(bound(3), bound(7), block(inLoop({ ints: [...c.ints, k] }))).map(([a, n, b]) => [`for ${k} in range(${a}, ${a + n}):`, ...indent(b)]),
      fc.tuple(bound(5), block(inLoop({ ints: [...c.ints, k] }))).map(([n, b]) => [`for ${k} in l0[:${n}]:`, ...indent(b)]),
      fc.tuple(bound(4), block(inLoop({ strs: [...c.strs, `c${d}`] }))).map(([n, b]) => [`for c${d} in s0[:${n}]:`, ...indent(b)]),
      block(inLoop({ strs: [...c.strs, `c${d}`] })).map((b) => [`for c${d} in sorted(d0)[:4]:`, ...indent(b)]),
      fc.tuple(bound(4), block(inLoop({ ints: [...c.ints, k] }))).map(([n, b]) => [`for ${k} in g0(${n}):`, ...indent(b)]),
      fc.tuple(bound(5), block(inLoop({ ints: [...c.ints, k], strs: [...c.strs, `c${d}`] }))).map(([n, b]) => [
        `for ${k}, c${d} in enumerate(t0[-${n}:]):`,
        ...indent(b),
      ]),
    );
    const whileLoop = fc.tuple(bound(6), block(inLoop({ ints: [...c.ints, `w${d}`] }))).map(([n, b]) => [
      `w${d} = 0`,
      `while w${d} < ${n}:`,
      `    w${d} += 1`,
      ...indent(b),
    ]);
    const ifStmt = fc
      .tuple(cond, block(inner), fc.option(fc.tuple(cond, block(inner)), { nil: null }), fc.option(block(inner), { nil: null }))
      .map(([p, b, elif, els]) => [
        `if ${p}:`,
        ...indent(b),
        ...(elif === null ? [] : [`elif ${elif[0]}:`, ...indent(elif[1])]),
        ...(els === null ? [] : ['else:', ...indent(els)]),
      ]);
    const guarded: Ctx = { ...inner, guarded: true };
    const tryStmt = fc
      .tuple(
        block(guarded),
        // Each handler catches everything a guarded block may raise.
        pick(['Exception as e', '(ZeroDivisionError, KeyError, IndexError, ValueError, StopIteration, AttributeError) as e', 'Exception']),
        block(inner),
        fc.option(block(inner), { nil: null }),
        fc.option(block(inner), { nil: null }),
      )
      .map(([body, exc, handler, els, fin]) => [
        'try:',
        ...indent(body),
        `except ${exc}:`,
        ...indent(exc.endsWith(' as e') ? ['s1 += type(e).__name__[:3] + str(e)[:6]', ...handler] : handler),
        ...(els === null ? [] : ['else:', ...indent(els)]),
        ...(fin === null ? [] : ['finally:', ...indent(fin)]),
      ]);
    return fc.oneof({ weight: 5, arbitrary: simple }, { weight: 2, arbitrary: forLoops }, whileLoop, ifStmt, tryStmt);
  });
}

/** preamble: the globals, a bounded recursion, a generator, a closure, a class and its subclass. */
const preamble = fc
  .record({
    ints: fc.tuple(smallInt, smallInt, smallInt),
    s0: strLit,
    base: fc.integer({ min: 0, max: 9 }),
    mul: fc.integer({ min: 1, max: 5 }),
    gen: fc.integer({ min: 0, max: 2 }),
    step: fc.integer({ min: 1, max: 9 }),
  })
  .map(({ ints, s0, base, mul, gen, step }) => [
    'M = 1000003',
    `i0, i1, i2 = ${ints.join(', ')}`,
    `s0 = ${s0}`,
    "s1 = ''",
    'l0 = [3, 1, 2]',
    'l1 = []',
    "t0 = ['p', 'q']",
    "d0 = {'a': 1}",
    'b0 = 1',
    '',
    'def r0(n):',
    '    if n <= 0:',
    `        return ${base}`,
    `    return (r0(n - 1) * ${mul} + n) % M`,
    '',
    'def g0(n):',
    ...[
      ['    for j in range(n):', `        yield (j * ${step} + i0) % M`],
      [`    yield from range(${step % 3}, n + ${step % 3})`],
      ['    j = 0', '    while j < n:', `        x = yield j * ${step}`, '        j += 1'],
    ][gen]!,
    '',
    'def mk(a):',
    '    def inner(b):',
    '        return (a * b + len(s0)) % M',
    '    return inner',
    '',
    'class C0:',
    '    def __init__(self, v):',
    '        self.v = v % M',
    '        self.items = []',
    '    def add(self, x):',
    '        self.items.append(x % M)',
    '        return len(self.items)',
    '    def total(self):',
    '        return (sum(self.items) + self.v) % M',
    '    def __repr__(self):',
    "        return f'{type(self).__name__}({self.v}, {len(self.items)})'",
    '',
    'class D0(C0):',
    '    def add(self, x):',
    '        super().add(x * 2)',
    '        return self.v + len(self.items)',
    '',
    'o0 = C0(1)',
    'o1 = D0(2)',
  ]);

const FNS = ['f0', 'f1', 'f2'];

/** functions: f0, f1, ... (int -> int, mutating the globals); each may call the ones before it. */
const functions = fc.integer({ min: 0, max: FNS.length }).chain((n) =>
  fc.tuple(
    ...FNS.slice(0, n).map((f, i) => {
      const c: Ctx = { depth: MAX_DEPTH - 1, loop: false, guarded: false, func: true, ints: ['n'], strs: [], fns: FNS.slice(0, i) };
      return fc.tuple(block(c), intExpr(c, 2)).map(([body, ret]) => ['', `def ${f}(n):`, `    global ${GLOBALS}`, ...indent(body), `    return (${ret}) % M`]);
    }),
  ).map((defs) => ({ count: n, lines: defs.flat() })),
);

/** program: a whole generated program; it ends on its own and prints along the way. */
export const program = fc
  .tuple(preamble, functions)
  .chain(([pre, fns]) =>
    block({ depth: 0, loop: false, guarded: false, func: false, ints: [], strs: [], fns: FNS.slice(0, fns.count) }).map((body) =>
      [
        ...pre,
        ...fns.lines,
        '',
        ...body,
        'print(i0, i1, i2, s0[-20:], len(s1), l0[-5:], len(l1), t0[-3:], sorted(d0.items())[:5], b0 % M, o0, o1)',
        '',
      ].join('\n'),
    ),
  );

