// Source file decoding (PEP 263) as CPython 3.11 does it when it runs a file: a UTF-8 BOM, a coding
// cookie on line 1 or 2, UTF-8 otherwise, and the SyntaxErrors of Parser/tokenizer.c when that fails.

import { PySyntaxError } from './errors.js';
import { utf8Decode, utf8Encode } from './utf8.js';

const PEP263 = 'see https://peps.python.org/pep-0263/ for details';

/** Decoder: turns a file's bytes from `start` (past any BOM) into text, or null if they do not decode. */
type Decoder = (bytes: Uint8Array, start: number) => string | null;

function latin1(bytes: Uint8Array, start: number): string {
  let out = '';
  for (let i = start; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, Math.min(i + 8192, bytes.length)));
  }
  return out;
}

function ascii(bytes: Uint8Array, start: number): string | null {
  for (let i = start; i < bytes.length; i++) if (bytes[i]! >= 0x80) return null;
  return latin1(bytes, start);
}

// cp1252's 0x80-0x9F; -1 marks the five bytes Python's cp1252 codec leaves undefined.
const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
];

function cp1252(bytes: Uint8Array, start: number): string | null {
  const units: number[] = [];
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i]!;
    const u = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
    if (u < 0) return null;
    units.push(u);
  }
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
}

function strictUtf8(bytes: Uint8Array, start: number): string | null {
  const r = utf8Decode(bytes, start, bytes.length, false);
  return typeof r === 'string' ? r : null;
}

// Python's codec names for the encodings we decode, after encodings.normalize_encoding(); the
// aliases are those of Lib/encodings/aliases.py.
const CODECS: Readonly<Record<string, Decoder>> = (() => {
  const table: Record<string, Decoder> = {};
  const add = (decoder: Decoder, names: string[]): void => names.forEach((n) => (table[n] = decoder));
  add(strictUtf8, ['utf_8', 'cp65001', 'u8', 'utf', 'utf8', 'utf8_ucs2', 'utf8_ucs4']);
  add(latin1, [
    'latin_1', '8859', 'cp819', 'csisolatin1', 'ibm819', 'iso8859', 'iso8859_1', 'iso_8859_1', 'iso_8859_1_1987',
    'iso_ir_100', 'l1', 'latin', 'latin1',
  ]);
  add(ascii, [
    'ascii', '646', 'ansi_x3.4_1968', 'ansi_x3.4_1986', 'ansi_x3_4_1968', 'cp367', 'csascii', 'ibm367', 'iso646_us',
    'iso_646.irv_1991', 'iso_ir_6', 'us', 'us_ascii',
  ]);
  add(cp1252, ['cp1252', '1252', 'windows_1252']);
  return table;
})();

// As codecs.lookup(): lower case, runs of punctuation other than '.' folded to one '_', then the
// alias table, where '.' may also stand for '_'.
function lookupCodec(name: string): Decoder | undefined {
  const norm = name.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
  return CODECS[norm] ?? CODECS[norm.replace(/\./g, '_')];
}

// As tokenizer.c get_normal_name(): only the UTF-8 and Latin-1 spellings are normalized, judged
// on the first 12 characters.
function normalName(s: string): string {
  const buf = s.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (buf === 'utf-8' || buf.startsWith('utf-8-')) return 'utf-8';
  if (
    buf === 'latin-1' || buf === 'iso-8859-1' || buf === 'iso-latin-1' ||
    buf.startsWith('latin-1-') || buf.startsWith('iso-8859-1-') || buf.startsWith('iso-latin-1-')
  ) {
    return 'iso-8859-1';
  }
  return s;
}

/** Line: a line's byte range, without its end-of-line bytes; `eol` tells whether it had any. */
interface Line {
  start: number;
  end: number;
  eol: boolean;
  next: number;
}

// Lines end at \n, \r\n or \r, as the tokenizer reads them through universal newlines.
function lineAt(bytes: Uint8Array, start: number): Line {
  let end = start;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  if (end === bytes.length) return { start, end, eol: false, next: end };
  const next = bytes[end] === 0x0d && bytes[end + 1] === 0x0a ? end + 2 : end + 1;
  return { start, end, eol: true, next };
}

// As tokenizer.c get_coding_spec(): the cookie must be in a comment alone on its line. The line is
// scanned as CPython scans it, newline included, so a cookie needs a character after "coding".
function codingSpec(bytes: Uint8Array, line: Line): string | null {
  const text = latin1(bytes.subarray(line.start, line.end), 0) + (line.eol ? '\n' : '');
  const size = text.length;
  let i = 0;
  for (; i < size - 6; i++) {
    if (text[i] === '#') break;
    if (text[i] !== ' ' && text[i] !== '\t' && text[i] !== '\f') return null;
  }
  for (; i < size - 6; i++) {
    if (!text.startsWith('coding', i)) continue;
    let t = i + 6;
    if (text[t] !== ':' && text[t] !== '=') continue;
    do t++;
    while (text[t] === ' ' || text[t] === '\t');
    const begin = t;
    while (t < size && /[A-Za-z0-9._-]/.test(text[t]!)) t++;
    if (begin < t) return normalName(text.slice(begin, t));
  }
  return null;
}

// Whether line 2 may still hold the cookie: line 1 is blank or only a comment.
function onlyCommentOrBlank(bytes: Uint8Array, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const b = bytes[i]!;
    if (b === 0x23) return true;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0c) return false;
  }
  return true;
}

function error(msg: string): PySyntaxError {
  // CPython raises these without a location: the message is all that is printed.
  return new PySyntaxError('SyntaxError', msg, '', 0, 0, null, 0, 0);
}

function hex2(b: number): string {
  return b.toString(16).padStart(2, '0');
}

/** Token: a token's byte range, as CPython's error locations use it (a NEWLINE ends where it starts). */
interface Token {
  start: number;
  end: number;
}

/**
 * Undecodable: an invalid UTF-8 byte and the stretch of bytes CPython decodes it in. An error in an
 * identifier points at the byte; one in a string literal points at the token after the string,
 * the parser's look-ahead when it gave up.
 */
interface Undecodable {
  index: number;
  chunkStart: number;
  chunkEnd: number;
  token: Token | null;
}

const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;
const isIdentByte = (b: number): boolean =>
  b >= 0x80 || b === 0x5f || isDigit(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a);
const isEol = (b: number | undefined): boolean => b === 0x0a || b === 0x0d;
const OPERATORS = ['**=', '//=', '>>=', '<<=', '...', '->', ':=', '**', '//', '>>', '<<', '<=', '>=', '==', '!=',
  '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@='];

function endOfLine(bytes: Uint8Array, i: number): number {
  while (i < bytes.length && !isEol(bytes[i])) i++;
  return i;
}

// The token that starts at or after `i`, where `depth` open brackets make line ends insignificant.
// A NEWLINE token runs from the comment before it, if any, to the line's end, as tokenizer.c has it.
function nextToken(bytes: Uint8Array, i: number, depth: number): Token {
  const n = bytes.length;
  for (;;) {
    while (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0c) i++;
    const comment = i;
    if (bytes[i] === 0x23) i = endOfLine(bytes, i);
    if (i >= n) return { start: comment, end: i };
    if (isEol(bytes[i])) {
      if (depth === 0) return { start: comment, end: i };
      i += bytes[i] === 0x0d && bytes[i + 1] === 0x0a ? 2 : 1;
    } else if (bytes[i] === 0x5c && isEol(bytes[i + 1])) {
      i += bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a ? 3 : 2;
    } else {
      break;
    }
  }
  let j = i;
  if (bytes[i] === 0x22 || bytes[i] === 0x27) return { start: i, end: scanString(bytes, '', i).next };
  if (isIdentByte(bytes[i]!)) {
    while (j < n && isIdentByte(bytes[j]!)) j++;
    if (bytes[j] === 0x22 || bytes[j] === 0x27) return { start: i, end: scanString(bytes, '', j).next };
    return { start: i, end: j };
  }
  const op = OPERATORS.find((o) => latin1(bytes.subarray(i, i + o.length), 0) === o);
  return { start: i, end: i + (op?.length ?? 1) };
}

function firstError(bytes: Uint8Array, a: number, b: number): { index: number } | null {
  const r = utf8Decode(bytes, a, b, false);
  return typeof r === 'string' ? null : r;
}

/** StringScan: a string literal's first undecodable byte (without its location yet), and its end. */
interface StringScan {
  error: Undecodable | null;
  next: number;
}

// A string literal whose quote is at `q`, with `prefix` before it.
function scanString(bytes: Uint8Array, prefix: string, q: number): StringScan {
  const n = bytes.length;
  const quote = bytes[q]!;
  const triple = bytes[q + 1] === quote && bytes[q + 2] === quote;
  const bodyStart = q + (triple ? 3 : 1);
  let k = bodyStart;
  let escapes = false;
  while (k < n) {
    const c = bytes[k]!;
    if (c === 0x5c) {
      escapes = true;
      k++;
      if (k < n && bytes[k]! < 0x80) k++;
    } else if (c === quote && (!triple || (bytes[k + 1] === quote && bytes[k + 2] === quote))) {
      break;
    } else if (!triple && isEol(c)) {
      break;
    } else {
      k++;
    }
  }
  const next = k < n && bytes[k] === quote ? k + (triple ? 3 : 1) : k;
  // A bytes literal with non-ASCII bytes is the parser's error to report, whatever the bytes.
  if (prefix.includes('b')) return { error: null, next };
  const e = firstError(bytes, bodyStart, k);
  if (e === null) return { error: null, next };
  if (!escapes || prefix.includes('r')) return { error: { index: e.index, chunkStart: bodyStart, chunkEnd: k, token: null }, next };
  // With escapes, CPython's decode_unicode_with_escapes() decodes each run of non-ASCII bytes alone.
  let a = e.index;
  while (a > bodyStart && bytes[a - 1]! >= 0x80) a--;
  let z = e.index;
  while (z < k && bytes[z]! >= 0x80) z++;
  return { error: { index: e.index, chunkStart: a, chunkEnd: z, token: null }, next };
}

// The first invalid UTF-8 byte that CPython would try to decode in a file declared UTF-8. It
// decodes only identifiers and string literals, so bad bytes in comments pass unnoticed.
function firstUndecodable(bytes: Uint8Array, start: number): Undecodable | null {
  const n = bytes.length;
  let depth = 0;
  let i = start;
  const inString = (prefix: string, q: number): Undecodable | null => {
    const s = scanString(bytes, prefix, q);
    if (s.error) return { ...s.error, token: nextToken(bytes, s.next, depth) };
    i = s.next;
    return null;
  };
  while (i < n) {
    const b = bytes[i]!;
    if (b === 0x23) {
      i = endOfLine(bytes, i);
    } else if (b === 0x22 || b === 0x27) {
      const e = inString('', i);
      if (e) return e;
    } else if (isIdentByte(b) && !isDigit(b)) {
      let j = i;
      while (j < n && isIdentByte(bytes[j]!)) j++;
      const word = latin1(bytes.subarray(i, j), 0).toLowerCase();
      if ((bytes[j] === 0x22 || bytes[j] === 0x27) && /^[rbuf]{1,2}$/.test(word)) {
        const e = inString(word, j);
        if (e) return e;
      } else {
        const e = firstError(bytes, i, j);
        if (e) return { index: e.index, chunkStart: i, chunkEnd: j, token: null };
        i = j;
      }
    } else if (isDigit(b)) {
      while (i < n && isIdentByte(bytes[i]!)) i++;
    } else {
      if (b === 0x28 || b === 0x5b || b === 0x7b) depth++;
      else if ((b === 0x29 || b === 0x5d || b === 0x7d) && depth > 0) depth--;
      i++;
    }
  }
  return null;
}

// The line holding byte `index` (a line's end counts as part of it), and its number.
function locate(bytes: Uint8Array, start: number, index: number): { lineno: number; line: Line } {
  let line = lineAt(bytes, start);
  let lineno = 1;
  while (line.eol && line.next <= index) {
    line = lineAt(bytes, line.next);
    lineno++;
  }
  return { lineno, line };
}

function codePoints(s: string): number {
  let count = 0;
  for (const _ of s) count++;
  return count;
}

// A file declared UTF-8 (BOM or cookie) with bytes that do not decode: CPython's error is the
// UnicodeDecodeError of the identifier or string holding them, turned into a SyntaxError.
function undecodableError(bytes: Uint8Array, start: number, bom: boolean, u: Undecodable, filename: string): PySyntaxError {
  const r = utf8Decode(bytes, u.chunkStart, u.chunkEnd, false);
  const bad = typeof r === 'string' ? { index: u.index, end: u.index + 1, reason: 'invalid start byte' } : r;
  const pos = bad.index - u.chunkStart;
  const what = bad.end - bad.index === 1
    ? `byte 0x${hex2(bytes[bad.index]!)} in position ${pos}`
    : `bytes in position ${pos}-${pos + bad.end - bad.index - 1}`;
  const msg = `(unicode error) 'utf-8' codec can't decode ${what}: ${bad.reason}`;
  const { lineno, line } = locate(bytes, start, u.token?.start ?? u.index);
  // CPython's line 1 keeps the BOM, which its columns do not count.
  const text = (bom && lineno === 1 ? '\ufeff' : '') + utf8Decode(bytes, line.start, line.end, true) + (line.eol ? '\n' : '');
  if (u.token === null) {
    const offset = codePoints(utf8Decode(bytes, line.start, u.index, true)) + 1;
    return new PySyntaxError('SyntaxError', msg, filename, lineno, offset, text, lineno, 0);
  }
  // As _PyPegen_raise_error(): a token's byte columns plus one, turned into characters of the shown
  // text re-encoded as UTF-8 (where each U+FFFD takes three bytes, so the two drift apart).
  const shown = utf8Encode(text);
  const toChars = (index: number): number => {
    const column = Math.min(index - line.start + 1, shown.length + 1);
    return codePoints(utf8Decode(shown, 0, Math.min(column, shown.length), true));
  };
  return new PySyntaxError('SyntaxError', msg, filename, lineno, toChars(u.token.start), text, lineno, toChars(u.token.end));
}

function declaredUtf8(bytes: Uint8Array, start: number, bom: boolean, filename: string): string {
  const text = utf8Decode(bytes, start, bytes.length, false);
  if (typeof text === 'string') return text;
  const u = firstUndecodable(bytes, start);
  if (u !== null) throw undecodableError(bytes, start, bom, u, filename);
  return utf8Decode(bytes, start, bytes.length, true);
}

// Without a declaration, tokenizer.c ensure_utf8() rejects each line that is not valid UTF-8.
function nonUtf8Error(bytes: Uint8Array, start: number, index: number, filename: string): PySyntaxError {
  const { lineno } = locate(bytes, start, index);
  return error(
    `Non-UTF-8 code starting with '\\x${hex2(bytes[index]!)}' in file ${filename} on line ${lineno}, ` +
      `but no encoding declared; ${PEP263}`,
  );
}

/**
 * decodeSource decodes a Python source file as CPython 3.11 does before running it (PEP 263): a
 * UTF-8 BOM is dropped; a coding cookie on line 1, or on line 2 below a blank or comment line,
 * names the encoding; UTF-8 is the default. Of the cookie's encodings, UTF-8, Latin-1, ASCII and
 * cp1252 are supported, under all their Python aliases. Failures throw CPython's PySyntaxError:
 * `encoding problem: NAME` (unknown or unsupported encodings, and bytes they cannot decode),
 * `encoding problem: NAME with BOM`, `Non-UTF-8 code starting with ...`, or a `(unicode error)`.
 * `filename` is the name errors report, as CPython's (an absolute path for a main file).
 */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const start = bom ? 3 : 0;
  const line1 = lineAt(bytes, start);
  let spec = codingSpec(bytes, line1);
  let specOnLine2 = false;
  if (spec === null && line1.eol && onlyCommentOrBlank(bytes, line1)) {
    spec = codingSpec(bytes, lineAt(bytes, line1.next));
    specOnLine2 = spec !== null;
  }
  if (bom) {
    if (spec !== null && spec !== 'utf-8') throw error(`encoding problem: ${spec} with BOM`);
    return declaredUtf8(bytes, start, true, filename);
  }
  if (spec === null) {
    const text = utf8Decode(bytes, start, bytes.length, false);
    if (typeof text !== 'string') throw nonUtf8Error(bytes, start, text.index, filename);
    return text;
  }
  // Line 1 was read, and checked as UTF-8, before line 2's cookie was seen.
  if (specOnLine2) {
    const first = utf8Decode(bytes, line1.start, line1.end, false);
    if (typeof first !== 'string') throw nonUtf8Error(bytes, start, first.index, filename);
  }
  if (spec === 'utf-8') return declaredUtf8(bytes, start, false, filename);
  const text = lookupCodec(spec)?.(bytes, start) ?? null;
  if (text === null) throw error(`encoding problem: ${spec}`);
  return text;
}
