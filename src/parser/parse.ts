// This file defines parse(): source text to CPython's AST. It runs the pre-pass, matches each
// top-level statement separately (so ohm's memo table stays small), and builds the AST.

import grammar from '../../grammar/python.ohm-bundle.js';
import type { ClassDef, ExprNode, Module, Stmt } from './ast.js';
import { splitClass } from './chunks.js';
import type { FieldParser } from './fstring.js';
import { BuildContext } from './context.js';
import { PySyntaxError } from './errors.js';
import { SourceLines } from './positions.js';
import { prepassUntilError, TOKENIZER_ERRORS } from './prepass.js';
import { utf8Length } from './positions.js';
import { buildAst } from './to-ast.js';
import { syntaxErrorFromFailure } from './syntax-error.js';
import { inCpythonOrder } from './error-order.js';
import { isStackOverflow, syntaxErrorFromOverflow } from './stack-overflow.js';

/** ParseOptions: how the source reached the parser. */
export interface ParseOptions {
  /**
   * fromFile: the source was read from a file, as `python3 file.py` reads it, rather than passed as
   * a str, as to ast.parse(). CPython 3.11 then reports the offsets of its parser's errors in UTF-8
   * bytes rather than characters (a quirk; it shows only on lines with non-ASCII text before the
   * error). The default is ast.parse()'s behaviour.
   */
  fromFile?: boolean;
}

/** parse turns Python source into a Module, or throws PySyntaxError. */
export function parse(source: string, filename = '<unknown>', options: ParseOptions = {}): Module {
  if (!options.fromFile) return parseText(source, filename);
  try {
    return parseText(source, filename);
  } catch (e) {
    if (!(e instanceof PySyntaxError) || TOKENIZER_ERRORS.has(e) || e.text === null || e.lineno <= 0) throw e;
    const line = e.text;
    const bytes = (offset: number) => (offset > 0 ? utf8Length(line, 0, unitIndex(line, offset - 1)) + 1 : offset);
    const end = e.endLineno === e.lineno ? bytes(e.endOffset) : e.endOffset;
    throw new PySyntaxError(e.type, e.msg, e.filename, e.lineno, bytes(e.offset), e.text, e.endLineno, end);
  }
}

/** unitIndex returns the UTF-16 index of the code point at index `cp` of `s`. */
function unitIndex(s: string, cp: number): number {
  let k = 0;
  for (let n = 0; n < cp && k < s.length; n++) k += s.codePointAt(k)! > 0xffff ? 2 : 1;
  return k;
}

function parseText(source: string, filename: string): Module {
  checkEncodable(source, filename);
  const src = normalizeNewlines(source);
  if (src.indexOf('\0') >= 0) {
    throw new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', filename, 1, 0, null, 1, 0);
  }
  const lines = new SourceLines(src);
  // A tokenizer error ends the text early; the statements before it are parsed first, since
  // CPython reports a syntax error that its parser meets before reaching the bad token.
  const pp = prepassUntilError(src, lines, filename);
  const cx = new BuildContext(pp.text, pp.map, lines, filename, pp.tokens, pp.stringEnds);
  const body: Stmt[] = [];
  const bounds = chunkBounds(pp.chunks, pp.text.length);
  const field = fieldParser(filename);
  try {
    for (let k = 0; k + 1 < bounds.length; k++) {
      for (const st of parseStatements(cx, pp.newlines, bounds[k], bounds[k + 1], field, pp.error)) body.push(st);
    }
  } catch (e) {
    throw pp.error && e instanceof PySyntaxError ? inCpythonOrder(e, pp.error) : e;
  }
  if (pp.error) throw pp.error;
  return { _type: 'Module', body, type_ignores: [] };
}

/** parseStatements matches the statements of text[a, b), splitting large classes into members. */
function parseStatements(
  cx: BuildContext, newlines: number[], a: number, b: number, field: FieldParser, pending: PySyntaxError | null,
): Stmt[] {
  const split = splitClass(cx.text, newlines, a, b);
  if (split === null) return matchChunk<Stmt[]>(cx, a, b, 'Module', field, pending);
  const cls = matchChunk<ClassDef>(cx, a, split.headEnd, 'ClassChunkHead', field, pending);
  const body: Stmt[] = [];
  const m = split.members;
  for (let k = 0; k + 1 < m.length; k++) {
    for (const st of parseStatements(cx, newlines, m[k], m[k + 1], field, pending)) body.push(st);
  }
  // The class ends at its last token, as every compound statement (see endLoc in to-ast.ts).
  const end = cx.loc(a, cx.trimEnd(a, m[m.length - 1]));
  return [{ ...cls, body, decorator_list: cls.decorator_list, end_lineno: end.end_lineno, end_col_offset: end.end_col_offset }];
}

/** matchChunk matches and converts text[a, b); `pending` is the tokenizer error the text ends at. */
function matchChunk<T>(cx: BuildContext, a: number, b: number, rule: string, field: FieldParser, pending: PySyntaxError | null): T {
  try {
    const m = grammar.match(cx.text.slice(a, b), rule);
    cx.base = a;
    if (m.failed()) throw syntaxErrorFromFailure(m, cx, pending, rule === 'Module' ? field : null);
    return buildAst<T>(m, cx, field);
  } catch (e) {
    // ohm's matcher and the semantics recurse once per level of nesting: a statement nested deeper
    // than the JavaScript stack allows is a SyntaxError, never an escaping RangeError.
    if (isStackOverflow(e)) throw syntaxErrorFromOverflow(cx, a, b);
    throw e;
  }
}

/**
 * checkEncodable rejects lone surrogates. CPython compiles a str only after encoding it to UTF-8,
 * which fails on them with UnicodeEncodeError; parse() raises a SyntaxError with that error's
 * message (prefixed "(unicode error)", as CPython reports source decoding errors), at the first one.
 */
function checkEncodable(source: string, filename: string): void {
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  if (!/[\ud800-\udfff]/.test(source)) return;
  const m = lone.exec(source);
  if (m === null) return;
  let end = m.index + 1;
  for (lone.lastIndex = end; ; ) {
    const next = lone.exec(source);
    if (next === null || next.index !== end) break;
    end++;
  }
  const before = [...source.slice(0, m.index)].length;
  const run = end - m.index;
  const what = run === 1
    ? `character '\\u${source.charCodeAt(m.index).toString(16)}' in position ${before}`
    : `characters in position ${before}-${before + run - 1}`;
  const lineStart = Math.max(source.lastIndexOf('\n', m.index - 1), source.lastIndexOf('\r', m.index - 1)) + 1;
  const lineno = (source.slice(0, lineStart).match(/\r\n|\r|\n/g) ?? []).length + 1;
  const offset = [...source.slice(lineStart, m.index)].length + 1;
  const lineEnd = source.slice(m.index).search(/[\r\n]/);
  const text = source.slice(lineStart, lineEnd < 0 ? source.length : m.index + lineEnd);
  throw new PySyntaxError('SyntaxError', `(unicode error) 'utf-8' codec can't encode ${what}: surrogates not allowed`, filename, lineno, offset, text, lineno, offset + run);
}

/** normalizeNewlines turns "\r\n" and lone "\r" into "\n", as CPython's tokenizer does. */
export function normalizeNewlines(src: string): string {
  return src.indexOf('\r') < 0 ? src : src.replace(/\r\n?/g, '\n');
}

function chunkBounds(chunks: number[], end: number): number[] {
  const out = [0];
  for (const c of chunks) if (c > out[out.length - 1] && c < end) out.push(c);
  out.push(end);
  return out;
}

/**
 * fieldParser parses the replacement fields of f-strings. CPython reports their syntax errors in
 * "<fstring>" on the line of the source, but with columns counted in the parenthesized field text;
 * its tokenizer's errors there carry no "f-string: " prefix.
 */
function fieldParser(filename: string) {
  return (source: string, lineShift: number, firstLineColShift: number): ExprNode => {
    const lines = new SourceLines(source);
    const pp = prepassUntilError(source, lines, '<fstring>');
    const tokenizerError = pp.error && shiftLines(pp.error, lineShift);
    const cx = new BuildContext(pp.text, pp.map, lines, '<fstring>', pp.tokens, pp.stringEnds, { lineShift, firstLineColShift });
    const m = grammar.match(pp.text, 'FStringInput');
    if (m.failed()) {
      const e = syntaxErrorFromFailure(m, cx, tokenizerError, null);
      throw e === tokenizerError ? e : fstringError(shiftLines(e, lineShift));
    }
    if (tokenizerError) throw tokenizerError;
    try {
      return buildAst<ExprNode>(m, cx, fieldParser(filename));
    } catch (e) {
      throw fstringError(e);
    }
  };
}

function shiftLines(e: PySyntaxError, lines: number): PySyntaxError {
  if (lines === 0) return e;
  return new PySyntaxError(e.type, e.msg, e.filename, e.lineno + lines, e.offset, e.text, e.endLineno + lines, e.endOffset);
}

function fstringError(e: unknown): unknown {
  if (!(e instanceof PySyntaxError) || e.msg.startsWith('f-string')) return e;
  return new PySyntaxError(e.type, `f-string: ${e.msg}`, e.filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset);
}
