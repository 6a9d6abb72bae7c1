// This file defines which of two syntax errors CPython reports when the pre-pass has found a
// tokenizer error further on than where parsing failed: CPython's tokenizer runs lazily, under
// the parser, and Parser/pegen_errors.c decides between the two.

import type { PySyntaxError } from './errors.js';

/**
 * Tokenizer errors that CPython's tokenizer signals through tok->done alone, without raising:
 * they are reported only when the parser reads the bad token.
 */
const QUIET_TOKENIZER_ERRORS = new Set([
  'unexpected EOF while parsing', 'unindent does not match any outer indentation level',
  'inconsistent use of tabs and spaces in indentation', 'too many levels of indentation',
  'unexpected character after line continuation character',
]);

/**
 * inCpythonOrder chooses between an error found while parsing and the tokenizer error that ended
 * the text further on, as CPython does: after a parser error it tokenizes the rest of the source
 * (Parser/pegen_errors.c, _PyPegen_tokenize_full_source_to_check_for_errors), and a tokenizer error
 * raised there replaces the parser's, as does a bracket left open on an earlier line. An unexpected
 * INDENT or DEDENT is reported without that check.
 */
export function inCpythonOrder(parserError: PySyntaxError, tokenizerError: PySyntaxError, lastLine = parserError.lineno): PySyntaxError {
  if (parserError === tokenizerError) return parserError;
  if (parserError.msg === 'unexpected indent' || parserError.msg === 'unexpected unindent') return parserError;
  if (tokenizerError.msg.endsWith(' was never closed')) {
    // lastLine: the line of the last token the parser read.
    return lastLine > tokenizerError.lineno ? tokenizerError : parserError;
  }
  return QUIET_TOKENIZER_ERRORS.has(tokenizerError.msg) ? parserError : tokenizerError;
}
