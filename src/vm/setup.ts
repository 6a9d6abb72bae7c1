// Assembles the runtime: installs the builtins namespace, sys, the import system and the set and
// slice builders into the VM's hooks, and registers the native modules. Called once per process
// by the API before the first interpreter is made.

import type { PyValue } from '../objects/object.js';
import type { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import { newSlice } from '../objects/slice.js';
import { newSet, setAdd, setUpdate, setType, frozensetType, type PySet } from '../objects/set.js';
import { enumerateType } from '../objects/iterators.js';
import { defineClassGetItem, newGenericAlias } from '../objects/generic-alias.js';
import { registerTypeSubscript } from '../objects/protocol.js';
import { typeType } from '../objects/type.js';
import { buildClassFunction } from '../objects/type-type.js';
import { makeBuiltinsNamespace } from '../builtins/builtins-module.js';
import { vmHooks } from './hooks.js';
import { importName, registerNativeModule } from './import.js';
import { makeSysModule } from '../modules/sys.js';
import { makeVMFunctions } from '../builtins/vm-functions.js';
import { setStdoutHook, setDirNoArgsHook, setVarsNoArgsHook } from '../builtins/functions.js';
import { currentVM } from './current.js';
import { frameLocals } from '../builtins/vm-functions.js';
import type { VM } from './vm.js';
import { makeMathModule } from '../modules/math.js';
import { makeRandomModule } from '../modules/random.js';
import { makePosixModule } from '../modules/posix.js';
import { makeTimeModule } from '../modules/time.js';
import { makeAtexitModule } from '../modules/atexit.js';
// The type files, imported for the methods they attach to their types.
import '../objects/object-type.js';
import '../objects/type-type.js';
import '../objects/super.js';
import '../objects/descriptor-methods.js';
import '../objects/function-methods.js';
import '../objects/exception-methods.js';
import '../objects/singleton-methods.js';
import '../objects/bool.js';
import '../objects/int.js';
import '../objects/float.js';
import '../objects/complex.js';
import '../objects/str.js';
import '../objects/bytes-methods.js';
import '../objects/format-spec.js';
import '../objects/list.js';
import '../objects/tuple.js';
import '../objects/dict.js';
import '../objects/set.js';
import '../objects/slice.js';
import './generator-methods.js';
import './frame-methods.js';
import './async-generator.js';

let installed = false;

/** installRuntime: wires the runtime together (idempotent). */
export function installRuntime(): void {
  if (installed) return;
  installed = true;
  vmHooks.makeBuiltins = makeBuiltins;
  vmHooks.makeBuiltinsModule = (_vm: VM, ns: PyDict) => new PyModule('builtins', ns);
  vmHooks.makeSys = makeSysModule;
  vmHooks.importName = importName;
  vmHooks.makeSlice = newSlice;
  vmHooks.makeSet = newSet;
  vmHooks.setAdd = (set, v) => setAdd(set as PySet, v);
  vmHooks.setUpdate = (set, it) => setUpdate(set as PySet, it);
  setStdoutHook(() => currentVM().sys.dict.getStr('stdout')!);
  const locals = (): PyValue => frameLocals(currentVM().frame!);
  setDirNoArgsHook(() => locals());
  setVarsNoArgsHook(locals);
  registerNativeModule('math', () => makeMathModule());
  registerNativeModule('_random', () => makeRandomModule());
  registerNativeModule('posix', () => makePosixModule());
  registerNativeModule('time', () => makeTimeModule());
  registerNativeModule('atexit', () => makeAtexitModule());
  // Builtin generic classes defined in files that load after generic-alias.ts.
  for (const t of [setType, frozensetType, enumerateType]) defineClassGetItem(t);
  registerTypeSubscript((key) => newGenericAlias(typeType, key));
}

function makeBuiltins(_vm: VM): PyDict {
  const d = makeBuiltinsNamespace();
  for (const [name, f] of Object.entries(makeVMFunctions())) d.setStr(name, f);
  d.setStr('__build_class__', buildClassFunction);
  return d;
}
