// This file defines how a statement nested deeper than the JavaScript stack allows is reported:
// ohm's matcher and the AST semantics recurse once per nesting level, and a RangeError must never
// escape parse().

import type { BuildContext } from './context.js';
import type { PySyntaxError } from './errors.js';
import { DEDENT, INDENT } from './prepass.js';
import { TokenView } from './tokens.js';

/** isStackOverflow tells whether a JavaScript exception is the engine running out of stack. */
export function isStackOverflow(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  // V8 and JavaScriptCore throw RangeError, SpiderMonkey InternalError ("too much recursion").
  return (e.name === 'RangeError' || e.name === 'InternalError') && /call stack|recursion/i.test(e.message);
}

/**
 * NESTING_REPORTED: from this bracket depth on, a stack overflow is put down to the brackets.
 * ohm's matcher spends roughly 10 KB of stack per bracket level: with Node's default stack,
 * 100 to 200 levels overflow (depending on the construct), below CPython's limit of 200.
 */
const NESTING_REPORTED = 50;

/**
 * syntaxErrorFromOverflow reports a statement, text[a, b), that ran the JavaScript stack out while
 * being matched or converted. Deep brackets get CPython's "too many nested parentheses" at the
 * first bracket of the deepest level; anything else (long chains of `**`, of `x if c else`, of
 * lambda defaults) gets the message CPython 3.12 gives when its parser's stack overflows, at the
 * start of the statement.
 */
export function syntaxErrorFromOverflow(cx: BuildContext, a: number, b: number): PySyntaxError {
  const v = new TokenView(cx);
  let depth = 0;
  let deepest = 0;
  let at = -1;
  for (let k = v.indexAt(a); k < v.count && v.start(k) < b; k++) {
    if (v.isOpen(k)) {
      if (++depth > deepest) {
        deepest = depth;
        at = k;
      }
    } else if (v.isClose(k)) depth--;
  }
  if (deepest >= NESTING_REPORTED) return cx.error('too many nested parentheses', v.start(at), v.start(at));
  let k = a;
  while (cx.text[k] === INDENT || cx.text[k] === DEDENT || cx.text[k] === ' ') k++;
  return v.error('Parser stack overflowed - Python source too complex to parse', v.indexAt(k));
}
