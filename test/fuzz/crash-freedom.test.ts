// Crash-freedom of the parser and of the VM under limits (issue 8, item 3), in campaign form: run
// counts and seeds come from config.ts, so `npm run fuzz -- --runs 100000` scales every property.
//
// 1. The parser is total: on any text, parse() (the bundle's, as users get it) returns a Module or
//    throws PySyntaxError with sane fields that formatSyntaxError can print, in both source modes
//    (a str, as ast.parse, and a file), in bounded time; never another exception, never a host
//    RangeError from deep recursion. Inputs mix any Unicode (lone surrogates, NUL, CR, form feeds),
//    a Python-ish alphabet (keywords, operators, quotes, f-string pieces, backslashes, indents),
//    the parser tests' token soup and mutated fixtures, deep nesting and long lines, plus fixed
//    extremes (100,000 brackets, 1,000,000-character strings, 10,000-long chains). Edited
//    generated programs (4 KB: too slow to parse by the thousand) are parsed by part 2.
//    test/parser/crash-freedom.test.ts states the same property on small inputs at fixed counts;
//    this file adds the bigger inputs, the campaign scale, the SyntaxError's fields, and compile()
//    called from Python on such text, which must raise what CPython raises (a Python exception,
//    never an internal error; CPython's RecursionError or MemoryError on very deep nesting, from
//    its C stack, may be a SyntaxError or a success in Terrarium).
// 2. The VM is total under limits: a generated program (test/support/gen-programs.ts), possibly
//    with a line replaced by or preceded with a statement that raises, loops forever, recurses
//    without end, allocates without bound or breaks the syntax, or a mutated parser fixture, run
//    under random limits (instructions, heap, output, recursion, a timeout on a virtual clock)
//    ends by completing, by a Python exception (exit code 1, stderr ending in `Type: message`) or
//    by a limit (exit code 3, result.limit naming a limit that was set). Never a JS error escaping
//    runProgram, never an internal error (reported on stderr, or raised as SystemError and caught
//    by the program: each `except` clause is rewritten to re-raise those), never more than N
//    instructions counted, never a heap figure above H, never more output than the output limit,
//    and no builtin call hiding seconds of work from the instruction limit (math.factorial,
//    perm, comb, gcd, lcm on huge ints did, before they charged it).
// 3. The exactness of the limits (exactly min(N, needed) instructions under an instruction limit
//    N; a heap limit H stops with a figure past H, else the run is as without it) is stated over
//    generated programs by test/vm/exactness.test.ts and not repeated here; part 2 adds the bounds
//    (instructions <= N, heap figures <= H, output <= its limit) on programs that fail, never end
//    or blow up, under all the limits at once.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { program } from '../support/gen-programs.js';
import { mutatedProgram } from '../parser/support/mutation-arbitrary.js';
import { pythonToken, tokenSoup } from '../parser/support/token-arbitrary.js';
import { fuzzRuns, fuzzSeed, timeoutFor, turn, yielding } from './config.js';
import { cpython, terrarium } from './oracle.js';
import { asciiStrLiteral } from '../support/py-literal.js';

type Api = typeof import('../../src/index.js');
const { parse, PySyntaxError, formatSyntaxError, runProgram } = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;

// ------------------------------------------------------------------------------------------------
// Sources for the parser

const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
  'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
  'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
  'match', 'case', 'type', '_', 'print',
];
const PIECES = [
  '+', '-', '*', '**', '/', '//', '%', '@', '<<', '>>', '&', '|', '^', '~', ':=', '<', '>', '<=', '>=',
  '==', '!=', '=', '+=', '->', '.', '...', ',', ';', ':', '(', ')', '[', ']', '{', '}', "'", '"', "'''",
  '"""', '\\', '#', '\n', '\r', '\r\n', '\f', '\t', ' ', '    ', '\0', '\ufeff', '\u00a0', 'x', 'é', '1',
  '0x', '1e', '1j', '_', 'f"{', "f'{", '}', '!r', '!s', '!a', '!', 'f"', 'rb"', 'b"', 'u"', '{{', '}}',
  '=', 'f"{x!r:>{w}}"', '\\N{', '\\x', '\\u', '\ud800', '\udfff', '😀', 'ℌ',
];

/** pythonish: strings over a Python-ish alphabet (most are invalid, many get far into the tokenizer). */
const pythonish = fc.string({ unit: fc.constantFrom(...KEYWORDS.map((k) => ` ${k} `), ...PIECES), maxLength: 80 });

/** anyText: any code points (fast-check's 'binary' unit) with lone surrogates and line breaks mixed in. */
const anyText = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u)) },
    { weight: 2, arbitrary: fc.constantFrom('\n', '\r', '\0', '\f', '\t', ' ', '(', '"', "'", '\\', '#', ':') },
  ),
  maxLength: 120,
});

/** Bracket pairs and other constructs that nest. */
const NESTERS: readonly [string, string][] = [
  ['(', ')'], ['[', ']'], ['{', '}'], ['f"{', '}"'], ["f'{", "}'"], ['-', ''], ['not ', ''], ['lambda: ', ''],
  ['x[', ']'], ['f(', ')'], ['a if b else ', ''], ['2**', ''], ['(yield ', ')'], ['await ', ''], ['[x for x in ', ']'],
];

/**
 * nested: a construct nested 1 to 20,000 deep (mostly a few hundred: CPython stops at 200
 * brackets, the JS stack somewhere past 100 levels), closed or not, inside a statement or not.
 * Deeper ones, up to 100,000, are among the extremes below.
 */
const nested = fc
  .tuple(
    fc.constantFrom(...NESTERS),
    fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 600 }) }, { weight: 1, arbitrary: fc.integer({ min: 600, max: 20_000 }) }),
    fc.constantFrom('', 'x', '1', ')', '(', '"'),
    fc.boolean(),
    fc.constantFrom('', 'y = ', 'if ', 'print(', 'def f(a=', 'class C(', 'return '),
  )
  .map(([[open, close], depth, core, closed, prefix]) => prefix + open.repeat(depth) + core + (closed ? close.repeat(depth) : ''));

/** longLine: one statement of up to ~2,500 characters (longer ones are among the extremes below). */
const longLine = fc
  .tuple(
    fc.constantFrom('1 + ', 'a, ', 'f(x)', '.b', '[0]', 'x and ', '"ab" ', 'not x or ', 'é', ' ', '\\\n'),
    fc.integer({ min: 1, max: 600 }),
    fc.constantFrom(['x = ', '1\n'], ['print(', ')\n'], ['[', ']'], ['"', '"'], ['', ''], ['if ', ':\n    pass\n']),
  )
  .map(([piece, n, [head, tail]]) => head + piece.repeat(n) + tail);

/**
 * parserInput: the mix every parser property draws from. Programs the size of generated ones (4 KB,
 * some 100 ms to parse) are left to the VM's property below, which parses its edited programs too.
 */
const parserInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: anyText },
  { weight: 4, arbitrary: pythonish },
  { weight: 3, arbitrary: tokenSoup },
  { weight: 4, arbitrary: mutatedProgram },
  { weight: 2, arbitrary: nested },
  { weight: 1, arbitrary: longLine },
);

// ------------------------------------------------------------------------------------------------
// The parser's property

const KINDS = new Set(['SyntaxError', 'IndentationError', 'TabError']);

/**
 * timeBound: the most a parse of `source` may take. Generous (other test files share the CPU):
 * parsing runs at some tens of microseconds per character, and only a super-linear blow-up (the
 * practical face of a hang) gets near this.
 */
const timeBound = (source: string): number => 5_000 + source.length * 0.25;

/** parsesOrRejects: the parser's property on one source (throws, for fast-check, when it fails). */
function parsesOrRejects(source: string, fromFile: boolean): void {
  const t0 = performance.now();
  try {
    const m = parse(source, 'fuzz.py', { fromFile });
    if (m._type !== 'Module' || !Array.isArray(m.body)) throw new Error(`parse returned ${JSON.stringify(m).slice(0, 200)}`);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    const bad = (what: string) => new Error(`malformed SyntaxError (${what}): ${JSON.stringify(e)}`);
    if (!KINDS.has(e.type)) throw bad('type');
    if (typeof e.msg !== 'string' || e.msg === '') throw bad('msg');
    if (e.filename !== 'fuzz.py' && e.filename !== '<fstring>') throw bad('filename');
    if (!Number.isSafeInteger(e.lineno) || e.lineno < 0) throw bad('lineno');
    if (!Number.isSafeInteger(e.offset) || !Number.isSafeInteger(e.endLineno) || !Number.isSafeInteger(e.endOffset)) throw bad('offsets');
    if (e.text !== null && typeof e.text !== 'string') throw bad('text');
    const printed = formatSyntaxError(e);
    if (!printed.endsWith(`${e.type}: ${e.msg}\n`)) throw bad(`printed as ${JSON.stringify(printed)}`);
  }
  const ms = performance.now() - t0;
  if (ms > timeBound(source)) throw new Error(`parse took ${ms.toFixed(0)} ms on ${source.length} characters`);
}

const PARSE_SEED = fuzzSeed(0xc4a5);
const PARSE_RUNS = fuzzRuns(2_500);

describe('the parser is total', () => {
  it(`${PARSE_RUNS} sources: a Module or a well-formed SyntaxError, in bounded time (seed ${PARSE_SEED})`, { timeout: timeoutFor(PARSE_RUNS, 10) }, async () => {
    await fc.assert(fc.asyncProperty(parserInput, fc.boolean(), yielding(parsesOrRejects)), { seed: PARSE_SEED, numRuns: PARSE_RUNS });
  });

  // The extremes, once each: deep brackets far past CPython's 200, long runs of prefix operators
  // and postfix chains (the JS stack's enemies), huge indentation, and big inputs.
  const extremes: [string, string][] = [
    ["'(' * 5000", '('.repeat(5000)],
    ["'[' * 100000", '['.repeat(100_000)],
    ["'{' * 100000 closed", '{'.repeat(100_000) + '}'.repeat(100_000)],
    ["'(' * 100000 + 'x' + ')' * 100000", '('.repeat(100_000) + 'x' + ')'.repeat(100_000)],
    ["'f\"{' * 20000", 'f"{'.repeat(20_000)],
    ["'-' * 30000 + 'x'", '-'.repeat(30_000) + 'x'],
    ["'not ' * 10000 + 'x'", 'not '.repeat(10_000) + 'x'],
    ["'lambda: ' * 10000 + 'x'", 'lambda: '.repeat(10_000) + 'x'],
    ["'2**' * 20000 + '2'", '2**'.repeat(20_000) + '2'],
    ["'a if b else ' * 10000 + 'c'", 'a if b else '.repeat(10_000) + 'c'],
    ["'a' + '[0]' * 10000", 'a' + '[0]'.repeat(10_000)],
    ["'f' + '()' * 10000", 'f' + '()'.repeat(10_000)],
    ["'a' + '.b' * 10000", 'a' + '.b'.repeat(10_000)],
    ['1000 nested blocks', Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + 'if x:').join('\n') + '\n' + ' '.repeat(1000) + 'pass\n'],
    ['a line of 100,000 spaces', ' '.repeat(100_000) + 'x'],
    ['a string of 1,000,000 characters', `x = "${'a'.repeat(1_000_000)}"\n`],
    ['an unterminated triple-quoted string of 1,000,000 characters', `x = """${'a\n'.repeat(500_000)}`],
    ['100,000 backslash continuations', 'x = 1 \\\n'.repeat(100_000)],
    ['100,000 lines of NUL', '\0\n'.repeat(100_000)],
    ['100,000 lone surrogates', '\ud800'.repeat(100_000)],
    ['10,000 empty lines then a bad indent', '\n'.repeat(10_000) + '  x\n'],
  ];
  it.each(extremes)('%s', (_name, source) => {
    parsesOrRejects(source, false);
    parsesOrRejects(source, true);
  });
});

// ------------------------------------------------------------------------------------------------
// compile() from Python, against CPython


/**
 * compileProgram: a program that compiles each source in turn with compile() and exec mode and
 * prints one line per source: `ok`, or the name of the exception raised. CPython raises
 * SyntaxError and its subclasses, UnicodeEncodeError (lone surrogates: compile encodes to UTF-8
 * first), and RecursionError or MemoryError on some very deep input.
 */
function compileProgram(sources: readonly string[]): string {
  return [
    'SOURCES = [',
    ...sources.map((s) => `    ${asciiStrLiteral(s)},`),
    ']',
    'for s in SOURCES:',
    '    try:',
    "        compile(s, 'fuzz.py', 'exec')",
    "        print('ok')",
    '    except BaseException as e:',
    '        print(type(e).__name__)',
    '',
  ].join('\n');
}

/** CPYTHON_DEPTH: what CPython raises when its compiler's recursion goes too deep. */
const CPYTHON_DEPTH = new Set(['RecursionError', 'MemoryError']);

const COMPILE_SEED = fuzzSeed(0xc0317e);
const COMPILE_RUNS = fuzzRuns(600);
/** Sources per program (per python3 process too). */
const COMPILE_BATCH = 300;

describe('compile() from Python raises a Python exception, as CPython does', () => {
  it(`${COMPILE_RUNS} sources: the same exception as CPython, never an internal error (seed ${COMPILE_SEED})`, { timeout: timeoutFor(COMPILE_RUNS, 10) }, async () => {
    // The deepest nestings are left to the tests above: CPython's answers there depend on its C
    // stack (MemoryError, RecursionError) where Terrarium reports a SyntaxError.
    const sources = fc.sample(parserInput.filter((s) => s.length < 20_000), { seed: COMPILE_SEED, numRuns: COMPILE_RUNS });
    const differences: string[] = [];
    for (let start = 0; start < sources.length; start += COMPILE_BATCH) {
      await turn();
      const chunk = sources.slice(start, start + COMPILE_BATCH);
      const source = compileProgram(chunk);
      const got = terrarium(source);
      const want = cpython([source])[0]!;
      expect(got.error, `the compiling program itself failed: ${got.error}`).toBe(null);
      expect(want.error).toBe(null);
      const g = got.stdout.split('\n');
      const w = want.stdout.split('\n');
      chunk.forEach((s, i) => {
        expect(g[i], `compile(${asciiStrLiteral(s)})`).toMatch(/^(ok|SyntaxError|IndentationError|TabError|ValueError|UnicodeEncodeError|RecursionError|MemoryError)$/);
        // CPython's compiler gives up on deep nesting (its C recursion limit) where Terrarium's goes on.
        if (g[i] !== w[i] && !(CPYTHON_DEPTH.has(w[i]!) && (g[i] === 'ok' || g[i] === 'SyntaxError'))) {
          differences.push(`compile(${asciiStrLiteral(s).slice(0, 300)}): python3 ${w[i]}, terrarium ${g[i]}`);
        }
      });
    }
    expect(differences.slice(0, 5).join('\n')).toBe('');
  });
});

// ------------------------------------------------------------------------------------------------
// The VM under limits

/**
 * HAZARDS: statements that end a program early, never end, or grow without bound: infinite loops,
 * unbounded allocation (flat and nested), recursion without a base case (plain, through dunder
 * methods, through lru_cache), huge int, str and format arithmetic, type confusion of the generated
 * program's globals, statements that cannot be where they land (SyntaxErrors), nested code.
 */
const HAZARDS: readonly string[] = [
  'while True: pass',
  'while True:\n    i0 += 1',
  'i0 = [i0] * 10**6',
  'l0 = [l0] * 10**6',
  'while True:\n    l0.extend(l0)',
  'l0.append(l0)',
  'l1 = [l1]\nwhile True:\n    l1 = [l1]',
  'def _fz_r(n):\n    return _fz_r(n + 1)\n_fz_r(0)',
  '(lambda f: f(f))(lambda f: f(f))',
  "s0 = 'a' * 10**10",
  's0 = s0 * 10**6',
  'b0 = 10**10**7',
  'b0 = b0 ** b0',
  'i0 = 1 << 10**9',
  "i0 = int('9' * 5000)",
  's0 = str(10**5000)',
  'i0 = 1 // 0',
  'del i0',
  'i0 = None',
  's0 = None',
  'l0 = {}',
  'd0 = []',
  'o0 = None',
  'import sys\nsys.setrecursionlimit(10**5)',
  'x = []\nwhile True:\n    x = [x]',
  "exec('while True: pass')",
  "eval('1 + ' * 500 + '1')",
  "exec(compile('x = 1\\n' * 200, 'f', 'exec'))",
  "eval('(' * 300 + ')' * 300)",
  'print(repr(l0) * 10**6)',
  "print('x' * 10**7)",
  'for v in iter(int, 1): pass',
  'x = list(iter(int, 1))',
  'x = dict.fromkeys(range(10**8))',
  'x = sum(range(10**15))',
  'x = sorted(range(10**7), key=lambda v: -v)',
  'x = bytearray(10**10)',
  "x = '%*d' % (10**9, 1)",
  "x = f'{0:>{10**9}}'",
  'import math\nx = math.factorial(10**6)',
  'import math\nx = math.gcd(3**50000, 2**80000)',
  "x = 'ab' * 10**6\nx = x.replace('a', 'aaaa' * 100)",
  'class _K:\n    def __eq__(self, o): return self == o\n_K() == _K()',
  'class _K:\n    def __repr__(self): return repr(self)\nrepr(_K())',
  'class _K:\n    def __hash__(self): raise ValueError\nx = {_K()}',
  'class _K:\n    def __iter__(self): return self\n    def __next__(self): return 1\nx = list(_K())',
  'class _K:\n    def __len__(self): return -1\nx = len(_K())',
  'class _K:\n    def __index__(self): return 10**100\nx = [0][_K()]',
  'import functools\n@functools.lru_cache(None)\ndef _fz_f(n): return _fz_f(n + 1)\n_fz_f(0)',
  'import itertools\nx = list(itertools.count())',
  'import collections\nx = collections.deque()\nwhile True: x.append(x)',
  'def _fz_g():\n    while True: yield [0] * 1000\nx = list(_fz_g())',
  "f = open('out.txt', 'w')\nwhile True: f.write('x' * 10**5)",
  'x = [[]] * 10**7\nx = str(x)',
  'x = ((),)\nfor _ in range(10**5): x = (x,)\nhash(x)',
  'x = []\nfor _ in range(10**5): x = [x]\nprint(x)',
  'raise ValueError',
  'raise ValueError(l0) from None',
  'assert False, s0',
  'yield 1',
  'return 1',
  'break',
  'nonlocal i0',
  'x = (yield)',
  'async def _fz_a(): await _fz_a()\nimport asyncio\nasyncio.run(_fz_a())',
  'try:\n    pass\nfinally:\n    while True: pass',
  'with open("nope") as f: pass',
  'import os\nos.listdir("/")',
  'import os\nos.remove("/")',
  'import no_such_module',
];

/** BROKEN_LINES: lines that break the program's syntax where they land (most of the time). */
const BROKEN_LINES = ['    ', 'else:', '):', 'def', '"""', "f'{", 'await x', '\tpass', 'x = (', 'class', 'lambda: (yield)'];

/**
 * hazardous: a generated program with one or two lines replaced by, or preceded with, a hazard, a
 * broken line or a random token, at the indentation of the line it lands on.
 */
const edit = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...HAZARDS) }, { weight: 1, arbitrary: fc.constantFrom(...BROKEN_LINES) }, { weight: 1, arbitrary: pythonToken });
const hazardous = fc
  .tuple(program, fc.array(fc.tuple(fc.nat(), fc.boolean(), edit), { minLength: 1, maxLength: 2 }))
  .map(([source, edits]) => {
    const lines = source.split('\n');
    for (const [at, replace, hazard] of edits) {
      const k = at % lines.length;
      const indent = /^\s*/.exec(lines[k]!)![0];
      lines.splice(k, replace ? 1 : 0, ...hazard.split('\n').map((l) => indent + l));
    }
    return lines.join('\n');
  });

/**
 * guardInternalErrors: `source` with each `except ...:` clause on a line of its own rewritten to
 * name the exception and pass it to _fz_check first, which re-raises an internal error (a
 * SystemError "internal error in the interpreter"), so that no handler of the program hides one.
 */
function guardInternalErrors(source: string): string {
  const lines = source.split('\n');
  const out = [
    'def _fz_check(e):',
    "    if type(e) is SystemError and 'internal error' in str(e):",
    '        raise e',
  ];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const m = /^(\s*)except\b(.*?)(?:\s+as\s+([A-Za-z_]\w*))?\s*:\s*$/.exec(line);
    if (m === null) {
      out.push(line);
      continue;
    }
    const [, indent, what, name] = m as unknown as [string, string, string, string | undefined];
    const caught = what.trim() === '' ? ' BaseException' : what;
    const next = lines.slice(k + 1).find((l) => l.trim() !== '');
    const body = next === undefined ? `${indent}    ` : /^\s*/.exec(next)![0];
    out.push(`${indent}except${caught} as ${name ?? '_fz_e'}:`, `${body}_fz_check(${name ?? '_fz_e'})`);
  }
  return out.join('\n');
}

/** EMPTY_HEAP: the live heap of an empty program, the interpreter's own (below it nothing runs). */
const EMPTY_HEAP = runProgram('').stats.heapLive;

/** Limits: all of them but the instruction limit optional; the timeout runs on a virtual clock. */
interface Limits {
  instructions: number;
  heap?: number;
  output?: number;
  recursion?: number;
  timeout?: number;
}

const limitsArb: fc.Arbitrary<Limits> = fc.record(
  {
    instructions: fc.oneof(fc.integer({ min: 1, max: 200_000 }), fc.constant(200_000), fc.integer({ min: 1, max: 100 })),
    heap: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: EMPTY_HEAP, max: 4 << 20 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: EMPTY_HEAP }) },
    ),
    output: fc.integer({ min: 0, max: 1 << 16 }),
    recursion: fc.integer({ min: 1, max: 3000 }),
    timeout: fc.integer({ min: 0, max: 100 }),
  },
  { requiredKeys: ['instructions'] },
);

/** CLOCK_STEP: what the virtual clock advances by each time the VM reads it (ms). */
const CLOCK_STEP = 5;

/** WALL_BOUND_MS: a sanity bound on one run's wall time (200,000 instructions take well under a second). */
const WALL_BOUND_MS = 30_000;

const TRACEBACK_END = /^[A-Za-z_][\w.]*(: [^]*)?$/;

/** endsWell: the VM's property for one program under `limits` (expect fails with the details). */
function endsWell(source: string, limits: Limits): void {
  const guarded = guardInternalErrors(source);
  let stdout = '';
  let stderr = '';
  let clock = 0;
  const t0 = performance.now();
  let r: ReturnType<typeof runProgram>;
  try {
    r = runProgram(guarded, {
      filename: 'fuzz.py',
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      limits,
      now: () => (clock += CLOCK_STEP),
    });
  } catch (e) {
    throw new Error(`runProgram threw ${e instanceof Error ? e.stack : String(e)}\nunder ${JSON.stringify(limits)}:\n${guarded}`);
  }
  const ms = performance.now() - t0;
  const at = `under ${JSON.stringify(limits)}, exit code ${r.exitCode}, limit ${JSON.stringify(r.limit)}, ${ms.toFixed(0)} ms, stderr:\n${stderr.slice(-1500)}\nprogram:\n${guarded}`;
  expect(stderr + stdout, at).not.toMatch(/internal error/);
  expect(r.instructions, at).toBeLessThanOrEqual(limits.instructions);
  expect(r.stats.instructions, at).toBe(r.instructions);
  // A heap limit below what the interpreter and the compiled program need stops the run before its
  // first instruction (test/vm/exactness.test.ts); past that, no heap figure exceeds the limit.
  if (limits.heap !== undefined && !(r.instructions === 0 && r.limit?.limit === 'heap')) {
    expect(r.stats.heapPeak, at).toBeLessThanOrEqual(limits.heap);
    expect(r.stats.heapLive, at).toBeLessThanOrEqual(limits.heap);
  }
  if (limits.output !== undefined) expect(r.stats.outputBytes, at).toBeLessThanOrEqual(limits.output);
  expect(ms, at).toBeLessThan(WALL_BOUND_MS);
  if (r.limit !== null) {
    expect(r.exitCode, at).toBe(3);
    const set = limits[r.limit.limit];
    expect(set, at).toBeDefined();
    expect(r.limit.max, at).toBe(set);
  } else if (r.exitCode === 1) {
    const last = stderr.trimEnd().split('\n').pop() ?? '';
    expect(last, at).toMatch(TRACEBACK_END);
    expect(stderr, at).toMatch(/^(Traceback \(most recent call last\):\n|  File "fuzz\.py", line \d+\n)/);
  } else {
    expect(r.exitCode, at).toBe(0);
  }
}

const VM_SEED = fuzzSeed(0x11a175);
const VM_RUNS = fuzzRuns(100);

describe('the VM is total under limits', () => {
  it(`${VM_RUNS} programs: completion, a Python exception or a limit, within every limit (seed ${VM_SEED})`, { timeout: timeoutFor(VM_RUNS, 400) }, async () => {
    const programs = fc.oneof({ weight: 1, arbitrary: program }, { weight: 4, arbitrary: hazardous }, { weight: 1, arbitrary: mutatedProgram });
    await fc.assert(fc.asyncProperty(programs, limitsArb, yielding(endsWell)), { seed: VM_SEED, numRuns: VM_RUNS });
  });

  // One call cannot hide unbounded work from the instruction limit: these took seconds in one
  // instruction before their builtins charged work (math.factorial(10**6): 2.5 s in 12
  // instructions; math.gcd(3**100000, 2**150000): 15 s in 76,000).
  it.each([
    'import math\nx = math.factorial(10**6)',
    'import math\nx = math.perm(10**6, 5 * 10**5)',
    'import math\nx = math.comb(10**6, 5 * 10**5)',
    'import math\nx = math.gcd(3**100000, 2**150000)',
    'import math\nx = math.lcm(3**100000, 2**150000)',
  ])('%s stops at the instruction limit', (source) => {
    const t0 = performance.now();
    const r = runProgram(source, { stdout: () => {}, stderr: () => {}, limits: { instructions: 200_000 } });
    expect([r.exitCode, r.limit?.limit, r.instructions]).toEqual([3, 'instructions', 200_000]);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
