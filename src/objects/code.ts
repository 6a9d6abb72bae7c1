// Python's code type: the compiler's output and the VM's input. A code object is immutable once the
// assembler has made it; it serializes to JSON-compatible data (src/compiler/serialize.ts) so the
// stdlib ships precompiled.

import { PyObject, type PyValue } from './object.js';
import { makeBuiltinType } from './type.js';
import { codeType } from './types.js';
import type { AttrCache, GlobalCache } from '../vm/attr-cache.js';
import { quicken, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR } from '../compiler/opcodes.js';
export { codeType };


/**
 * ExceptionTableEntry layout in PyCode.exceptionTable: 5 Int32 per entry,
 * [start, end (exclusive), target, depth, lasti (0/1)], sorted by start; entries never overlap
 * (nested handlers are split as CPython's assembler does), so the first entry containing the
 * failing instruction is its handler. The handler pops the stack to `depth`, pushes the failing
 * instruction's index if `lasti`, pushes the exception and jumps to `target`.
 */
export const EXC_ENTRY_SIZE = 5;

/** PyCode: a compiled code object (module, class body, function, lambda, comprehension). */
export class PyCode extends PyObject {
  constructor(
    readonly name: string,
    readonly qualname: string,
    readonly filename: string,
    readonly firstlineno: number,
    readonly argcount: number,
    readonly posonlyargcount: number,
    readonly kwonlyargcount: number,
    readonly flags: number,
    /** varnames: the local variables, arguments first (positional, kw-only, *args, **kwargs). */
    readonly varnames: readonly string[],
    /** cellvars: locals that inner scopes capture (they live in cells). */
    readonly cellvars: readonly string[],
    /** freevars: variables captured from enclosing scopes. */
    readonly freevars: readonly string[],
    /** cell2arg: for each cellvar, the index of the argument that initializes it, or -1. */
    readonly cell2arg: Int32Array,
    readonly names: readonly string[],
    readonly consts: readonly PyValue[],
    /** code: one word per instruction, `op | arg << 8` (src/compiler/opcodes.ts). */
    readonly code: Int32Array,
    /**
     * positions: 4 Int32 per instruction: lineno, end_lineno, col_offset, end_col_offset (UTF-8
     * byte columns as in CPython; -1 where unknown). Tracebacks read them.
     */
    readonly positions: Int32Array,
    readonly exceptionTable: Int32Array,
    readonly stacksize: number,
    readonly docstring: string | null,
  ) {
    super(codeType);
    this.caches = new Array<AttrCache | GlobalCache | undefined>(code.length);
    this.quick = quicken(code);
    const plain = CO_OPTIMIZED | CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;
    this.plainArgs = (flags & plain) === CO_OPTIMIZED && kwonlyargcount === 0 && cellvars.length === 0 && freevars.length === 0 ? argcount : -1;
  }

  /**
   * plainArgs: for a function's code that takes only positional-or-keyword parameters and has no
   * cells, its argcount: a call with exactly that many positional arguments binds them by copying
   * (the eval loop's CALL does it inline). -1 for any other code.
   */
  readonly plainArgs: number;

  /**
   * quick: what the VM runs: `code` with superinstructions in place of the first of the pairs
   * they stand for (src/compiler/opcodes.ts quicken). Same length and jump targets as `code`;
   * the disassembler, tracebacks and serialization use `code`.
   */
  readonly quick: Int32Array;

  /**
   * freeFrame, freeFrames: returned frames of this code kept for reuse, a list linked through
   * Frame.nextFree, and its length (src/vm/frame.ts recycleFrame).
   */
  freeFrame: PyObject | null = null;
  freeFrames = 0;

  /** caches: the VM's inline caches, one slot per instruction, filled as instructions run (src/vm/attr-cache.ts). */
  readonly caches: (AttrCache | GlobalCache | undefined)[];

  /** lineOf: the line of instruction pc (or of the nearest earlier instruction that has one). */
  lineOf(pc: number): number {
    for (let i = pc; i >= 0; i--) {
      const line = this.positions[i * 4]!;
      if (line >= 0) return line;
    }
    return this.firstlineno;
  }
}
