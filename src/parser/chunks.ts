// This file defines how a large class is cut into pieces that are matched one by one: ohm keeps a
// memo record for every rule tried at every position until a match ends, so matching a 3,000-line
// class in one go holds (and garbage-collects) far more than matching its methods one at a time.
// See ARCHITECTURE.md for the measurements.

import { DEDENT, INDENT } from './prepass.js';

/** ClassSplit: the pieces of a class statement in the normalized text. */
export interface ClassSplit {
  /** headEnd: the end of the decorators and the `class ...:` line, its NEWLINE included. */
  readonly headEnd: number;
  /** members: the start of each member statement of the body, then the end of the body. */
  readonly members: number[];
}

/** SPLIT_THRESHOLD: classes shorter than this (in characters) are matched whole. */
const SPLIT_THRESHOLD = 2000;

const CONTINUATIONS = ['else', 'elif', 'except', 'finally'];

/**
 * splitClass returns how to cut the statement text[a, b) into a class head and member statements,
 * or null when it is not a large class with an indented body.
 */
export function splitClass(text: string, newlines: number[], a: number, b: number): ClassSplit | null {
  if (b - a < SPLIT_THRESHOLD) return null;
  let nlIdx = firstNewlineAtOrAfter(newlines, a);
  let k = a;
  // Decorator lines come first, one logical line each.
  while (text.charCodeAt(k) === 64 && nlIdx < newlines.length) {
    k = newlines[nlIdx] + 1;
    nlIdx++;
  }
  if (!text.startsWith('class', k) || isIdChar(text.charCodeAt(k + 5))) return null;
  if (nlIdx >= newlines.length) return null;
  const headNl = newlines[nlIdx];
  if (headNl >= b || text[headNl + 1] !== INDENT) return null;
  const members: number[] = [];
  let depth = 1;
  let p = headNl + 2;
  let prevDecorator = false;
  for (;;) {
    // p is the start of a logical line inside the body; it may begin with layout markers.
    let q = p;
    while (q < b) {
      const c = text[q];
      if (c === INDENT) depth++;
      else if (c === DEDENT) {
        depth--;
        if (depth === 0) {
          members.push(q);
          return members.length > 1 ? { headEnd: headNl + 1, members } : null;
        }
      } else break;
      q++;
    }
    if (q >= b) return null;
    if (depth === 1 && !prevDecorator && !startsWithContinuation(text, q)) members.push(q);
    prevDecorator = depth === 1 && text.charCodeAt(q) === 64;
    nlIdx = firstNewlineAtOrAfter(newlines, q, nlIdx);
    if (nlIdx >= newlines.length) return null;
    p = newlines[nlIdx] + 1;
    nlIdx++;
  }
}

function startsWithContinuation(text: string, q: number): boolean {
  for (const w of CONTINUATIONS) {
    if (text.startsWith(w, q) && !isIdChar(text.charCodeAt(q + w.length))) return true;
  }
  return false;
}

function isIdChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || (c >= 0x80 && c !== 0xe000 && c !== 0xe001);
}

/** firstNewlineAtOrAfter returns the index of the first NEWLINE offset >= pos, searching from `from`. */
function firstNewlineAtOrAfter(newlines: number[], pos: number, from = 0): number {
  let lo = from;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (newlines[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
