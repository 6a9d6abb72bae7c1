// This file defines parse(): source text to CPython's AST. It runs the pre-pass, matches each
// top-level statement separately (so ohm's memo table stays small), and builds the AST.

import grammar from '../../grammar/python.ohm-bundle.js';
import type { ExprNode, Module, Stmt } from './ast.js';
import { BuildContext } from './context.js';
import { PySyntaxError } from './errors.js';
import { SourceLines } from './positions.js';
import { prepass } from './prepass.js';
import { buildAst } from './to-ast.js';
import { syntaxErrorFromFailure } from './syntax-error.js';

/** parse turns Python source into a Module, or throws PySyntaxError. */
export function parse(source: string, filename = '<unknown>'): Module {
  const src = normalizeNewlines(source);
  if (src.indexOf('\0') >= 0) {
    throw new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', filename, 1, 0, null, 1, 0);
  }
  const lines = new SourceLines(src);
  const pp = prepass(src, lines, filename);
  const cx = new BuildContext(pp.text, pp.map, lines, filename, pp.tokens);
  const body: Stmt[] = [];
  const bounds = chunkBounds(pp.chunks, pp.text.length);
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k];
    const b = bounds[k + 1];
    const m = grammar.match(pp.text.slice(a, b), 'Module');
    cx.base = a;
    if (m.failed()) throw syntaxErrorFromFailure(m, cx);
    const stmts = buildAst<Stmt[]>(m, cx, fieldParser(filename));
    for (const st of stmts) body.push(st);
  }
  return { _type: 'Module', body, type_ignores: [] };
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

/** fieldParser parses the replacement fields of f-strings (CPython reports their errors in "<fstring>"). */
function fieldParser(filename: string) {
  return (source: string, lineShift: number, firstLineColShift: number): ExprNode => {
    const lines = new SourceLines(source);
    let pp;
    try {
      pp = prepass(source, lines, '<fstring>');
    } catch (e) {
      throw fstringError(e);
    }
    const cx = new BuildContext(pp.text, pp.map, lines, '<fstring>', pp.tokens, { lineShift, firstLineColShift });
    const m = grammar.match(pp.text, 'FStringInput');
    try {
      if (m.failed()) throw syntaxErrorFromFailure(m, cx);
      return buildAst<ExprNode>(m, cx, fieldParser(filename));
    } catch (e) {
      throw fstringError(e);
    }
  };
}

function fstringError(e: unknown): unknown {
  if (!(e instanceof PySyntaxError) || e.msg.startsWith('f-string')) return e;
  return new PySyntaxError(e.type, `f-string: ${e.msg}`, e.filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset);
}
