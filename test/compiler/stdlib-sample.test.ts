// The compiler over a sample of CPython's standard library (every 10th .py file, sorted by path,
// test/ included), against python3's compile() of the same files. For speed the trees come from
// CPython's own parser (as JSON, in our AST's shape; the parser has its own differential tests),
// so the whole sample compiles in seconds. For every file:
//   - compile() throws nothing but a PySyntaxError, and that only where python3 rejects the file
//     too (with the same message), or for a `match` statement (not compiled yet; counted);
//   - every code object has the structure CPython gives it: name, qualname, first line, argument
//     counts, flags, varnames in order, cell and free variables, the names used, the stack size,
//     and the nesting of code objects;
//   - the code is well formed: arguments and jump targets in range, an exception table sorted,
//     non-overlapping, with handler depths within the stack size; every path meets each
//     instruction at one stack depth (support/verify.ts).

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/compiler/compile.js';
import { OP_SPECS } from '../../src/compiler/opcodes.js';
import { PyCode, EXC_ENTRY_SIZE } from '../../src/objects/code.js';
import { ELLIPSIS, PyComplex } from '../../src/parser/constant.js';
import type { Module } from '../../src/parser/ast.js';
import { PySyntaxError } from '../../src/parser/errors.js';
import { PYTHON, pythonJson } from '../support/python.js';
import { stackProblems } from './support/verify.js';
import { installRuntime } from '../../src/vm/setup.js';
import { VM } from '../../src/vm/vm.js';
import { MemoryOS } from '../../src/os/memory.js';

const STDLIB = execFileSync(PYTHON, ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();

function pyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'site-packages' && e.name !== '__pycache__') out.push(...pyFiles(p));
    } else if (e.name.endsWith('.py')) out.push(p);
  }
  return out;
}

const FILES = pyFiles(STDLIB)
  .sort()
  .filter((_, i) => i % 10 === 0);

/** Shape: what is compared of each code object, in depth-first order of co_consts. */
interface Shape {
  name: string;
  qualname: string;
  firstlineno: number;
  argcount: number;
  posonly: number;
  kwonly: number;
  flags: number;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  names: string[];
  stacksize: number;
  depth: number;
}

interface Oracle {
  /** ast: the module as JSON in our AST's shape (null: python3 cannot parse the file). */
  ast: unknown;
  error: string | null;
  shapes: Shape[] | null;
}

// The AST as our parser builds it: enum values as names, ints of Constant as {$int}, floats
// {$float} (repr), complex {$complex}, bytes {$bytes} (hex), Ellipsis {$ellipsis}.
const ORACLE = String.raw`
import ast, json, sys, warnings
warnings.simplefilter('ignore')
ENUMS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)
def const(v):
    if v is None or v is True or v is False or isinstance(v, str): return v
    if v is Ellipsis: return {'$ellipsis': 1}
    if isinstance(v, int): return {'$int': str(v)}
    if isinstance(v, float): return {'$float': repr(v)}
    if isinstance(v, complex): return {'$complex': [repr(v.real), repr(v.imag)]}
    if isinstance(v, bytes): return {'$bytes': v.hex()}
    raise TypeError(type(v))
def enc(n):
    if isinstance(n, list): return [enc(x) for x in n]
    if isinstance(n, ENUMS): return type(n).__name__
    if not isinstance(n, ast.AST): return n
    d = {'_type': type(n).__name__}
    for f in n._fields:
        v = getattr(n, f, None)
        d[f] = const(v) if f == 'value' and isinstance(n, (ast.Constant, ast.MatchSingleton)) else enc(v)
    for a in n._attributes:
        if hasattr(n, a): d[a] = getattr(n, a)
    return d
def shapes(co, depth, out):
    out.append({'name': co.co_name, 'qualname': co.co_qualname, 'firstlineno': co.co_firstlineno,
                'argcount': co.co_argcount, 'posonly': co.co_posonlyargcount, 'kwonly': co.co_kwonlyargcount,
                'flags': co.co_flags & 0xffff, 'varnames': list(co.co_varnames), 'cellvars': sorted(co.co_cellvars),
                'freevars': sorted(co.co_freevars), 'names': sorted(set(co.co_names)), 'stacksize': co.co_stacksize,
                'depth': depth})
    for k in co.co_consts:
        if hasattr(k, 'co_code'): shapes(k, depth + 1, out)
    return out
res = []
for path in json.load(sys.stdin):
    try:
        src = open(path, encoding='utf-8').read()
        tree = enc(ast.parse(src, path))
    except (SyntaxError, UnicodeDecodeError):
        res.append({'ast': None, 'error': None, 'shapes': None})
        continue
    try:
        res.append({'ast': tree, 'error': None, 'shapes': shapes(compile(src, path, 'exec'), 0, [])})
    except SyntaxError as e:
        res.append({'ast': tree, 'error': e.msg, 'shapes': None})
print(json.dumps(res))
`;

const THEIRS = pythonJson<Oracle[]>(ORACLE, FILES);

function decode(j: unknown): unknown {
  if (Array.isArray(j)) return j.map(decode);
  if (j === null || typeof j !== 'object') return j;
  const o = j as Record<string, unknown>;
  if ('$int' in o) return BigInt(o.$int as string);
  if ('$float' in o) return Number((o.$float as string).replace('inf', 'Infinity'));
  if ('$complex' in o) {
    const [re, im] = (o.$complex as string[]).map((x) => Number(x.replace('inf', 'Infinity')));
    return new PyComplex(re!, im!);
  }
  if ('$bytes' in o) return Uint8Array.from((o.$bytes as string).match(/../g) ?? [], (h) => parseInt(h, 16));
  if ('$ellipsis' in o) return ELLIPSIS;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = decode(v);
  return out;
}

function shapes(co: PyCode, depth: number, out: Shape[]): Shape[] {
  out.push({
    name: co.name,
    qualname: co.qualname,
    firstlineno: co.firstlineno,
    argcount: co.argcount,
    posonly: co.posonlyargcount,
    kwonly: co.kwonlyargcount,
    flags: co.flags & 0xffff,
    varnames: [...co.varnames],
    cellvars: [...co.cellvars].sort(),
    freevars: [...co.freevars].sort(),
    names: [...new Set(co.names)].sort(),
    stacksize: co.stacksize,
    depth,
  });
  for (const k of co.consts) if (k instanceof PyCode) shapes(k, depth + 1, out);
  return out;
}

/** wellFormed: the problems of a code object's instructions and exception table ([] if none). */
function wellFormed(co: PyCode): string[] {
  const problems: string[] = [];
  const n = co.code.length;
  const limits: Record<string, number> = {
    const: co.consts.length,
    local: co.varnames.length,
    name: co.names.length,
    deref: co.cellvars.length + co.freevars.length,
    jump: n,
  };
  for (let pc = 0; pc < n; pc++) {
    const op = co.code[pc]! & 0xff;
    const arg = co.code[pc]! >>> 8;
    const spec = OP_SPECS[op];
    if (spec === undefined) {
      problems.push(`${co.qualname}@${pc}: unknown opcode ${op}`);
      continue;
    }
    const limit = limits[spec.operand];
    if (limit !== undefined && arg >= limit) problems.push(`${co.qualname}@${pc}: argument ${arg} out of range`);
  }
  const t = co.exceptionTable;
  let prevEnd = 0;
  for (let i = 0; i < t.length; i += EXC_ENTRY_SIZE) {
    const [start, end, target, depth, lasti] = [t[i]!, t[i + 1]!, t[i + 2]!, t[i + 3]!, t[i + 4]!];
    if (start < prevEnd || end <= start || end > n) problems.push(`${co.qualname}: bad range ${start}..${end}`);
    if (target < 0 || target >= n) problems.push(`${co.qualname}: bad handler ${target}`);
    if (depth + lasti + 1 > co.stacksize) problems.push(`${co.qualname}: handler depth ${depth} beyond the stack size`);
    prevEnd = end;
  }
  for (const k of co.consts) if (k instanceof PyCode) problems.push(...wellFormed(k));
  return problems;
}

// compile() runs inside an interpreter (the compile() builtin, imports): frozenset constants hash
// their items, and the hashes of tuples and None need one.
let leave: () => void = () => {};
beforeAll(() => {
  installRuntime();
  leave = new VM({ os: new MemoryOS() }).enter();
});
afterAll(() => leave());

const MATCH = 'match statements are not supported yet';
let matchSkips = 0;

describe('the standard library sample', () => {
  it('is a real sample', () => {
    expect(FILES.length).toBeGreaterThan(150);
  });

  it.each(FILES.map((f, i) => [relative(STDLIB, f), i] as const))('%s', (_name, i) => {
    const theirs = THEIRS[i]!;
    if (theirs.ast === null) return;
    const source = readFileSync(FILES[i]!, 'utf8');
    const mod = decode(theirs.ast) as Module;
    let code: PyCode;
    try {
      code = compile(mod, FILES[i]!, 'exec', source);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      if (e.msg === MATCH) {
        matchSkips++;
        return;
      }
      expect(e.msg).toBe(theirs.error);
      return;
    }
    expect(theirs.error).toBeNull();
    expect(wellFormed(code)).toEqual([]);
    expect(stackProblems(code)).toEqual([]);
    expect(shapes(code, 0, [])).toEqual(theirs.shapes);
  });

  it('skips only a few files, for their match statements', () => {
    // 1 of the 179 files of CPython 3.11.7's sample (test/test_patma.py).
    expect(matchSkips).toBeLessThanOrEqual(3);
  });
});
