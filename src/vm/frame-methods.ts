// The Python-visible attributes of frame objects (sys._getframe(), traceback.tb_frame):
// f_code, f_globals, f_locals, f_builtins, f_back, f_lineno, f_lasti.

import type { PyValue } from '../objects/object.js';
import { None } from '../objects/singletons.js';
import { defineMethods } from '../objects/builtin-function.js';
import { defineGetSets } from '../objects/descriptor.js';
import { addressOf } from '../objects/id.js';
import { frameLocals } from '../builtins/vm-functions.js';
import { Frame, frameType } from './frame.js';

const F = (o: PyValue): Frame => o as Frame;

defineGetSets(frameType, {
  f_code: { get: (o) => F(o).code },
  f_globals: { get: (o) => F(o).globals },
  f_builtins: { get: (o) => F(o).builtins },
  f_locals: { get: (o) => frameLocals(F(o)) },
  f_back: { get: (o) => F(o).back ?? None },
  f_lineno: { get: (o) => F(o).code.lineOf(F(o).lasti) },
  f_lasti: { get: (o) => F(o).lasti * 2 },
});

defineMethods(frameType, {
  __repr__: (args) => {
    const f = F(args[0]!);
    return `<frame at ${addressOf(f)}, file '${f.code.filename}', line ${f.code.lineOf(f.lasti)}, code ${f.code.name}>`;
  },
});
