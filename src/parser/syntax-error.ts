// This file defines how a failed match becomes CPython's SyntaxError. It plays the part of the
// second pass of CPython's parser, where the `invalid_*` rules of Grammar/python.gram run only
// after a failure: ohm reports the rightmost position where the grammar failed and what it
// expected there, and the checks below look at the tokens around that position (matching short
// slices of the text again with ohm where a rule needs to know "is this an expression?") to choose
// CPython's message and location. Each check names the CPython rule it follows; the first that
// applies wins, in roughly the order CPython would reach them, and "invalid syntax" is the rest.

import { pexprs, type MatchResult } from 'ohm-js';
import grammar from '../../grammar/python.ohm-bundle.js';
import type { ExprNode } from './ast.js';
import { BuildContext } from './context.js';
import { PySyntaxError, type SyntaxErrorKind } from './errors.js';
import { DEDENT, INDENT, STRING } from './prepass.js';
import { exprName, invalidTarget } from './targets.js';
import { TokenView } from './tokens.js';
import { inCpythonOrder } from './error-order.js';
import { buildAst } from './to-ast.js';
import type { FieldParser } from './fstring.js';

const BLOCK_OWNERS: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", while: "'while' statement",
  for: "'for' statement", with: "'with' statement", try: "'try' statement", except: "'except' statement",
  finally: "'finally' statement", def: 'function definition', class: 'class definition',
  match: "'match' statement", case: "'case' statement",
};

/** Headers whose ':' CPython demands whatever follows (`&&':'`); the others only before a NEWLINE. */
const FORCED_COLON = new Set(['def', 'try', 'else', 'finally']);
const NEWLINE_COLON = new Set(['class', 'for', 'while', 'if', 'elif', 'with', 'except', 'match', 'case']);

/** Tokens that end the expression being scanned: an expression never contains them outside brackets. */
const STOPS = new Set([
  ',', ';', ':', '=', ':=', '->', '+=', '-=', '*=', '/=', '//=', '%=', '@=', '&=', '|=', '^=', '<<=', '>>=', '**=',
  'if', 'else', 'for', 'async', 'lambda', 'return', 'yield', 'from', 'import', 'del', 'assert', 'raise',
  'global', 'nonlocal', 'with', 'as', 'while', 'def', 'class', 'try', 'except', 'finally', 'elif', 'pass',
  'break', 'continue',
]);

/** Operators that make an expression more than a bitwise_or (CPython's `bitwise_or` rule). */
const ABOVE_BITWISE = new Set(['or', 'and', 'not', 'in', 'is', '==', '!=', '<', '>', '<=', '>=']);
const QUOTES = new Set(["'", '"', "'''", '"""']);
const SOFT_KEYWORDS = new Set(['match', 'case', '_']);
const LEGACY = new Set(['print', 'exec']);
const COMPOUND = new Set([
  'if', 'elif', 'else', 'while', 'for', 'with', 'try', 'except', 'finally', 'def', 'class', 'async', 'match', 'case',
]);

/** How far the checks look around the failure: they run once, but must stay linear on huge lines. */
const MAX_SCAN = 400;
const MAX_TRIES = 24;

// ohm-js 17 leaves Lex.prototype.toFailure abstract, so recording the failures of a `~#idc`
// lookahead (getRightmostFailures) throws "this method toFailure is abstract". A lexical
// expression fails as the expression inside it does.
const Lex = pexprs.Lex.prototype as unknown as { toFailure(g: unknown): unknown; expr: { toFailure(g: unknown): unknown } };
if (!Object.prototype.hasOwnProperty.call(Lex, 'toFailure')) {
  Lex.toFailure = function (this: typeof Lex, g: unknown) {
    return this.expr.toFailure(g);
  };
}

/** FailureInfo: the parts of ohm's MatchResult that report where and why a match failed. */
interface FailureInfo {
  getRightmostFailurePosition(): number;
  getRightmostFailures(): { isFluffy(): boolean; getText(): string }[];
}

/** Span: tokens first..last (inclusive). */
interface Span {
  first: number;
  last: number;
}

/**
 * syntaxErrorFromFailure explains a failed match of the chunk that starts at cx.base, choosing
 * the error CPython meets first: a semantic error in a complete statement before the failing line
 * (CPython runs each statement's action as soon as it is parsed; needs `field`, the f-string field
 * parser, and a chunk matched as Module), then `pending`, the tokenizer error the text stops at, if
 * the match got that far, then the failure itself.
 */
export function syntaxErrorFromFailure(
  match: MatchResult, cx: BuildContext, pending: PySyntaxError | null = null, field: FieldParser | null = null,
): PySyntaxError {
  const f = new Failure(match, cx, pending, field);
  if (field) {
    const earlier = f.earlierStatementError(field) ?? f.lineStartError(field);
    if (earlier) return earlier;
  }
  if (pending && f.atEnd()) return pending;
  const e = f.explain();
  if (!pending) return e;
  // A second-pass rule that read up to the end of the text would have met the tokenizer error.
  return f.atEnd(f.furthest) ? pending : inCpythonOrder(e, pending, f.line(f.furthest));
}

class Failure {
  private readonly v: TokenView;
  private readonly text: string;
  /** pos: the text offset where matching failed, moved to the start of the token there. */
  private readonly pos: number;
  private readonly expected = new Set<string>();
  /** tok: the token at pos (v.count if none is left). */
  private readonly tok: number;
  /** ch: the character at pos: a token's first character, "\n", a marker, or '' at the end. */
  private readonly ch: string;

  /**
   * furthest: how far CPython's parser would have read, second-pass checks included, as a text
   * offset (tracked only when the text stops early at a tokenizer error, which that reading meets).
   */
  furthest: number;

  constructor(
    match: MatchResult,
    private readonly cx: BuildContext,
    private readonly pending: PySyntaxError | null = null,
    /** field: the f-string field parser, when the spans' strings may be built to find their errors. */
    private readonly field: FieldParser | null = null,
  ) {
    const m = match as unknown as FailureInfo;
    for (const f of m.getRightmostFailures()) {
      if (!f.isFluffy()) this.expected.add(f.getText());
    }
    this.v = new TokenView(cx);
    this.text = cx.text;
    let pos = cx.base + m.getRightmostFailurePosition();
    while (this.text.charCodeAt(pos) === 32) pos++;
    // A name that could be a string prefix (b, r, f, ...) makes ohm look for a quote after it; a
    // failure there is a failure at the name.
    // Likewise a '.' that could start a number (".5") makes it look for a digit after it.
    const after = [...this.expected];
    if (after.length > 0 && (after.every((x) => QUOTES.has(x)) || after.every((x) => x === '"0".."9"'))) {
      const prev = this.v.indexAt(pos - 1);
      if (prev < this.v.count && this.v.end(prev) === pos) pos = this.v.start(prev);
    }
    this.tok = this.v.indexAt(pos);
    // A failure inside a token (a keyword operator that turned out to be a longer name) is a
    // failure at that token.
    if (this.tok < this.v.count && this.v.start(this.tok) < pos) pos = this.v.start(this.tok);
    this.pos = pos;
    this.furthest = pos;
    this.ch = pos < this.text.length ? this.text[pos] : '';
  }

  /** line returns the source line of the token where the match failed. */
  line(pos = this.pos): number {
    const at = Math.min(pos, this.text.length - 1);
    return at < 0 ? 1 : this.cx.lines.lineOf(this.cx.map[at]);
  }

  /** atEnd tells whether the match failed at the end of the text (where a tokenizer error stopped it). */
  atEnd(pos = this.pos): boolean {
    return pos >= this.text.length;
  }

  /**
   * earlierStatementError builds the complete statements of the chunk before the failing logical
   * line (closing their open blocks) and returns the first semantic error among them, if any.
   */
  earlierStatementError(field: FieldParser): PySyntaxError | null {
    const { cx, text } = this;
    const a = cx.base;
    let cut = Math.min(this.pos, text.length);
    while (cut > a && text[cut - 1] !== '\n') cut--;
    if (cut <= a) return null;
    let open = 0;
    for (let k = a; k < cut; k++) {
      if (text[k] === INDENT) open++;
      else if (text[k] === DEDENT) open--;
    }
    if (open < 0) return null;
    return semanticError(cx, text.slice(a, cut) + DEDENT.repeat(open), a, 'Module', field);
  }

  /**
   * lineStartError finds the errors CPython meets in the failing line before the failure: the
   * literal errors of its strings (raised by the first pass as each string is parsed) and, when
   * the line up to the failure is an assignment on its own, the errors of invalid_assignment
   * (`f() = 1 x` is a bad target before it is a missing newline).
   */
  lineStartError(field: FieldParser): PySyntaxError | null {
    const { v, tok } = this;
    if (this.ch === '\n' || tok >= v.count || v.startsLine(tok)) return null;
    const e = this.stringErrorIn({ first: v.lineFirst(tok), last: tok - 1 });
    if (e) return e;
    const first = this.simpleStatementStart(tok);
    return first >= 0 && first < tok ? this.buildError('SimpleStmt', { first, last: tok - 1 }, field) : null;
  }

  /**
   * simpleStatementStart returns the first token of the simple statement that holds token i:
   * after the ':' of a compound statement's header or a ';' on the same line; -1 if i is in a
   * compound statement's header.
   */
  private simpleStatementStart(i: number): number {
    const { v } = this;
    let first = v.lineFirst(i);
    if (COMPOUND.has(v.str(first)) || v.str(first) === '@') {
      const colon = this.topLevel({ first, last: i - 1 }, ':');
      if (colon < 0 || v.str(first) === '@') return -1;
      first = colon + 1;
    }
    for (let k = i - 1; k >= first; k--) if (v.str(k) === ';' && v.depth(k) === 0) return k + 1;
    return first;
  }

  /** stringErrorIn returns the first error of the string literals in a span (null: none, or no span). */
  private stringErrorIn(span: Span | null): PySyntaxError | null {
    const { v, field } = this;
    if (span === null || field === null) return null;
    for (let k = span.first; k <= span.last; k++) {
      if (v.str(k) !== STRING || (k > span.first && v.str(k - 1) === STRING)) continue;
      let last = k;
      while (last + 1 <= span.last && v.str(last + 1) === STRING) last++;
      const e = this.buildError('Strings', { first: k, last }, field);
      if (e) return e;
    }
    return null;
  }

  /** buildError matches a span as `rule` and builds it, returning the SyntaxError that raises. */
  private buildError(rule: string, span: Span, field: FieldParser): PySyntaxError | null {
    const { v, cx } = this;
    const a = v.start(span.first);
    return semanticError(cx, this.text.slice(a, v.end(span.last)), a, rule, field);
  }

  explain(): PySyntaxError {
    return this.exceptStarWithoutType()
      ?? this.exceptMix()
      ?? this.indentation()
      ?? this.header()
      ?? this.tryWithoutHandlers()
      ?? this.unexpectedDedent()
      ?? this.legacyCall()
      ?? this.invalidTargetAfter()
      ?? this.missingDefault()
      ?? this.assignmentInExpression()
      ?? this.keywordGenexp()
      ?? this.ifWithoutElse()
      ?? this.dictItem()
      ?? this.parenthesizedParameters()
      ?? this.missingComma()
      ?? this.invalidSyntax();
  }

  // ---------------------------------------------------------------- indentation

  /** indentation: an unexpected INDENT, a missing block, or a DEDENT where none could be. */
  private indentation(): PySyntaxError | null {
    const { ch } = this;
    if (ch === INDENT) {
      return this.indentError('unexpected indent', this.pos);
    }
    if (this.expected.has(INDENT)) return this.expectedBlock();
    return null;
  }

  /** unexpectedDedent: the end of a block where the statement needed more. */
  private unexpectedDedent(): PySyntaxError | null {
    return this.ch === DEDENT ? this.indentError('unexpected unindent', this.pos) : null;
  }

  /**
   * indentError reports at the first token after layout markers as CPython reports an INDENT or
   * DEDENT token: the offset is the width of the indentation, with no end.
   */
  private indentError(msg: string, marker: number, type: SyntaxErrorKind = 'IndentationError'): PySyntaxError {
    const { cx } = this;
    // A marker maps to the first token of its line, or to the end of the source.
    const at = cx.map[marker];
    if (at >= cx.lines.src.length) return this.v.endError(msg, type);
    const e = cx.errorAtSource(msg, at, at, type);
    return new PySyntaxError(e.type, msg, e.filename, e.lineno, e.offset - 1, e.text, e.lineno, -1);
  }

  /** expectedBlock: CPython's invalid_*_stmt rules `... ':' NEWLINE !INDENT`. */
  private expectedBlock(): PySyntaxError {
    const { text, v } = this;
    // The header is the logical line before pos; pos sits just after its newline.
    const header = v.lineFirst(v.indexAt(this.pos) - 1);
    let w = v.str(header);
    let k = header;
    if (w === 'async') w = v.str(++k);
    let owner = BLOCK_OWNERS[w] ?? `'${w}' statement`;
    if (w === 'except' && v.str(k + 1) === '*') owner = "'except*' statement";
    const headerLine = this.cx.loc(v.start(header), v.start(header)).lineno;
    const msg = `expected an indented block after ${owner} on line ${headerLine}`;
    // A line that dedents reaches the parser as a DEDENT token first.
    if (text[this.pos] === DEDENT || this.pos >= text.length) return this.indentError(msg, this.pos);
    return v.error(msg, v.indexAt(this.pos), 'IndentationError');
  }

  // ---------------------------------------------------------------- statements

  /** header: a compound statement's missing ':' (or '(' after `def name`). */
  private header(): PySyntaxError | null {
    const { v, tok, ch, expected } = this;
    // `try:=` is `try` and a walrus token: ohm matched the ':' of ':=' and failed after it.
    const walrus = v.str(tok) === ':=';
    if (!expected.has(':') && !expected.has('(') && !walrus) return null;
    const prev = tok - 1;
    if (prev < 0) return null;
    let first = v.lineFirst(prev);
    if (v.str(first) === 'async') first++;
    const w = v.str(first);
    const atNewline = ch === '\n';
    const where = (): PySyntaxError => (atNewline ? v.newlineError("expected ':'", this.pos) : v.error("expected ':'", tok));
    if (w === 'def' && expected.has('(') && prev === first + 1) {
      const msg = "expected '('";
      return atNewline ? v.newlineError(msg, this.pos) : v.error(msg, tok);
    }
    if (!expected.has(':') && !walrus) return null;
    if (FORCED_COLON.has(w)) {
      if (w !== 'def') return prev === first ? where() : null;
      // Only right after the parameter list or the return annotation.
      if (v.str(first + 2) !== '(') return null;
      const close = v.matchingClose(first + 2);
      if (close < 0 || close > prev) return null;
      if (close === prev) return where();
      return v.str(close + 1) === '->' && this.matches('Expression', { first: close + 2, last: prev }) ? where() : null;
    }
    if (NEWLINE_COLON.has(w) && atNewline) return where();
    return null;
  }

  /**
   * exceptStarWithoutType: invalid_except_star_stmt, `except*` with no type. CPython's second pass
   * meets it on its way to a later failure, so it is looked for on the lines before this one.
   */
  private exceptStarWithoutType(): PySyntaxError | null {
    const { v, cx } = this;
    const end = Math.min(this.tok, v.count - 1);
    for (let k = v.indexAt(cx.base); k + 1 <= end; k++) {
      if (v.str(k) !== 'except' || v.str(k + 1) !== '*' || !v.startsLine(k)) continue;
      const msg = 'expected one or more exception types';
      if (k + 2 < v.count && v.str(k + 2) === ':' && !v.startsLine(k + 2)) return v.error(msg, k + 2);
      if (k + 2 >= v.count || v.startsLine(k + 2)) return v.newlineError(msg, this.text.indexOf('\n', v.end(k + 1)));
    }
    return null;
  }

  /**
   * exceptMix: invalid_try_stmt's `except` after `except*` handlers, or the reverse, on the way to
   * a later failure (a chunk that matches has this checked in the semantics).
   */
  private exceptMix(): PySyntaxError | null {
    const { v, cx, text } = this;
    // The handlers of each open `try`, by block depth: null until the first handler.
    const kinds: (boolean | null | undefined)[] = [];
    let depth = 0;
    for (let k = v.indexAt(cx.base); k < Math.min(this.tok, v.count); k++) {
      if (!v.startsLine(k)) continue;
      for (let q = k > 0 ? v.end(k - 1) : cx.base; q < v.start(k); q++) {
        if (text[q] === INDENT) depth++;
        else if (text[q] === DEDENT && depth > 0) {
          kinds.length = depth;
          depth--;
        }
      }
      const w = v.str(k);
      if (w === 'try') kinds[depth] = null;
      else if (w === 'except' && kinds[depth] !== undefined) {
        const star = v.str(k + 1) === '*';
        const seen = kinds[depth];
        if (seen === null) kinds[depth] = star;
        else if (seen !== star) {
          // Only once its header is read to the ':'.
          let c = k + 1;
          while (c < this.tok && !v.startsLine(c) && !(v.str(c) === ':' && v.depth(c) === 0)) c++;
          if (c >= this.tok || v.str(c) !== ':') return null;
          const msg = "cannot have both 'except' and 'except*' on the same 'try'";
          return star ? v.range(msg, k, k + 1) : v.error(msg, k);
        }
      } else if (w !== 'else' && w !== 'finally' && w !== 'except') kinds.length = depth;
    }
    return null;
  }

  /** tryWithoutHandlers: invalid_try_stmt, `'try' ':' block !('except' | 'finally')`. */
  private tryWithoutHandlers(): PySyntaxError | null {
    if (!this.expected.has('except') && !this.expected.has('finally')) return null;
    const msg = "expected 'except' or 'finally' block";
    // At the end of an enclosing block, the last token read is a DEDENT.
    if (this.ch === DEDENT) return this.indentError(msg, this.pos, 'SyntaxError');
    return this.v.errorAfter(msg, this.pos);
  }

  // ---------------------------------------------------------------- expressions

  /** legacyCall: invalid_legacy_expression, `print x` and `exec x` as in Python 2. */
  private legacyCall(): PySyntaxError | null {
    const { v, tok } = this;
    const name = tok - 1;
    if (name < 0 || !isName(v.str(name)) || v.str(tok) === '(' || this.ch === '\n' || v.startsLine(tok)) return null;
    if (!v.startsLine(name) && !isSlotStart(v.str(name - 1))) return null;
    // CPython parses the expressions after any such name (`a=NAME !'(' b=star_expressions`), and
    // in them the next expression (invalid_expression): their strings' errors come first.
    const first = this.exprAfter(tok, 'Expression');
    const stringError = first && (this.stringErrorIn(first) ?? this.stringErrorIn(this.exprAfter(first.last + 1, 'Expression')));
    if (stringError) return stringError;
    if (!LEGACY.has(v.str(name))) return null;
    const rest = this.exprAfter(tok, 'StarExprs');
    if (rest === null) return null;
    const id = v.str(name);
    return v.range(`Missing parentheses in call to '${id}'. Did you mean ${id}(...)?`, name, rest.last);
  }

  /**
   * invalidTargetAfter: invalid_for_target and invalid_with_item, an expression that cannot be
   * assigned to after `for` or after a with item's `as`.
   */
  private invalidTargetAfter(): PySyntaxError | null {
    const { v, tok } = this;
    if (tok >= v.count || this.ch === '\n' || v.startsLine(tok)) return null;
    const first = v.lineFirst(tok);
    let kw = -1;
    let d = 0;
    for (let k = tok - 1; k >= first && tok - k < MAX_SCAN; k--) {
      const t = v.str(k);
      if (v.isClose(k)) d++;
      else if (v.isOpen(k)) {
        if (d === 0 && t !== '(') break;
        if (d > 0) d--;
      } else if (d === 0 && t === 'in') return null;
      else if (d === 0 && (t === 'for' || t === 'as')) {
        kw = k;
        break;
      }
    }
    if (kw < 0) return null;
    const isFor = v.str(kw) === 'for';
    if (!isFor && v.str(first) !== 'with' && !(v.str(first) === 'async' && v.str(first + 1) === 'with')) return null;
    const span = this.exprAfter(kw + 1, isFor ? 'StarExprs' : 'Expression');
    if (span === null || span.last < tok - 1) return null;
    if (!isFor && !(v.str(span.last + 1) === ',' || v.str(span.last + 1) === ')' || v.str(span.last + 1) === ':')) return null;
    const node = this.parse(isFor ? 'StarExprs' : 'Expression', span);
    if (node === null) return null;
    const bad = invalidTarget(node, isFor ? 'for' : 'assign');
    return bad ? this.cx.errorAt(`cannot assign to ${exprName(bad)}`, bad) : null;
  }

  /** missingDefault: invalid_default, `=` and no value before ',' or ')' in a parameter list. */
  private missingDefault(): PySyntaxError | null {
    const { v, tok } = this;
    const t = v.str(tok);
    if ((t !== ',' && t !== ')') || v.str(tok - 1) !== '=' || !isName(v.str(tok - 2))) return null;
    const open = v.enclosingOpen(tok);
    const inDef = open >= 0 && v.str(open) === '(' && isName(v.str(open - 1)) && v.str(open - 2) === 'def';
    let inLambda = false;
    if (!inDef) {
      for (let k = tok - 1; k >= v.lineFirst(tok) && tok - k < MAX_SCAN; k--) {
        const s = v.str(k);
        if (s === 'lambda') inLambda = true;
        if (s === 'lambda' || s === ':' || v.isOpen(k) || v.isClose(k)) break;
      }
    }
    return inDef || inLambda ? v.error('expected default value expression', tok - 1) : null;
  }

  /**
   * assignmentInExpression: a '=' where an expression continues: invalid_kwarg in a call,
   * invalid_named_expression in conditions, displays and subscripts.
   */
  private assignmentInExpression(): PySyntaxError | null {
    const { v, tok } = this;
    if (v.str(tok) !== '=') return null;
    const open = v.enclosingOpen(tok);
    const target = this.exprBefore(tok);
    if (target === null) return null;
    const before = v.str(target.first - 1);
    if (open >= 0 && this.isCallParen(open)) {
      if (!(target.first - 1 === open || before === ',')) return null;
      if (target.first === target.last) {
        const t = v.str(target.first);
        if (t === 'True' || t === 'False' || t === 'None') return v.range(`cannot assign to ${t}`, target.first, tok);
        return null;
      }
      return v.range('expression cannot contain assignment, perhaps you meant "=="?', target.first, tok);
    }
    if (open >= 0) {
      if (!(target.first - 1 === open || before === ',')) return null;
    } else {
      const first = v.lineFirst(tok);
      const w = v.str(first);
      if (target.first - 1 !== first || !(w === 'if' || w === 'elif' || w === 'while' || w === 'match' || w === '@')) return null;
    }
    const value = this.exprAfter(tok + 1, 'Disj', true);
    if (value === null) return null;
    const next = v.str(value.last + 1);
    if (next === '=' || next === ':=') return null;
    const a = v.str(target.first);
    if (target.first === target.last && isName(a)) {
      return v.range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", target.first, value.last);
    }
    if (!this.isBitwiseOr(target) || a === '[' || a === 'True' || a === 'None' || a === 'False') return null;
    if (a === '(' && this.isTupleOrGenexp(target.first)) return null;
    const node = this.parse('Disj', target);
    if (node === null) return null;
    return v.range(`cannot assign to ${exprName(node)} here. Maybe you meant '==' instead of '='?`, target.first, target.last);
  }

  /** keywordGenexp: invalid_kwarg's `NAME '=' expression for_if_clauses` in a call. */
  private keywordGenexp(): PySyntaxError | null {
    const { v, tok } = this;
    const w = v.str(tok);
    if (w !== 'for' && w !== 'async') return null;
    const open = v.enclosingOpen(tok);
    if (open < 0 || !this.isCallParen(open)) return null;
    let d = 0;
    for (let k = tok - 1; k > open && tok - k < MAX_SCAN; k--) {
      if (v.isClose(k)) d++;
      else if (v.isOpen(k)) d--;
      else if (d === 0 && v.str(k) === ',') return null;
      else if (d === 0 && v.str(k) === '=' && isName(v.str(k - 1)) && (k - 2 === open || v.str(k - 2) === ',')) {
        return v.range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", k - 1, k);
      }
    }
    return null;
  }

  /** ifWithoutElse: invalid_expression's `disjunction 'if' disjunction !('else'|':')`. */
  private ifWithoutElse(): PySyntaxError | null {
    const { v, tok } = this;
    const next = this.ch === '\n' ? '\n' : v.str(tok);
    if (next === 'else' || next === ':' || tok === 0) return null;
    let d = 0;
    let ifTok = -1;
    const first = v.lineFirst(tok - 1);
    for (let k = tok - 1; k >= first && tok - k < MAX_SCAN; k--) {
      const t = v.str(k);
      if (v.isClose(k)) d++;
      else if (v.isOpen(k)) {
        if (d === 0) break;
        d--;
      } else if (d === 0 && t === 'if') {
        ifTok = k;
        break;
      } else if (d === 0 && STOPS.has(t)) break;
    }
    if (ifTok < 0 || ifTok + 1 > tok - 1) return null;
    if (!this.matches('Disj', { first: ifTok + 1, last: tok - 1 })) return null;
    const body = this.exprBefore(ifTok);
    // After `for ... in`, an `if` is a comprehension's condition, not a conditional expression.
    if (body === null || v.str(body.first - 1) === 'for') return null;
    return v.range("expected 'else' after 'if' expression", body.first, tok - 1);
  }

  /** dictItem: invalid_double_starred_kvpairs and invalid_kvpair, a key without ':' or value. */
  private dictItem(): PySyntaxError | null {
    const { v, tok } = this;
    const next = v.str(tok);
    if (next !== '}' && next !== ',') return null;
    const open = v.enclosingOpen(tok);
    if (open < 0 || v.str(open) !== '{') return null;
    // Items of the display so far, split at its top-level commas.
    const items: Span[] = [];
    let d = 0;
    let start = open + 1;
    for (let k = open + 1; k < tok; k++) {
      if (v.isOpen(k)) d++;
      else if (v.isClose(k)) d--;
      else if (d === 0 && v.str(k) === ',') {
        items.push({ first: start, last: k - 1 });
        start = k + 1;
      }
    }
    const cur = { first: start, last: tok - 1 };
    if (cur.last < cur.first) return null;
    const colon = this.topLevel(cur, ':');
    if (colon === cur.last && colon > cur.first && this.matches('Expression', { first: cur.first, last: colon - 1 })) {
      return v.error("expression expected after dictionary key and ':'", colon);
    }
    if (colon >= 0 || items.length === 0) return null;
    for (const it of items) {
      if (v.str(it.first) !== '**' && this.topLevel(it, ':') < 0) return null;
    }
    if (!this.matches('Expression', cur)) return null;
    // CPython points at the key's last character, with no end.
    const keyEnd = this.cx.sourceEnd(v.end(cur.last));
    const e = this.cx.errorAtSource('', keyEnd - 1, keyEnd - 1);
    const startLine = this.cx.loc(v.start(cur.first), v.start(cur.first)).lineno;
    return new PySyntaxError('SyntaxError', "':' expected after dictionary key", e.filename, startLine, e.offset, e.text, e.lineno, 0);
  }

  /** parenthesizedParameters: invalid_parameters and invalid_lambda_parameters, `def f((a)):`. */
  private parenthesizedParameters(): PySyntaxError | null {
    const { v, tok } = this;
    if (v.str(tok) !== '(') return null;
    // Walk back over plain parameters `name,` to what opened the list.
    let k = tok - 1;
    while (v.str(k) === ',' && isName(v.str(k - 1))) k -= 2;
    let what: string;
    if (v.str(k) === 'lambda') what = 'Lambda expression parameters';
    else if (v.str(k) === '(' && isName(v.str(k - 1)) && v.str(k - 2) === 'def') what = 'Function parameters';
    else return null;
    const close = v.matchingClose(tok);
    if (close < 0) return null;
    for (let q = tok + 1; q < close; q++) {
      if ((q - tok) % 2 === 1 ? !isName(v.str(q)) : v.str(q) !== ',') return null;
    }
    return v.range(`${what} cannot be parenthesized`, tok, close);
  }

  /** missingComma: invalid_expression's `disjunction expression_without_invalid` inside brackets. */
  private missingComma(): PySyntaxError | null {
    const { v, tok } = this;
    if (tok >= v.count || this.ch === '\n') return null;
    const left = this.exprBefore(tok);
    if (left === null) return null;
    const before = v.str(left.first - 1);
    const slot = v.isOpen(left.first - 1) || before === ',' || before === ':' || before === '*' || before === '**'
      || before === '=' || (before === 'for' && this.topLevel({ first: left.first, last: tok - 1 }, 'in') < 0);
    if (!slot) return null;
    const a = v.str(left.first);
    if (SOFT_KEYWORDS.has(a) || (isName(a) && isString(v.str(left.first + 1)))) return null;
    if (!this.inExpression(tok, left)) return null;
    if (left.first === left.last && LEGACY.has(a)) return null;
    // CPython parses the second expression (running its strings' checks) before it looks at the
    // bracket level.
    const right = this.exprAfter(tok, 'Expression');
    if (right === null) return null;
    const stringError = this.stringErrorIn(right);
    if (stringError) return stringError;
    if (v.depth(tok) === 0) return null;
    return v.range('invalid syntax. Perhaps you forgot a comma?', left.first, right.last);
  }

  /** invalidSyntax: no rule applies; CPython reports the last token it read. */
  private invalidSyntax(): PySyntaxError {
    const { v, text } = this;
    const colon = this.annotationColon();
    if (colon >= 0) return v.error('invalid syntax', colon);
    if (this.ch === '\n') return v.newlineError('invalid syntax', this.pos);
    let k = this.pos;
    while (text[k] === DEDENT || text[k] === INDENT || text[k] === '\n') k++;
    if (k >= text.length) {
      const e = v.endError('invalid syntax');
      return new PySyntaxError(e.type, e.msg, e.filename, e.lineno, 0, e.text, e.lineno, 0);
    }
    return v.error('invalid syntax', v.indexAt(k));
  }

  /**
   * annotationColon: our grammar reads `target: annotation` for any target and checks it later,
   * but CPython's first pass stops at the ':' after anything but a name, attribute or subscript.
   * Returns that ':' when the failure lies beyond it, or -1.
   */
  private annotationColon(): number {
    const { v, tok } = this;
    if (tok === 0 || tok > v.count) return -1;
    const first = this.simpleStatementStart(tok - 1);
    if (first < 0 || first >= tok - 1) return -1;
    const span = { first, last: tok - 1 };
    const colon = this.topLevel(span, ':');
    if (colon <= first || this.topLevel(span, '=') >= 0 || this.topLevel(span, 'lambda') >= 0) return -1;
    const target = this.parse('StarExprs', { first, last: colon - 1 });
    if (target === null) return -1;
    const ok = target._type === 'Name' || target._type === 'Attribute' || target._type === 'Subscript';
    return ok ? -1 : colon;
  }

  // ---------------------------------------------------------------- helpers

  /**
   * exprBefore finds the expression (a `Disj`) that ends just before token i: it starts after the
   * nearest token that no expression can contain, at the same bracket depth.
   */
  private exprBefore(i: number): Span | null {
    const { v } = this;
    if (v.startsLine(i)) return null;
    const first = v.lineFirst(Math.max(0, i - 1));
    const starts: number[] = [];
    let d = 0;
    for (let k = i - 1; k >= first && i - k < MAX_SCAN; k--) {
      const t = v.str(k);
      if (v.isClose(k)) d++;
      else if (v.isOpen(k)) {
        if (d === 0) break;
        d--;
      } else if (d === 0 && STOPS.has(t)) break;
      if (d === 0) starts.push(k);
    }
    for (let n = starts.length - 1, tries = 0; n >= 0 && tries < MAX_TRIES; n--, tries++) {
      const span = { first: starts[n], last: i - 1 };
      if (this.matches('Disj', span)) return span;
    }
    return null;
  }

  /**
   * exprAfter finds the longest expression (of grammar rule `rule`) that starts at token i, ending
   * at the same bracket depth; `bitwise` keeps only the operators of CPython's bitwise_or.
   */
  private exprAfter(i: number, rule: string, bitwise = false): Span | null {
    const { v } = this;
    if (i >= v.count || v.startsLine(i)) return null;
    const last = v.lineEnd(i);
    const ends: number[] = [];
    let d = 0;
    let k = i;
    for (; k < last && k - i < MAX_SCAN; k++) {
      const t = v.str(k);
      if (v.isOpen(k)) d++;
      else if (v.isClose(k)) {
        if (d === 0) break;
        d--;
      } else if (d === 0 && k > i && (STOPS.has(t) && (rule !== 'StarExprs' || t !== ',') && !(rule === 'Expression' && (t === 'if' || t === 'else')))) break;
      else if (d === 0 && bitwise && ABOVE_BITWISE.has(t)) break;
      if (d === 0) ends.push(k);
    }
    if (this.pending && d > 0 && k > i) {
      // Into a bracket left open, CPython reads until the tokens stop making sense, as far as
      // ohm gets matching the rest.
      const from = v.start(i);
      const m = grammar.match(this.text.slice(from, v.end(k - 1)), rule);
      this.furthest = Math.max(this.furthest, m.succeeded() ? v.end(k - 1) : from + (m as unknown as FailureInfo).getRightmostFailurePosition());
    }
    for (let n = ends.length - 1, tries = 0; n >= 0 && tries < MAX_TRIES; n--, tries++) {
      const span = { first: i, last: ends[n] };
      if (this.matches(rule, span)) {
        // The parser looks at the token after an expression to see that it has ended.
        const next = span.last + 1 < v.count ? v.start(span.last + 1) : this.text.length;
        this.furthest = Math.max(this.furthest, next);
        return span;
      }
    }
    return null;
  }

  /**
   * inExpression tells whether token i sits inside an expression's brackets, rather than in
   * brackets that hold names or patterns: a def's parameters, an import list, a case pattern.
   */
  private inExpression(i: number, left: Span): boolean {
    const { v } = this;
    const open = v.enclosingOpen(i);
    if (open >= 0 && v.str(open) === '(' && isName(v.str(open - 1)) && v.str(open - 2) === 'def') {
      // Only a default value or an annotation is an expression there.
      const before = v.str(left.first - 1);
      return before === '=' || before === ':';
    }
    const first = v.lineFirst(i);
    const w = v.str(first);
    if (w === 'from' || w === 'import') return false;
    if (w === 'case') {
      // A case's guard is an expression; its pattern is not.
      for (let k = first + 1; k < i; k++) if (v.str(k) === 'if' && v.depth(k) === 0) return true;
      return false;
    }
    return true;
  }

  /** topLevel returns the first token `t` at the top bracket level of a span, or -1. */
  private topLevel(span: Span, t: string): number {
    const { v } = this;
    let d = 0;
    for (let k = span.first; k <= span.last; k++) {
      if (v.isOpen(k)) d++;
      else if (v.isClose(k)) d--;
      else if (d === 0 && v.str(k) === t) return k;
    }
    return -1;
  }

  private isBitwiseOr(span: Span): boolean {
    const { v } = this;
    let d = 0;
    for (let k = span.first; k <= span.last; k++) {
      if (v.isOpen(k)) d++;
      else if (v.isClose(k)) d--;
      else if (d === 0 && ABOVE_BITWISE.has(v.str(k))) return false;
    }
    return true;
  }

  /** isTupleOrGenexp tells whether the parenthesized group opened at token i is a tuple or a generator. */
  private isTupleOrGenexp(i: number): boolean {
    const close = this.v.matchingClose(i);
    if (close < 0) return false;
    if (close === i + 1) return true;
    const inner = { first: i + 1, last: close - 1 };
    return this.topLevel(inner, ',') >= 0 || this.topLevel(inner, 'for') >= 0;
  }

  /** isCallParen tells whether the opening parenthesis at token i starts a call's arguments. */
  private isCallParen(i: number): boolean {
    const { v } = this;
    if (v.str(i) !== '(' || v.startsLine(i)) return false;
    const p = v.str(i - 1);
    if (p === ')' || p === ']' || p === '}' || isString(p)) return true;
    return isName(p) && v.str(i - 2) !== 'def';
  }

  /** matches tells whether the text of a span is exactly one `rule`. */
  private matches(rule: string, span: Span): boolean {
    if (span.last < span.first) return false;
    const { v } = this;
    return grammar.match(this.text.slice(v.start(span.first), v.end(span.last)), rule).succeeded();
  }

  /** parse builds the AST of a span matched as `rule`, or returns null. */
  private parse(rule: string, span: Span): ExprNode | null {
    const { v, cx } = this;
    const a = v.start(span.first);
    const m = grammar.match(this.text.slice(a, v.end(span.last)), rule);
    if (m.failed()) return null;
    const sub = new BuildContext(cx.text, cx.map, cx.lines, cx.filename, cx.tokens, cx.stringEnds, cx.fstring);
    sub.base = a;
    try {
      return buildAst<ExprNode>(m, sub, () => ({ _type: 'Constant', value: null, kind: null, lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 }));
    } catch {
      return null;
    }
  }
}

/** isSlotStart tells whether a token can come right before the start of an expression. */
function isSlotStart(t: string): boolean {
  return t === '(' || t === '[' || t === '{' || t === ',' || t === '=' || t === ':' || t === 'return' || t === 'yield'
    || t === 'if' || t === 'elif' || t === 'else' || t === 'while' || t === 'assert';
}

function isName(t: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(t) && !KEYWORDS.has(t) && !isString(t);
}

function isString(t: string): boolean {
  return t === STRING || /^[A-Za-z]{0,2}['"]/.test(t);
}

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/**
 * semanticError matches `source` (text that starts at text offset `base`) as `rule` and builds its
 * AST, returning the SyntaxError the semantics raise, or null when it does not match or builds.
 */
function semanticError(cx: BuildContext, source: string, base: number, rule: string, field: FieldParser): PySyntaxError | null {
  const m = grammar.match(source, rule);
  if (m.failed()) return null;
  const saved = cx.base;
  cx.base = base;
  try {
    buildAst(m, cx, field);
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  } finally {
    cx.base = saved;
  }
}
