// CPython-exact hashes (src/objects/hash.ts) of ints, floats, complexes, tuples and frozensets,
// on random values checked against one python3 process.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pythonJson, floatBits, PY_FLOAT_FROM_BITS } from '../../support/python.js';
import { terrarium } from '../containers/support.js';
import { hashInt, hashFloat, hashComplex } from '../../../src/objects/hash.js';
import { setActiveMeter, Meter } from '../../../src/vm/meter.js';

setActiveMeter(new Meter());

const ints = fc.oneof(
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }),
  fc.bigInt({ min: -100n, max: 100n }),
  fc.constantFrom(-1n, -2n, 2n ** 61n - 1n, 2n ** 61n, -(2n ** 61n), 2n ** 61n - 2n, 2n ** 63n, -(2n ** 63n) - 1n),
);
const norm = (b: bigint): number | bigint => (b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b);

describe('hashes against python3', () => {
  it('ints', () => {
    const xs = fc.sample(ints, { numRuns: 500, seed: 1 });
    const expected = pythonJson<string[]>('import json,sys\nprint(json.dumps([str(hash(int(x))) for x in json.load(sys.stdin)]))', xs.map(String));
    expect(xs.map((x) => String(hashInt(norm(x))))).toEqual(expected);
  });
  it('floats and complexes', () => {
    const xs = fc.sample(fc.tuple(fc.double({ noNaN: true }), fc.double({ noNaN: true })), { numRuns: 500, seed: 2 });
    const expected = pythonJson<string[][]>(
      PY_FLOAT_FROM_BITS + 'import json,sys\nprint(json.dumps([[str(hash(float_from_bits(a))), str(hash(complex(float_from_bits(a), float_from_bits(b))))] for a, b in json.load(sys.stdin)]))',
      xs.map(([a, b]) => [floatBits(a), floatBits(b)]),
    );
    expect(xs.map(([a, b]) => [String(hashFloat(a)), String(hashComplex(a, b))])).toEqual(expected);
  });
  it('tuples, nested tuples and frozensets (through the interpreter)', () => {
    const leaf = fc.oneof(fc.integer({ min: -1000, max: 1000 }).map(String), ints.map(String), fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => `float.fromhex('${doubleHex(d)}')`));
    const value: fc.Arbitrary<string> = fc.letrec<{ v: string }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('v'), { maxLength: 4 }).map((a) => `(${a.join(', ')}${a.length === 1 ? ',' : ''})`),
        fc.array(leaf, { maxLength: 6 }).map((a) => `frozenset([${a.join(', ')}])`),
      ),
    })).v;
    const vs = fc.sample(value, { numRuns: 200, seed: 3 });
    const src = vs.map((v) => `print(hash(${v}))`).join('\n') + '\n';
    const expected = pythonJson<string>('import json,sys,io,contextlib\nb=io.StringIO()\nwith contextlib.redirect_stdout(b): exec(json.load(sys.stdin))\nprint(json.dumps(b.getvalue()))', src);
    expect(terrarium(src)).toBe(expected);
  });
});

function doubleHex(d: number): string {
  // float.hex() text for fromhex, via the bit pattern.
  if (d === 0) return Object.is(d, -0) ? '-0x0p+0' : '0x0p+0';
  const bits = floatBits(Math.abs(d));
  const hi = parseInt(bits.slice(0, 3), 16);
  const frac = bits.slice(3);
  const e = hi === 0 ? -1022 : hi - 1023;
  return `${d < 0 ? '-' : ''}0x${hi === 0 ? 0 : 1}.${frac}p${e}`;
}
