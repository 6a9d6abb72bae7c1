// The import system: `import a.b`, `from . import x`, packages with __init__.py, sys.modules
// caching, builtin (native) modules, and Python source found on sys.path. Files are read through
// the OS interface like every other file; compiled code is cached by source.

import type { PyValue } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import { PyList, newList } from '../objects/list.js';
import { None } from '../objects/singletons.js';
import { PyException, pyError, raise, ImportError, ModuleNotFoundError, TypeError, ValueError, KeyError } from '../objects/exception.js';
import { getAttrOpt, setAttr, toArray, truthy } from '../objects/protocol.js';
import type { VM } from './vm.js';
import { compileCached } from './code-cache.js';
import { workParse } from './meter.js';
import { newImportError } from '../objects/exception-methods.js';
import { STDLIB_BUNDLE } from '../stdlib/bundle.generated.js';
import { deserializeCode } from '../compiler/serialize.js';
import type { PyCode } from '../objects/code.js';
import { OSFault } from '../os/errno.js';
import { O_RDONLY, isReg } from '../os/interface.js';
import { concat } from '../os/filesystem.js';
import { decodeSource } from '../parser/source.js';

/** STDLIB_ROOT: the directory on sys.path where the precompiled stdlib/ modules appear. */
export const STDLIB_ROOT = '/terrarium/stdlib';

const stdlibCode = new Map<string, PyCode>();

/** stdlibModule: the precompiled code and source of stdlib/<rel>, if it exists. */
function stdlibModule(rel: string): { code: PyCode; source: string } | null {
  const entry = STDLIB_BUNDLE[rel];
  if (entry === undefined) return null;
  let code = stdlibCode.get(rel);
  if (code === undefined) {
    code = deserializeCode(entry.code);
    stdlibCode.set(rel, code);
  }
  return { code, source: entry.source };
}

/** findSource: the module file `base` (+ /__init__.py or .py) in a sys.path directory. */
function findModule(vm: VM, base: string): { file: string; isPkg: boolean; code: PyCode | null; source: string } | null {
  for (const [suffix, isPkg] of [['/__init__.py', true], ['.py', false]] as const) {
    const file = base + suffix;
    if (file.startsWith(STDLIB_ROOT + '/')) {
      const m = stdlibModule(file.slice(STDLIB_ROOT.length + 1));
      if (m !== null) return { file, isPkg, code: m.code, source: m.source };
      continue;
    }
    const source = readSource(vm, file);
    if (source !== null) return { file, isPkg, code: null, source };
  }
  return null;
}

/** readSource: a module file's text through the OS interface, or null when there is none. */
function readSource(vm: VM, file: string): string | null {
  const os = vm.os;
  let fd: number;
  try {
    fd = os.open(file, O_RDONLY, 0);
  } catch (e) {
    if (e instanceof OSFault) return null;
    throw e;
  }
  try {
    if (!isReg(os.fstat(fd).mode)) return null;
    const chunks: Uint8Array[] = [];
    for (let c = os.read(fd, 1 << 16); c.length > 0; c = os.read(fd, 1 << 16)) chunks.push(c);
    return decodeSource(concat(chunks), file);
  } catch (e) {
    if (e instanceof OSFault) return null;
    throw e;
  } finally {
    os.close(fd);
  }
}

/** NativeModuleFactory: makes a builtin module for a VM. */
export type NativeModuleFactory = (vm: VM) => PyModule;

/** NATIVE_MODULES: builtin modules by name (sys and builtins are made by the VM itself). */
export const NATIVE_MODULES = new Map<string, NativeModuleFactory>();

/** registerNativeModule: adds a builtin module. */
export function registerNativeModule(name: string, factory: NativeModuleFactory): void {
  NATIVE_MODULES.set(name, factory);
}

function resolveName(name: string, globals: PyDict, level: number): string {
  if (level === 0) return name;
  let pkg = globals.getStr('__package__');
  if (pkg === undefined || pkg === None) {
    const modName = globals.getStr('__name__');
    if (typeof modName !== 'string') raise(KeyError, "'__name__' not in globals");
    pkg = globals.getStr('__path__') !== undefined ? modName : modName.slice(0, Math.max(0, modName.lastIndexOf('.')));
  }
  if (typeof pkg !== 'string') raise(TypeError, 'package must be a string');
  if (pkg === '') raise(ImportError, 'attempted relative import with no known parent package');
  const parts = pkg.split('.');
  if (level - 1 > parts.length - 1 && level > 1) raise(ImportError, 'attempted relative import beyond top-level package');
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name === '' ? base : `${base}.${name}`;
}

/** importName: IMPORT_NAME / __import__(name, globals, locals, fromlist, level). */
export function importName(vm: VM, name: string, globals: PyDict, fromlist: PyValue, level: number): PyValue {
  if (level < 0) raise(ValueError, 'level must be >= 0');
  if (name === '' && level === 0) raise(ValueError, 'Empty module name');
  const full = resolveName(name, globals, level);
  const parts = full.split('.');
  let mod: PyValue = None;
  for (let i = 0; i < parts.length; i++) {
    mod = importOne(vm, parts.slice(0, i + 1).join('.'));
  }
  const hasFromlist = fromlist !== None && truthy(fromlist);
  if (hasFromlist) {
    // Submodules named in the fromlist of a package are imported too.
    if (mod instanceof PyModule && mod.dict.getStr('__path__') !== undefined) {
      for (const item of toArray(fromlist)) {
        if (typeof item === 'string' && item !== '*' && getAttrOpt(mod, item) === undefined) {
          try {
            importOne(vm, `${full}.${item}`);
          } catch (e) {
            if (!(e instanceof PyException && e.cls === ModuleNotFoundError)) throw e;
          }
        }
      }
    }
    return mod;
  }
  if (level === 0) return vm.modules.getStr(parts[0]!)!;
  // `from . import x` has a fromlist; a bare relative import returns the top of the name given.
  const topLen = full.length - name.length + (name.split('.')[0]?.length ?? 0);
  return vm.modules.getStr(full.slice(0, topLen))!;
}

function importOne(vm: VM, full: string): PyValue {
  const cached = vm.modules.getStr(full);
  if (cached !== undefined) {
    if (cached === None) throw notFound(full);
    return cached;
  }
  const native = NATIVE_MODULES.get(full);
  if (native !== undefined) {
    const m = native(vm);
    vm.modules.setStr(full, m);
    return m;
  }
  const dot = full.lastIndexOf('.');
  let searchPath: string[];
  let parent: PyValue | undefined;
  if (dot >= 0) {
    parent = vm.modules.getStr(full.slice(0, dot));
    const p = parent instanceof PyModule ? parent.dict.getStr('__path__') : undefined;
    if (p === undefined) {
      const e = pyError(ModuleNotFoundError, `No module named '${full}'; '${full.slice(0, dot)}' is not a package`);
      throw e;
    }
    searchPath = toArray(p).filter((x): x is string => typeof x === 'string');
  } else {
    const sp = vm.sys.dict.getStr('path');
    searchPath = sp instanceof PyList ? sp.items.filter((x): x is string => typeof x === 'string') : [];
  }
  const leaf = full.slice(dot + 1);
  for (const dir of searchPath) {
    const base = dir === '' ? leaf : `${dir.replace(/\/+$/, '')}/${leaf}`;
    const found = findModule(vm, base);
    if (found === null) continue;
    const { file, isPkg } = found;
    const mod = new PyModule(full);
    const d = mod.dict;
    d.setStr('__file__', file);
    d.setStr('__package__', isPkg ? full : full.slice(0, Math.max(0, dot)));
    d.setStr('__spec__', None);
    d.setStr('__loader__', None);
    if (isPkg) d.setStr('__path__', newList([base]));
    d.setStr('__builtins__', vm.modules.getStr('builtins')!);
    vm.modules.setStr(full, mod);
    try {
      let code = found.code;
      if (code === null) {
        workParse(found.source.length);
        code = compileCached(vm, found.source, file);
      }
      else vm.sources.set(file, found.source);
      vm.runCode(code, d);
    } catch (e) {
      vm.modules.deleteStr(full);
      throw e;
    }
    const final = vm.modules.getStr(full) ?? mod;
    if (parent !== undefined) setAttr(parent, leaf, final);
    return final;
  }
  throw notFound(full);
}

function notFound(full: string): PyException {
  return newImportError(ModuleNotFoundError, `No module named '${full}'`, full);
}

