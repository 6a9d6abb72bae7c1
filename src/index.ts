// Terrarium's public API: running programs (runProgram) in a world (the OS interface and its
// implementations: MemoryOS, TracingOS, ReplayOS; host mounts are in terrarium/host), and the
// parser: source bytes to text, text to CPython's AST, and CPython's renderings of trees and
// syntax errors.

export { parse } from './parser/parse.js';
export { dump, type DumpOptions } from './parser/dump.js';
export { decodeSource } from './parser/source.js';
export { formatSyntaxError } from './parser/format-error.js';
export { PySyntaxError, type SyntaxErrorKind } from './parser/errors.js';
export type * from './parser/ast.js';
export { ELLIPSIS, PyComplex, type ConstantValue } from './parser/constant.js';
export { runProgram, runProgramAsync, DEFAULT_SLICE_MS, type RunOptions, type RunResult, type AsyncRunOptions, type AbortSignalLike } from './api/run.js';
export type { OS, Stat, ClockId } from './os/interface.js';
export { MemoryOS, seededEntropy, type MemoryOSOptions, type StreamOptions, type ClockOptions } from './os/memory.js';
export { MemoryFS, emptyImage, type FsImage, type Change } from './os/memory-fs.js';
export type { FileSystem, Handle } from './os/filesystem.js';
export { OSFault, strerror } from './os/errno.js';
export { TracingOS, ReplayOS, ReplayDivergence, ReplayError, type LogRecord } from './os/trace.js';
export { Interpreter, PyHandle, PythonError, LimitExceededError, type InterpreterOptions, type RunOutput, type Globals, type HostModule } from './api/interpreter.js';
