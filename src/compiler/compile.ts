// The compiler's entry point: an AST (or source text) to a code object, as CPython 3.11's
// compile(): the __future__ statements are read first (Python/future.c), then the symbol table is
// built over the whole module (its errors come first), then the code is generated.

import type { Expression, Interactive, Module, Stmt } from '../parser/ast.js';
import { parse } from '../parser/parse.js';
import { PySyntaxError } from '../parser/errors.js';
import { SourceLines } from '../parser/positions.js';
import type { PyCode } from '../objects/code.js';
import { Compiler } from './codegen.js';
import { docstringOf } from './codegen-stmt.js';
import { ErrorSite } from './errors.js';
import { SymbolTable } from './symtable.js';

/** CompileMode: what compile() is given: a module, one expression, or an interactive statement. */
export type CompileMode = 'exec' | 'eval' | 'single';

// Features `from __future__ import` accepts (Python/future.c); all but `annotations` are no-ops.
const FUTURE_FEATURES = new Set([
  'nested_scopes',
  'generators',
  'division',
  'absolute_import',
  'with_statement',
  'print_function',
  'unicode_literals',
  'barry_as_FLUFL',
  'generator_stop',
  'annotations',
]);

interface Future {
  annotations: boolean;
  /** lineno: the line of the last leading `from __future__` statement (-1: none). */
  lineno: number;
}

// future_parse(): the future statements at the start of a module (after its docstring).
function parseFuture(mod: Module | Interactive | Expression, site: ErrorSite): Future {
  const ff: Future = { annotations: false, lineno: -1 };
  if (mod._type === 'Expression') return ff;
  const body: readonly Stmt[] = mod.body;
  let i = mod._type === 'Module' && docstringOf(body) !== null ? 1 : 0;
  let done = false;
  let prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i]!;
    if (done && s.lineno > prevLine) return ff;
    prevLine = s.lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      // One more future statement after other code on the same line (`import x; from __future__ ...`).
      if (done) throw site.point('from __future__ imports must occur at the beginning of the file', s.lineno, s.col_offset);
      for (const alias of s.names) {
        if (alias.name === 'braces') throw site.point('not a chance', s.lineno, s.col_offset + 1);
        if (!FUTURE_FEATURES.has(alias.name)) throw site.point(`future feature ${alias.name} is not defined`, s.lineno, s.col_offset + 1);
        if (alias.name === 'annotations') ff.annotations = true;
      }
      ff.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return ff;
}

/**
 * compile: the code object of a parsed module ('exec'), expression ('eval') or interactive
 * statement ('single': expression statements print their values). `source` is the text the tree
 * was parsed from; SyntaxErrors quote its lines. Throws PySyntaxError for the errors CPython's
 * compiler raises; any other exception is a bug.
 */
export function compile(mod: Module | Expression | Interactive, filename: string, mode: CompileMode, source: string): PyCode {
  const site = new ErrorSite(filename, new SourceLines(source.replace(/\r\n?/g, '\n')));
  const expected = mode === 'exec' ? 'Module' : mode === 'eval' ? 'Expression' : 'Interactive';
  if (mod._type !== expected) throw new Error(`compile: mode '${mode}' needs an ${expected} node, not ${mod._type}`);
  try {
    const future = parseFuture(mod, site);
    const st = new SymbolTable(mod, site, future.annotations);
    const c = new Compiler(st, site, future.annotations, future.lineno);
    return c.compileModule(mod);
  } catch (e) {
    // Nesting too deep for the JavaScript stack. CPython gives up too (somewhere between 1,000 and
    // 5,000 levels), with a RecursionError of this message; here it is a SyntaxError without a
    // location, since compile() reports PySyntaxErrors only.
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new PySyntaxError('SyntaxError', 'maximum recursion depth exceeded during compilation', filename, 0, 0, null, 0, 0);
    }
    throw e;
  }
}

// The character offset (1-based) of a UTF-8 byte column in a line.
function charOffset(line: string, byteCol: number): number {
  let bytes = 0;
  let chars = 0;
  for (const ch of line) {
    if (bytes >= byteCol) break;
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    chars++;
  }
  return chars + 1;
}

// The first character that is not blank, a comment or a line continuation after (line, byteCol),
// as [line, 1-based character offset], or null at the end of the text.
function nextToken(lines: SourceLines, line: number, byteCol: number): [number, number] | null {
  for (let l = line; l <= lines.lineCount; l++) {
    const text = lines.lineText(l);
    let k = 0;
    if (l === line) {
      const off = charOffset(text, byteCol) - 1;
      k = [...text].slice(0, off).join('').length;
    }
    for (; k < text.length; k++) {
      const ch = text[k]!;
      if (ch === ' ' || ch === '\t' || ch === '\f' || ch === '\n' || ch === '\r') continue;
      if (ch === '#') break;
      if (ch === '\\' && /^\\\r?\n?$/.test(text.slice(k))) break;
      return [l, [...text.slice(0, k)].length + 1];
    }
  }
  return null;
}

/**
 * expressionOf: the expression of source text compiled in 'eval' mode, or CPython's SyntaxError.
 * The text is parsed as a module; it must hold one expression statement and nothing after it
 * (CPython's `eval: expressions NEWLINE* ENDMARKER` rule; a bare yield needs parentheses).
 */
function expressionOf(mod: Module, source: string, filename: string): Expression {
  const lines = new SourceLines(source.replace(/\r\n?/g, '\n'));
  const fail = (line: number, offset: number): never => {
    throw new PySyntaxError('SyntaxError', 'invalid syntax', filename, line, offset, line > 0 ? lines.lineText(line) : null, line, offset);
  };
  const first = mod.body[0];
  if (first === undefined) return fail(0, 0);
  const at = (line: number, byteCol: number): never => fail(line, charOffset(lines.lineText(line), byteCol));
  if (first._type !== 'Expr') {
    // An assignment fails at its operator, any other statement at its start.
    if (first._type === 'Assign' || first._type === 'AugAssign' || first._type === 'AnnAssign') {
      const t = first._type === 'Assign' ? first.targets[0]! : first.target;
      const next = nextToken(lines, t.end_lineno, t.end_col_offset);
      if (next !== null) fail(next[0], next[1]);
    }
    return at(first.lineno, first.col_offset);
  }
  const v = first.value;
  if ((v._type === 'Yield' || v._type === 'YieldFrom') && v.lineno === first.lineno && v.col_offset === first.col_offset) at(v.lineno, v.col_offset);
  const next = nextToken(lines, v.end_lineno, v.end_col_offset);
  // A closing parenthesis of the statement's own (expr) is part of it.
  if (next !== null) {
    const stmtEnd = nextToken(lines, first.end_lineno, first.end_col_offset);
    if (stmtEnd !== null) fail(stmtEnd[0], stmtEnd[1]);
  }
  return { _type: 'Expression', body: v };
}

/**
 * compileSource: parses then compiles source text. For 'eval' the text is one expression; for
 * 'single' it is one interactive statement (as typed at the prompt).
 */
export function compileSource(source: string, filename: string, mode: CompileMode = 'exec'): PyCode {
  const mod = parse(source, filename);
  if (mode === 'exec') return compile(mod, filename, mode, source);
  if (mode === 'eval') return compile(expressionOf(mod, source, filename), filename, mode, source);
  return compile({ _type: 'Interactive', body: mod.body }, filename, mode, source);
}
