// Terrarium's public API: running programs (runProgram), and the parser: source bytes to text,
// text to CPython's AST, and CPython's renderings of trees and syntax errors.

export { parse } from './parser/parse.js';
export { dump, type DumpOptions } from './parser/dump.js';
export { decodeSource } from './parser/source.js';
export { formatSyntaxError } from './parser/format-error.js';
export { PySyntaxError, type SyntaxErrorKind } from './parser/errors.js';
export type * from './parser/ast.js';
export { ELLIPSIS, PyComplex, type ConstantValue } from './parser/constant.js';
export { runProgram, type RunOptions, type RunResult } from './api/run.js';
