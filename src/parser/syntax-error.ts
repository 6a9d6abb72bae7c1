// This file defines how a failed match becomes CPython's SyntaxError: ohm reports the rightmost
// position where the grammar failed and what it expected there; this maps that back to the source
// token and chooses CPython's message (indentation errors, "expected ':'", "invalid syntax").

import type { MatchResult } from 'ohm-js';
import type { BuildContext } from './context.js';
import { PySyntaxError } from './errors.js';
import { DEDENT, INDENT } from './prepass.js';

const BLOCK_OWNERS: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", while: "'while' statement",
  for: "'for' statement", with: "'with' statement", try: "'try' statement", except: "'except' statement",
  finally: "'finally' statement", def: 'function definition', class: 'class definition',
  match: "'match' statement", case: "'case' statement",
};

/** FailureInfo: the parts of ohm's MatchResult that report where and why a match failed. */
interface FailureInfo {
  getRightmostFailurePosition(): number;
  getRightmostFailures(): { isFluffy(): boolean; getText(): string }[];
}

/** syntaxErrorFromFailure explains a failed match of the chunk that starts at cx.base. */
export function syntaxErrorFromFailure(match: MatchResult, cx: BuildContext): PySyntaxError {
  const m = match as unknown as FailureInfo;
  const { text } = cx;
  let pos = cx.base + m.getRightmostFailurePosition();
  const expected = new Set<string>();
  for (const f of m.getRightmostFailures()) {
    if (!f.isFluffy()) expected.add(f.getText());
  }
  while (text.charCodeAt(pos) === 32) pos++;
  const ch = text[pos];

  if (ch === INDENT) {
    const tok = tokenAt(cx, pos + 1);
    return cx.error('unexpected indent', tok.start, tok.start, 'IndentationError');
  }
  if (expected.has(INDENT)) {
    return expectedBlock(cx, pos);
  }
  if (expected.has(':') && isCompoundHeader(cx, pos)) {
    const tok = tokenAt(cx, pos);
    return cx.error("expected ':'", tok.start, tok.end);
  }
  if (ch === '\n' || ch === DEDENT || ch === undefined) {
    const at = Math.min(pos, cx.map.length - 1);
    return cx.error('invalid syntax', at, at);
  }
  const tok = tokenAt(cx, pos);
  return cx.error('invalid syntax', tok.start, tok.end);
}

/** tokenAt finds the pre-pass token that holds text offset `pos` (or the next one). */
function tokenAt(cx: BuildContext, pos: number): { start: number; end: number } {
  const t = cx.tokens;
  let lo = 0;
  let hi = t.length / 2 - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid * 2] <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found >= 0 && pos < t[found * 2 + 1]) return { start: t[found * 2], end: t[found * 2 + 1] };
  if (found + 1 < t.length / 2) return { start: t[(found + 1) * 2], end: t[(found + 1) * 2 + 1] };
  return { start: pos, end: pos };
}

/** logicalLineStart returns the text offset where the logical line holding `pos` begins. */
function logicalLineStart(text: string, pos: number): number {
  let k = Math.min(pos, text.length) - 1;
  while (k >= 0 && text[k] !== '\n') k--;
  k++;
  while (text[k] === INDENT || text[k] === DEDENT || text[k] === ' ') k++;
  return k;
}

function firstWord(text: string, at: number): string {
  const m = /^[A-Za-z_]+/.exec(text.slice(at, at + 12));
  return m ? m[0] : '';
}

function isCompoundHeader(cx: BuildContext, pos: number): boolean {
  const start = logicalLineStart(cx.text, pos);
  let w = firstWord(cx.text, start);
  if (w === 'async') w = firstWord(cx.text, start + 6);
  return w in BLOCK_OWNERS || cx.text[start] === '@';
}

/** expectedBlock reports a missing indented block, naming the statement that wanted it. */
function expectedBlock(cx: BuildContext, pos: number): PySyntaxError {
  const { text } = cx;
  // The header is the logical line before `pos`; pos sits just after its newline.
  const headerStart = logicalLineStart(text, pos - 1);
  let w = firstWord(text, headerStart);
  if (w === 'async') w = firstWord(text, headerStart + 6);
  const owner = BLOCK_OWNERS[w] ?? `'${w}' statement`;
  const headerLine = cx.loc(headerStart, headerStart).lineno;
  const msg = `expected an indented block after ${owner} on line ${headerLine}`;
  let at = pos;
  while (text[at] === DEDENT) at++;
  if (at >= text.length) {
    const src = cx.lines.src;
    return cx.errorAtSource(msg, src.length, src.length, 'IndentationError');
  }
  const tok = tokenAt(cx, at);
  return cx.error(msg, tok.start, tok.end, 'IndentationError');
}
