// serializeCode / deserializeCode: through JSON text and back, a code object is the same code
// object: every field, every constant (ints of any size, floats with their sign, inf and nan,
// complex, bytes, tuples, frozensets in their iteration order, Ellipsis, strs with lone
// surrogates), nested code objects.

import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { deserializeCode, serializeCode } from '../../src/compiler/serialize.js';
import { constRepr, disassemble } from '../../src/compiler/disassemble.js';
import { PyCode } from '../../src/objects/code.js';
import { PyFloat } from '../../src/objects/float.js';
import { PyComplexValue } from '../../src/objects/complex.js';
import { PyBytes } from '../../src/objects/bytes.js';
import { PyTuple } from '../../src/objects/tuple.js';
import { PySet } from '../../src/objects/set.js';
import type { PyValue } from '../../src/objects/object.js';

function sameValue(a: PyValue, b: PyValue): boolean {
  if (a instanceof PyFloat) return b instanceof PyFloat && Object.is(a.v, b.v);
  if (a instanceof PyComplexValue) return b instanceof PyComplexValue && Object.is(a.real, b.real) && Object.is(a.imag, b.imag);
  if (a instanceof PyBytes) return b instanceof PyBytes && a.data.length === b.data.length && a.data.every((x, i) => b.data[i] === x);
  if (a instanceof PyTuple) return b instanceof PyTuple && a.items.length === b.items.length && a.items.every((x, i) => sameValue(x, b.items[i]!));
  if (a instanceof PyCode) return b instanceof PyCode && sameCode(a, b);
  if (a instanceof PySet) {
    const [x, y] = [a.values(), b instanceof PySet ? b.values() : []];
    return b instanceof PySet && b.cls === a.cls && x.length === y.length && x.every((v, i) => sameValue(v, y[i]!));
  }
  return a === b;
}

function sameCode(a: PyCode, b: PyCode): boolean {
  const plain = (c: PyCode) => ({
    ...c,
    consts: null,
    cell2arg: Array.from(c.cell2arg),
    code: Array.from(c.code),
    positions: Array.from(c.positions),
    exceptionTable: Array.from(c.exceptionTable),
  });
  expect(plain(b)).toEqual(plain(a));
  return a.consts.length === b.consts.length && a.consts.every((x, i) => sameValue(x, b.consts[i]!));
}

function roundTrip(code: PyCode): PyCode {
  return deserializeCode(JSON.parse(JSON.stringify(serializeCode(code))));
}

const PROGRAM = `
"""A module docstring."""
import os
big = 123456789012345678901234567890
neg = -98765432109876543210
small = 2**53 - 1
floats = (1.0, -0.0, 0.0, 1e308 * 10, -(1e308 * 10), 1e-320, 0.1)
nan = 1e308 * 10 * 0
complexes = (1j, -0j, -(0j), 1 + 2j, 1e308j * 10)
data = (b'', b'\\x00\\xff abc', ..., None, True, False, 'text', '\\ud800 lone', 'astral \\U0001f600')
nested = ((1, (2, (3,))), ())
sets = x in {1, 2, 'three'}, {4, 5.5, True, 'seven'}
def f(a, b=1, *args, c, d=2, **kw):
    "A function docstring."
    def g():
        nonlocal a
        a = lambda: (a, b)
        return [x for x in args if x]
    try:
        with open(a) as h:
            return h.read()
    except* (OSError, ValueError) as e:
        raise RuntimeError from e
    finally:
        del kw
class C(object, metaclass=type):
    x: int = 1
    def m(self):
        return super().m()
async def agen():
    async with x:
        yield [y async for y in z]
`;

describe('serialize', () => {
  const code = compileSource(PROGRAM, 'prog.py', 'exec');

  it('round-trips a code object exactly, through JSON text', () => {
    const back = roundTrip(code);
    expect(sameCode(code, back)).toBe(true);
    expect(disassemble(back)).toBe(disassemble(code));
  });

  it('keeps floats, their signs and specials, and big ints', () => {
    const back = roundTrip(code);
    const consts = new Map<string, PyValue>();
    const walk = (c: PyCode): void => {
      for (const k of c.consts) {
        if (k instanceof PyCode) walk(k);
        else if (k instanceof PyTuple || typeof k === 'bigint') consts.set(constRepr(k), k);
      }
    };
    walk(back);
    expect([...consts.keys()]).toEqual(
      expect.arrayContaining(['123456789012345678901234567890', '-98765432109876543210', '(1.0, -0.0, 0.0, inf, -inf, 1e-320, 0.1)']),
    );
    const text = disassemble(back);
    expect(text).toContain('(nan)');
    expect(text).toContain("(b'', b'\\x00\\xff abc', Ellipsis, None, True, False, 'text', '\\ud800 lone', 'astral 😀')");
    expect(text).toContain('(1j, (-0-0j), (-0-0j), (1+2j), infj)');
    expect(text).toMatch(/frozenset\(\{.*'three'.*\}\)/);
    expect(text).toMatch(/frozenset\(\{.*'seven'.*\}\)/);
  });

  it('produces JSON data only', () => {
    const text = JSON.stringify(serializeCode(code));
    expect(JSON.parse(text)).toEqual(serializeCode(code));
  });

  it('rejects data of another version or shape', () => {
    expect(() => deserializeCode({ version: 0, code: {} })).toThrow();
    expect(() => deserializeCode({ version: 1, code: { name: 1 } })).toThrow();
    expect(() => deserializeCode(null)).toThrow();
  });
});
