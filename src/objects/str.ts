// Python's str type. For now: repr(), as CPython's Objects/unicodeobject.c unicode_repr().

import { PRINTABLE_RUN_STARTS } from './str-printable.js';

/** isPrintableCodePoint reports whether str.isprintable() holds for the one character `cp`. */
export function isPrintableCodePoint(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  let lo = 0;
  let hi = PRINTABLE_RUN_STARTS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (PRINTABLE_RUN_STARTS[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return (lo & 1) === 1;
}

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0');
}

/**
 * reprStr is Python's repr() of a str. A lone surrogate in `s` stands for itself (Python strs may
 * hold them) and is escaped as \udxxx.
 */
export function reprStr(s: string): string {
  // Single quotes unless the text has ' and no ", as unicode_repr() decides.
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f || isPrintableCodePoint(cp)) out += ch;
    else if (cp <= 0xff) out += '\\x' + hex(cp, 2);
    else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}
