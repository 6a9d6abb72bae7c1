// A generator of whole Python programs (fast-check), valid by construction and ending on their
// own: typed global variables (ints kept below a modulus, strings and lists that grow by bounded
// pieces), bounded for and while loops with break and continue, if/elif/else, functions mutating
// globals, bounded recursion, generators, a class and a subclass with super(), closures,
// comprehensions, try/except/else/finally around statements that raise, big ints, and prints.
// Used by the limits' exactness properties (test/vm/exactness.test.ts) and the differential runner
// against CPython (test/fuzz/differential.test.ts), which also runs `richProgram` (bottom of this
// file): the same programs with features over the data model and the statements.

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
      fc.constantFrom("'-'.join(t0[-3:])[-12:]", 'repr(l0[:3])', 'str(sorted(d0)[:2])', 'repr(o0)', "('%s/%d' % (s1[:3], len(l0)))", 'type(o1).__name__'),
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


// ------------------------------------------------------------------------------------------------
// Rich programs (the differential runner only; `program` above stays as the exactness tests use it)
//
// `richProgram` is a `program` whose top level also holds features: self-contained pieces of code,
// each drawn with its own shape, over the statements and the data model: classes with dunder
// methods (comparisons and hashing used by sorted/sets/dicts, arithmetic returning NotImplemented,
// the container and iterator protocols, truth, str/repr/format, __call__), context managers,
// properties, classmethods and staticmethods, class against instance attributes, __getattr__,
// multiple inheritance (C3 MRO, which may fail: the error is caught) with super() chains and
// __init_subclass__, generators driven by send/throw/close and yield from, function signatures
// called with right and wrong arguments, decorators, closures with nonlocal, control flow through
// try/except/else/finally (return, break and continue in finally, raise from, bare raise,
// __cause__/__context__, custom exceptions, assert), match statements, and starred unpacking,
// walrus, chained comparisons, del, augmented assignment of attributes and subscripts, for/else
// and while/else. Expressions that may raise go through `ex(f)`, which returns the value or the
// exception's name and message, so most programs run to their end.
//
// Excluded by construction (deliberate differences): id(), hashes of str, sets of str iterated,
// default object reprs (every class here has a __repr__ or is printed by name), __del__, and
// generators with a finally left unclosed (CPython runs the finally when the last reference goes,
// Terrarium when closed: every such generator is closed explicitly).

const RICH_HELPERS = [
  'TR = []',
  '',
  'def ex(f, *a, **k):',
  '    try:',
  '        return f(*a, **k)',
  '    except StopIteration as e:',
  "        return ('StopIteration', e.value)",
  '    except Exception as e:',
  '        return (type(e).__name__, str(e)[:70])',
  '',
  'def flush(tag):',
  '    print(tag, TR)',
  '    TR.clear()',
  '',
  'class Cm:',
  '    def __init__(self, name, swallow=False):',
  '        self.name = name',
  '        self.swallow = swallow',
  '    def __enter__(self):',
  "        TR.append('in:' + self.name)",
  '        return self.name',
  '    def __exit__(self, et, ev, tb):',
  "        TR.append('out:' + self.name + ':' + (et.__name__ if et else '-'))",
  '        return self.swallow is True or (et is not None and et.__name__ == self.swallow)',
  '',
  'class E1(Exception):',
  '    pass',
  '',
  'class E2(E1):',
  '    def __init__(self, a, b=0):',
  '        super().__init__(a, b)',
  '        self.b = b',
  '',
];

/** guardLines: `lines` inside a try whose handler prints the exception's name and message. */
const guardLines = (lines: string[]): string[] => ['try:', ...indent(lines), 'except Exception as e:', "    print('err', type(e).__name__, str(e)[:70])"];

/** exPrint: prints what `ex` returns for the expression `e` (its value or its exception). */
const exPrint = (e: string): string => `print(ex(lambda: ${e}))`;

/** seqOf: 1..max lines drawn from `arb`. */
const seqOf = (arb: fc.Arbitrary<string[]>, max: number): fc.Arbitrary<string[]> => fc.array(arb, { minLength: 1, maxLength: max }).map((xs) => xs.flat());

const tiny = fc.integer({ min: -2, max: 9 }).map(String);

// ---- V: a value class with comparisons, hashing, arithmetic, truth and formatting

const vClass = fc
  .record({
    eqInt: fc.boolean(),
    le: fc.boolean(),
    hash: fc.constantFrom('hash(self.x)', 'self.x % 5', null),
    rmul: fc.boolean(),
    iadd: fc.boolean(),
    truth: fc.constantFrom('bool', 'len', null),
    str: fc.boolean(),
    format: fc.boolean(),
  })
  .map((o) => [
    'class V:',
    '    def __init__(self, x):',
    '        self.x = x % M',
    '    def __eq__(self, o):',
    '        if isinstance(o, V):',
    '            return self.x == o.x',
    ...(o.eqInt ? ['        if isinstance(o, int):', '            return self.x == o'] : []),
    '        return NotImplemented',
    '    def __lt__(self, o):',
    '        if isinstance(o, V):',
    '            return self.x < o.x',
    '        if isinstance(o, int):',
    '            return self.x < o',
    '        return NotImplemented',
    ...(o.le ? ['    def __le__(self, o):', '        if isinstance(o, V):', '            return self.x <= o.x', '        return NotImplemented'] : []),
    ...(o.hash === null ? [] : ['    def __hash__(self):', `        return ${o.hash}`]),
    '    def __add__(self, o):',
    '        if isinstance(o, V):',
    '            return V(self.x + o.x)',
    '        if isinstance(o, int):',
    '            return V(self.x + o)',
    '        return NotImplemented',
    '    def __radd__(self, o):',
    '        if isinstance(o, int):',
    '            return V(o * 2 + self.x)',
    '        return NotImplemented',
    '    def __mul__(self, o):',
    '        if isinstance(o, int) and not isinstance(o, bool):',
    '            return V(self.x * o)',
    '        return NotImplemented',
    ...(o.rmul ? ['    __rmul__ = __mul__'] : []),
    '    def __neg__(self):',
    '        return V(-self.x)',
    ...(o.iadd ? ['    def __iadd__(self, o):', '        if isinstance(o, int):', '            self.x = (self.x + o + 1) % M', '            return self', '        return NotImplemented'] : []),
    ...(o.truth === 'bool' ? ['    def __bool__(self):', '        return self.x % 3 != 0'] : o.truth === 'len' ? ['    def __len__(self):', '        return self.x % 4'] : []),
    ...(o.str ? ['    def __str__(self):', "        return f'<{self.x}>'"] : []),
    '    def __repr__(self):',
    "        return f'V({self.x})'",
    ...(o.format ? ['    def __format__(self, spec):', "        if spec == 'v':", "            return 'vee' + str(self.x)", "        return format(self.x, spec) + '!'"] : []),
    '',
    // A subclass overriding reflected methods: its __radd__/__gt__ go first when it is the right operand.
    'class W(V):',
    '    def __radd__(self, o):',
    "        return 'W.radd'",
    '    def __gt__(self, o):',
    "        return 'W.gt'",
    '',
  ]);

function vExpr(d: number): fc.Arbitrary<string> {
  const atom = fc.oneof(tiny.map((k) => `V(${k})`), fc.constantFrom('va', 'vb'));
  if (d <= 0) return atom;
  const sub = vExpr(d - 1);
  return fc.oneof(
    { weight: 3, arbitrary: atom },
    fc.tuple(sub, sub).map(([a, b]) => `(${a} + ${b})`),
    fc.tuple(sub, tiny).map(([a, k]) => `(${a} + ${k})`),
    fc.tuple(tiny, sub).map(([k, a]) => `(${k} + ${a})`),
    fc.tuple(sub, tiny).map(([a, k]) => `(${a} * ${k})`),
    fc.tuple(tiny, sub).map(([k, a]) => `(${k} * ${a})`),
    sub.map((a) => `(-${a})`),
    fc.tuple(sub, sub).map(([a, b]) => `max(${a}, ${b})`),
    fc.tuple(sub, sub, sub).map(([a, b, c]) => `min([${a}, ${b}, ${c}])`),
  );
}

const vUse: fc.Arbitrary<string[]> = (() => {
  const v = vExpr(1);
  const v0 = vExpr(0);
  const exprs = fc.oneof(
    vExpr(2),
    fc.tuple(v, pick(['==', '!=', '<', '>', '<=', '>=']), v).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(v, pick(['==', '!=', '<', '>', '<=']), tiny).map(([a, op, k]) => `${a} ${op} ${k}`),
    fc.tuple(tiny, pick(['==', '<', '>']), v).map(([k, op, a]) => `${k} ${op} ${a}`),
    fc.tuple(v0, v0, v0).map(([a, b, c]) => `${a} < ${b} <= ${c}`),
    fc.tuple(v0, v0, v0).map(([a, b, c]) => `sorted([${a}, ${b}, ${c}])`),
    fc.tuple(v0, v0, v0).map(([a, b, c]) => `sorted([${a}, ${b}, ${c}], reverse=True)`),
    fc.tuple(v0, v0, v0).map(([a, b, c]) => `len({${a}, ${b}, ${c}})`),
    fc.tuple(v0, v0, v0).map(([a, b, c]) => `sorted({${a}, ${b}, ${c}})`),
    fc.tuple(v0, v0, v0).map(([a, b, c]) => `{${a}: 1, ${b}: 2}.get(${c}, 'none')`),
    fc.tuple(v0, v0, v0).map(([a, b, c]) => `${a} in [${b}, ${c}]`),
    fc.tuple(v0, v0).map(([a, b]) => `${a} in {${b}: 0}`),
    fc.tuple(v0, v0, v0).map(([a, b, c]) => `[${b}, ${c}].index(${a})`),
    fc.tuple(v0, v0, tiny).map(([a, b, k]) => `[${a}, ${b}, ${k}].count(${k})`),
    fc.tuple(v, pick(['bool(#)', 'not #', 'len(#)', 'str(#)', 'repr(#)', "format(#, 'v')", "format(#, '>5')", "format(#, '')", "'%s %r' % (#, #)", 'str([#])', 'f"{#}|{#!r}|{#:>6}"', "('t' if # else 'f')"])).map(([a, f]) => f.replaceAll('#', a)),
    fc.tuple(v0, v0).map(([a, b]) => `(${a} or ${b}, ${a} and ${b})`),
    fc.tuple(v0, v0).map(([a, b]) => `sum([${a}, ${b}])`),
    fc.tuple(v0, v0).map(([a, b]) => `sum([${a}, ${b}], V(1))`),
    fc.tuple(v0, pick(["'q'", '[1]', '2.5', 'None'])).map(([a, o]) => `${a} + ${o}`),
    fc.tuple(v0, pick(["'q'", '[1]', 'True'])).map(([a, o]) => `${o} * ${a}`),
    fc.tuple(v0, v0).map(([a, b]) => `[x for x in [${a}, ${b}, V(3)] if x]`),
    fc.tuple(v0, tiny, pick(['# + W(k)', 'W(k) + #', 'k + W(k)', '# < W(k)', 'W(k) > #', '# > W(k)', '# == W(k)', 'sorted([W(k), #])', 'max(#, W(k))'])).map(([a, k, f]) => f.replaceAll('#', a).replaceAll('k', k)),
  );
  const stmts = fc.oneof(
    { weight: 5, arbitrary: exprs.map((e) => [exPrint(e)]) },
    tiny.map((k) => guardLines([`va += ${k}`, 'print(va)'])),
    v.map((e) => guardLines([`vb = ${e}`, 'print(vb)'])),
    tiny.map((k) => guardLines(['w = va', `va += ${k}`, 'print(w is va, w, va)'])),
    tiny.map((k) => guardLines(['w = vb', `vb *= ${k}`, 'print(w is vb, w, vb)'])),
  );
  return fc.tuple(vClass, tiny, tiny, seqOf(stmts, 6)).map(([cls, a, b, body]) => [...cls, `va = V(${a})`, `vb = V(${b})`, ...body]);
})();

// ---- Box and Cnt: the container and iterator protocols

const boxUse: fc.Arbitrary<string[]> = (() => {
  const cls = fc.record({ del: fc.boolean(), contains: fc.boolean(), iter: fc.boolean() }).map((o) => [
    'class Box:',
    '    def __init__(self, *xs):',
    '        self.xs = list(xs)',
    '    def __len__(self):',
    '        return len(self.xs)',
    '    def __getitem__(self, i):',
    '        if isinstance(i, slice):',
    '            return Box(*self.xs[i])',
    '        return self.xs[i]',
    '    def __setitem__(self, i, v):',
    '        self.xs[i] = v',
    ...(o.del ? ['    def __delitem__(self, i):', '        del self.xs[i]'] : []),
    ...(o.contains ? ['    def __contains__(self, v):', '        return v in self.xs[:2]'] : []),
    ...(o.iter ? ['    def __iter__(self):', '        return iter(self.xs[::-1])'] : []),
    '    def __repr__(self):',
    "        return 'Box' + repr(self.xs)",
    '',
    'class Cnt:',
    '    def __init__(self, n, k):',
    '        self.i = 0',
    '        self.n = n',
    '        self.k = k',
    '    def __iter__(self):',
    '        return self',
    '    def __next__(self):',
    '        if self.i >= self.n:',
    '            raise StopIteration',
    '        self.i += 1',
    '        return self.i * self.k',
    '',
  ]);
  const idx = fc.integer({ min: -4, max: 4 }).map(String);
  const n = fc.integer({ min: 0, max: 4 }).map(String);
  const exprs = fc.oneof(
    fc.constantFrom('list(bx)', 'bx[1:3]', 'bx[::-1]', 'len(bx)', 'sorted(bx)', 'list(reversed(bx))', '[x * 2 for x in bx]', 'max(bx)', 'bool(bx)', 'tuple(bx)', 'next(it)', 'list(it)', 'any(x > 3 for x in bx)', 'list(map(lambda x: x + 1, bx))', 'list(filter(None, bx))', '(lambda a, *b: (a, b))(*bx)', 'bx', 'sum(bx)', 'list(zip(bx, bx[1:]))', 'dict.fromkeys(bx, 0)'),
    idx.map((i) => `bx[${i}]`),
    tiny.map((k) => `${k} in bx`),
    fc.tuple(n, tiny).map(([a, k]) => `list(Cnt(${a}, ${k}))`),
    fc.tuple(n, tiny).map(([a, k]) => `sum(Cnt(${a}, ${k}))`),
    fc.tuple(n, tiny).map(([a, k]) => `dict(zip(Cnt(${a}, ${k}), bx))`),
    fc.tuple(n, tiny).map(([a, k]) => `list(enumerate(Cnt(${a}, ${k}), 1))`),
    fc.tuple(n, tiny).map(([a, k]) => `[*bx, *Cnt(${a}, ${k})]`),
    fc.tuple(n, tiny).map(([a, k]) => `${k} in Cnt(${a}, 2)`),
  );
  const stmts = fc.oneof(
    { weight: 5, arbitrary: exprs.map((e) => [exPrint(e)]) },
    fc.tuple(idx, tiny).map(([i, k]) => guardLines([`bx[${i}] = ${k}`, 'print(bx)'])),
    fc.tuple(idx, tiny).map(([i, k]) => guardLines([`bx[${i}] += ${k}`, 'print(bx)'])),
    idx.map((i) => guardLines([`del bx[${i}]`, 'print(bx)'])),
    fc.constant(guardLines(['p, *q = bx', 'print(p, q)'])),
    fc.constant(guardLines(['*p, q, r = bx', 'print(p, q, r)'])),
    tiny.map((k) => [`bx.xs.append(${k})`]),
    fc.constantFrom<string[]>(['it = iter(bx)'], ['it = Cnt(3, 2)'], ['bx = Box(*bx, 7)']),
    fc.tuple(tiny, tiny).map(([a, k]) => ['for x in bx:', `    if x == ${k}:`, "        print('found', x)", '        break', 'else:', `    print('none', ${a})`]),
  );
  return fc
    .tuple(cls, fc.array(tiny, { maxLength: 4 }), seqOf(stmts, 7))
    .map(([c, xs, body]) => [...c, `bx = Box(${xs.join(', ')})`, 'it = iter(bx)', ...body]);
})();

// ---- P: properties, class against instance attributes, classmethod/staticmethod, __getattr__, __call__

const attrUse: fc.Arbitrary<string[]> = (() => {
  const cls = fc.record({ setter: fc.boolean(), getattr: fc.boolean(), call: fc.boolean() }).map((o) => [
    'class P:',
    "    kind = 'base'",
    '    count = 0',
    '    def __init__(self, v):',
    '        self._v = v',
    '        P.count += 1',
    '    @property',
    '    def v(self):',
    '        return self._v',
    ...(o.setter ? ['    @v.setter', '    def v(self, x):', '        self._v = x % M'] : []),
    '    @classmethod',
    '    def make(cls, x):',
    '        return cls(x * 2)',
    '    @staticmethod',
    '    def twice(x):',
    '        return x * 2',
    ...(o.getattr ? ['    def __getattr__(self, name):', "        if name.startswith('z'):", '            return name * 2', '        raise AttributeError(name)'] : []),
    ...(o.call ? ['    def __call__(self, a, b=1):', '        return self._v * a + b'] : []),
    '    def __repr__(self):',
    "        return f'{type(self).__name__}({self._v})'",
    '',
    'class Q(P):',
    "    kind = 'sub'",
    '    def __init__(self, v, w=0):',
    '        super().__init__(v + w)',
    '        self.w = w',
    '',
  ]);
  const obj = fc.constantFrom('p', 'q', 'P', 'Q');
  const inst = fc.constantFrom('p', 'q');
  const exprs = fc.oneof(
    // P.v and Q.v are the property itself, whose repr holds an address: only its type is printed.
    fc.tuple(obj, pick(['v', 'kind', 'count', 'zed', 'nope', 'w', '_v'])).map(([o, a]) => (a === 'v' && o.length === 1 && o === o.toUpperCase() ? `type(${o}.v).__name__` : `${o}.${a}`)),
    fc.tuple(obj, tiny).map(([o, k]) => `${o}.make(${k})`),
    fc.tuple(obj, tiny).map(([o, k]) => `${o}.twice(${k})`),
    fc.tuple(inst, tiny).map(([o, k]) => `${o}(${k})`),
    fc.tuple(inst, tiny, tiny).map(([o, a, b]) => `${o}(${a}, b=${b})`),
    // (Not on the classes: P.v is a property, whose repr holds an address.)
    fc.tuple(inst, pick(["'zz'", "'v'", "'kind'", "'nope'"])).map(([o, a]) => `(hasattr(${o}, ${a}), getattr(${o}, ${a}, '-'))`),
    fc.tuple(obj, pick(['P', 'Q', 'object', '(int, P)'])).map(([o, c]) => `(isinstance(${o}, ${c}), issubclass(type(${o}), ${c}))`),
    inst.map((o) => `(callable(${o}), type(${o}).__name__, sorted(vars(${o})))`),
    fc.constantFrom('(P.count, Q.count, p.count, q.count)', '(P.kind, Q.kind, p.kind, q.kind)', 'Q.make(2)', 'Q.make(1).w', '[c.__name__ for c in Q.__mro__]'),
  );
  const stmts = fc.oneof(
    { weight: 5, arbitrary: exprs.map((e) => [exPrint(e)]) },
    fc.tuple(inst, tiny).map(([o, k]) => guardLines([`${o}.v = ${k}`, `print(${o}.v)`])),
    fc.tuple(inst, tiny).map(([o, k]) => guardLines([`${o}.v += ${k}`, `print(${o}.v)`])),
    fc.tuple(inst, tiny).map(([o, k]) => [`${o}.count = ${k}`, `print(${o}.count, P.count)`]),
    fc.tuple(obj, pick(['count', 'kind', 'w', 'v'])).map(([o, a]) => guardLines([`del ${o}.${a}`, `print(ex(lambda: ${o}.${a}))`])),
    fc.tuple(pick(['P', 'Q']), tiny).map(([c, k]) => [`${c}.kind = 'k${k}'`, 'print(p.kind, q.kind)']),
    fc.tuple(inst, tiny).map(([o, k]) => guardLines([`${o}.w = ${o}.w * 2 + ${k}`, `print(${o}.w)`])),
  );
  return fc.tuple(cls, tiny, tiny, seqOf(stmts, 7)).map(([c, a, b, body]) => [...c, `p = P(${a})`, `q = Q(${b}, 1)`, ...body]);
})();

// ---- K0..Kn: multiple inheritance, C3 (which may fail), super() chains, __init_subclass__

const mroUse: fc.Arbitrary<string[]> = (() => {
  const klass = (i: number): fc.Arbitrary<string[]> =>
    fc
      .record({
        bases: fc.uniqueArray(fc.integer({ min: 0, max: i - 1 }), { maxLength: Math.min(3, i) }),
        chain: fc.constantFrom('super', 'own', 'none'),
        tag: fc.boolean(),
        kw: fc.option(tiny, { nil: null }),
        init: fc.boolean(),
      })
      .map((o) => {
        const bases = (o.bases.length > 0 ? o.bases : [0]).map((b) => `K${b}`).join(', ');
        const body = [
          ...(o.tag ? [`tag = 'K${i}'`] : []),
          ...(o.chain === 'super' ? ['def chain(self):', `    return ['K${i}'] + super().chain()`] : o.chain === 'own' ? ['def chain(self):', `    return ['K${i}!']`] : []),
          ...(o.init ? ['def __init__(self, n=0):', '    super().__init__(n + 1)', `    self.n${i} = n`] : []),
        ];
        return [
          'try:',
          `    class K${i}(${bases}${o.kw === null ? '' : `, n=${o.kw}`}):`,
          ...indent(indent(body.length > 0 ? body : ['pass'])),
          'except TypeError as e:',
          `    print('K${i}', e)`,
          `    class K${i}(K0):`,
          '        pass',
        ];
      });
  return fc.integer({ min: 2, max: 5 }).chain((n) =>
    fc
      .tuple(
        ...Array.from({ length: n - 1 }, (_, j) => klass(j + 1)),
        fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { minLength: 1, maxLength: 4 }),
      )
      .map((parts) => {
        // (Not parts.pop(): fast-check maps the same generated value again while shrinking.)
        const checks = parts[parts.length - 1] as [number, number][];
        const classes = (parts.slice(0, -1) as string[][]).flat();
        return [
          'REG = []',
          'class K0:',
          "    tag = 'K0'",
          '    def __init_subclass__(cls, n=None, **kw):',
          '        super().__init_subclass__(**kw)',
          '        REG.append((cls.__name__, n))',
          '    def __init__(self, n=0):',
          '        self.n0 = n',
          '    def chain(self):',
          "        return ['K0']",
          '    def __repr__(self):',
          "        return type(self).__name__ + str(sorted(vars(self).items()))",
          ...classes,
          'print(REG)',
          ...checks.flatMap(([a, b]) => [
            `print([c.__name__ for c in K${a}.__mro__], K${a}.tag, K${a}().chain(), K${a}(3))`,
            `print(issubclass(K${a}, K${b}), isinstance(K${a}(), K${b}), K${b}.__bases__[0].__name__, len(K${b}.__subclasses__()))`,
          ]),
        ];
      }),
  );
})();

// ---- generators: send/throw/close, yield from with return values, try/finally

const genUse: fc.Arbitrary<string[]> = (() => {
  const defs = fc.record({ catch: fc.constantFrom('ValueError', 'E1', 'Exception'), retK: tiny, after: fc.boolean() }).map((o) => [
    'def gs(n):',
    '    total = 0',
    '    try:',
    '        for i in range(n):',
    '            try:',
    '                x = yield total',
    `            except ${o.catch} as e:`,
    "                TR.append('caught:' + type(e).__name__)",
    ...(o.after ? ['                x = yield -1'] : ['                x = -1']),
    '            if x is None:',
    '                x = 1',
    '            total += x',
    '    finally:',
    "        TR.append('fin')",
    `    return total * 10 + ${o.retK}`,
    '',
    'def go(n):',
    '    r = yield from gs(n)',
    "    TR.append('ret:' + str(r))",
    '    r2 = yield from [r, r + 1]',
    '    yield r2',
    '    return r',
    '',
  ]);
  const target = fc.constantFrom('ga', 'gb');
  const ops = fc.oneof(
    target.map((g) => `next(${g})`),
    fc.tuple(target, tiny).map(([g, k]) => `${g}.send(${k})`),
    target.map((g) => `${g}.send(None)`),
    fc.tuple(target, pick(['ValueError', 'E1', 'KeyError', 'E2'])).map(([g, e]) => `${g}.throw(${e}('t'))`),
    target.map((g) => `${g}.close()`),
    target.map((g) => `list(${g})`),
  );
  const stmts = fc.oneof(
    { weight: 6, arbitrary: ops.map((e) => [exPrint(e), "flush('g')"]) },
    fc.tuple(fc.integer({ min: 0, max: 4 }), tiny).map(([n, k]) => [exPrint(`sum(x * ${k} for x in gs(${n}))`), exPrint(`list(go(${n}))`), "flush('all')"]),
    fc.tuple(fc.integer({ min: 0, max: 4 }), tiny).map(([n, k]) => [`ge = (x + ${k} for x in range(${n}) if x != 1)`, exPrint('next(ge)'), exPrint('list(ge)'), exPrint('next(ge)')]),
    fc.constantFrom<string[]>(
      ['def gr():', '    x = yield 1', '    return x * 2', 'gx = gr()', exPrint('next(gx)'), exPrint('gx.send(5)'), exPrint('gx.send(1)')],
      ['def gy():', '    try:', '        yield 1', '    except GeneratorExit:', "        TR.append('exit')", '        raise', 'gy0 = gy()', exPrint('next(gy0)'), exPrint('gy0.close()'), exPrint('next(gy0)'), "flush('y')"],
      ['def gz():', '    try:', '        yield 1', '    finally:', '        return 7', 'gz0 = gz()', exPrint('next(gz0)'), exPrint("gz0.throw(KeyError('k'))"), exPrint('gz0.close()')],
      ['def gw():', '    yield 1', '    raise StopIteration(3)', exPrint('list(gw())')],
      ['print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2], list(zip(*[(1, 2), (3, 4)])))'],
    ),
  );
  return fc
    .tuple(defs, pick(['gs', 'go']), fc.integer({ min: 0, max: 4 }), pick(['gs', 'go']), fc.integer({ min: 0, max: 4 }), seqOf(stmts, 8))
    .map(([d, fa, na, fb, nb, body]) => [...d, `ga = ${fa}(${na})`, `gb = ${fb}(${nb})`, ...body, exPrint('ga.close()'), exPrint('gb.close()'), "flush('end')"]);
})();

// ---- functions: signatures called rightly and wrongly, decorators, closures with nonlocal, lambdas

const funcUse: fc.Arbitrary<string[]> = (() => {
  const NAMES = ['a', 'b', 'c', 'd', 'e'];
  const sig = fc
    .record({
      posOnly: fc.integer({ min: 0, max: 2 }),
      pos: fc.integer({ min: 0, max: 2 }),
      defaults: fc.integer({ min: 0, max: 3 }),
      star: fc.boolean(),
      kwOnly: fc.integer({ min: 0, max: 2 }),
      kwDefault: fc.boolean(),
      kw: fc.boolean(),
    })
    .map((o) => {
      const names = NAMES.slice();
      const positional = [...names.splice(0, o.posOnly), ...names.splice(0, o.pos)];
      const nd = Math.min(o.defaults, positional.length);
      const parts = positional.map((n, i) => (i >= positional.length - nd ? `${n}=${i * 10}` : n));
      if (o.posOnly > 0) parts.splice(o.posOnly, 0, '/');
      const kwOnly = names.splice(0, o.kwOnly);
      if (o.star) parts.push('*args');
      else if (kwOnly.length > 0) parts.push('*');
      parts.push(...kwOnly.map((n, i) => (o.kwDefault && i === kwOnly.length - 1 ? `${n}=-1` : n)));
      if (o.kw) parts.push('**kw');
      const all = [...positional, ...kwOnly, ...(o.star ? ['args'] : []), ...(o.kw ? ['kw'] : [])];
      return { params: parts.join(', '), all };
    });
  const call = fc
    .tuple(fc.array(tiny, { maxLength: 4 }), fc.uniqueArray(pick([...NAMES, 'args', 'z']), { maxLength: 3 }), fc.constantFrom('', '*[7, 8]', '**{"c": 5}', "**{'a': 1}"))
    .map(([ps, ks, extra]) => [...ps, ...ks.map((k, i) => `${k}=${i + 100}`), ...(extra ? [extra] : [])].join(', '));
  const deco = fc.constantFrom(
    ['def deco(tag):', '    def wrap(f):', '        def inner(*a, **k):', "            TR.append(tag + ':' + f.__name__)", '            return (tag, f(*a, **k))', '        inner.__name__ = f.__name__', '        return inner', '    return wrap', ''],
  );
  const closures = fc.tuple(tiny, tiny).map(([a, b]) => [
    'def counter(start):',
    '    n = start',
    '    def inc(k=1):',
    '        nonlocal n',
    '        n += k',
    '        return n',
    '    def get():',
    '        return n',
    '    return inc, get',
    `inc, get = counter(${a})`,
    `print(inc(), inc(${b}), get(), inc(k=2), get())`,
    'fs = [lambda: i for i in range(3)]',
    `gs2 = [lambda i=i: i * ${b} for i in range(3)]`,
    'print([f() for f in fs], [g() for g in gs2], (lambda *a, **k: (a, sorted(k)))(1, x=2))',
    'def outer():',
    '    x = 1',
    '    def mid():',
    '        def inner():',
    '            nonlocal x',
    `            x += ${a}`,
    '            return x',
    '        return inner',
    '    f = mid()',
    '    return f(), f(), x',
    'print(outer())',
    'def gset(v):',
    '    global GV',
    '    GV = v',
    `gset(${b})`,
    'print(GV)',
  ]);
  return fc
    .tuple(sig, fc.array(call, { minLength: 1, maxLength: 5 }), fc.boolean(), deco, closures)
    .map(([s, calls, decorate, d, cl]) => [
      ...(decorate ? d : []),
      ...(decorate ? ["@deco('d')"] : []),
      `def fn(${s.params}):`,
      `    return (${s.all.join(', ')}${s.all.length === 1 ? ',' : ''})`,
      ...calls.map((c) => exPrint(`fn(${c})`)),
      ...(decorate ? ["flush('deco')", 'print(fn.__name__)'] : []),
      ...cl,
    ]);
})();

// ---- control flow: try/except/else/finally with return/break/continue anywhere, raise from,
// bare raise, exception chaining, with statements, assert; each function leaves a trace in TR.

interface Flow {
  loop: boolean;
  handler: boolean;
  depth: number;
}

const RAISES = ['ValueError(#)', 'KeyError(#)', 'E1(#)', 'E2(#, 2)', 'ZeroDivisionError(#)'];
const CATCHES = ['ValueError', 'E1', '(KeyError, E2)', 'Exception', 'LookupError'];

function flowBlock(f: Flow): fc.Arbitrary<string[]> {
  return memoized('flow', { depth: f.depth, loop: f.loop, guarded: f.handler, func: true, ints: [], strs: [], fns: [] }, 0, () =>
    fc.array(flowStmt(f), { minLength: 1, maxLength: 3 }).map((ss) => ss.flat()),
  );
}

function flowStmt(f: Flow): fc.Arbitrary<string[]> {
  const label = fc.integer({ min: 0, max: 99 });
  const cond = fc.tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 3 })).map(([a, b]) => `n % ${a} == ${b}`);
  const jumps: fc.Arbitrary<string>[] = [
    label.map((l) => `return ${l}`),
    fc.tuple(pick(RAISES), label).map(([r, l]) => `raise ${r.replace('#', String(l))}`),
    fc.tuple(pick(RAISES), label, pick(RAISES)).map(([r, l, c]) => `raise ${r.replace('#', String(l))} from ${c.replace('#', "'c'")}`),
    fc.tuple(pick(RAISES), label).map(([r, l]) => `raise ${r.replace('#', String(l))} from None`),
    label.map((l) => `assert n % 3 != ${l % 3}, 'a${l}'`),
    fc.constant('n += 1'),
  ];
  if (f.loop) jumps.push(fc.constant('break'), fc.constant('continue'));
  if (f.handler) jumps.push(fc.constant('raise'));
  const jump = fc.oneof(...jumps);
  const simple = fc.oneof(
    { weight: 3, arbitrary: label.map((l) => [`TR.append(${l})`]) },
    { weight: 2, arbitrary: fc.tuple(cond, jump).map(([c, j]) => [`if ${c}:`, `    ${j}`]) },
    jump.map((j) => [j]),
  );
  if (f.depth >= 3) return simple;
  const d = f.depth + 1;
  const inner: Flow = { ...f, depth: d };
  const loopCtx: Flow = { ...f, depth: d, loop: true };
  const handlerCtx: Flow = { ...f, depth: d, handler: true };
  const tryStmt = fc
    .tuple(
      flowBlock(inner),
      fc.array(fc.tuple(pick(CATCHES), fc.boolean(), flowBlock(handlerCtx)), { maxLength: 2 }),
      fc.option(flowBlock(inner), { nil: null }),
      fc.option(flowBlock(inner), { nil: null }),
    )
    .map(([body, handlers, els, fin]) => {
      const hs = handlers.flatMap(([exc, chain, b]) => [
        `except ${exc} as e${d}:`,
        `    TR.append((type(e${d}).__name__, e${d}.args${chain ? `, type(e${d}.__cause__).__name__, type(e${d}.__context__).__name__, e${d}.__suppress_context__` : ''}))`,
        ...indent(b),
      ]);
      if (hs.length === 0 && fin === null) fin = ["TR.append('f')"];
      return ['try:', ...indent(body), ...hs, ...(els !== null && hs.length > 0 ? ['else:', ...indent(els)] : []), ...(fin === null ? [] : ['finally:', ...indent(fin)])];
    });
  const forStmt = fc.tuple(bound(3), flowBlock(loopCtx), fc.option(flowBlock(inner), { nil: null })).map(([k, b, els]) => [
    `for i${d} in range(${k}):`,
    `    TR.append('i${d}=%d' % i${d})`,
    ...indent(b),
    ...(els === null ? [] : ['else:', ...indent(els)]),
  ]);
  const whileStmt = fc.tuple(bound(3), flowBlock(loopCtx), fc.option(flowBlock(inner), { nil: null })).map(([k, b, els]) => [
    `w${d} = 0`,
    `while w${d} < ${k}:`,
    `    w${d} += 1`,
    ...indent(b),
    ...(els === null ? [] : ['else:', ...indent(els)]),
  ]);
  const withStmt = fc.tuple(label, pick(['False', 'True', "'ValueError'", "'E1'"]), fc.boolean(), flowBlock(inner)).map(([l, sw, two, b]) => [
    `with Cm('m${l}', ${sw})${two ? ` as x${d}, Cm('n${l}')` : ''}:`,
    ...indent(b),
  ]);
  return fc.oneof({ weight: 4, arbitrary: simple }, { weight: 2, arbitrary: tryStmt }, forStmt, whileStmt, withStmt);
}

const flowUse: fc.Arbitrary<string[]> = fc
  .tuple(flowBlock({ loop: false, handler: false, depth: 0 }), fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { minLength: 1, maxLength: 4 }))
  .map(([body, ns]) => {
    const name = 'cf';
    return [
      `def ${name}(n):`,
      ...indent(body),
      "    return 'end'",
      ...ns.flatMap((n) => [`print(${n}, ex(${name}, ${n}))`, `flush('${name}')`]),
    ];
  });

// ---- match statements: literal, capture, wildcard, value, sequence, mapping, class, or and as patterns

const matchUse: fc.Arbitrary<string[]> = (() => {
  // '$' marks a capture; each becomes a distinct name afterwards.
  const lit = fc.constantFrom('0', '1', '-1', '2', "'a'", "'xy'", 'None', 'True', '3.5', 'Kc.A', 'Kc.B');
  const pat = (d: number, top: boolean): fc.Arbitrary<string> => {
    const leaf: fc.Arbitrary<string>[] = [lit, fc.tuple(lit, lit).map(([a, b]) => `${a} | ${b}`), fc.constantFrom('int()', 'str()', 'list()', 'dict()', 'tuple()', 'Pt()', 'bool()')];
    if (!top) leaf.push(fc.constant('$'), fc.constant('_'));
    if (d <= 0) return fc.oneof(...leaf);
    const sub = pat(d - 1, false);
    return fc.oneof(
      { weight: 3, arbitrary: fc.oneof(...leaf) },
      fc.tuple(fc.array(sub, { maxLength: 3 }), fc.option(fc.nat(3), { nil: null }), fc.boolean(), pick(['_', '$'])).map(([ps, star, paren, s]) => {
        const items = ps.slice();
        if (star !== null) items.splice(Math.min(star, items.length), 0, `*${s}`);
        return paren ? `(${items.join(', ')}${items.length === 1 ? ',' : ''})` : `[${items.join(', ')}]`;
      }),
      fc.tuple(fc.uniqueArray(pick(["'a'", "'b'", '1', "'k'"]), { maxLength: 2 }), fc.array(sub, { minLength: 2, maxLength: 2 }), fc.boolean()).map(
        ([ks, vs, rest]) => `{${[...ks.map((k, i) => `${k}: ${vs[i]}`), ...(rest ? ['**$'] : [])].join(', ')}}`,
      ),
      fc.tuple(fc.array(sub, { maxLength: 3 }), fc.uniqueArray(pick(['x', 'y', 'z']), { maxLength: 2 }), fc.array(sub, { minLength: 2, maxLength: 2 })).map(
        ([ps, ks, vs]) => `Pt(${[...ps, ...ks.map((k, i) => `${k}=${vs[i]}`)].join(', ')})`,
      ),
      fc.tuple(pick(['int', 'str', 'tuple']), sub).map(([c, p]) => `${c}(${p})`),
      sub.map((p) => (p === '_' || p === '$' ? `[${p}]` : `(${p}) as $`)),
    );
  };
  const caseArb = fc.tuple(pat(2, true), fc.option(pick(['n > 1', 'n % 2 == 0', 'len(str(n)) < 2']), { nil: null }));
  const subjects = fc.constantFrom(
    '0', '1', '2', '-1', "'a'", "'xy'", 'None', 'True', 'False', '3.5', '()', '(1,)', '[1, 2]', '(1, 2, 3)', "[1, 'a', [2]]", "{'a': 1}", "{'a': 1, 'b': [2, 3], 1: 'k'}", "{'k': 2}", 'Pt(1, 2)', "Pt('a', (1, 2))", 'Pt(0)', "'abc'", '[0, [1, 2]]', '{1: None}', 'Kc.B', '[Pt(1, 1)]', '(2, 1, 0, -1)',
  );
  return fc
    .tuple(fc.array(caseArb, { minLength: 1, maxLength: 4 }), fc.constantFrom('_', 'other', null), fc.uniqueArray(subjects, { minLength: 2, maxLength: 6 }))
    .map(([cases, last, subs]) => {
      const lines = ['class Pt:', "    __match_args__ = ('x', 'y')", '    def __init__(self, x, y=None):', '        self.x = x', '        self.y = y', '    def __repr__(self):', "        return f'Pt({self.x!r}, {self.y!r})'", 'class Kc:', '    A = 1', "    B = 'b'", 'def mt(n):', '    match n:'];
      cases.forEach(([p, guard], i) => {
        let k = 0;
        const names: string[] = [];
        const pattern = p.replace(/\$/g, () => {
          const v = `v${k++}`;
          names.push(v);
          return v;
        });
        lines.push(`        case ${pattern}${guard === null ? '' : ` if ${guard}`}:`, `            return (${i}, ${names.map((v) => `${v}, `).join('')})`);
      });
      if (last !== null) lines.push(`        case ${last}:`, `            return ('last', ${last === 'other' ? 'other' : "'_'"})`);
      lines.push("    return 'none'", ...subs.map((s) => `print(ex(mt, ${s}))`));
      return lines;
    });
})();

// ---- statements mixed into the top level: unpacking, walrus, chained comparisons, del, aug-assign

const miscUse: fc.Arbitrary<string[]> = (() => {
  const small = intExpr({ depth: 0, loop: false, guarded: false, func: false, ints: [], strs: [], fns: [] }, 1);
  return fc.oneof(
    fc.tuple(bound(5), pick(['a, *b = X', '*a, b = X', 'a, *b, c = X', '[a, *b] = X', 'a, (b, *c) = X[0], X[1:]'])).map(([k, t]) =>
      guardLines([`${t.replaceAll('X', `l0[:${k}]`)}`, `print(${t.split('=')[0]!.replace(/[*()[\]]/g, '').trim()})`]),
    ),
    fc.tuple(small, bound(9)).map(([e, k]) => [`if (wz := (${e}) % ${k + 1}) > 2:`, "    print('big', wz)", 'else:', "    print('small', wz)", `print([y for x in range(4) if (y := x * wz) % 2 == 0])`]),
    fc.tuple(small, small, small).map(([a, b, c]) => [`print(${a} < ${b} <= ${c}, ${a} == ${b} != ${c}, 0 <= ${a} % 7 < 4 > ${c} % 5, ${a} in l0 not in [[]])`]),
    fc.tuple(keyLit, small).map(([k, e]) => guardLines([`d0[${k}] += ${e}`, `print(d0[${k}])`])),
    fc.tuple(bound(4), small).map(([i, e]) => guardLines([`l0[-${i}] *= ${e}`, `l0[0] //= (${e}) % 3 + 1`, 'print(l0)'])),
    // What del removes comes back afterwards: the rest of the program reads it.
    pick(["d0['a']", 'l0[0]', 'l0[1:3]', 'i1', 'o0.v', 'l1[::2]']).map((t) => [
      ...guardLines([`del ${t}`, 'print(l0[:5], sorted(d0)[:3], len(l1), ex(lambda: i1), ex(lambda: o0.v))']),
      ...(t === 'i1' ? ['i1 = 1'] : t === 'o0.v' ? ['o0.v = 2'] : []),
    ]),
    fc.tuple(small, bound(6)).map(([e, k]) => ['o0.v += 1', 'o0.items += [len(o0.items)]', `o1.v = (o1.v * (${e})) % M`, 'print(o0.v, o0.items[-3:], o1.v)', `w = ${k}`, 'while w > 0:', '    w -= 1', `    if w == (${e}) % 5:`, '        break', 'else:', "    print('no break', w)", 'print(w)']),
    fc.tuple(small, bound(6)).map(([e, k]) => [`for x in range(${k}):`, `    if x * x == (${e}) % 30:`, "        print('found', x)", '        break', 'else:', "    print('not found')"]),
  );
})();

// ---- R: what dunder methods return, checked by the builtins that call them (non-bool __bool__,
// negative or huge __len__, __index__, __hash__ of -1 or past 2**61, __eq__ returning non-bools,
// __iter__ returning a non-iterator, iteration through __getitem__, non-str __repr__)

const protoUse: fc.Arbitrary<string[]> = (() => {
  const cls = fc
    .record({
      bool: fc.constantFrom('self.v > 0', 'self.v', '1 == 1', 'None', null),
      len: fc.constantFrom('self.v', '-1', '2 ** 70', 'True', "'x'", null),
      index: fc.constantFrom('self.v', 'True', '2.5', null),
      hash: fc.constantFrom('self.v', '-1', '2 ** 64 + self.v', '-(2 ** 61) - 5', '1.5', null),
      eq: fc.constantFrom('isinstance(o, R) and self.v == o.v', 'self.v', "'yes'", 'NotImplemented', null),
      iter: fc.constantFrom('iter([self.v, 1])', 'self', 'None', null),
      getitem: fc.boolean(),
      repr: fc.constantFrom("'R(%d)' % self.v", 'self.v', "'R' + '!' * self.v"),
    })
    .map((o) => {
      const m = (name: string, ret: string | null, args = 'self'): string[] => (ret === null ? [] : [`    def ${name}(${args}):`, `        return ${ret}`]);
      return [
        'class R:',
        '    def __init__(self, v):',
        '        self.v = v',
        ...m('__bool__', o.bool),
        ...m('__len__', o.len),
        ...m('__index__', o.index),
        ...(o.hash === null && o.eq !== null ? ['    __hash__ = object.__hash__'] : []),
        ...m('__eq__', o.eq, 'self, o'),
        ...m('__hash__', o.hash),
        ...m('__iter__', o.iter),
        ...(o.getitem ? ['    def __getitem__(self, i):', '        if i >= self.v:', '            raise IndexError(i)', '        return i * 2'] : []),
        ...m('__repr__', o.repr),
        '',
      ];
    });
  const r = fc.constantFrom('ra', 'rb', 'R(0)', 'R(3)', 'R(-2)');
  const exprs = fc.oneof(
    fc.tuple(r, pick(['bool(#)', 'not #', 'len(#)', '[1, 2, 3, 4][#]', "'abcdef'[#]", 'list(range(#))', 'hex(#)', 'bin(#)', '[0] * #', "'x' * #", 'list(#)', 'sorted(#)', 'str(#)', 'repr([#])', 'list(reversed(#))', 'int(#)', "(1 if # else 0)", 'any(#)', 'sum(#)', 'max(#, default=-1)', 'next(iter(#))', '[1, 2, 3, 4][:#]', 'tuple(enumerate(#))', 'divmod(#, 3)', '3 ** #', 'round(2.5, #)', 'f"{#!r:>6}"'])).map(([a, f]) => f.replaceAll('#', a)),
    // Hashes are printed only where __hash__ returns an int (it is not id-based then).
    fc.tuple(r, pick(['hash(#)', 'len({#: 1, R(3): 2})', '{#: 1}.get(R(3), 0)', 'len({#, #})'])).map(([a, f]) => `(${f.replaceAll('#', a)}) if type(R.__hash__).__name__ == 'function' else 'h'`),
    fc.tuple(r, r).map(([a, b]) => `(${a} == ${b}, ${a} != ${b})`),
    fc.tuple(r, r, r).map(([a, b, c]) => `(${a} in [${b}, ${c}], [${b}, ${c}].count(${a}))`),
    fc.tuple(r, tiny).map(([a, k]) => `(${a} == ${k}, ${k} == ${a}, ${a} in (${k}, 'q'))`),
    fc.tuple(r, r).map(([a, b]) => `[${a}, ${b}].index(${b})`),
  );
  // list(), tuple() and sorted() ask __len__ for a length hint first, so a bad __len__ fails them
  // (held by test/py/fuzz/stmt_length_hint.py).
  return fc.tuple(cls, tiny, tiny, fc.array(exprs, { minLength: 1, maxLength: 8 })).map(([c, a, b, es]) => {
    return [...c, `ra = R(${a})`, `rb = R(${b})`, ...es.map(exPrint)];
  });
})();

// ---- subclasses of builtin types overriding their methods: which ones the builtins call

const subclassUse: fc.Arbitrary<string[]> = (() => {
  const opt = <T>(b: boolean, xs: T[]): T[] => (b ? xs : []);
  const listCls = fc.record({ iter: fc.boolean(), len: fc.boolean(), getitem: fc.boolean(), contains: fc.boolean(), append: fc.boolean(), add: fc.boolean(), eq: fc.boolean() }).map((o) => [
    'class L(list):',
    ...opt(o.iter, ['    def __iter__(self):', '        return iter(sorted(list.__iter__(self)))']),
    ...opt(o.len, ['    def __len__(self):', '        return list.__len__(self) + 1']),
    ...opt(o.getitem, ['    def __getitem__(self, i):', '        r = list.__getitem__(self, i)', '        return r * 10 if isinstance(i, int) else r']),
    ...opt(o.contains, ['    def __contains__(self, x):', '        return x == 0']),
    ...opt(o.append, ['    def append(self, x):', '        list.append(self, x * 2)']),
    ...opt(o.add, ['    def __add__(self, o):', "        return 'added'"]),
    ...opt(o.eq, ['    def __eq__(self, o):', '        return True']),
    '    pass',
    '',
  ]);
  const dictCls = fc.record({ missing: fc.boolean(), getitem: fc.boolean(), keys: fc.boolean(), iter: fc.boolean(), setitem: fc.boolean(), get: fc.boolean(), contains: fc.boolean() }).map((o) => [
    'class D(dict):',
    ...opt(o.missing, ['    def __missing__(self, k):', '        return k * 2']),
    ...opt(o.getitem, ['    def __getitem__(self, k):', '        return dict.__getitem__(self, k) + 1']),
    ...opt(o.keys, ['    def keys(self):', "        return ['a']"]),
    ...opt(o.iter, ['    def __iter__(self):', "        return iter(['a', 'zz'])"]),
    ...opt(o.setitem, ['    def __setitem__(self, k, v):', '        dict.__setitem__(self, k, v * 2)']),
    ...opt(o.get, ['    def get(self, k, default=None):', "        return 'got'"]),
    ...opt(o.contains, ['    def __contains__(self, k):', "        return k != 'a'"]),
    '    pass',
    '',
  ]);
  const strCls = fc.record({ str: fc.boolean(), eq: fc.boolean(), len: fc.boolean(), upper: fc.boolean(), repr: fc.boolean(), getitem: fc.boolean() }).map((o) => [
    'class S(str):',
    ...opt(o.str, ['    def __str__(self):', "        return 'S!'"]),
    ...opt(o.eq, ['    def __eq__(self, o):', '        return len(str.__str__(self)) == len(o)', '    __hash__ = str.__hash__']),
    ...opt(o.len, ['    def __len__(self):', '        return 42']),
    ...opt(o.upper, ['    def upper(self):', "        return 'UP'"]),
    ...opt(o.repr, ['    def __repr__(self):', "        return 'S(' + str.__repr__(self) + ')'"]),
    ...opt(o.getitem, ['    def __getitem__(self, i):', "        return 'g'"]),
    '    pass',
    '',
  ]);
  const intCls = fc.record({ add: fc.boolean(), radd: fc.boolean(), repr: fc.boolean(), bool: fc.boolean(), eq: fc.boolean(), index: fc.boolean(), neg: fc.boolean() }).map((o) => [
    'class I(int):',
    ...opt(o.add, ['    def __add__(self, o):', '        return I(int(self) + o + 100)']),
    ...opt(o.radd, ['    def __radd__(self, o):', "        return 'radd'"]),
    ...opt(o.repr, ['    def __repr__(self):', "        return 'I(%d)' % int(self)"]),
    ...opt(o.bool, ['    def __bool__(self):', '        return False']),
    ...opt(o.eq, ['    def __eq__(self, o):', '        return int(self) % 10 == o % 10', '    __hash__ = int.__hash__']),
    ...opt(o.index, ['    def __index__(self):', '        return 1']),
    ...opt(o.neg, ['    def __neg__(self):', "        return 'neg'"]),
    '    pass',
    '',
  ]);
  const listUses = ['list(lx)', 'len(lx)', 'lx[0]', 'lx[:2]', '0 in lx', '3 in lx', 'sorted(lx)', 'sum(lx)', 'max(lx)', '[*lx]', 'lx + [1]', '[1] + lx', 'lx == [1]', '[1] == lx', 'str(lx)', 'tuple(lx)', 'sorted(set(lx))', "', '.join(map(str, lx))", 'list(enumerate(lx))', 'list(zip(lx, lx))', 'type(lx.copy()).__name__', 'type(lx[:1]).__name__', 'lx * 2', 'list(reversed(lx))', 'lx.index(3)', 'bool(lx)', '[x for x in lx]', 'min(lx, default=None)', 'dict.fromkeys(lx)', 'lx.count(3)', 'any(lx)'];
  const dictUses = ["dx['a']", "dx['q']", "dx.get('q')", "dx.get('a')", "'q' in dx", "'a' in dx", 'dict(dx)', '{**dx}', 'list(dx)', 'list(dx.keys())', 'list(dx.items())', 'len(dx)', "dx == {'a': 1}", "'{a}'.format_map(dx)", "'%(a)s' % dx", '(lambda **k: k)(**dx)', "dx | {'b': 0}", 'sorted(dx)', 'type(dx.copy()).__name__', "dx.setdefault('y', 3)", "dx.pop('q', 'none')", 'dict(dx, c=5)', 'list(dx.values())', 'str(dx)'];
  const strUses = ['sx', 'str(sx)', 'f"{sx}"', "'%s' % sx", "'{}'.format(sx)", 'repr(sx)', "sx + 'x'", "'x' + sx", "''.join([sx, sx])", "format(sx, '>4')", "sx == 'ab'", "'ab' == sx", 'len(sx)', 'sx.upper()', 'sx[0]', "sx in 'xabx'", "'a' in sx", "{sx: 1}.get('ab')", 'sx * 2', 'type(sx + sx).__name__', 'type(sx.lower()).__name__', 'sorted([sx, "a"])', 'list(sx)', "sx.split('b')", 'int(S("12"))', 'str([sx])'];
  const intUses = ['ix', 'ix + 1', '1 + ix', 'ix + ix', 'sum([ix, ix])', 'sum([1, ix])', 'type(1 + ix).__name__', 'ix * 2', '-ix', 'str(ix)', 'repr(ix)', "'%d|%s|%r' % (ix, ix, ix)", "format(ix, 'x')", 'f"{ix:>4}|{ix}"', 'bool(ix)', "('t' if ix else 'f')", 'ix == 15', '5 == ix', 'hash(ix)', '{ix: 1}.get(5)', 'list(range(ix))', '[0, 1, 2, 3, 4, 5, 6][ix]', 'ix.bit_length()', 'int(ix)', 'type(int(ix)).__name__', 'ix < 6', 'max(ix, 2)', 'abs(ix)', 'divmod(ix, 2)', 'ix // 2', 'ix ** 2', 'round(ix)', '[ix]', 'hex(ix)', 'operator_index(ix)', 'ix in [5, 15]', 'sorted([ix, 3, 9])'];
  return fc
    .tuple(
      listCls, dictCls, strCls, intCls,
      fc.array(tiny, { maxLength: 4 }),
      fc.integer({ min: 0, max: 25 }), fc.constantFrom("'ab'", "'xyz'", "'b'", "''"),
      fc.array(fc.oneof(pick(listUses), pick(dictUses), pick(strUses), pick(intUses)), { minLength: 2, maxLength: 10 }),
      fc.array(fc.constantFrom<string[]>(['lx.append(4)', 'print(lx)'], ['lx.extend([1])', 'print(lx)'], ['lx += [2]', 'print(lx, type(lx).__name__)'], ["dx['k'] = 3", 'print(dx)'], ['dx.update(u=1)', 'print(dx)'], ["ix += 1", 'print(ix, type(ix).__name__)'], ['sx += "!"', 'print(sx, type(sx).__name__)']), { maxLength: 3 }),
    )
    .map(([l, d, s, i, xs, iv, sv, uses, stmts]) => [
      ...l, ...d, ...s, ...i,
      'def operator_index(x):',
      '    return [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25][x]',
      `lx = L([${xs.join(', ')}])`,
      "dx = D(a=1, b=2)",
      `sx = S(${sv})`,
      `ix = I(${iv})`,
      ...uses.map(exPrint),
      ...stmts.flatMap((st) => guardLines(st)),
    ]);
})();

// ---- exceptions: notes, str and repr of exceptions, raising classes, non-exceptions, failing
// __enter__/__exit__, exceptions raised while handling others, generators that misbehave

const excUse: fc.Arbitrary<string[]> = fc
  .array(
    fc.constantFrom(
      ["e = ValueError('a', 2)", "e.add_note('n1')", 'print(repr(e), str(e), e.args, e.__notes__)'],
      ["print([str(x) for x in (KeyError('k'), KeyError(), KeyError(1, 2), ValueError(), E2('x'), E1())])"],
      ['print([repr(x) for x in (KeyError("k"), OSError(2, "no"), E2("x", 3), StopIteration(4), SystemExit(2))])'],
      ['print(ex(lambda: (_ for _ in ()).throw(ValueError)))', 'def rz():', '    raise KeyError', 'print(ex(rz))'],
      ['def rn():', '    raise 5', 'print(ex(rn))'],
      ['def rc():', '    try:', '        1 / 0', '    except ZeroDivisionError:', "        raise E2('in handler')", 'try:', '    rc()', 'except E1 as e:', '    print(repr(e), type(e.__context__).__name__, e.__cause__, e.__suppress_context__)'],
      ['def rf():', '    try:', "        raise ValueError('v')", '    finally:', "        raise KeyError('f')", 'try:', '    rf()', 'except KeyError as e:', '    print(repr(e), repr(e.__context__))'],
      ['class BadEnter:', '    def __enter__(self):', "        raise E1('enter')", '    def __exit__(self, *a):', "        TR.append('exit?')", 'def be():', '    with BadEnter():', "        TR.append('body')", 'print(ex(be))', "flush('be')"],
      ['class BadExit:', '    def __enter__(self):', '        return 1', '    def __exit__(self, et, ev, tb):', "        raise E2('exit', et is not None)", 'def bx1(k):', '    with BadExit():', '        if k:', "            raise ValueError('body')", 'try:', '    bx1(1)', 'except E1 as e:', '    print(e.args, type(e.__context__).__name__)', 'print(ex(bx1, 0))'],
      ['def gi():', '    try:', '        yield 1', '    except GeneratorExit:', '        yield 2', 'g = gi()', 'next(g)', 'print(ex(g.close))'],
      ['def gst():', '    yield 1', '    next(iter([]))', 'print(ex(list, gst()))'],
      ['def gre():', '    yield next(gr0)', 'gr0 = gre()', 'print(ex(next, gr0))'],
      ['def grr():', '    x = yield 1', '    yield x', 'g = grr()', "print(ex(g.send, 'a'))", 'print(ex(next, g), ex(next, g), ex(next, g))'],
      ['try:', '    try:', "        raise E1('a')", '    except E1:', "        raise ValueError('b') from None", 'except ValueError as e:', '    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)'],
      ['def ca():', '    try:', "        raise KeyError('x')", '    except KeyError as e:', '        err = e', '    return err', 'print(repr(ca()), ex(lambda: err))'],
      ['x = 0', 'try:', '    x = 1', '    assert x == 2, f"x is {x}"', 'except AssertionError as e:', '    print(e.args)'],
      ['def ff():', '    for i in range(5):', '        try:', '            if i == 3:', '                return i', '        finally:', '            if i == 1:', '                continue', "            TR.append(i)", "    return 'done'", 'print(ff())', "flush('ff')"],
      ['def fb():', '    while True:', '        try:', "            raise ValueError('lost')", '        finally:', '            break', "    return 'broke'", 'print(fb())'],
      ['class Note(Exception):', '    def __str__(self):', "        return 'note:' + str(len(self.args))", "print(str(Note(1, 2)), repr(Note('q')), ex(lambda: str(Note())))"],
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((xs) => xs.flat());

/** feature: one self-contained piece of a rich program. */
const feature: fc.Arbitrary<string[]> = fc.oneof(vUse, boxUse, attrUse, mroUse, genUse, funcUse, { weight: 2, arbitrary: flowUse }, matchUse, { weight: 2, arbitrary: miscUse }, protoUse, { weight: 2, arbitrary: subclassUse }, excUse);

/** richProgram: a `program` with rich features between its top-level statements; see above. */
export const richProgram = fc
  .tuple(preamble, functions)
  .chain(([pre, fns]) => {
    const c: Ctx = { depth: 0, loop: false, guarded: false, func: false, ints: [], strs: [], fns: FNS.slice(0, fns.count) };
    const piece = fc.oneof({ weight: 2, arbitrary: stmt(c) }, { weight: 3, arbitrary: feature });
    return fc.array(piece, { minLength: 2, maxLength: 7 }).map((body) =>
      [
        ...pre,
        ...RICH_HELPERS,
        ...fns.lines,
        '',
        ...body.flat(),
        'print(i0, i1, i2, s0[-20:], len(s1), l0[-5:], len(l1), t0[-3:], sorted(d0.items())[:5], b0 % M, o0, o1)',
        '',
      ].join('\n'),
    );
  });
