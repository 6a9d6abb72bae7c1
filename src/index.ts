// Terrarium's public API ('terrarium'), for Node and browsers alike (nothing here imports a node:
// module; test/package/browser-bundle.test.ts holds it to that): the embedding API (Interpreter,
// PyHandle, its errors), running whole programs (runProgram, runProgramAsync), the worlds a
// program sees (the OS interface and its implementations: MemoryOS, MemoryFS, TracingOS,
// ReplayOS), and the parser: source bytes to text, text to CPython's AST, and CPython's renderings
// of trees and syntax errors. The Node-only parts (host mounts, the host's clock and entropy,
// isolated runs, the CLI) are in terrarium/node (src/node.ts).

// The embedding API.
export { Interpreter, PyHandle, PythonError, LimitExceededError, type InterpreterOptions, type RunOutput, type Globals, type HostModule } from './api/interpreter.js';
export type { Limits } from './vm/limits.js';
export type { LimitName } from './vm/limit-error.js';

// Programs, run as the command runs them.
export { runProgram, runProgramAsync, DEFAULT_SLICE_MS, type RunOptions, type RunResult, type RunStats, type AsyncRunOptions, type AbortSignalLike } from './api/run.js';

// Worlds: the OS interface and its implementations.
export type { OS, Stat, ClockId } from './os/interface.js';
export { MemoryOS, seededEntropy, type MemoryOSOptions, type StreamOptions, type ClockOptions } from './os/memory.js';
export { MemoryFS, emptyImage, type MemoryFSOptions, type FsImage, type FileNode, type DirNode, type Change } from './os/memory-fs.js';
export type { FileSystem, Handle } from './os/filesystem.js';
export { OSFault, strerror } from './os/errno.js';
export { TracingOS, ReplayOS, ReplayDivergence, ReplayError, type LogRecord } from './os/trace.js';

// The parser.
export { parse } from './parser/parse.js';
export { dump, type DumpOptions } from './parser/dump.js';
export { decodeSource } from './parser/source.js';
export { formatSyntaxError } from './parser/format-error.js';
export { PySyntaxError, type SyntaxErrorKind } from './parser/errors.js';
export type * from './parser/ast.js';
export { ELLIPSIS, PyComplex, type ConstantValue } from './parser/constant.js';
