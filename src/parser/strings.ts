// This file defines the decoding of string and bytes literals: prefixes, quotes, and the escape
// sequences of CPython's Objects/unicodeobject.c (_PyUnicode_DecodeUnicodeEscapeInternal) and
// Objects/bytesobject.c (_PyBytes_DecodeEscape).

import { lookupUnicodeName } from './unicode-names.js';

/** LiteralToken: one string literal token, split into its parts. */
export interface LiteralToken {
  raw: boolean;
  bytes: boolean;
  fstring: boolean;
  /**
   * unicode: the token starts with a lowercase 'u'. Only that gives a Constant kind='u': CPython's
   * make_str_node_and_del() looks at the first byte of the first token, so U'' has no kind.
   */
  unicode: boolean;
  /** body: the text between the quotes. */
  body: string;
  /** bodyOffset: where the body starts within the token. */
  bodyOffset: number;
}

/** splitLiteral reads a literal token's prefix and quotes. */
export function splitLiteral(tok: string): LiteralToken {
  let k = 0;
  let raw = false, bytes = false, fstring = false, unicode = false;
  for (; k < tok.length; k++) {
    const c = tok[k];
    if (c === 'r' || c === 'R') raw = true;
    else if (c === 'b' || c === 'B') bytes = true;
    else if (c === 'f' || c === 'F') fstring = true;
    else if (c === 'u' || c === 'U') unicode = k === 0 && c === 'u';
    else break;
  }
  const q = tok[k];
  const triple = tok.length - k >= 6 && tok[k + 1] === q && tok[k + 2] === q;
  const ql = triple ? 3 : 1;
  return { raw, bytes, fstring, unicode, body: tok.slice(k + ql, tok.length - ql), bodyOffset: k + ql };
}

/** EscapeError: a bad escape; `pos` is the offset within the decoded body. */
export class EscapeError {
  constructor(readonly msg: string, readonly pos: number, readonly end: number = pos) {}
}

function hexValue(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(at + i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else return -1;
    v = v * 16 + d;
  }
  return v;
}

/** decodeStr decodes the escapes of a non-raw str literal body. */
export function decodeStr(s: string): string {
  if (s.indexOf('\\') < 0) return s;
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    const j = s.indexOf('\\', i);
    if (j < 0) { out += s.slice(i); break; }
    out += s.slice(i, j);
    i = j + 1;
    if (i >= n) {
      // Only an f-string piece can end in a backslash (`f"a \{b}"`); CPython keeps it as is.
      out += '\\';
      break;
    }
    const c = s[i++];
    switch (c) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case "'": out += "'"; break;
      case '"': out += '"'; break;
      case 'a': out += '\x07'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let v = c.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (s.charCodeAt(i++) - 48);
        out += String.fromCharCode(v);
        break;
      }
      case 'x': case 'u': case 'U': {
        const len = c === 'x' ? 2 : c === 'u' ? 4 : 8;
        const v = i + len <= n ? hexValue(s, i, len) : -1;
        if (v < 0) {
          const what = c === 'x' ? '\\xXX' : c === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
          let end = i;
          while (end < n && end < i + len && hexValue(s, end, 1) >= 0) end++;
          throw new EscapeError(`truncated ${what} escape`, j, end - 1);
        }
        if (v > 0x10ffff) throw new EscapeError('illegal Unicode character', j, i + len - 1);
        out += String.fromCodePoint(v);
        i += len;
        break;
      }
      case 'N': {
        if (s[i] !== '{') throw new EscapeError('malformed \\N character escape', j, i - 1);
        const close = s.indexOf('}', i);
        if (close < 0) throw new EscapeError('malformed \\N character escape', j, n - 1);
        const cp = lookupUnicodeName(s.slice(i + 1, close));
        if (cp === undefined) throw new EscapeError('unknown Unicode character name', j, close);
        out += String.fromCodePoint(cp);
        i = close + 1;
        break;
      }
      default:
        out += '\\' + c;
    }
  }
  return out;
}

/** decodeBytes decodes a bytes literal body (raw or not) into its byte values. */
export function decodeBytes(s: string, raw: boolean): number[] {
  const out: number[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const ch = s.charCodeAt(i);
    if (ch >= 0x80) throw new EscapeError('bytes can only contain ASCII literal characters', i);
    if (ch !== 92 || raw) { out.push(ch); i++; continue; }
    const j = i;
    i++;
    if (i >= n) throw new EscapeError('\\ at end of string', j);
    const c = s[i++];
    switch (c) {
      case '\n': break;
      case '\\': out.push(92); break;
      case "'": out.push(39); break;
      case '"': out.push(34); break;
      case 'a': out.push(7); break;
      case 'b': out.push(8); break;
      case 'f': out.push(12); break;
      case 'n': out.push(10); break;
      case 'r': out.push(13); break;
      case 't': out.push(9); break;
      case 'v': out.push(11); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let v = c.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (s.charCodeAt(i++) - 48);
        out.push(v & 0xff);
        break;
      }
      case 'x': {
        const v = i + 2 <= n ? hexValue(s, i, 2) : -1;
        if (v < 0) throw new EscapeError('invalid \\x escape', j);
        out.push(v);
        i += 2;
        break;
      }
      default:
        out.push(92, c.charCodeAt(0));
    }
  }
  return out;
}
