// This file defines the pre-pass: one linear scan of the source, in the manner of CPython's
// Parser/tokenizer.c, that settles everything ohm cannot express without state. It produces the
// normalized text that the grammar matches:
//   - tokens (names, numbers, operators, whole string literals) are copied verbatim;
//   - the end of a logical line becomes "\n", the only newline the grammar sees;
//   - an indentation change becomes INDENT or N x DEDENT before the line's first token;
//   - blank lines, comment lines and leading indentation disappear;
//   - every other gap inside a logical line (spaces, tabs, comments, newlines inside brackets,
//     backslash continuations) becomes exactly one " ".
// A source map (text offset -> source offset) lets the AST builder and error reporter point back
// into the source. Tokenizer-level errors (strings, numbers, brackets, indentation, characters)
// are raised here with CPython's messages.

import { PySyntaxError, type SyntaxErrorKind } from './errors.js';
import type { SourceLines } from './positions.js';
import { isPrintable14, isXidContinue, isXidStart } from '../objects/unicode-data.js';

/** INDENT: the marker the pre-pass writes where a block's indentation starts. */
export const INDENT = '\uE000';
/** DEDENT: one marker per closed indentation level. */
export const DEDENT = '\uE001';
/**
 * STRING: the stand-in for one whole string literal. Strings are a third to a half of the
 * characters of documented code; matching them character by character in ohm cost more than all
 * the rest (see ARCHITECTURE.md). The semantics read the literal from the source instead.
 */
export const STRING = '\uE002';

/** Prepassed: the pre-pass's result. */
export interface Prepassed {
  /** text: the normalized text the grammar matches. */
  readonly text: string;
  /** map: for each text offset, the source offset it came from (one extra entry for the end). */
  readonly map: Int32Array;
  /** chunks: text offsets where independent top-level statements start, then text.length. */
  readonly chunks: number[];
  /** tokens: start and end text offsets of every token, in pairs, in order. */
  readonly tokens: Int32Array;
  /** newlines: text offsets of every NEWLINE (the end of each logical line), in order. */
  readonly newlines: number[];
  /** stringEnds: for the text offset of each STRING, the source offset where its literal ends. */
  readonly stringEnds: Map<number, number>;
  /** error: the tokenizer error that ended the scan early (the text stops where it was found). */
  readonly error: PySyntaxError | null;
}

const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);
const CONTINUATION_KEYWORDS = new Set(['else', 'elif', 'except', 'finally']);
const TABSIZE = 8;
/** MAXINDENT: CPython's limit on indentation levels (Parser/tokenizer.h). */
const MAXINDENT = 100;
const OPERATORS3 = new Set(['**=', '//=', '>>=', '<<=', '...']);
const OPERATORS2 = new Set(['**', '//', '>>', '<<', '<=', '>=', '==', '!=', '->', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=', ':=']);

const enum C {
  TAB = 9, LF = 10, FF = 12, SPACE = 32, HASH = 35, QUOTE2 = 34, QUOTE1 = 39, BACKSLASH = 92,
  ZERO = 48, NINE = 57, DOT = 46, UNDERSCORE = 95, AT = 64,
}

function isIdStartAscii(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === C.UNDERSCORE;
}
function isIdContinueAscii(c: number): boolean {
  return isIdStartAscii(c) || (c >= C.ZERO && c <= C.NINE);
}
function isDigit(c: number): boolean {
  return c >= C.ZERO && c <= C.NINE;
}

const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** prepass scans `src` (newlines already normalized to "\n") and returns the normalized text. */
export function prepass(src: string, lines: SourceLines, filename: string): Prepassed {
  const pp = prepassUntilError(src, lines, filename);
  if (pp.error) throw pp.error;
  return pp;
}

/**
 * prepassUntilError is prepass() for a caller that reports errors in CPython's order: a tokenizer
 * error ends the scan and is returned with the text before it. CPython's parser reads tokens
 * lazily, so a syntax error it meets before the bad token is the one it reports.
 */
export function prepassUntilError(src: string, lines: SourceLines, filename: string): Prepassed {
  return new Scanner(src, lines, filename).run();
}

class Scanner {
  private out: string[] = [];
  private outLen = 0;
  private map: Int32Array;
  private i = 0;
  private readonly n: number;
  private brackets: number[] = []; // source offsets of open brackets
  private indents = [0];
  private altIndents = [0];
  private chunks: number[] = [];
  private tokens = new Int32Array(1024);
  private tokenCount = 0;
  private newlines: number[] = [];
  private stringEnds = new Map<number, number>();
  private pendingGap = false;
  private lineHasTokens = false;
  private prevLineIsDecorator = false;
  private commentStart = -1; // start of a comment after the last token on the current line

  constructor(private readonly src: string, private readonly lines: SourceLines, private readonly filename: string) {
    this.n = src.length;
    this.map = new Int32Array(src.length * 2 + 16);
  }

  run(): Prepassed {
    const { n } = this;
    let error: PySyntaxError | null = null;
    try {
      while (this.i < n) {
        this.lineStart();
        if (this.i >= n) break;
        this.logicalLine();
      }
      this.finish();
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      error = e;
    }
    const text = this.out.join('');
    this.map[this.outLen] = n;
    this.chunks.push(text.length);
    return { text, map: this.map.subarray(0, this.outLen + 1), chunks: this.chunks, tokens: this.tokens.subarray(0, this.tokenCount * 2), newlines: this.newlines, stringEnds: this.stringEnds, error };
  }

  private emit(s: string, srcOffset: number): void {
    this.ensure(s.length);
    this.out.push(s);
    for (let k = 0; k < s.length; k++) this.map[this.outLen + k] = srcOffset;
    this.outLen += s.length;
  }

  /** copy emits src[start, end) verbatim, preceded by a space when a gap came before it. */
  private copy(start: number, end: number): void {
    const len = end - start;
    this.startToken(start, len);
    this.out.push(this.src.slice(start, end));
    const m = this.map;
    let o = this.outLen;
    for (let k = start; k < end; k++) m[o++] = k;
    this.outLen = o;
  }

  /** copyString emits the STRING stand-in for the literal src[start, end). */
  private copyString(start: number, end: number): void {
    this.startToken(start, 1);
    this.stringEnds.set(this.outLen, end);
    this.out.push(STRING);
    this.map[this.outLen++] = start;
  }

  /** startToken writes the gap before a token of `len` text characters and records the token. */
  private startToken(start: number, len: number): void {
    if (this.pendingGap && this.lineHasTokens) this.emit(' ', start - 1);
    this.pendingGap = false;
    this.lineHasTokens = true;
    this.commentStart = -1;
    this.ensure(len);
    if (this.tokenCount * 2 + 2 > this.tokens.length) {
      const bigger = new Int32Array(this.tokens.length * 2);
      bigger.set(this.tokens);
      this.tokens = bigger;
    }
    this.tokens[this.tokenCount * 2] = this.outLen;
    this.tokens[this.tokenCount * 2 + 1] = this.outLen + len;
    this.tokenCount++;
  }

  private ensure(extra: number): void {
    if (this.outLen + extra + 1 <= this.map.length) return;
    const bigger = new Int32Array((this.outLen + extra + 1) * 2);
    bigger.set(this.map);
    this.map = bigger;
  }

  /** lineStart measures the indentation of the next non-blank line and emits INDENT/DEDENT. */
  private lineStart(): void {
    const { src, n } = this;
    for (;;) {
      let col = 0;
      let altcol = 0;
      // As CPython's tokenizer: a backslash continuation inside the indentation joins the next
      // line to it, and the column where the first backslash stood is the line's indentation.
      let contCol = 0;
      let lastContinuation = -1;
      let j = this.i;
      for (; j < n; j++) {
        const c = src.charCodeAt(j);
        if (c === C.SPACE) { col++; altcol++; }
        else if (c === C.TAB) { col = (Math.floor(col / TABSIZE) + 1) * TABSIZE; altcol++; }
        else if (c === C.FF) { col = 0; altcol = 0; }
        else if (c === C.BACKSLASH) {
          contCol = contCol || col;
          lastContinuation = j;
          if (j + 1 >= n) this.fail('SyntaxError', 'unexpected EOF while parsing', j + 1, -1);
          if (src.charCodeAt(j + 1) !== C.LF) {
            this.fail('SyntaxError', 'unexpected character after line continuation character', j + 1, 0);
          }
          j++;
        } else break;
      }
      if (j >= n) {
        // A continuation joins the last line to nothing.
        if (lastContinuation >= 0) this.fail('SyntaxError', 'unexpected EOF while parsing', lastContinuation + 1, -1);
        this.i = n;
        return;
      }
      const c = src.charCodeAt(j);
      if (c === C.HASH || c === C.LF) {
        // Blank and comment-only lines do not count for indentation.
        const nl = src.indexOf('\n', j);
        this.i = nl < 0 ? n : nl + 1;
        continue;
      }
      this.i = j;
      if (contCol) {
        col = contCol;
        altcol = contCol;
      }
      this.indentTo(col, altcol, j);
      return;
    }
  }

  private indentTo(col: number, altcol: number, at: number): void {
    const { indents, altIndents } = this;
    const top = indents[indents.length - 1];
    if (col === top) {
      if (altcol !== altIndents[altIndents.length - 1]) this.tabError(at);
    } else if (col > top) {
      if (altcol <= altIndents[altIndents.length - 1]) this.tabError(at);
      if (indents.length >= MAXINDENT) {
        this.fail('IndentationError', 'too many levels of indentation', this.lines.lineStartOf(at), -3);
      }
      indents.push(col);
      altIndents.push(altcol);
      this.emit(INDENT, at);
    } else {
      // The level is checked before any DEDENT is written: CPython's tokenizer returns the error
      // instead of the DEDENT tokens, so the parser never sees them.
      let level = indents.length - 1;
      while (level > 0 && col < indents[level]) level--;
      if (col !== indents[level]) {
        // CPython's tokenizer has read the whole line when it notices.
        const eol = this.src.indexOf('\n', at);
        this.fail('IndentationError', 'unindent does not match any outer indentation level', eol < 0 ? this.n : eol, -1, true);
      }
      if (altcol !== altIndents[level]) this.tabError(at);
      while (indents.length - 1 > level) {
        indents.pop();
        altIndents.pop();
        this.emit(DEDENT, at);
      }
    }
    if (indents.length === 1) this.maybeChunk(at);
  }

  /** maybeChunk records a top-level statement boundary, unless the line continues the last one. */
  private maybeChunk(at: number): void {
    const { src } = this;
    const wasDecorator = this.prevLineIsDecorator;
    this.prevLineIsDecorator = src.charCodeAt(at) === C.AT;
    if (wasDecorator) return;
    let e = at;
    while (e < this.n && isIdContinueAscii(src.charCodeAt(e))) e++;
    if (e > at && CONTINUATION_KEYWORDS.has(src.slice(at, e))) return;
    this.chunks.push(this.outLen);
  }

  /** logicalLine copies the tokens of one logical line, up to and including its NEWLINE. */
  private logicalLine(): void {
    const { src, n } = this;
    this.lineHasTokens = false;
    this.pendingGap = false;
    this.commentStart = -1;
    while (this.i < n) {
      const i = this.i;
      const c = src.charCodeAt(i);
      if (c === C.SPACE || c === C.TAB || c === C.FF) {
        this.pendingGap = true;
        this.i++;
      } else if (c === C.HASH) {
        const nl = src.indexOf('\n', i);
        if (this.commentStart < 0) this.commentStart = i;
        this.pendingGap = true;
        this.i = nl < 0 ? n : nl;
      } else if (c === C.LF) {
        if (this.brackets.length > 0) {
          this.pendingGap = true;
          this.commentStart = -1;
          this.i++;
        } else {
          this.newlines.push(this.outLen);
          this.emit('\n', this.commentStart >= 0 ? this.commentStart : i);
          this.i++;
          return;
        }
      } else if (c === C.BACKSLASH) {
        if (i + 1 >= n) {
          this.eofInLine(i + 1);
        }
        if (src.charCodeAt(i + 1) !== C.LF) {
          this.fail('SyntaxError', 'unexpected character after line continuation character', i + 1, -3);
        }
        this.pendingGap = true;
        this.commentStart = -1;
        this.i += 2;
        if (this.i >= n) this.eofInLine(i + 1);
      } else if (c === C.QUOTE1 || c === C.QUOTE2) {
        this.string(i, i);
      } else if (isIdStartAscii(c) || c >= 0x80) {
        this.name(i);
      } else if (isDigit(c) || (c === C.DOT && isDigit(src.charCodeAt(i + 1)))) {
        this.number(i);
      } else if (c === 40 || c === 91 || c === 123) { // ( [ {
        if (this.brackets.length >= 200) {
          this.fail('SyntaxError', 'too many nested parentheses', i, 0);
        }
        this.brackets.push(i);
        this.copy(i, i + 1);
        this.i++;
      } else if (c === 41 || c === 93 || c === 125) { // ) ] }
        const open = this.brackets.pop();
        if (open === undefined) {
          this.fail('SyntaxError', `unmatched '${src[i]}'`, i, 0);
        }
        const o = src.charCodeAt(open);
        if ((o === 40 && c !== 41) || (o === 91 && c !== 93) || (o === 123 && c !== 125)) {
          const openLine = this.lines.lineOf(open);
          const here = this.lines.lineOf(i);
          const msg = openLine === here
            ? `closing parenthesis '${src[i]}' does not match opening parenthesis '${src[open]}'`
            : `closing parenthesis '${src[i]}' does not match opening parenthesis '${src[open]}' on line ${openLine}`;
          this.fail('SyntaxError', msg, i, 0);
        }
        this.copy(i, i + 1);
        this.i++;
      } else if ((c < 0x20 && c !== C.TAB) || c === 0x7f) {
        this.badCharacter(i);
      } else {
        this.operator(i);
      }
    }
  }

  /** operator copies one operator token, longest match first, as CPython's tokenizer. */
  private operator(i: number): void {
    const { src } = this;
    const three = src.slice(i, i + 3);
    const two = src.slice(i, i + 2);
    const j = OPERATORS3.has(three) ? i + 3 : OPERATORS2.has(two) ? i + 2 : i + 1;
    this.copy(i, j);
    this.i = j;
  }

  /** name scans an identifier, or a string prefix followed by its literal. */
  private name(i: number): void {
    const { src, n } = this;
    let j = i;
    let ascii = true;
    while (j < n) {
      const c = src.charCodeAt(j);
      if (isIdContinueAscii(c)) j++;
      else if (c >= 0x80) {
        ascii = false;
        j += c >= 0xd800 && c <= 0xdbff && j + 1 < n ? 2 : 1;
      } else break;
    }
    if (j < n && j - i <= 2) {
      const q = src.charCodeAt(j);
      if ((q === C.QUOTE1 || q === C.QUOTE2) && STRING_PREFIXES.has(src.slice(i, j).toLowerCase())) {
        this.string(i, j);
        return;
      }
    }
    if (!ascii) this.checkIdentifier(i, j);
    this.copy(i, j);
    this.i = j;
  }

  /** checkIdentifier rejects characters that cannot be part of a Python identifier. */
  private checkIdentifier(i: number, j: number): void {
    const { src } = this;
    let k = i;
    let first = true;
    while (k < j) {
      const cp = src.codePointAt(k)!;
      const ch = String.fromCodePoint(cp);
      let ok: boolean;
      if (cp < 0x80) ok = first ? isIdStartAscii(cp) : isIdContinueAscii(cp);
      else {
        // Identifiers are compared after NFKC normalization (PEP 3131).
        const norm = ch.normalize('NFKC');
        // Python 3.11's classes (Unicode 14), not the host's newer ones.
        ok = norm.length > 0 && [...norm].every((x, idx) => (first && idx === 0 ? isXidStart : isXidContinue)(x.codePointAt(0)!));
      }
      if (!ok) this.badCharacter(k);
      first = false;
      k += ch.length;
    }
  }

  private badCharacter(at: number): never {
    const cp = this.src.codePointAt(at)!;
    const hex = cp.toString(16).toUpperCase().padStart(4, '0');
    const ch = String.fromCodePoint(cp);
    const nonPrintable = cp < 0x80 ? NON_PRINTABLE.test(ch) : !isPrintable14(cp);
    const msg = nonPrintable ? `invalid non-printable character U+${hex}` : `invalid character '${ch}' (U+${hex})`;
    this.fail('SyntaxError', msg, at, 0);
  }

  /** string scans a literal whose prefix starts at `start` and whose quote is at `q`. */
  private string(start: number, q: number): void {
    const { src, n } = this;
    const quote = src.charCodeAt(q);
    const triple = src.charCodeAt(q + 1) === quote && src.charCodeAt(q + 2) === quote;
    let j = triple ? q + 3 : q + 1;
    for (;;) {
      if (j >= n) {
        const line = this.lines.lineOf(n > 0 ? n - 1 : 0);
        const what = triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
        this.fail('SyntaxError', `${what} (detected at line ${line})`, start, 0);
      }
      const c = src.charCodeAt(j);
      if (c === C.BACKSLASH) {
        j += 2;
        continue;
      }
      if (c === quote) {
        if (!triple) { j++; break; }
        if (src.charCodeAt(j + 1) === quote && src.charCodeAt(j + 2) === quote) { j += 3; break; }
      } else if (c === C.LF && !triple) {
        const line = this.lines.lineOf(j);
        this.fail('SyntaxError', `unterminated string literal (detected at line ${line})`, start, 0);
      }
      j++;
    }
    this.copyString(start, j);
    this.i = j;
  }

  /** number scans a numeric literal with CPython's tokenizer checks. */
  private number(i: number): void {
    const { src, n } = this;
    let j = i;
    const at = (k: number) => (k < n ? src.charCodeAt(k) : 0);
    const digits = (pred: (c: number) => boolean, kind: string): void => {
      // A run of digits with single underscores between them.
      for (;;) {
        if (!pred(at(j))) break;
        j++;
        if (at(j) === C.UNDERSCORE) {
          j++;
          if (!pred(at(j))) this.fail('SyntaxError', `invalid ${kind} literal`, j - 1, 0);
        }
      }
    };
    const c0 = at(i);
    const c1 = at(i + 1) | 0x20;
    if (c0 === C.ZERO && (c1 === 0x78 || c1 === 0x6f || c1 === 0x62)) {
      const kind = c1 === 0x78 ? 'hexadecimal' : c1 === 0x6f ? 'octal' : 'binary';
      const pred = c1 === 0x78
        ? (c: number) => isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66)
        : c1 === 0x6f ? (c: number) => c >= 48 && c <= 55 : (c: number) => c === 48 || c === 49;
      j = i + 2;
      if (at(j) === C.UNDERSCORE) j++;
      if (!pred(at(j))) {
        if (isDigit(at(j))) this.fail('SyntaxError', `invalid digit '${src[j]}' in ${kind} literal`, j, 0);
        this.fail('SyntaxError', `invalid ${kind} literal`, j - 1, 0);
      }
      digits(pred, kind);
      if (isDigit(at(j))) this.fail('SyntaxError', `invalid digit '${src[j]}' in ${kind} literal`, j, 0);
      this.afterNumber(i, j, kind);
      return;
    }
    let isFloat = false;
    if (c0 !== C.DOT) digits(isDigit, 'decimal');
    if (at(j) === C.DOT) {
      isFloat = true;
      j++;
      digits(isDigit, 'decimal');
    }
    if ((at(j) | 0x20) === 0x65 && !/^else(?![A-Za-z0-9_])/.test(src.slice(j, j + 5))) { // e E, but "1else"
      const save = j;
      j++;
      const sign = at(j) === 43 || at(j) === 45;
      if (sign) j++;
      if (!isDigit(at(j))) {
        // CPython reports the column of the 'e', or of what follows its sign (a 1-based offset).
        this.fail('SyntaxError', 'invalid decimal literal', sign ? j - 1 : save - 1, 0);
      }
      isFloat = true;
      digits(isDigit, 'decimal');
    }
    if ((at(j) | 0x20) === 0x6a) { // j J
      j++;
      this.afterNumber(i, j, 'imaginary');
      return;
    }
    if (!isFloat && c0 === C.ZERO) {
      // "0", "00", "0_0" are fine; other leading zeros are not.
      let k = i;
      while (at(k) === C.ZERO || at(k) === C.UNDERSCORE) k++;
      if (k < j) {
        // CPython reports this one in UTF-8 bytes (tokenizer.c, syntaxerror_known_range).
        const { lines } = this;
        const line = lines.lineOf(i);
        throw new PySyntaxError('SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          this.filename, line, lines.byteColumn(i, line) + 1, lines.lineText(line), line, lines.byteColumn(k, line) + 1);
      }
    }
    this.afterNumber(i, j, 'decimal');
  }

  private afterNumber(i: number, j: number, kind: string): void {
    const c = this.src.charCodeAt(j);
    // Unlike CPython's C source suggests, a non-ASCII character here ends the number: 1é is 1, é.
    if (j < this.n && isIdContinueAscii(c)) {
      // CPython allows a keyword right after a number ("1if x else y") with a warning.
      const rest = this.src.slice(j, j + 6);
      if (!/^(and|else|for|if|in|is|not|or)(?![A-Za-z0-9_])/.test(rest)) {
        // CPython reports the column of the character after the number (as a 1-based offset).
        this.fail('SyntaxError', `invalid ${kind} literal`, j - 1, 0);
      }
    }
    this.copy(i, j);
    this.i = j;
  }

  /** finish closes the last line and every open block at the end of input. */
  private finish(): void {
    if (this.brackets.length > 0) this.neverClosed();
    if (this.lineHasTokens && (this.outLen === 0 || this.out[this.out.length - 1] !== '\n')) {
      this.newlines.push(this.outLen);
      this.emit('\n', this.commentStart >= 0 ? this.commentStart : this.n);
    }
    while (this.indents.length > 1) {
      this.indents.pop();
      this.emit(DEDENT, this.n);
    }
  }

  /** eofInLine: the input ends after a backslash continuation, as if inside a logical line. */
  private eofInLine(at: number): never {
    if (this.brackets.length > 0) this.neverClosed();
    this.fail('SyntaxError', 'unexpected EOF while parsing', at, -1);
  }

  private neverClosed(): never {
    const open = this.brackets[this.brackets.length - 1];
    this.fail('SyntaxError', `'${this.src[open]}' was never closed`, open, -3);
  }

  private tabError(at: number): never {
    this.fail('TabError', 'inconsistent use of tabs and spaces in indentation', this.lines.lineStartOf(at), -3);
  }

  /**
   * fail raises a tokenizer error at source offset `at`. endMode: 0 = end offset equals offset,
   * -1 = CPython leaves end_offset at -1, -2 = the end is `endAt`, -3 = end_offset 0 (CPython's
   * tokenizer errors without a column).
   */
  private fail(type: SyntaxErrorKind, msg: string, at: number, endMode: number, _indent = false, endAt = at): never {
    const { lines } = this;
    const line = lines.lineOf(at);
    const offset = lines.charColumn(at) + 1;
    const endOffset = endMode === -1 ? -1 : endMode === -2 ? lines.charColumn(endAt) + 1 : endMode === -3 ? 0 : offset;
    const e = new PySyntaxError(type, msg, this.filename, line, offset, lines.lineText(line), line, endOffset);
    if (!msg.endsWith('was never closed')) TOKENIZER_ERRORS.add(e);
    throw e;
  }
}

/**
 * TOKENIZER_ERRORS holds the errors CPython's tokenizer raises itself. CPython 3.11 counts their
 * offsets in characters even when it reads a file; the errors its parser raises (and "'(' was never
 * closed", which the parser raises at the end of input) count UTF-8 bytes then. See parse()'s fromFile.
 */
export const TOKENIZER_ERRORS = new WeakSet<PySyntaxError>();
