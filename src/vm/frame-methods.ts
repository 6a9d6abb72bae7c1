// The Python-visible attributes of frame objects (sys._getframe(), traceback.tb_frame):
// f_code, f_globals, f_locals, f_builtins, f_back, f_lineno, f_lasti; and of traceback objects:
// tb_frame, tb_next, tb_lineno, tb_lasti.

import type { PyValue } from '../objects/object.js';
import { None } from '../objects/singletons.js';
import { defineMethods } from '../objects/builtin-function.js';
import { defineGetSets } from '../objects/descriptor.js';
import { addressOf } from '../objects/id.js';
import { frameLocals } from '../builtins/vm-functions.js';
import { Frame, frameType, markEscaped } from './frame.js';
import { PyTraceback, tracebackType } from '../objects/exception.js';
import { GEN_RUNNING, type PyGenerator } from './generator.js';

const F = (o: PyValue): Frame => o as Frame;

/** backOf: f_back: the caller's frame (now reachable from Python), None for a generator not running. */
function backOf(f: Frame): PyValue {
  if (f.generator !== null && (f.generator as PyGenerator).state !== GEN_RUNNING) return None;
  if (f.back === null) return None;
  markEscaped(f.back);
  return f.back;
}

defineGetSets(frameType, {
  f_code: { get: (o) => F(o).code },
  f_globals: { get: (o) => F(o).globals },
  f_builtins: { get: (o) => F(o).builtins },
  f_locals: { get: (o) => frameLocals(F(o)) },
  f_back: { get: (o) => backOf(F(o)) },
  f_lineno: { get: (o) => F(o).code.lineOf(F(o).lasti) },
  f_lasti: { get: (o) => F(o).lasti * 2 },
});

defineMethods(frameType, {
  __repr__: (args) => {
    const f = F(args[0]!);
    return `<frame at ${addressOf(f)}, file '${f.code.filename}', line ${f.code.lineOf(f.lasti)}, code ${f.code.name}>`;
  },
});

const T = (o: PyValue): PyTraceback => o as PyTraceback;

defineGetSets(tracebackType, {
  tb_frame: { get: (o) => T(o).frame },
  tb_next: { get: (o) => T(o).next ?? None },
  tb_lineno: { get: (o) => T(o).lineno },
  tb_lasti: { get: (o) => T(o).lasti * 2 },
});
