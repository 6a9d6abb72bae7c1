// str.encode() and bytes.decode() (https://docs.python.org/3.11/library/codecs.html): the codecs
// utf-8, utf-8-sig, ascii, latin-1, cp1252, utf-16 and utf-32 (with -le/-be), and the error
// handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace,
// surrogateescape and surrogatepass, with CPython 3.11's error ranges and messages
// (Objects/unicodeobject.c, Objects/stringlib/codecs.h, Python/codecs.c).

import { raise, LookupError } from './exception.js';
import { newUnicodeDecodeError, newUnicodeEncodeError } from './exception-methods.js';
import { PyBytes } from './bytes.js';
import { codePoints, checkStrLength } from './str-index.js';
import { unicodeName } from '../parser/unicode-names.js';
import { charge, SIZE, workBytes, workItems } from '../vm/meter.js';

const utf8Encoder = new TextEncoder();

/** Codec: the codecs implemented here, by their canonical names. */
type Codec = 'utf-8' | 'utf-8-sig' | 'ascii' | 'latin-1' | 'cp1252' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

const ALIASES: Record<string, Codec> = {};
function alias(codec: Codec, names: string[]): void {
  for (const n of names) ALIASES[n] = codec;
}
// The aliases of Lib/encodings/aliases.py for these codecs, in normalized form.
alias('utf-8', ['utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001']);
alias('utf-8-sig', ['utf_8_sig']);
alias('ascii', ['ascii', '646', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367', 'csascii', 'ibm367', 'iso646_us', 'iso_646.irv_1991', 'iso_ir_6', 'us', 'us_ascii']);
alias('latin-1', ['latin_1', 'latin1', 'latin', 'l1', 'iso8859_1', 'iso_8859_1', '8859', 'cp819', 'iso_ir_100', 'iso_8859_1_1987', 'ibm819', 'csisolatin1']);
alias('cp1252', ['cp1252', '1252', 'windows_1252']);
alias('utf-16', ['utf_16', 'utf16', 'u16']);
alias('utf-16-le', ['utf_16_le', 'utf_16le', 'unicodelittleunmarked']);
alias('utf-16-be', ['utf_16_be', 'utf_16be', 'unicodebigunmarked']);
alias('utf-32', ['utf_32', 'utf32', 'u32']);
alias('utf-32-le', ['utf_32_le', 'utf_32le']);
alias('utf-32-be', ['utf_32_be', 'utf_32be']);

/**
 * lookupCodec: the codec for an encoding name, normalized as encodings.normalize_encoding() does
 * (case-insensitive, runs of other characters than letters, digits and '.' as one '_').
 */
export function lookupCodec(encoding: string, use: 'encode' | 'decode'): Codec {
  const norm = encoding
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const c = ALIASES[norm];
  if (c !== undefined) return c;
  if (BINARY_CODECS.has(norm)) raise(LookupError, `'${encoding}' is not a text encoding; use codecs.${use}() to handle arbitrary codecs`);
  raise(LookupError, `unknown encoding: ${encoding}`);
}

/** BINARY_CODECS: codecs CPython has that are not str <-> bytes (refused by str.encode and bytes.decode). */
const BINARY_CODECS = new Set([
  'rot13', 'rot_13', 'base64', 'base_64', 'base64_codec', 'hex', 'hex_codec', 'zlib', 'zip', 'zlib_codec', 'bz2', 'bz2_codec',
  'quopri', 'quotedprintable', 'quoted_printable', 'quopri_codec', 'uu', 'uu_codec',
]);

const HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']);

function checkHandler(errors: string): void {
  if (!HANDLERS.has(errors)) raise(LookupError, `unknown error handler name '${errors}'`);
}

/** ByteSink: a growable byte buffer. */
class ByteSink {
  buf = new Uint8Array(64);
  n = 0;
  push(b: number): void {
    if (this.n === this.buf.length) this.grow(1);
    this.buf[this.n++] = b;
  }
  grow(k: number): void {
    const need = this.n + k;
    checkStrLength(need);
    let cap = this.buf.length * 2;
    while (cap < need) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.n));
    this.buf = nb;
  }
  ascii(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

// ---------------------------------------------------------------------------------------------
// Encoding

/** Encoder: how one codec writes a code point, and which it cannot. */
interface Encoder {
  /** name: the codec's name in error messages. */
  name: string;
  /** put: writes cp, or returns false if the codec cannot encode it. */
  put(cp: number, out: ByteSink): boolean;
  reason: string;
  /**
   * unit: for UTF-16 and UTF-32, writes one code unit of handler output (CPython calls their
   * error handler one character at a time and encodes its ASCII answer in units).
   */
  unit?: (u: number, out: ByteSink) => void;
}

function putUtf8(cp: number, out: ByteSink): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) {
    out.push(0xc0 | (cp >> 6));
    out.push(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out.push(0xe0 | (cp >> 12));
    out.push(0x80 | ((cp >> 6) & 0x3f));
    out.push(0x80 | (cp & 0x3f));
  } else {
    out.push(0xf0 | (cp >> 18));
    out.push(0x80 | ((cp >> 12) & 0x3f));
    out.push(0x80 | ((cp >> 6) & 0x3f));
    out.push(0x80 | (cp & 0x3f));
  }
}

const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp < 0xe000;

function putUnit16(u: number, out: ByteSink, be: boolean): void {
  if (be) {
    out.push(u >> 8);
    out.push(u & 0xff);
  } else {
    out.push(u & 0xff);
    out.push(u >> 8);
  }
}

function putUnit32(u: number, out: ByteSink, be: boolean): void {
  const b = [u & 0xff, (u >> 8) & 0xff, (u >> 16) & 0xff, (u >>> 24) & 0xff];
  if (be) b.reverse();
  for (const x of b) out.push(x);
}

function utf16Encoder(name: string, be: boolean): Encoder {
  return {
    name,
    reason: 'surrogates not allowed',
    put(cp, out) {
      if (isSurrogate(cp)) return false;
      if (cp < 0x10000) putUnit16(cp, out, be);
      else {
        putUnit16(0xd800 + ((cp - 0x10000) >> 10), out, be);
        putUnit16(0xdc00 + ((cp - 0x10000) & 0x3ff), out, be);
      }
      return true;
    },
    unit: (u, out) => putUnit16(u, out, be),
  };
}

function utf32Encoder(name: string, be: boolean): Encoder {
  return {
    name,
    reason: 'surrogates not allowed',
    put(cp, out) {
      if (isSurrogate(cp)) return false;
      putUnit32(cp, out, be);
      return true;
    },
    unit: (u, out) => putUnit32(u, out, be),
  };
}

// cp1252's 0x80-0x9F (Lib/encodings/cp1252.py); -1 marks the five undefined bytes.
const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
];
const CP1252_ENCODE = new Map<number, number>();
CP1252_HIGH.forEach((cp, i) => {
  if (cp >= 0) CP1252_ENCODE.set(cp, 0x80 + i);
});

function encoderFor(codec: Codec): Encoder {
  switch (codec) {
    case 'utf-8':
    case 'utf-8-sig':
      return {
        name: 'utf-8',
        reason: 'surrogates not allowed',
        put(cp, out) {
          if (isSurrogate(cp)) return false;
          putUtf8(cp, out);
          return true;
        },
      };
    case 'ascii':
      return {
        name: 'ascii',
        reason: 'ordinal not in range(128)',
        put(cp, out) {
          if (cp >= 0x80) return false;
          out.push(cp);
          return true;
        },
      };
    case 'latin-1':
      return {
        name: 'latin-1',
        reason: 'ordinal not in range(256)',
        put(cp, out) {
          if (cp >= 0x100) return false;
          out.push(cp);
          return true;
        },
      };
    case 'cp1252':
      return {
        name: 'charmap',
        reason: 'character maps to <undefined>',
        put(cp, out) {
          if (cp < 0x80 || (cp >= 0xa0 && cp < 0x100)) out.push(cp);
          else {
            const b = CP1252_ENCODE.get(cp);
            if (b === undefined) return false;
            out.push(b);
          }
          return true;
        },
      };
    case 'utf-16':
      return utf16Encoder('utf-16', false);
    case 'utf-16-le':
      return utf16Encoder('utf-16-le', false);
    case 'utf-16-be':
      return utf16Encoder('utf-16-be', true);
    case 'utf-32':
      return utf32Encoder('utf-32', false);
    case 'utf-32-le':
      return utf32Encoder('utf-32-le', false);
    case 'utf-32-be':
      return utf32Encoder('utf-32-be', true);
  }
}

function hexEscape(cp: number): string {
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** replacementText: the ASCII text a text-producing error handler gives for cp (null: not one of them). */
function replacementText(errors: string, cp: number): string | null {
  switch (errors) {
    case 'replace':
      return '?';
    case 'ignore':
      return '';
    case 'backslashreplace':
      return hexEscape(cp);
    case 'xmlcharrefreplace':
      return `&#${cp};`;
    case 'namereplace': {
      const name = unicodeName(cp);
      return name === undefined ? hexEscape(cp) : `\\N{${name}}`;
    }
  }
  return null;
}

/** encodeToBytes: s encoded; UnicodeEncodeError (or the handler's output) for what the codec cannot encode. */
export function encodeToBytes(s: string, encoding: string, errors: string): Uint8Array {
  const codec = lookupCodec(encoding, 'encode');
  const enc = encoderFor(codec);
  const out = new ByteSink();
  if (codec === 'utf-8-sig') out.ascii('\xef\xbb\xbf');
  else if (codec === 'utf-16') out.ascii('\xff\xfe');
  else if (codec === 'utf-32') out.ascii('\xff\xfe\x00\x00');
  // Fast paths: any text without lone surrogates in UTF-8, ASCII text in an ASCII-compatible codec
  // (the platform's encoder gives the same bytes).
  workBytes(s.length);
  if (codec === 'utf-8' && s.isWellFormed()) {
    const b = utf8Encoder.encode(s);
    charge(SIZE.BYTES + b.length);
    return b;
  }
  if ((codec === 'ascii' || codec === 'latin-1') && /^[\x00-\x7f]*$/.test(s)) {
    charge(SIZE.BYTES + s.length);
    return utf8Encoder.encode(s);
  }
  // The other codecs go character by character.
  workItems(s.length);
  const cps = codePoints(s);
  const fail = (start: number, end: number): never => {
    throw newUnicodeEncodeError(enc.name, s, start, end, enc.reason);
  };
  for (let i = 0; i < cps.length; ) {
    const cp = cps[i]!;
    if (enc.put(cp, out)) {
      i++;
      continue;
    }
    checkHandler(errors);
    if (enc.unit !== undefined) {
      // UTF-16 and UTF-32 (CPython's _PyUnicode_EncodeUTF16/32): one character at a time; bytes
      // from surrogateescape are refused (not a whole number of units).
      const text = replacementText(errors, cp);
      if (text !== null) for (let k = 0; k < text.length; k++) enc.unit(text.charCodeAt(k), out);
      else if (errors === 'surrogatepass') enc.unit(cp, out);
      else fail(i, i + 1);
      i++;
      continue;
    }
    // The other codecs hand a whole run of characters they cannot encode to the handler, as
    // CPython's unicode_encode_ucs1, unicode_encode_utf8 and charmap_encoding_error do.
    let end = i + 1;
    const utf8 = enc.name === 'utf-8';
    while (end < cps.length && (utf8 ? isSurrogate(cps[end]!) : !canEncode(enc, cps[end]!))) end++;
    if (errors === 'strict') fail(i, end);
    const text = replacementText(errors, 0);
    if (text !== null) {
      for (let k = i; k < end; k++) out.ascii(replacementText(errors, cps[k]!)!);
    } else if (errors === 'surrogateescape') {
      let k = i;
      while (k < end && cps[k]! >= 0xdc80 && cps[k]! <= 0xdcff) out.push(cps[k++]! - 0xdc00);
      // The rest of the run goes to the handler itself, which refuses it (the charmap codec
      // passes it the whole run).
      if (k < end) fail(enc.name === 'charmap' ? i : k, end);
    } else if (errors === 'surrogatepass') {
      if (!utf8) fail(i, end);
      for (let k = i; k < end; k++) putUtf8(cps[k]!, out);
    }
    i = end;
  }
  charge(SIZE.BYTES + out.n);
  return out.result();
}

function canEncode(enc: Encoder, cp: number): boolean {
  return enc.put(cp, new ByteSink());
}

/** encodeStr: str.encode(encoding, errors) as a bytes object. */
export function encodeStr(s: string, encoding: string, errors: string): PyBytes {
  return new PyBytes(encodeToBytes(s, encoding, errors));
}

// ---------------------------------------------------------------------------------------------
// Decoding

/** TextSink: decoded text, gathered as code points and flushed to a string in chunks. */
class TextSink {
  out = '';
  chunk: number[] = [];
  push(cp: number): void {
    this.chunk.push(cp);
    if (this.chunk.length >= 4096) this.flush();
  }
  text(s: string): void {
    this.flush();
    this.out += s;
  }
  flush(): void {
    if (this.chunk.length > 0) {
      this.out += String.fromCodePoint(...this.chunk);
      this.chunk = [];
    }
  }
  result(): string {
    this.flush();
    return this.out;
  }
}

/** SurrogatePass: a codec's reading of a surrogate at a position for surrogatepass: [code point, length] or null. */
type SurrogatePass = (data: Uint8Array, at: number) => [number, number] | null;

/**
 * decodeError: applies the error handler to data[start, end) for `reason`; returns where decoding
 * resumes. As CPython's handlers: surrogateescape takes the leading bytes >= 0x80 (failing if there
 * are none), surrogatepass reads one surrogate the codec's way.
 */
function decodeError(
  codecName: string,
  data: Uint8Array,
  start: number,
  end: number,
  reason: string,
  errors: string,
  out: TextSink,
  pass: SurrogatePass | null = null,
): number {
  checkHandler(errors);
  switch (errors) {
    case 'ignore':
      return end;
    case 'replace':
      out.push(0xfffd);
      return end;
    case 'backslashreplace':
      for (let k = start; k < end; k++) out.text('\\x' + data[k]!.toString(16).padStart(2, '0'));
      return end;
    case 'surrogateescape': {
      let k = start;
      while (k < end && data[k]! >= 0x80) out.push(0xdc00 + data[k++]!);
      if (k > start) return k;
      break;
    }
    case 'surrogatepass': {
      const r = pass === null ? null : pass(data, start);
      if (r !== null) {
        out.push(r[0]);
        return start + r[1];
      }
      break;
    }
  }
  throw newUnicodeDecodeError(codecName, data.slice(), start, end, reason);
}

/** utf8Pass: a surrogate encoded in UTF-8 (ED A0..BF 80..BF). */
const utf8Pass: SurrogatePass = (d, at) =>
  at + 2 < d.length && d[at] === 0xed && d[at + 1]! >= 0xa0 && d[at + 1]! <= 0xbf && d[at + 2]! >= 0x80 && d[at + 2]! <= 0xbf
    ? [0xd000 | ((d[at + 1]! & 0x3f) << 6) | (d[at + 2]! & 0x3f), 3]
    : null;

/** FastDecoder: the part of TextDecoder used here (the ES2022 type libraries leave it out). */
interface FastDecoder {
  decode(input: Uint8Array): string;
}
// WHATWG's fatal UTF-8 decoder rejects exactly what CPython's strict one does, far faster than a loop.
const TextDecoderClass = (globalThis as { TextDecoder?: new (label: string, options: object) => FastDecoder }).TextDecoder;
const fatalUtf8 = TextDecoderClass ? new TextDecoderClass('utf-8', { fatal: true, ignoreBOM: true }) : null;

function secondByteRange(lead: number): readonly [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** decodeUtf8: CPython's UTF-8 decoder: each error range is the maximal invalid prefix. */
function decodeUtf8(data: Uint8Array, from: number, errors: string): string {
  const end = data.length;
  if (fatalUtf8 !== null) {
    try {
      return fatalUtf8.decode(from === 0 ? data : data.subarray(from));
    } catch {
      // The loop below finds where and why.
    }
  }
  const out = new TextSink();
  let i = from;
  while (i < end) {
    const b = data[i]!;
    if (b < 0x80) {
      out.push(b);
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let cp = need === 1 ? b & 0x1f : need === 2 ? b & 0x0f : b & 0x07;
    let j = 1;
    let reason: string | null = need === 0 ? 'invalid start byte' : null;
    for (; reason === null && j <= need; j++) {
      if (i + j >= end) {
        reason = 'unexpected end of data';
        break;
      }
      const c = data[i + j]!;
      const [lo, hi] = j === 1 ? secondByteRange(b) : [0x80, 0xbf];
      if (c < lo || c > hi) {
        reason = 'invalid continuation byte';
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (reason === null) {
      out.push(cp);
      i += need + 1;
      continue;
    }
    const badEnd = reason === 'unexpected end of data' ? end : reason === 'invalid start byte' ? i + 1 : i + j;
    i = decodeError('utf-8', data, i, badEnd, reason, errors, out, utf8Pass);
  }
  return out.result();
}

function decodeAscii(data: Uint8Array, errors: string): string {
  const out = new TextSink();
  for (let i = 0; i < data.length; ) {
    const b = data[i]!;
    if (b < 0x80) {
      out.push(b);
      i++;
    } else i = decodeError('ascii', data, i, i + 1, 'ordinal not in range(128)', errors, out);
  }
  return out.result();
}

function decodeCp1252(data: Uint8Array, errors: string): string {
  const out = new TextSink();
  for (let i = 0; i < data.length; ) {
    const b = data[i]!;
    const cp = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
    if (cp >= 0) {
      out.push(cp);
      i++;
    } else i = decodeError('charmap', data, i, i + 1, 'character maps to <undefined>', errors, out);
  }
  return out.result();
}

function decodeUtf16(data: Uint8Array, be: boolean | null, errors: string): string {
  let i = 0;
  if (be === null) {
    be = false;
    if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) i = 2;
    else if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) {
      be = true;
      i = 2;
    }
  }
  const name = be ? 'utf-16-be' : 'utf-16-le';
  const unit = (k: number): number => (be ? (data[k]! << 8) | data[k + 1]! : data[k]! | (data[k + 1]! << 8));
  const pass: SurrogatePass = (d, at) => (at + 1 < d.length && isSurrogate(unit(at)) ? [unit(at), 2] : null);
  const out = new TextSink();
  const n = data.length;
  while (i < n) {
    if (i + 1 >= n) {
      i = decodeError(name, data, i, n, 'truncated data', errors, out, pass);
      continue;
    }
    const u = unit(i);
    if (u < 0xd800 || u >= 0xe000) {
      out.push(u);
      i += 2;
    } else if (u >= 0xdc00) {
      i = decodeError(name, data, i, i + 2, 'illegal encoding', errors, out, pass);
    } else if (i + 3 >= n) {
      i = decodeError(name, data, i, n, 'unexpected end of data', errors, out, pass);
    } else {
      const v = unit(i + 2);
      if (v >= 0xdc00 && v < 0xe000) {
        out.push(0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00));
        i += 4;
      } else i = decodeError(name, data, i, i + 2, 'illegal UTF-16 surrogate', errors, out, pass);
    }
  }
  return out.result();
}

function decodeUtf32(data: Uint8Array, be: boolean | null, errors: string): string {
  let i = 0;
  if (be === null) {
    be = false;
    if (data.length >= 4 && data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) i = 4;
    else if (data.length >= 4 && data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) {
      be = true;
      i = 4;
    }
  }
  const name = be ? 'utf-32-be' : 'utf-32-le';
  const unit = (k: number): number =>
    be ? ((data[k]! << 24) | (data[k + 1]! << 16) | (data[k + 2]! << 8) | data[k + 3]!) >>> 0 : ((data[k + 3]! << 24) | (data[k + 2]! << 16) | (data[k + 1]! << 8) | data[k]!) >>> 0;
  const pass: SurrogatePass = (d, at) => (at + 3 < d.length && isSurrogate(unit(at)) ? [unit(at), 4] : null);
  const out = new TextSink();
  const n = data.length;
  while (i < n) {
    if (i + 3 >= n) {
      i = decodeError(name, data, i, n, 'truncated data', errors, out, pass);
      continue;
    }
    const cp = unit(i);
    if (cp > 0x10ffff) i = decodeError(name, data, i, i + 4, 'code point not in range(0x110000)', errors, out, pass);
    else if (isSurrogate(cp)) {
      i = decodeError(name, data, i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)', errors, out, pass);
    } else {
      out.push(cp);
      i += 4;
    }
  }
  return out.result();
}

/** decodeBytes: bytes.decode(encoding, errors) of raw data. */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  const codec = lookupCodec(encoding, 'decode');
  // UTF-8 and Latin-1 decode natively; the others byte by byte.
  if (codec === 'utf-8' || codec === 'utf-8-sig' || codec === 'latin-1') workBytes(data.length);
  else workItems(data.length);
  let s: string;
  switch (codec) {
    case 'utf-8':
      s = decodeUtf8(data, 0, errors);
      break;
    case 'utf-8-sig':
      s = decodeUtf8(data, data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0, errors);
      break;
    case 'ascii':
      s = decodeAscii(data, errors);
      break;
    case 'latin-1': {
      const parts: string[] = [];
      for (let i = 0; i < data.length; i += 8192) parts.push(String.fromCharCode(...data.subarray(i, i + 8192)));
      s = parts.join('');
      break;
    }
    case 'cp1252':
      s = decodeCp1252(data, errors);
      break;
    case 'utf-16':
      s = decodeUtf16(data, null, errors);
      break;
    case 'utf-16-le':
      s = decodeUtf16(data, false, errors);
      break;
    case 'utf-16-be':
      s = decodeUtf16(data, true, errors);
      break;
    case 'utf-32':
      s = decodeUtf32(data, null, errors);
      break;
    case 'utf-32-le':
      s = decodeUtf32(data, false, errors);
      break;
    case 'utf-32-be':
      s = decodeUtf32(data, true, errors);
      break;
  }
  charge(SIZE.STR + s.length);
  return s;
}
