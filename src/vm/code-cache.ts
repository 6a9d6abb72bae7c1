// Compiled code cached by source text within a process: running or importing the same source
// again skips the parser (the slowest stage). Keys are filename + source; values are immutable
// code objects, safe to share between interpreters.

import type { PyCode } from '../objects/code.js';
import { compileSource } from '../compiler/compile.js';
import type { VM } from './vm.js';
import { compileOrRaise } from './syntax-error.js';
import { Meter, activeMeter, charge, setActiveMeter } from './meter.js';
import { codeBytes } from './heap.js';

const cache = new Map<string, PyCode>();
const MAX_ENTRIES = 256;

/**
 * compileCached: the module code for `source` from `filename`, compiling only on a miss. Syntax
 * errors raise Python SyntaxError unless `raw` (then the parser's PySyntaxError is thrown).
 */
export function compileCached(vm: VM, source: string, filename: string, raw = false): PyCode {
  vm.sources.set(filename, source);
  const key = `${filename}\u0000${source}`;
  const hit = cache.get(key);
  if (hit !== undefined) return loaded(hit);
  // Compiling builds constants (frozensets, big ints, ...). Their cost is charged to no
  // interpreter: a later run that finds the code here must report the same heap figures as the
  // first one, so the compile runs on a scratch meter.
  const scratch = new Meter();
  scratch.maxStrDigits = activeMeter().maxStrDigits;
  const prev = setActiveMeter(scratch);
  let code: PyCode;
  try {
    code = raw ? compileSource(source, filename, 'exec') : compileOrRaise(() => compileSource(source, filename, 'exec'));
  } finally {
    setActiveMeter(prev);
  }
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, code);
  return loaded(code);
}

/** loaded: the interpreter loading `code` pays for its names and constants (heap.ts, codeBytes). */
function loaded(code: PyCode): PyCode {
  charge(codeBytes(code));
  return code;
}
