// The atexit module (https://docs.python.org/3.11/library/atexit.html), as CPython 3.11's
// Modules/atexitmodule.c: register(func, *args, **kwargs) returns func; unregister(func) empties
// every slot whose function == func (the slot stays counted: _ncallbacks() does not go down);
// _run_exitfuncs() runs the handlers last registered first, then clears them; _clear();
// _ncallbacks(). The registrations belong to the interpreter, not to the module object (a
// re-imported atexit sees the same ones).
//
// At the end of a run (src/api/run.ts) the handlers run after the program's end has been reported
// (an uncaught exception's traceback, a SystemExit's message) and before open files are flushed,
// as in Py_FinalizeEx. They are guest code like any other: metered, and never run once a stop (a
// limit, os._exit) has ended the run. A handler that raises is reported as CPython's default
// sys.unraisablehook reports it, on sys.stderr, and the next handler runs:
//
//     Exception ignored in atexit callback: <repr of the function>
//     Traceback (most recent call last):      (only when a Python frame was left)
//       ...
//     Type: message                           (': ' even when the message is empty)
//
// (no chained exceptions, no notes; SystemExit is reported like any other exception, and the exit
// code stays the program's). A handler is called through a one-line trampoline frame (`f(*a, **k)`)
// so that at exit it runs as the outermost eval loop: a time-sliced run can pause inside it and
// resume it. The trampoline's own entry is taken off the tracebacks, so they show what CPython's
// show (none at all when the call itself failed, as for a wrong number of arguments).
//
// Not here: sys.unraisablehook (the sys module has none; the default hook's output is written).

import type { PyValue } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import { PyTuple, newTuple, EMPTY_TUPLE } from '../objects/tuple.js';
import { builtinFunction, type NativeFn } from '../objects/builtin-function.js';
import { None } from '../objects/singletons.js';
import { PyException, PyTraceback, raise, TypeError } from '../objects/exception.js';
import { callMethod, eqValues, repr, str } from '../objects/protocol.js';
import { isCallable } from '../builtins/functions.js';
import type { PyType } from '../objects/type.js';
import { charge, SIZE } from '../vm/meter.js';
import { compileCached } from '../vm/code-cache.js';
import { formatTraceback } from '../vm/traceback.js';
import { currentVM } from '../vm/current.js';
import { PAUSE } from '../vm/limit-error.js';
import type { Frame } from '../vm/frame.js';
import type { VM } from '../vm/vm.js';

const ATEXIT_DOC =
  'allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n';

const REGISTER_DOC =
  'register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon normal program termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a decorator.';
const UNREGISTER_DOC =
  'unregister(func) -> None\n\nUnregister an exit function which was previously registered using\natexit.register\n\n    func - function to be unregistered';
const RUN_DOC =
  '_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\nIf a callback raises an exception, it is logged with sys.unraisablehook.';
const CLEAR_DOC = '_clear() -> None\n\nClear the list of previously registered exit functions.';
const NCALLBACKS_DOC = '_ncallbacks() -> int\n\nReturn the number of registered exit functions.';

/**
 * AtexitState: an interpreter's registrations (CPython's interp->atexit). A slot is a tuple
 * (func, args, kwargs or None), null once unregistered; the array's length is ncallbacks.
 */
interface AtexitState {
  readonly callbacks: (PyTuple | null)[];
}

const STATES = new WeakMap<VM, AtexitState>();

/**
 * stateOf: the VM's registrations, made on first use. The state is a root of the live heap (at
 * the bottom of the meter's root stack, under the builtins' temporary roots, which come and go
 * above it), so what the handlers hold counts against the heap limit even when no module object
 * refers to them any more (`del sys.modules['atexit']`).
 */
function stateOf(vm: VM): AtexitState {
  let s = STATES.get(vm);
  if (s === undefined) {
    s = { callbacks: [] };
    STATES.set(vm, s);
    vm.meter.tempRoots.unshift(s);
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Running the handlers

/** TRAMPOLINE: the module-level code each handler is called from: `f(*a, **k)`. */
const TRAMPOLINE_SOURCE = 'f(*a, **k)\n';
const TRAMPOLINE_NAME = '<atexit>';

/** invoke: calls one registered handler from a trampoline frame; its exception is thrown. */
function invoke(vm: VM, cb: PyTuple): void {
  const code = compileCached(vm, TRAMPOLINE_SOURCE, TRAMPOLINE_NAME, true);
  const g = new PyDict();
  g.setStr('__builtins__', vm.modules.getStr('builtins')!);
  g.setStr('f', cb.items[0]!);
  g.setStr('a', cb.items[1]!);
  const kwargs = cb.items[2]!;
  g.setStr('k', kwargs === None ? new PyDict() : kwargs);
  vm.runCode(code, g);
}

/** dropTrampoline: takes the trampoline's frame off the front of an exception's traceback. */
function dropTrampoline(e: PyException): void {
  const tb = e.traceback;
  if (tb !== null && (tb.frame as Frame).code?.filename === TRAMPOLINE_NAME) e.traceback = tb.next;
}

/**
 * ExitFuncs: one pass over the handlers (atexit_callfuncs): from the last slot to the first, read
 * as it is when it is reached (a handler may unregister another, or clear them all); handlers
 * registered meanwhile in slots beyond the start are not run; then every slot is cleared.
 * run() throws PAUSE when a time slice ends inside a handler (the caller notes the pause; the next
 * run() resumes that handler), and any stop (a limit, os._exit): no later handler runs.
 */
export class ExitFuncs {
  private next: number;
  /** current: the handler a pause interrupted (its function, for the report of its exception). */
  private current: PyValue | null = null;
  private readonly state: AtexitState | undefined;

  constructor(private readonly vm: VM) {
    this.state = STATES.get(vm);
    this.next = this.state === undefined ? -1 : this.state.callbacks.length - 1;
  }

  run(): void {
    const state = this.state;
    if (state === undefined) return;
    const vm = this.vm;
    if (this.current !== null) this.finishOne(() => vm.resumePaused());
    while (this.next >= 0) {
      const cb = state.callbacks[this.next--];
      if (cb === null || cb === undefined) continue;
      this.current = cb.items[0]!;
      this.finishOne(() => invoke(vm, cb));
    }
    state.callbacks.length = 0;
  }

  /** finishOne: runs (or resumes) the current handler; its exception is reported, not thrown. */
  private finishOne(go: () => void): void {
    try {
      go();
    } catch (e) {
      if (e === PAUSE || !(e instanceof PyException)) throw e;
      dropTrampoline(e);
      const func = this.current!;
      this.current = null;
      writeUnraisable(this.vm, 'Exception ignored in atexit callback', func, e);
      return;
    }
    this.current = null;
  }
}

// ---------------------------------------------------------------------------------------------
// The default unraisable hook (Python/errors.c, write_unraisable_exc_file)

/** exceptionTypeName: `Qualname`, or `module.Qualname` outside builtins and __main__. */
function exceptionTypeName(t: PyType): string {
  const mod = t.heapType ? (t.attrs.get('__module__') ?? t.module) : t.module;
  if (typeof mod !== 'string') return `<unknown>.${t.qualname}`;
  return mod === 'builtins' || mod === '__main__' ? t.qualname : `${mod}.${t.qualname}`;
}

/** guarded: text(), or `failed` if it raises a Python exception (stops pass through). */
function guarded(text: () => string, failed: string): string {
  try {
    return text();
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    return failed;
  }
}

/**
 * writeUnraisable: reports an exception nobody can catch on sys.stderr (nothing when it is None or
 * missing; a failing write or flush is ignored), as CPython's default sys.unraisablehook.
 */
function writeUnraisable(vm: VM, message: string, obj: PyValue, e: PyException): void {
  const file = vm.sys.dict.getStr('stderr');
  if (file === undefined || file === None) return;
  let text = `${message}: ${guarded(() => repr(obj), '<object repr() failed>')}\n`;
  // An exception that left no Python frame (raised by a builtin handler) is shown at the running
  // Python frame, if any: the caller of an explicit _run_exitfuncs(); none at exit.
  let tb = e.traceback;
  const f = vm.frame;
  if (tb === null && f !== null) tb = new PyTraceback(null, f, f.lasti, f.code.lineOf(f.lasti));
  if (tb !== null) text += 'Traceback (most recent call last):\n' + formatTraceback(vm, tb);
  text += `${exceptionTypeName(e.cls)}: ${guarded(() => str(e), '<exception str() failed>')}\n`;
  guarded(() => {
    callMethod(file, 'write', [text]);
    callMethod(file, 'flush', []);
    return '';
  }, '');
}

// ---------------------------------------------------------------------------------------------
// The module

function noArgs(name: string, args: PyValue[], kw: readonly string[] | null): void {
  if (kw !== null && kw.length > 0) raise(TypeError, `atexit.${name}() takes no keyword arguments`);
  if (args.length > 0) raise(TypeError, `atexit.${name}() takes no arguments (${args.length} given)`);
}

const FUNCTIONS: Record<string, [NativeFn, string]> = {
  register: [
    (args, kw) => {
      const nkw = kw === null ? 0 : kw.length;
      const npos = args.length - nkw;
      if (npos === 0) raise(TypeError, 'register() takes at least 1 argument (0 given)');
      const func = args[0]!;
      if (!isCallable(func)) raise(TypeError, 'the first argument must be callable');
      const vm = currentVM();
      const state = stateOf(vm);
      const cbArgs = npos > 1 ? newTuple(args.slice(1, npos)) : EMPTY_TUPLE;
      let kwargs: PyValue = None;
      if (nkw > 0) {
        const d = new PyDict();
        for (let i = 0; i < nkw; i++) d.setStr(kw![i]!, args[npos + i]!);
        kwargs = d;
      }
      charge(SIZE.SLOT);
      state.callbacks.push(newTuple([func, cbArgs, kwargs]));
      return func;
    },
    REGISTER_DOC,
  ],
  unregister: [
    (args, kw) => {
      if (kw !== null && kw.length > 0) raise(TypeError, 'atexit.unregister() takes no keyword arguments');
      if (args.length !== 1) raise(TypeError, `atexit.unregister() takes exactly one argument (${args.length} given)`);
      const func = args[0]!;
      const callbacks = stateOf(currentVM()).callbacks;
      // The registered function is the left operand, as in CPython; == may run Python code that
      // changes the registrations, so each slot is read when it is reached.
      for (let i = 0; i < callbacks.length; i++) {
        const cb = callbacks[i];
        if (cb === null || cb === undefined) continue;
        if (eqValues(cb.items[0]!, func) && callbacks[i] === cb) callbacks[i] = null;
      }
      return None;
    },
    UNREGISTER_DOC,
  ],
  _run_exitfuncs: [
    (args, kw) => {
      noArgs('_run_exitfuncs', args, kw);
      new ExitFuncs(currentVM()).run();
      return None;
    },
    RUN_DOC,
  ],
  _clear: [
    (args, kw) => {
      noArgs('_clear', args, kw);
      stateOf(currentVM()).callbacks.length = 0;
      return None;
    },
    CLEAR_DOC,
  ],
  _ncallbacks: [
    (args, kw) => {
      noArgs('_ncallbacks', args, kw);
      return stateOf(currentVM()).callbacks.length;
    },
    NCALLBACKS_DOC,
  ],
};

/** makeAtexitModule: the builtin module atexit (its registrations are the VM's, see stateOf). */
export function makeAtexitModule(): PyModule {
  const d = new PyDict();
  d.setStr('__name__', 'atexit');
  d.setStr('__doc__', ATEXIT_DOC);
  d.setStr('__package__', '');
  for (const [name, [fn, doc]] of Object.entries(FUNCTIONS)) d.setStr(name, builtinFunction(name, fn, doc));
  return new PyModule('atexit', d);
}
