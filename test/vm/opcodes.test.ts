// The instruction table: every Opcode member has one spec whose stack pictures parse, the numbers
// are dense, and the derived stack effects agree with the pictures for sample arguments.

import { describe, expect, test } from 'vitest';
import { OPCODES, OP_NAMES, OP_SPECS, Opcode, stackEffect, parsePicture, STACK_COUNTS } from '../../src/compiler/opcodes.js';

describe('opcode table', () => {
  test('one spec per opcode, numbered densely from 0', () => {
    const enumNames = Object.keys(Opcode).filter((k) => Number.isNaN(Number(k)));
    expect(OP_NAMES.length).toBe(enumNames.length);
    expect(Object.keys(OPCODES).sort()).toEqual(enumNames.sort());
    OP_NAMES.forEach((name, i) => expect(Opcode[name]).toBe(i));
    expect(OP_SPECS.length).toBe(OP_NAMES.length);
  });

  test('every stack picture parses and uses known counts', () => {
    for (const name of OP_NAMES) {
      const spec = OPCODES[name];
      expect(() => parsePicture(spec.stack), name).not.toThrow();
      if (spec.jump !== undefined) expect(() => parsePicture(spec.jump!), name).not.toThrow();
      for (const m of `${spec.stack} ${spec.jump ?? ''}`.matchAll(/\[([^\]]+)\]/g)) {
        expect(STACK_COUNTS[m[1]!], `${name}: ${m[1]}`).toBeDefined();
      }
      expect(spec.doc.length, name).toBeGreaterThan(10);
      expect(spec.fuel, name).toBeGreaterThanOrEqual(1);
    }
  });

  test('stack effects of representative instructions', () => {
    expect(stackEffect(Opcode.LOAD_FAST, 0, false)).toBe(1);
    expect(stackEffect(Opcode.BINARY_OP, 0, false)).toBe(-1);
    expect(stackEffect(Opcode.BUILD_TUPLE, 3, false)).toBe(-2);
    expect(stackEffect(Opcode.BUILD_MAP, 2, false)).toBe(-3);
    expect(stackEffect(Opcode.CALL, 2, false)).toBe(-3);
    expect(stackEffect(Opcode.FOR_ITER, 0, false)).toBe(1);
    expect(stackEffect(Opcode.FOR_ITER, 0, true)).toBe(-1);
    expect(stackEffect(Opcode.UNPACK_EX, 2 | (1 << 8), false)).toBe(3);
    expect(stackEffect(Opcode.MAKE_FUNCTION, 0b1001, false)).toBe(-2);
    expect(stackEffect(Opcode.SWAP, 3, false)).toBe(0);
    expect(stackEffect(Opcode.COPY, 2, false)).toBe(1);
    expect(stackEffect(Opcode.SEND, 0, true)).toBe(-1);
  });
});
