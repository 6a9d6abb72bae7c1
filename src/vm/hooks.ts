// The pieces of the runtime the VM uses but does not define (the builtins namespace, sys, sets,
// slices, the import system). src/vm/setup.ts installs them once; until then each raises a clear
// error. This keeps the VM free of import cycles with the modules that themselves call the VM.

import type { PyValue } from '../objects/object.js';
import type { PyDict } from '../objects/dict.js';
import type { PyModule } from '../objects/module.js';
import { raise, SystemError } from '../objects/exception.js';
import type { VM } from './vm.js';

const missing = (what: string) => (): never => raise(SystemError, `${what} is not available`);

/** vmHooks: the installed implementations. */
export const vmHooks = {
  makeBuiltins: missing('the builtins namespace') as (vm: VM) => PyDict,
  makeBuiltinsModule: missing('the builtins module') as (vm: VM, ns: PyDict) => PyModule,
  makeSys: missing('the sys module') as (vm: VM, argv: string[], path: string[]) => PyModule,
  makeSet: missing('set') as (items: PyValue[]) => PyValue,
  setAdd: missing('set') as (set: PyValue, v: PyValue) => void,
  setUpdate: missing('set') as (set: PyValue, iterable: PyValue) => void,
  makeSlice: missing('slice') as (start: PyValue, stop: PyValue, step: PyValue) => PyValue,
  importName: missing('import') as (vm: VM, name: string, globals: PyDict, fromlist: PyValue, level: number) => PyValue,
};
