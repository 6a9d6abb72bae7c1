// This file defines the build context shared by the AST semantics: the normalized text, its source
// map, and the position and error helpers that turn text offsets into CPython's positions.

import { PySyntaxError, type SyntaxErrorKind } from './errors.js';
import type { Located } from './ast.js';
import type { SourceLines } from './positions.js';

/** FStringOrigin: where an f-string replacement field sits, for CPython's position shifting. */
export interface FStringOrigin {
  readonly lineShift: number;
  readonly firstLineColShift: number;
}

/** BuildContext: everything the semantics need about the text being turned into an AST. */
export class BuildContext {
  /** base: the offset of the chunk being matched within `text`. */
  base = 0;

  constructor(
    readonly text: string,
    readonly map: Int32Array,
    readonly lines: SourceLines,
    readonly filename: string,
    /** tokens: start/end text offsets of the pre-pass's tokens, in pairs. */
    readonly tokens: Int32Array,
    /** stringEnds: the source end of each string literal, by the text offset of its STRING stand-in. */
    readonly stringEnds: Map<number, number>,
    /** fstring: set while parsing a replacement field of an f-string. */
    readonly fstring: FStringOrigin | null = null,
  ) {}

  /** start returns the absolute text offset of a CST node's first token. */
  start(node: { source: { startIdx: number } }): number {
    let s = node.source.startIdx + this.base;
    const t = this.text;
    while (t.charCodeAt(s) === 32) s++;
    return s;
  }

  /** end returns the absolute text offset just past a CST node's last token. */
  end(node: { source: { startIdx: number; endIdx: number } }): number {
    return this.trimEnd(node.source.startIdx + this.base, node.source.endIdx + this.base);
  }

  /** trimEnd moves the absolute text offset e back over layout (spaces, NEWLINE, INDENT, DEDENT), not past s. */
  trimEnd(s: number, e: number): number {
    const t = this.text;
    while (e > s) {
      const c = t.charCodeAt(e - 1);
      if (c === 32 || c === 10 || c === 0xe000 || c === 0xe001) e--;
      else break;
    }
    return e;
  }

  /** sourceEnd returns the source offset just past the text character at e - 1. */
  sourceEnd(e: number): number {
    return this.text.charCodeAt(e - 1) === 0xe002 ? this.stringEnds.get(e - 1)! : this.map[e - 1] + 1;
  }

  /** literal returns the source text of the string literal whose STRING stand-in is at text offset t. */
  literal(t: number): string {
    return this.lines.src.slice(this.map[t], this.stringEnds.get(t));
  }

  /** loc returns the position attributes of text range [s, e). */
  loc(s: number, e: number): Located {
    const { map, lines } = this;
    const a = map[s];
    const b = e > s ? this.sourceEnd(e) : a;
    const l1 = lines.lineOf(a);
    const l2 = b === a ? l1 : lines.lineOf(b - 1);
    let col = lines.byteColumn(a, l1);
    let endCol = lines.byteColumn(b, l2);
    let lineno = l1;
    let endLineno = l2;
    const f = this.fstring;
    if (f) {
      if (l1 === 1) col += f.firstLineColShift;
      if (l2 === 1) endCol += f.firstLineColShift;
      lineno += f.lineShift;
      endLineno += f.lineShift;
    }
    return { lineno, col_offset: col, end_lineno: endLineno, end_col_offset: endCol };
  }

  /** error builds a SyntaxError at text range [s, e). */
  error(msg: string, s: number, e: number = s, type: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    const { map, lines } = this;
    const a = map[Math.min(s, map.length - 1)];
    const b = e > s ? this.sourceEnd(e) : a;
    return this.errorAtSource(msg, a, b, type);
  }

  /** errorAt builds a SyntaxError spanning an AST node. */
  errorAt(msg: string, node: Located, type: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    const { lines } = this;
    const f = this.fstring;
    if (f) {
      // Inside an f-string field CPython reports positions relative to the whole string line.
      return new PySyntaxError(type, msg, this.filename, node.lineno, node.col_offset + 1, lines.lineText(1), node.end_lineno, node.end_col_offset + 1);
    }
    const a = lines.lineStart(node.lineno) + byteToUnitColumn(lines.lineText(node.lineno), node.col_offset);
    const b = lines.lineStart(node.end_lineno) + byteToUnitColumn(lines.lineText(node.end_lineno), node.end_col_offset);
    return this.errorAtSource(msg, a, b, type);
  }

  /** errorAtSource builds a SyntaxError at source offsets [a, b). */
  errorAtSource(msg: string, a: number, b: number, type: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    const { lines } = this;
    const line = lines.lineOf(a);
    const endLine = b > a ? lines.lineOf(b - 1) : line;
    const offset = lines.charColumn(a) + 1;
    const endOffset = b > a ? lines.charColumn(b, endLine) + 1 : offset;
    return new PySyntaxError(type, msg, this.filename, line, offset, lines.lineText(line), endLine, endOffset);
  }
}

/** byteToUnitColumn converts a UTF-8 byte column within `line` to a UTF-16 offset. */
export function byteToUnitColumn(line: string, byteCol: number): number {
  let bytes = 0;
  let k = 0;
  while (k < line.length && bytes < byteCol) {
    const c = line.charCodeAt(k);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { bytes += 4; k++; }
    else bytes += 3;
    k++;
  }
  return k;
}
