// UTF-8 encoding and decoding with CPython's error reporting, for source files and error display.
// Written out rather than left to TextDecoder: error messages need the failing byte and CPython's
// reason for it. TextDecoder only speeds up the common case, text that decodes.

/** utf8Encode encodes `s` as UTF-8; a lone surrogate becomes U+FFFD, as TextEncoder would. */
export function utf8Encode(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

/** Utf8Error: where decoding failed, and CPython's reason ('invalid start byte' ...). */
export interface Utf8Error {
  /** index is the offset of the first byte that could not be decoded. */
  index: number;
  /** end is where CPython's UnicodeDecodeError says the bad sequence ends (exclusive). */
  end: number;
  reason: 'invalid start byte' | 'invalid continuation byte' | 'unexpected end of data';
}

// The valid range of the second byte of each lead byte: what CPython's decoder (and the Unicode
// standard's table 3-7) accept, which rules out overlong forms and surrogates.
function secondByteRange(lead: number): readonly [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** FastDecoder: the part of TextDecoder used here (the type libraries leave it out of ES2022). */
interface FastDecoder {
  decode(input: Uint8Array): string;
}

// WHATWG's fatal UTF-8 decoder rejects exactly what CPython's strict one does (overlong forms,
// surrogates, code points past U+10FFFF), and is ten times faster than the loop below.
const TextDecoderClass = (globalThis as { TextDecoder?: new (label: string, options: object) => FastDecoder }).TextDecoder;
const fatalDecoder = TextDecoderClass ? new TextDecoderClass('utf-8', { fatal: true, ignoreBOM: true }) : null;

/**
 * utf8Decode decodes bytes[start, end). With `replace`, each bad sequence becomes U+FFFD as
 * CPython's errors='replace' does; without it, the first error is returned instead of text.
 */
export function utf8Decode(bytes: Uint8Array, start: number, end: number, replace: true): string;
export function utf8Decode(bytes: Uint8Array, start: number, end: number, replace: false): string | Utf8Error;
export function utf8Decode(bytes: Uint8Array, start: number, end: number, replace: boolean): string | Utf8Error {
  if (!replace && fatalDecoder !== null) {
    try {
      return fatalDecoder.decode(bytes.subarray(start, end));
    } catch {
      // The loop below finds where and why.
    }
  }
  let out = '';
  let chunk: number[] = [];
  const flush = (): void => {
    out += String.fromCodePoint(...chunk);
    chunk = [];
  };
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      chunk.push(b);
      i++;
    } else {
      const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
      let cp = need === 1 ? b & 0x1f : need === 2 ? b & 0x0f : b & 0x07;
      let j = 1;
      let reason: Utf8Error['reason'] | null = need === 0 ? 'invalid start byte' : null;
      for (; reason === null && j <= need; j++) {
        if (i + j >= end) {
          reason = 'unexpected end of data';
          break;
        }
        const c = bytes[i + j]!;
        const [lo, hi] = j === 1 ? secondByteRange(b) : [0x80, 0xbf];
        if (c < lo || c > hi) {
          reason = 'invalid continuation byte';
          break;
        }
        cp = (cp << 6) | (c & 0x3f);
      }
      if (reason === null) {
        chunk.push(cp);
        i += need + 1;
      } else if (!replace) {
        const badEnd = reason === 'unexpected end of data' ? end : reason === 'invalid start byte' ? i + 1 : i + j;
        return { index: i, end: badEnd, reason };
      } else {
        // errors='replace' writes one U+FFFD per maximal invalid prefix, then resumes after it.
        chunk.push(0xfffd);
        i += need === 0 ? 1 : j;
      }
    }
    if (chunk.length >= 4096) flush();
  }
  flush();
  return out;
}
