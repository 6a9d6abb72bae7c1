// This file defines TokenView: the pre-pass's tokens read back as CPython's token stream, for the
// code that explains syntax errors after a failed match. It finds tokens by text offset, walks
// logical lines and bracket depth, and places errors where CPython's parser places them: on a
// token, on a NEWLINE token (which starts at a trailing comment), or on the ENDMARKER.

import type { BuildContext } from './context.js';
import { PySyntaxError, type SyntaxErrorKind } from './errors.js';
import { DEDENT, INDENT } from './prepass.js';

const OPENERS = '([{';
const CLOSERS = ')]}';

/** TokenView: navigation over the tokens of cx.text (token i spans text[start(i), end(i))). */
export class TokenView {
  readonly count: number;

  constructor(readonly cx: BuildContext) {
    this.count = cx.tokens.length >> 1;
  }

  start(i: number): number {
    return this.cx.tokens[i * 2];
  }

  end(i: number): number {
    return this.cx.tokens[i * 2 + 1];
  }

  /** str returns the text of token i ('' past the last token). */
  str(i: number): string {
    return i >= 0 && i < this.count ? this.cx.text.slice(this.start(i), this.end(i)) : '';
  }

  /** indexAt returns the token holding text offset `pos`, or the first token after it. */
  indexAt(pos: number): number {
    const t = this.cx.tokens;
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t[mid * 2 + 1] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** startsLine tells whether token i is the first of its logical line. */
  startsLine(i: number): boolean {
    if (i <= 0) return true;
    const { text } = this.cx;
    for (let k = this.end(i - 1); k < this.start(i); k++) {
      const c = text[k];
      if (c === '\n' || c === INDENT || c === DEDENT) return true;
    }
    return false;
  }

  /** lineFirst returns the first token of the logical line holding token i. */
  lineFirst(i: number): number {
    let k = Math.min(i, this.count - 1);
    while (k > 0 && !this.startsLine(k)) k--;
    return k;
  }

  /** lineEnd returns one past the last token of the logical line holding token i. */
  lineEnd(i: number): number {
    let k = i + 1;
    while (k < this.count && !this.startsLine(k)) k++;
    return k;
  }

  /** isOpen and isClose tell whether token i is a bracket. */
  isOpen(i: number): boolean {
    return this.end(i) - this.start(i) === 1 && OPENERS.includes(this.cx.text[this.start(i)]);
  }

  isClose(i: number): boolean {
    return this.end(i) - this.start(i) === 1 && CLOSERS.includes(this.cx.text[this.start(i)]);
  }

  /** depth returns the bracket depth just before token i (0 at the start of a logical line). */
  depth(i: number): number {
    let d = 0;
    for (let k = this.lineFirst(i); k < i; k++) {
      if (this.isOpen(k)) d++;
      else if (this.isClose(k)) d--;
    }
    return d;
  }

  /** enclosingOpen returns the innermost unclosed bracket before token i on its line, or -1. */
  enclosingOpen(i: number): number {
    const first = this.lineFirst(i);
    let d = 0;
    for (let k = i - 1; k >= first; k--) {
      if (this.isClose(k)) d++;
      else if (this.isOpen(k)) {
        if (d === 0) return k;
        d--;
      }
    }
    return -1;
  }

  /** matchingClose returns the bracket that closes the opening bracket i, or -1. */
  matchingClose(i: number): number {
    let d = 0;
    const last = this.lineEnd(i);
    for (let k = i; k < last; k++) {
      if (this.isOpen(k)) d++;
      else if (this.isClose(k) && --d === 0) return k;
    }
    return -1;
  }

  /** error reports at token i, as CPython reports at a token: its whole extent. */
  error(msg: string, i: number, type: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    if (i >= this.count) return this.endError(msg, type);
    return this.cx.error(msg, this.start(i), this.end(i), type);
  }

  /** range reports from the start of token i to the end of token j. */
  range(msg: string, i: number, j: number, type: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    return this.cx.error(msg, this.start(i), this.end(j), type);
  }

  /**
   * newlineError reports at the NEWLINE token whose "\n" is at text offset `pos`. CPython starts
   * that token at a trailing comment, if there is one, and ends it before the newline character.
   */
  newlineError(msg: string, pos: number, type: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    const { cx } = this;
    const src = cx.lines.src;
    const a = cx.map[Math.min(pos, cx.map.length - 1)];
    let b = src.indexOf('\n', a);
    if (b < 0) b = src.length;
    return cx.errorAtSource(msg, a, b, type);
  }

  /**
   * endError reports at the end of the input, where CPython's ENDMARKER sits: on the last line,
   * one past its end (as if the line ended in "\n"), with no end offset.
   */
  endError(msg: string, type: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    const { cx } = this;
    const src = cx.lines.src;
    const e = cx.errorAtSource(msg, src.length, src.length, type);
    if (cx.fstring) return e;
    const line = src.endsWith('\n') ? Math.max(1, cx.lines.lineCount - 1) : cx.lines.lineCount;
    const text = cx.lines.lineText(line);
    const len = [...(text.endsWith('\n') ? text.slice(0, -1) : text)].length;
    return new PySyntaxError(type, msg, e.filename, line, len + 1, text, line, -1);
  }

  /**
   * errorAfter reports at the token that follows text offset `pos`, the "last token" CPython's
   * parser had read when an action raised the error (a NEWLINE or the ENDMARKER if the line ends).
   */
  errorAfter(msg: string, pos: number, type: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    const { text } = this.cx;
    let k = pos;
    while (text.charCodeAt(k) === 32) k++;
    if (text[k] === '\n') return this.newlineError(msg, k, type);
    while (text[k] === DEDENT || text[k] === INDENT || text[k] === '\n') k++;
    if (k >= text.length) return this.endError(msg, type);
    return this.error(msg, this.indexAt(k), type);
  }
}
