// Superinstructions (src/compiler/opcodes.ts OpSpec.fuses, quicken): the table's fused entries
// describe their first instruction, quicken() replaces exactly the first of each listed pair and
// nothing else, and fusing never changes what a program does or counts. The program below holds
// every pair; under an instruction limit of every N from 1 to its length, it stops after exactly
// N instructions with a prefix of the full output, wherever N falls inside a fused pair.
// (test/fuzz/determinism.test.ts runs the whole corpus fused and in checked mode, which does not
// fuse, and requires identical figures; test/tracebacks/fused_*.py check errors raised by a
// second instruction against CPython's tracebacks.)

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { OPCODES, OP_NAMES, Opcode, quicken, type OpName } from '../../src/compiler/opcodes.js';
import { PyCode } from '../../src/objects/code.js';
import { PYTHON } from '../support/python.js';

type Api = typeof import('../../src/index.js');
const { runProgram } = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Api;

const FUSED = OP_NAMES.filter((n) => OPCODES[n].fuses !== undefined);

const PROGRAM = `
LIMIT = 3

def f(a, b):
    c = a + b
    d = c * 2
    e, g = d, c
    if c < d:
        e = e + 1
    if not c != d:
        e = e - 1
    if e:
        g = g + e
    total = 0
    for i in range(LIMIT):
        total = total + i
    for x in [a, b]:
        total = total - x
    v = [a, b, 0.5]
    v[1] += a
    v[2] -= v[a % 2] * 2
    idx = a % 3
    e = e + v[idx]
    print(len([c, d, e, g]), total)
    return e * g + 1.5

acc = 0
for k in range(4):
    acc = acc + f(k, k + 1)
print(acc)
`;

function codes(code: PyCode): PyCode[] {
  return [code, ...code.consts.filter((c): c is PyCode => c instanceof PyCode).flatMap(codes)];
}

function run(limit?: number) {
  let stdout = '';
  const r = runProgram(PROGRAM, { filename: 'fused.py', limits: limit === undefined ? {} : { instructions: limit }, stdout: (t) => (stdout += t) });
  return { exitCode: r.exitCode, instructions: r.instructions, stdout };
}

describe('superinstructions', () => {
  it('each stands for two instructions the compiler emits, and describes the first', () => {
    expect(FUSED.length).toBeGreaterThan(0);
    for (const name of FUSED) {
      const spec = OPCODES[name];
      const [first, second] = spec.fuses!;
      expect(OPCODES[first].fuses).toBeUndefined();
      expect(OPCODES[second].fuses).toBeUndefined();
      expect(name).toBe(`${first}__${second}`);
      // Its operand and stack pictures are the first's: checked mode verifies it as the first.
      expect(spec.operand).toBe(OPCODES[first].operand);
      expect(spec.stack).toBe(OPCODES[first].stack);
      expect(spec.jump).toBe(OPCODES[first].jump);
      // Numbered after every instruction the compiler emits.
      for (const n of OP_NAMES) if (OPCODES[n].fuses === undefined) expect(Opcode[name]).toBeGreaterThan(Opcode[n]);
    }
  });

  it('quicken replaces the first of each listed pair, keeps the argument, and changes nothing else', () => {
    const pairs = new Map<string, OpName>(FUSED.map((n) => [OPCODES[n].fuses!.join(' '), n]));
    const seen = new Set<OpName>();
    for (const code of codes(compileSource(PROGRAM, 'fused.py'))) {
      const q = quicken(code.code);
      expect(q.length).toBe(code.code.length);
      expect(code.quick).toEqual(q);
      for (let i = 0; i < q.length; i++) {
        const w = code.code[i]!;
        expect(q[i]! >> 8).toBe(w >> 8);
        const next = i + 1 < q.length ? OP_NAMES[code.code[i + 1]! & 0xff] : undefined;
        const fused = next === undefined ? undefined : pairs.get(`${OP_NAMES[w & 0xff]} ${next}`);
        expect(OP_NAMES[q[i]! & 0xff]).toBe(fused ?? OP_NAMES[w & 0xff]);
        if (fused !== undefined) seen.add(fused);
      }
    }
    // The program holds every pair (so the sweep below crosses every kind of fused boundary).
    expect([...seen].sort()).toEqual([...FUSED].sort());
  });

  it('an instruction limit anywhere, inside a fused pair too, stops after exactly that many instructions', () => {
    const full = run();
    expect(full.exitCode).toBe(0);
    expect(full.stdout).toBe(spawnSync(PYTHON, ['-c', PROGRAM], { encoding: 'utf8' }).stdout);
    for (let n = 1; n < full.instructions; n++) {
      const r = run(n);
      expect(r.exitCode).toBe(3);
      expect(r.instructions).toBe(n);
      expect(full.stdout.startsWith(r.stdout)).toBe(true);
    }
    expect(run(full.instructions)).toEqual(full);
  });
});
