// The builtins that need the running interpreter: globals, locals, vars() without an argument,
// exec, eval, compile, __import__, input and open.

import type { PyValue } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyCode } from '../objects/code.js';
import { PyTuple } from '../objects/tuple.js';
import { tupleType } from '../objects/types.js';
import { PyCell, PyFunction } from '../objects/function.js';
import { CO_OPTIMIZED } from '../compiler/opcodes.js';
import { None } from '../objects/singletons.js';
import { builtinFunction, type PyBuiltinFunction } from '../objects/builtin-function.js';
import { raise, TypeError, ValueError } from '../objects/exception.js';
import { builtinInput } from '../modules/std-streams.js';
import { typeOf } from '../objects/type.js';
import { call, getAttr, getAttrOpt } from '../objects/protocol.js';
import { ArgSpec } from './args.js';
import { currentVM } from '../vm/current.js';
import { Frame } from '../vm/frame.js';
import { compileSource } from '../compiler/compile.js';
import { compileOrRaise } from '../vm/syntax-error.js';
import { workParse } from '../vm/meter.js';
import { PyBytes } from '../objects/bytes.js';
import { decodeSource } from '../parser/source.js';
import { encodeToBytes } from '../objects/codecs.js';

/** frameLocals: locals() of a frame: its mapping, or a snapshot of a function's variables. */
export function frameLocals(f: Frame): PyDict {
  if (f.locals !== null) return f.locals;
  const d = new PyDict();
  const code = f.code;
  code.varnames.forEach((name, i) => {
    const v = f.slots[i];
    if (v !== undefined && !code.cellvars.includes(name)) d.setStr(name, v);
  });
  const derefs = [...code.cellvars, ...code.freevars];
  derefs.forEach((name, i) => {
    const v = f.cells?.[i]?.value;
    if (v !== undefined) d.setStr(name, v);
  });
  return d;
}

function callerFrame(): Frame {
  const f = currentVM().frame;
  if (f === null) raise(TypeError, 'no current frame');
  return f;
}

const EXEC = new ArgSpec('exec', 'source, globals=, locals=, /, *, closure=');
const EVAL = new ArgSpec('eval', 'source, globals=, locals=, /');
const COMPILE = new ArgSpec('compile', 'source, filename, mode, flags=, dont_inherit=, optimize=, *, _feature_version=');
const IMPORT = new ArgSpec('__import__', 'name, globals=, locals=, fromlist=, level=');
const VARS = new ArgSpec('vars', 'object=, /');

function sourceText(v: PyValue, fname: string): string {
  if (typeof v === 'string') {
    // CPython compiles a str only after encoding it to UTF-8: lone surrogates raise UnicodeEncodeError.
    if (!v.isWellFormed()) encodeToBytes(v, 'utf-8', 'strict');
    return v;
  }
  if (v instanceof PyBytes) return decodeSource(v.data, '<string>');
  raise(TypeError, `${fname}() arg 1 must be a string, bytes or code object`);
}

function runIn(fname: 'exec' | 'eval', args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const vm = currentVM();
  const [src, g, l, closure] = (fname === 'exec' ? EXEC : EVAL).unpack(args, kwnames);
  let globals: PyDict;
  let locals: PyDict;
  if (g === undefined || g === None) {
    const f = callerFrame();
    globals = f.globals;
    locals = l !== undefined && l !== None ? (l as PyDict) : frameLocals(f);
  } else {
    if (!(g instanceof PyDict)) raise(TypeError, `${fname}() globals must be a dict, not ${typeOf(g).name}`);
    globals = g;
    locals = l !== undefined && l !== None ? (l as PyDict) : g;
  }
  if (!(locals instanceof PyDict)) raise(TypeError, 'locals must be a mapping');
  let code: PyCode;
  if (src instanceof PyCode) {
    code = src;
    const r = runCodeObject(fname, code, globals, locals, closure);
    if (r !== undefined) return fname === 'exec' ? None : r;
  } else {
    let text = sourceText(src!, fname);
    if (fname === 'eval') text = text.replace(/^[ \t]+/, '');
    workParse(text.length);
    code = compileOrRaise(() => compileSource(text, '<string>', fname));
    vm.sources.set('<string>', text);
  }
  const frame = new Frame(code, globals, vm.builtinsFor(globals), locals, null);
  const r = vm.runFrame(frame);
  return fname === 'exec' ? None : r;
}

/**
 * runCodeObject: exec/eval of a code object that is not plain module code, as CPython runs it:
 * through a function made of it with no arguments (so function code binds its parameters and
 * generator code gives a generator), with the closure exec() was given. Undefined for module code.
 */
function runCodeObject(fname: 'exec' | 'eval', code: PyCode, globals: PyDict, locals: PyDict, closure: PyValue | undefined): PyValue | undefined {
  const nfree = code.freevars.length;
  if (closure === None) closure = undefined;
  if (fname === 'eval' && nfree > 0) raise(TypeError, `code object passed to ${fname}() may not contain free variables`);
  if (nfree === 0 && closure !== undefined) raise(TypeError, 'cannot use a closure with this code object');
  if (nfree > 0) {
    if (!(closure instanceof PyTuple && closure.cls === tupleType && closure.items.length === nfree)) {
      raise(TypeError, `code object requires a closure of exactly length ${nfree}`);
    }
    for (const c of closure.items) if (!(c instanceof PyCell)) raise(TypeError, 'closure can only contain cells');
  }
  const optimized = (code.flags & CO_OPTIMIZED) !== 0;
  if (!optimized && nfree === 0 && code.cellvars.length === 0) return undefined;
  const vm = currentVM();
  const f = new PyFunction(code, globals, vm.builtinsFor(globals), null, null, nfree > 0 ? (closure as PyTuple) : null);
  return optimized ? vm.callFunction(f, [], null) : vm.runClassBody(f, locals);
}

/** makeVMFunctions: the interpreter-dependent builtins, by name. */
export function makeVMFunctions(): Record<string, PyBuiltinFunction> {
  return {
    globals: builtinFunction('globals', () => callerFrame().globals),
    locals: builtinFunction('locals', () => frameLocals(callerFrame())),
    vars: builtinFunction('vars', (args, kw) => {
      const [o] = VARS.unpack(args, kw);
      if (o === undefined) return frameLocals(callerFrame());
      const d = getAttrOpt(o, '__dict__');
      if (d === undefined) raise(TypeError, 'vars() argument must have __dict__ attribute');
      return d;
    }),
    exec: builtinFunction('exec', (args, kw) => runIn('exec', args, kw)),
    eval: builtinFunction('eval', (args, kw) => runIn('eval', args, kw)),
    compile: builtinFunction('compile', (args, kw) => {
      const [src, filename, mode, flags] = COMPILE.unpack(args, kw);
      if (typeof filename !== 'string') raise(TypeError, `compile() argument 'filename' must be str, not ${typeOf(filename!).name}`);
      if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') raise(ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
      if (flags !== undefined && flags !== 0 && flags !== false) raise(ValueError, 'compile(): unrecognised flags');
      if (src instanceof PyCode) return src;
      const text = sourceText(src!, 'compile');
      workParse(text.length);
      const code = compileOrRaise(() => compileSource(text, filename, mode));
      currentVM().sources.set(filename, text);
      return code;
    }),
    __import__: builtinFunction('__import__', (args, kw) => {
      const vm = currentVM();
      const [name, g, , fromlist, level] = IMPORT.unpack(args, kw);
      if (typeof name !== 'string') raise(TypeError, `__import__() argument 1 must be str, not ${typeOf(name!).name}`);
      const globals = g instanceof PyDict ? g : (vm.frame?.globals ?? new PyDict());
      return vm.importName(name, globals, fromlist ?? None, typeof level === 'number' ? level : 0);
    }),
    input: builtinInput,
    open: builtinFunction('open', (args, kw) => {
      // io.open, loaded on first use (it is written in Python, in stdlib/io.py).
      const vm = currentVM();
      const io = vm.importName('io', vm.frame?.globals ?? new PyDict(), None, 0);
      return call(getAttr(io, 'open'), args, kw);
    }),
  };
}

