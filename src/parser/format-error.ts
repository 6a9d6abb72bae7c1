// The text CPython prints on stderr when a program fails with a SyntaxError, as Python/pythonrun.c
// print_exception_file_and_line() and print_error_text() write it (3.11).

import type { PySyntaxError } from './errors.js';
import { utf8Decode, utf8Encode } from './utf8.js';

const SPACE = 0x20;
const TAB = 0x09;
const FORM_FEED = 0x0c;
const NEWLINE = 0x0a;

// print_error_text() works on the UTF-8 bytes of the line while its offsets count code points;
// the mix is reproduced exactly, since that is what decides where CPython's carets land.
function errorText(text: string, offset: number, endOffset: number): string {
  const repetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let bytes = utf8Encode(text);
  // The line is handled as a C string: it ends at the first NUL.
  const nul = bytes.indexOf(0);
  if (nul >= 0) bytes = bytes.subarray(0, nul);

  let start = 0;
  offset--;
  while (start < bytes.length && (bytes[start] === SPACE || bytes[start] === TAB || bytes[start] === FORM_FEED)) {
    start++;
    offset--;
  }
  let len = bytes.length - start;
  if (len > 0 && bytes[start + len - 1] === NEWLINE) len--;
  if (offset > len) offset = len;
  // A text holding several lines is shown from the line the offset falls in.
  for (;;) {
    const nl = bytes.indexOf(NEWLINE, start);
    if (nl < 0) break;
    let inl = nl - start;
    if (inl >= offset) break;
    inl += 1;
    start += inl;
    len -= inl;
    offset -= inl;
  }

  const rest = utf8Decode(bytes, start, bytes.length, true);
  let out = '    ' + rest;
  if (bytes[start + len] !== NEWLINE) out += '\n';
  if (offset < 0) return out;
  return out + '    ' + ' '.repeat(offset) + '^'.repeat(repetitions) + '\n';
}

/**
 * formatSyntaxError is what `python3 file.py` writes to stderr for a SyntaxError raised while
 * compiling the main file: no traceback header, the `File` line, the offending line and its
 * carets, then `SyntaxError: msg`. An error with lineno 0 has no location (CPython's None): its
 * message stands alone, followed by the file's base name when there is one.
 */
export function formatSyntaxError(e: PySyntaxError): string {
  const message = e.msg === '' ? e.type : `${e.type}: ${e.msg}`;
  if (e.lineno === 0) {
    const base = e.filename.slice(e.filename.lastIndexOf('/') + 1);
    return e.filename === '' ? message + '\n' : `${message} (${base})\n`;
  }
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) {
    // Only plain SyntaxError carries a range; its subclasses get a single caret.
    let endOffset = e.type === 'SyntaxError' ? e.endOffset : -1;
    const endLineno = e.type === 'SyntaxError' ? e.endLineno : e.lineno;
    const lineSize = utf8Encode(e.text).length;
    // A range running past this line is drawn to the line's end; carets never pass the text.
    if (endLineno > e.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += errorText(e.text, e.offset, endOffset);
  }
  return out + message + '\n';
}
