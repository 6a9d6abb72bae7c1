// Metering: every executed instruction is counted exactly, and the counts and heap figures are the
// same on every run, in every fresh interpreter.

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { runText } from '../support/terrarium.js';
import { compileSource } from '../../src/compiler/compile.js';

describe('instruction counting', () => {
  test('a straight-line module executes each of its instructions once', () => {
    const src = 'x = 1\ny = x + 2\n';
    const code = compileSource(src, '<string>', 'exec');
    expect(runText(src).instructions).toBe(code.code.length);
  });

  test('a loop costs the same number of instructions per iteration', () => {
    const count = (n: number): number => runText(`t = 0\nfor i in range(${n}):\n    t += i\n`).instructions;
    const a = count(10);
    const b = count(20);
    const c = count(30);
    expect(b - a).toBe(c - b);
    expect(b - a).toBeGreaterThan(0);
    expect((b - a) % 10).toBe(0);
  });

  test('instruction counts and heap figures are deterministic (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 5 }), (n, k) => {
        const src = `
def f(n, k):
    out = []
    for i in range(n):
        out.append(str(i * k) + '!')
    d = {s: len(s) for s in out}
    return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))
print(f(${n}, ${k}))
`;
        const a = runText(src);
        const b = runText(src);
        expect(a.stdout).toBe(b.stdout);
        expect(a.instructions).toBe(b.instructions);
        expect(a.heapBytes).toBe(b.heapBytes);
        expect(a.heapBytes).toBeGreaterThan(0);
      }),
      { numRuns: 25 },
    );
  });

  test('the heap figure grows with what a program allocates', () => {
    const small = runText('x = [0] * 10').heapBytes;
    const big = runText('x = [0] * 10000').heapBytes;
    expect(big - small).toBeGreaterThanOrEqual(8 * (10000 - 10));
  });
});
