// compile() and compileSource(): modes, code object fields (docstrings, cells of arguments, flags,
// qualnames), constants (dedup, folding), future annotations as CPython's text, and the errors
// compile() itself raises.

import { describe, expect, it } from 'vitest';
import { compile, compileSource } from '../../src/compiler/compile.js';
import { constRepr, disassemble } from '../../src/compiler/disassemble.js';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_NESTED, CO_VARARGS, CO_VARKEYWORDS } from '../../src/compiler/opcodes.js';
import { PyCode } from '../../src/objects/code.js';
import { PyTuple } from '../../src/objects/tuple.js';
import { parse } from '../../src/parser/parse.js';
import { PySyntaxError } from '../../src/parser/errors.js';
import { pythonJson } from '../support/python.js';

function codes(code: PyCode): PyCode[] {
  return [code, ...code.consts.flatMap((k) => (k instanceof PyCode ? codes(k) : []))];
}

function find(code: PyCode, qualname: string): PyCode {
  const c = codes(code).find((x) => x.qualname === qualname);
  if (c === undefined) throw new Error(`no code object ${qualname}`);
  return c;
}

function syntaxError(f: () => unknown): PySyntaxError {
  try {
    f();
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error('no SyntaxError');
}

describe('modes', () => {
  it("'eval' returns the expression's value", () => {
    expect(disassemble(compileSource('a + 1', '<string>', 'eval'))).toBe(
      [
        '  1           0 LOAD_NAME                0 (a)',
        '              1 LOAD_CONST               0 (1)',
        '              2 BINARY_OP                0 (+)',
        '              3 RETURN_VALUE',
        '',
      ].join('\n'),
    );
  });

  it("'single' prints the values of expression statements at the top level only", () => {
    const text = disassemble(compileSource('x = 1; x\nif x:\n    x + 1\ndef f():\n    x\n', '<stdin>', 'single'));
    expect(text.match(/PRINT_EXPR/g)).toHaveLength(2);
  });

  const EVAL_CASES = ['', '1;', 'x = 1', 'x += 1', ' 1', 'if x: pass', '1\n2', '(1,\n2)', 'a # comment\n\n', 'yield', '(yield)', 'lambda: (yield)', 'await x', '[x async for x in y]'];
  const EVAL_THEIRS = pythonJson<(string[] | null)[]>(
    String.raw`
import json, sys
out = []
for s in json.load(sys.stdin):
    try:
        compile(s, '<s>', 'eval')
        out.append(None)
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.lineno, e.offset])
print(json.dumps(out))
`,
    EVAL_CASES,
  );

  it.each(EVAL_CASES.map((s, i) => [s, i] as const))("'eval' mode accepts one expression only, as CPython: %j", (source, i) => {
    let ours: (string | number)[] | null = null;
    try {
      compileSource(source, '<s>', 'eval');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      ours = [e.type, e.msg, e.lineno, e.offset];
    }
    expect(ours).toEqual(EVAL_THEIRS[i]);
  });

  it('checks the node against the mode', () => {
    const mod = parse('x\n', 'x.py');
    expect(() => compile(mod, 'x.py', 'eval', 'x\n')).toThrow(/mode 'eval'/);
  });
});

describe('code objects', () => {
  const code = compileSource(
    [
      '"""module doc"""',
      'def f(a, /, b, *args, c, d=1, **kw):',
      '    """f doc"""',
      '    def g():',
      '        return a + b',
      '    return g',
      'class C:',
      '    "class doc"',
      '    def m(self): return __class__',
      'def gen(): yield',
      'async def co(): await x',
      'async def agen(): yield',
      'lambda: "not a doc"',
      '',
    ].join('\n'),
    'm.py',
  );

  it('keep their docstrings (and a function its docstring as its first constant)', () => {
    expect(code.docstring).toBe('module doc');
    expect(find(code, 'f').docstring).toBe('f doc');
    expect(find(code, 'f').consts[0]).toBe('f doc');
    expect(find(code, 'C').docstring).toBe('class doc');
    expect(find(code, 'gen').docstring).toBeNull();
    expect(find(code, '<lambda>').docstring).toBeNull();
  });

  it('count and flag their arguments', () => {
    const f = find(code, 'f');
    expect([f.argcount, f.posonlyargcount, f.kwonlyargcount]).toEqual([2, 1, 2]);
    expect(f.varnames.slice(0, 6)).toEqual(['a', 'b', 'c', 'd', 'args', 'kw']);
    expect(f.flags & (CO_VARARGS | CO_VARKEYWORDS)).toBe(CO_VARARGS | CO_VARKEYWORDS);
  });

  it('map cells that are arguments to their argument', () => {
    const f = find(code, 'f');
    expect(f.cellvars).toEqual(['a', 'b']);
    expect(Array.from(f.cell2arg)).toEqual([0, 1]);
    expect(find(code, 'f.<locals>.g').freevars).toEqual(['a', 'b']);
    expect(find(code, 'f.<locals>.g').flags & CO_NESTED).toBe(CO_NESTED);
    expect(find(code, 'C').cellvars).toEqual(['__class__']);
    expect(find(code, 'C.m').freevars).toEqual(['__class__']);
  });

  it('are generators, coroutines or async generators by their body', () => {
    expect(find(code, 'gen').flags & CO_GENERATOR).toBe(CO_GENERATOR);
    expect(find(code, 'co').flags & (CO_COROUTINE | CO_GENERATOR)).toBe(CO_COROUTINE);
    expect(find(code, 'agen').flags & (CO_ASYNC_GENERATOR | CO_COROUTINE)).toBe(CO_ASYNC_GENERATOR);
  });
});

describe('constants', () => {
  it('are kept apart by type and by the sign of zero', () => {
    const f = find(compileSource('def f():\n    return [1, 1.0, True, 0.0, -0.0, 0, False, 0j, -0j, "1", b"1"]\n', 'x.py'), 'f');
    const items = (f.consts.find((k) => k instanceof PyTuple) as PyTuple).items;
    expect(items.map(constRepr)).toEqual(['1', '1.0', 'True', '0.0', '-0.0', '0', 'False', '0j', '(-0-0j)', "'1'", "b'1'"]);
    const g = find(compileSource('def g():\n    a = 1; b = 1.0; c = True; d = 0.0; e = -0.0; h = 1\n', 'x.py'), 'g');
    expect(g.consts.map(constRepr)).toEqual(['None', '1', '1.0', 'True', '0.0', '-0.0']);
  });

  it('are folded as CPython folds them', () => {
    const text = disassemble(compileSource('x = (-1, 2 ** 10, 1 << 70, "ab" * 3, (1, 2) + (3,), 7 // -2, -7.5 % 2, 1 + 2j, ~True)\n', 'x.py'));
    expect(text).toContain("(-1, 1024, 1180591620717411303424, 'ababab', (1, 2, 3), -4, 0.5, (1+2j), -2)");
    const notFolded = disassemble(compileSource('x = (1 / 0, 3 ** -1, "%s" % 1, 2 ** 200, "x" * 5000)\n', 'x.py'));
    expect(notFolded).toContain('BINARY_OP               11 (/)');
    expect(notFolded.match(/BINARY_OP/g)).toHaveLength(5);
  });
});

describe('future annotations', () => {
  const ANNOTATIONS = [
    'int',
    'List[int]',
    'dict[str, "X"]',
    'a.b.c[1:2, ::3]',
    'Callable[..., None]',
    'x if y else z',
    'lambda a, *b, c=1, **d: a',
    '-1 ** -2 * (3 + 4) @ 5',
    'not a and (b or c) in d is not e',
    '[x async for x in y if z]',
    '{**a, "k": [*b], 1: {2}}',
    'f(*a, k=1, **kw)(g for g in h)',
    'f"{a!r:>{w}} {b=}"',
    '1e400 + 2j',
    '1 .real',
    "b'\\x00' + u'x'",
    '*Ts',
  ];
  const THEIRS = pythonJson<string[]>(
    String.raw`
import json, sys
out = []
for ann in json.load(sys.stdin):
    ns = {}
    src = 'from __future__ import annotations\ndef f(*x: %s): pass\n' % ann
    exec(src, ns)
    out.append(ns['f'].__annotations__['x'])
print(json.dumps(out))
`,
    ANNOTATIONS,
  );

  it.each(ANNOTATIONS.map((a, i) => [a, i] as const))('%s', (ann, i) => {
    const src = `from __future__ import annotations\ndef f(*x: ${ann}): pass\n`;
    const mod = compileSource(src, 'x.py');
    const tuple = mod.consts.find((k) => k instanceof PyTuple && k.items[0] === 'x') as PyTuple;
    expect(tuple.items[1]).toBe(THEIRS[i]);
  });
});

describe('compile errors', () => {
  it('reports an irrefutable case before others where CPython does', () => {
    const e = syntaxError(() => compileSource('match x:\n    case y:\n        pass\n    case 1:\n        pass\n', 'x.py'));
    expect([e.msg, e.lineno, e.offset]).toEqual(["name capture 'y' makes remaining patterns unreachable", 2, 10]);
  });

  it('turns nesting too deep for the JavaScript stack into a SyntaxError', () => {
    const e = syntaxError(() => compileSource(`x = ${Array(8_000).fill('a').join(' + ')}\n`, 'x.py'));
    expect(e.msg).toBe('maximum recursion depth exceeded during compilation');
  });
});
