// dump() against CPython's ast.dump(): python3 parses sample sources and sends back each tree as
// JSON, which we rebuild into our node objects and dump; the parser is not involved.

import { beforeAll, describe, expect, it } from 'vitest';
import { dump } from '../src/parser/dump.js';
import type { AnyNode } from '../src/parser/ast.js';
import { ELLIPSIS, PyComplex } from '../src/parser/constant.js';
import { pythonJson, PY_FLOAT_FROM_BITS } from './support/python.js';

const SNIPPETS = [
  'x = 1',
  'a, *b = c; del a[1:2, ::3], b.c',
  'x: int = 5\ny: "str"\n(z): list[int]',
  'x += 1; y @= 2; z //= 3; w **= 4; v >>= 5; u <<= 6; t ^= 7; s |= 8; r &= 9; q %= 1; p -= 1; o *= 1; n /= 2',
  'print(1, *a, k=2, **kw)',
  'f(x for x in y if x if not x)',
  '[x async for x in y]; {x: y for x, y in z}; {x for x in y}',
  'lambda: 0\nlambda a, /, b=1, *c, d, e=2, **f: a',
  'def f(a, b: int = 1, /, c=2, *, d, e=3, **kw) -> None:\n    """doc"""\n    return',
  'async def f():\n    await x\n    async for a in b: pass\n    async with c as d, e: pass',
  '@dec\nclass C(B, metaclass=M):\n    x = 1\n    def g(self): yield; yield 1; yield from z',
  'if a: pass\nelif b: pass\nelse: pass',
  'while x:\n    break\nelse:\n    continue',
  'for i in range(10): pass\nelse: pass',
  'try:\n    pass\nexcept E as e:\n    raise X from e\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass',
  'try:\n    pass\nexcept* E:\n    pass',
  'with open(f) as (a, b), g: pass',
  'import a.b as c, d\nfrom . import x\nfrom ..m import (y as z, w)\nfrom m import *',
  'global a, b\nnonlocal c',
  'assert x, "msg"',
  'x = a if b else c; y = not a and b or c; z = -a + ~b - +c',
  'a < b <= c > d >= e == f != g is h is not i in j not in k',
  'a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** n',
  '(y := 10)',
  '{**a, "b": 1, None: 2}',
  'x = ...; y = None; z = True, False',
  "s = 'a' 'b'; t = u'unicode'; r = r'\\d'; b = b'\\x00\\xff\\'\"'; c = '\\ud800\\U0010ffff\\x7f\\u2028'",
  'n = 0, 1, 10**20, 123456789012345678901234567890, 0x10, 0o7, 0b1, 1_000',
  'f = 1.0, 1e16, 1e-5, 1e22, 0.1, 1e400, 3.14, 1_0.5e-3',
  'c = 1j, 0j, 1e16j, 2.5j, 1e400j',
  "f'{x!r:>{width}} {y=} {{lit}} {z:%H}' f\"{'a'}\" rf'{x}\\n'",
  'match x:\n    case 1 | 2: pass\n    case [a, *rest]: pass\n    case {"k": v, **kw}: pass\n    case Point(x=0, y=_) if x: pass\n    case None | True | False: pass\n    case -1 | 1+2j | "s" | b"b": pass\n    case (a as b): pass\n    case [*_]: pass\n    case a.b.c: pass\n    case _: pass',
  'x[1:2:3]; x[::]; x[a, b:c]; x[()]',
  'def f(*, a=None, b): pass\ndef g(*args, **kwargs): pass',
  '',
  '"only a docstring"',
  'if x:\n    # comment\n    y = "é€😀"  # non-ASCII shifts col_offset bytes',
];

const ORACLE = PY_FLOAT_FROM_BITS + `
import ast, json, struct, sys
ENUMS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)
def bits(x): return struct.pack('>d', x).hex()
def enc(x):
    if isinstance(x, ENUMS): return type(x).__name__
    if isinstance(x, ast.AST):
        d = {'_type': type(x).__name__}
        for f in x._fields + x._attributes:
            d[f] = enc(getattr(x, f))
        return d
    if isinstance(x, list): return [enc(i) for i in x]
    if x is None or isinstance(x, bool): return x
    if x is Ellipsis: return {'ellipsis': True}
    if isinstance(x, int): return {'int': str(x)}
    if isinstance(x, float): return {'float': bits(x)}
    if isinstance(x, complex): return {'complex': [bits(x.real), bits(x.imag)]}
    if isinstance(x, bytes): return {'bytes': x.hex()}
    if isinstance(x, str): return {'str': x}
    raise TypeError(type(x))
out = []
for src in json.load(sys.stdin):
    if src.startswith('@stdlib/'):
        import sysconfig
        src = open(sysconfig.get_paths()['stdlib'] + src[7:], encoding='utf-8').read()
    t = ast.parse(src)
    out.append({'tree': enc(t), 'dump': ast.dump(t), 'attrs': ast.dump(t, include_attributes=True)})
print(json.dumps(out))
`;

// Larger real-world sources, dumped in full.
const STDLIB = ['@stdlib/test/test_grammar.py', '@stdlib/test/test_patma.py', '@stdlib/test/test_fstring.py', '@stdlib/ast.py'];

function floatFromBits(h: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + h));
  return view.getFloat64(0);
}

// decode rebuilds our node representation; `constant` marks a Constant/MatchSingleton value,
// where Python ints are bigints rather than JS numbers.
function decode(x: unknown, constant = false): unknown {
  if (x === null || typeof x === 'boolean' || typeof x === 'string') return x;
  if (Array.isArray(x)) return x.map((i) => decode(i));
  const o = x as Record<string, unknown>;
  if ('_type' in o) {
    const node: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) {
      node[k] = k === '_type' ? v : decode(v, k === 'value' && (o._type === 'Constant' || o._type === 'MatchSingleton'));
    }
    return node;
  }
  if ('ellipsis' in o) return ELLIPSIS;
  if ('int' in o) return constant ? BigInt(o.int as string) : Number(o.int);
  if ('float' in o) return floatFromBits(o.float as string);
  if ('complex' in o) {
    const [re, im] = o.complex as [string, string];
    return new PyComplex(floatFromBits(re), floatFromBits(im));
  }
  if ('bytes' in o) return new Uint8Array(Buffer.from(o.bytes as string, 'hex'));
  if ('str' in o) return o.str;
  throw new TypeError(`cannot decode ${JSON.stringify(x)}`);
}

let results: { tree: unknown; dump: string; attrs: string }[];
beforeAll(() => {
  results = pythonJson(ORACLE, [...SNIPPETS, ...STDLIB]);
});

describe('dump', () => {
  it.each([...SNIPPETS, ...STDLIB].map((s, i) => [i, s] as const))('equals ast.dump() for #%i %j', (i) => {
    const r = results[i]!;
    const tree = decode(r.tree) as AnyNode;
    expect(dump(tree)).toBe(r.dump);
    expect(dump(tree, { includeAttributes: true })).toBe(r.attrs);
  });

  it('prints a None Constant value but omits a None optional field', () => {
    const pos = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 4 };
    const node = { _type: 'Constant', value: null, kind: null, ...pos } as AnyNode;
    expect(dump(node)).toBe('Constant(value=None)');
    expect(dump(node, { includeAttributes: true })).toBe(
      'Constant(value=None, lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)',
    );
  });
});
