// The compiler's SyntaxErrors: a message and an AST location become the parser's PySyntaxError.
//
// Offsets: CPython's symtable and compiler report `col_offset + 1` where col_offset is the AST's
// UTF-8 byte column (symtable.c PyErr_RangedSyntaxLocationObject, compile.c compiler_error), and
// never convert it to characters, whether the source came from a file or a string. On a line with
// non-ASCII text before the error the offset is therefore a byte offset, and `python3 file.py`
// draws its carets that many characters in. We reproduce that (checked against python3 3.11.7 in
// test/compiler/errors.test.ts); SyntaxErrors from the parser itself count characters.

import { PySyntaxError } from '../parser/errors.js';
import type { SourceLines } from '../parser/positions.js';

/** Loc: a source range in AST units (lines 1-based, columns 0-based UTF-8 bytes; -1 unknown). */
export interface Loc {
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
}

/** ErrorSite: where compile-time errors are reported: the file name and its source lines. */
export class ErrorSite {
  constructor(
    readonly filename: string,
    readonly lines: SourceLines,
  ) {}

  /** text: the source line (with its newline), as CPython reads it back from the file. */
  text(lineno: number): string | null {
    if (lineno < 1 || lineno > this.lines.lineCount) return null;
    return this.lines.lineText(lineno);
  }

  /** at: a SyntaxError spanning loc, as PyErr_RangedSyntaxLocationObject(col + 1, end_col + 1). */
  at(msg: string, loc: Loc): PySyntaxError {
    return new PySyntaxError('SyntaxError', msg, this.filename, loc.lineno, loc.col_offset + 1, this.text(loc.lineno), loc.end_lineno, loc.end_col_offset + 1);
  }

  /**
   * point: a SyntaxError with a start only, as PyErr_SyntaxLocationObject(lineno, offset) (the
   * future-statement errors); CPython leaves the end offset unset.
   */
  point(msg: string, lineno: number, offset: number): PySyntaxError {
    return new PySyntaxError('SyntaxError', msg, this.filename, lineno, offset, this.text(lineno), lineno, 0);
  }
}
