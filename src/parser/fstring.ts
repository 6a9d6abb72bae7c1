// This file defines the parsing of f-string bodies as CPython 3.11 does it (Parser/string_parser.c):
// literal text with doubled braces and escapes, and replacement fields whose expression text is
// parsed again, wrapped in parentheses, by the full parser, then shifted to its place in the source.

import type { ExprNode, FormattedValue, JoinedStr, Located } from './ast.js';
import { decodeStr, EscapeError } from './strings.js';

/** FieldParser parses the text of one replacement field (already wrapped in parentheses). */
export type FieldParser = (source: string, lineShift: number, firstLineColShift: number) => ExprNode;

/** FStringPart: a piece of an f-string: literal text, or a formatted value. */
export type FStringPart = string | FormattedValue;

/** FStringError: an error in an f-string's structure (CPython reports it at the string's end). */
export class FStringError {
  constructor(readonly msg: string) {}
}

/** FStringToken: where the token sits, for the position shifting of field expressions. */
export interface FStringToken {
  /** text: the whole token, prefix and quotes included. */
  text: string;
  /** bodyOffset: where the body starts within the token. */
  bodyOffset: number;
  lineno: number;
  /** col: the token's UTF-8 byte column. */
  col: number;
}

/**
 * parseFString splits an f-string body into parts, parsing each field's expression. `kind` is the
 * Constant kind of the concatenation ('u' when its first token starts with a lowercase u), which
 * the literals of format specs inherit, except the last one (see joinParts).
 */
export function parseFString(
  body: string, raw: boolean, tok: FStringToken, loc: Located, parseField: FieldParser, kind: string | null = null,
): FStringPart[] {
  const p = new FStringScanner(body, raw, tok, loc, parseField, kind);
  const parts = p.parse(0);
  if (p.i < body.length) throw new FStringError("f-string: single '}' is not allowed");
  return parts;
}

class FStringScanner {
  i = 0;

  constructor(
    private readonly s: string,
    private readonly raw: boolean,
    private readonly tok: FStringToken,
    private readonly loc: Located,
    private readonly parseField: FieldParser,
    private readonly kind: string | null,
  ) {}

  /** parse reads literals and fields until the end, or (nested in a format spec) until '}'. */
  parse(level: number): FStringPart[] {
    const parts: FStringPart[] = [];
    const { s } = this;
    for (;;) {
      const lit = this.literal(level);
      if (lit.text) parts.push(lit.text);
      if (lit.again) continue;
      if (this.i >= s.length || s[this.i] === '}') return parts;
      parts.push(...this.field(level));
    }
  }

  /** literal reads text up to an undoubled brace; `again` means a doubled brace was consumed. */
  private literal(level: number): { text: string; again: boolean } {
    const { s, raw } = this;
    const start = this.i;
    let k = this.i;
    let again = false;
    let end = -1;
    while (k < s.length) {
      let ch = s[k++];
      if (!raw && ch === '\\' && k < s.length) {
        ch = s[k++];
        if (ch === 'N') {
          if (k < s.length && s[k++] === '{') {
            while (k < s.length && s[k++] !== '}') { /* skip the character name */ }
            continue;
          }
          break;
        }
      }
      if (ch === '{' || ch === '}') {
        if (level === 0) {
          if (k < s.length && s[k] === ch) {
            end = k; // keep one brace
            this.i = k + 1;
            again = true;
            break;
          }
          if (ch === '}') {
            this.i = k - 1;
            throw new FStringError("f-string: single '}' is not allowed");
          }
        }
        k--;
        break;
      }
    }
    if (!again) {
      end = k;
      this.i = k;
    }
    const piece = s.slice(start, end);
    let text: string;
    try {
      text = raw ? piece : decodeStr(piece);
    } catch (e) {
      if (e instanceof EscapeError) throw new FStringError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${e.pos}-${e.end}: ${e.msg}`);
      throw e;
    }
    return { text, again };
  }

  /** field reads one `{expr[=][!c][:spec]}`; the debug text, when present, comes first. */
  private field(level: number): FStringPart[] {
    const { s } = this;
    if (level >= 2) throw new FStringError('f-string: expressions nested too deeply');
    const brace = this.i;
    this.i++;
    const exprStart = this.i;
    let quote = '';
    let tripleQuote = false;
    const stack: string[] = [];
    for (; this.i < s.length; this.i++) {
      const ch = s[this.i];
      if (ch === '\\') throw new FStringError('f-string expression part cannot include a backslash');
      if (quote) {
        if (ch === quote) {
          if (tripleQuote) {
            if (s[this.i + 1] === ch && s[this.i + 2] === ch) {
              this.i += 2;
              quote = '';
            }
          } else quote = '';
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        tripleQuote = s[this.i + 1] === ch && s[this.i + 2] === ch;
        if (tripleQuote) this.i += 2;
        quote = ch;
      } else if (ch === '[' || ch === '{' || ch === '(') {
        if (stack.length >= 200) throw new FStringError('f-string: too many nested parenthesis');
        stack.push(ch);
      } else if (ch === '#') {
        throw new FStringError("f-string expression part cannot include '#'");
      } else if (stack.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
        if (this.i + 1 < s.length) {
          const next = s[this.i + 1];
          if (next === '=' && (ch === '!' || ch === '=' || ch === '<' || ch === '>')) {
            this.i++;
            continue;
          }
          if (ch === '>' || ch === '<') continue;
        }
        break;
      } else if (ch === ']' || ch === '}' || ch === ')') {
        const open = stack.pop();
        if (open === undefined) throw new FStringError(`f-string: unmatched '${ch}'`);
        if ((open === '(' && ch !== ')') || (open === '[' && ch !== ']') || (open === '{' && ch !== '}')) {
          throw new FStringError(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
        }
      }
    }
    const exprEnd = this.i;
    if (quote) throw new FStringError('f-string: unterminated string');
    if (stack.length) throw new FStringError(`f-string: unmatched '${stack[stack.length - 1]}'`);
    if (this.i >= s.length) throw new FStringError("f-string: expecting '}'");
    const exprText = s.slice(exprStart, exprEnd);
    if (/^[ \t\n\f]*$/.test(exprText)) {
      const c = s[this.i];
      throw new FStringError(c === '!' || c === ':' || c === '=' ? `f-string: expression required before '${c}'` : 'f-string: empty expression not allowed');
    }
    const value = this.compile(brace, exprText);

    const parts: FStringPart[] = [];
    let debug = false;
    if (s[this.i] === '=') {
      this.i++;
      while (this.i < s.length && ' \t\n\r\f\v'.includes(s[this.i])) this.i++;
      parts.push(s.slice(exprStart, this.i));
      debug = true;
    }
    let conversion = -1;
    if (s[this.i] === '!') {
      this.i++;
      if (this.i >= s.length) throw new FStringError("f-string: expecting '}'");
      const c = s[this.i++];
      if (c !== 's' && c !== 'r' && c !== 'a') {
        throw new FStringError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = c.charCodeAt(0);
    }
    if (this.i >= s.length) throw new FStringError("f-string: expecting '}'");
    let formatSpec: JoinedStr | null = null;
    if (s[this.i] === ':') {
      this.i++;
      if (this.i >= s.length) throw new FStringError("f-string: expecting '}'");
      const specParts = this.parse(level + 1);
      // As CPython 3.11's fstring_parse(): a format spec is finished at the string token holding
      // it, not the whole concatenation, so its JoinedStr and trailing literal take that token's
      // span, and that token (an f-string, never u-prefixed) gives the trailing literal no kind.
      const at = this.tokenLoc();
      formatSpec = { _type: 'JoinedStr', values: joinParts(specParts, this.loc, this.kind, { loc: at, kind: null }), ...at };
    }
    if (this.i >= s.length || s[this.i] !== '}') throw new FStringError("f-string: expecting '}'");
    this.i++;
    if (debug && formatSpec === null && conversion === -1) conversion = 114; // 'r'
    parts.push({ _type: 'FormattedValue', value, conversion, format_spec: formatSpec, ...this.loc });
    return parts;
  }

  /** tokenLoc is the span of the string token itself (this.loc spans all the concatenated tokens). */
  private tokenLoc(): Located {
    const { text, lineno, col } = this.tok;
    const nl = text.lastIndexOf('\n');
    if (nl < 0) return { lineno, col_offset: col, end_lineno: lineno, end_col_offset: col + utf8Len(text) };
    let lines = 0;
    for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) lines++;
    return { lineno, col_offset: col, end_lineno: lineno + lines, end_col_offset: utf8Len(text.slice(nl + 1)) };
  }

  /** compile parses a field's expression, with CPython's position shifting. */
  private compile(brace: number, exprText: string): ExprNode {
    const { tok } = this;
    const braceInToken = tok.bodyOffset + brace;
    const before = tok.text.slice(0, braceInToken);
    let lines = 0;
    for (let k = before.indexOf('\n'); k >= 0; k = before.indexOf('\n', k + 1)) lines++;
    // When only whitespace separates '{' from a newline, CPython does not shift columns.
    let newlineAfterBrace = true;
    for (let k = braceInToken + 1; k < tok.text.length && tok.text[k] !== '}' && tok.text[k] !== '\n'; k++) {
      const c = tok.text[k];
      if (c !== ' ' && c !== '\t' && c !== '\f') { newlineAfterBrace = false; break; }
    }
    let cols = 0;
    if (!newlineAfterBrace) {
      const nl = before.lastIndexOf('\n');
      cols = utf8Len(before.slice(nl + 1));
    }
    const colShift = lines === 0 ? tok.col + cols : cols;
    return this.parseField('(' + exprText + ')', tok.lineno - 1 + lines, colShift);
  }
}

function utf8Len(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; k++; }
    else n += 3;
  }
  return n;
}

/**
 * joinParts merges adjacent literal parts and turns them into Constant nodes with `loc` and
 * `kind`, except a literal after the last field, which CPython's FstringParser_Finish() makes
 * from the tokens it is given: `last`, the same as the others at the top level of an f-string.
 */
export function joinParts(
  parts: FStringPart[], loc: Located, kind: string | null = null, last: { loc: Located; kind: string | null } = { loc, kind },
): ExprNode[] {
  const out: ExprNode[] = [];
  let pending = '';
  for (const p of parts) {
    if (typeof p === 'string') pending += p;
    else {
      if (pending) out.push({ _type: 'Constant', value: pending, kind, ...loc });
      pending = '';
      out.push(p);
    }
  }
  if (pending) out.push({ _type: 'Constant', value: pending, kind: last.kind, ...last.loc });
  return out;
}
