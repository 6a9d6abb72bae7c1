// Syntax errors raised by the parser: the data CPython's SyntaxError carries, without a JS stack.

/** SyntaxErrorKind: the SyntaxError family, as CPython names it. */
export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

/**
 * PySyntaxError is thrown by parse(). It deliberately does not extend Error: raising and catching
 * it must not capture a JavaScript stack trace, and no JS trace may ever reach a user.
 * Lines are 1-based; offsets are 1-based and count code points, as CPython's SyntaxError.offset.
 * endOffset is 0 when CPython leaves it unset. lineno is 0 for the errors CPython raises without a
 * location (source decoding: `encoding problem: ...`); those print as their message alone.
 */
export class PySyntaxError {
  constructor(
    readonly type: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    readonly offset: number,
    readonly text: string | null,
    readonly endLineno: number,
    readonly endOffset: number,
  ) {}
}
