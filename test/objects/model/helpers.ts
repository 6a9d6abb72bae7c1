// Shared set-up for the object-model tests: loads the object-model modules, installs a stand-in VM
// whose "Python functions" run TypeScript closures (so classes with methods, class bodies and
// zero-argument super() can be tested before the eval loop runs), and runs python3 as the oracle.

// format-spec.ts first: entered through float.ts, its top level can run before float.ts has
// exported floatType under vitest's module transform (an import cycle outside this area).
import '../../../src/objects/format-spec.js';
import '../../../src/objects/object-type.js';
import '../../../src/objects/type-type.js';
import '../../../src/objects/super.js';
import '../../../src/objects/descriptor-methods.js';
import '../../../src/objects/function-methods.js';
import '../../../src/objects/exception-methods.js';
import '../../../src/objects/singleton-methods.js';
import '../../../src/objects/str.js';
import type { PyValue } from '../../../src/objects/object.js';
import { PyType, typeType } from '../../../src/objects/type.js';
import { PyCode } from '../../../src/objects/code.js';
import { PyFunction, PyCell } from '../../../src/objects/function.js';
import { PyDict } from '../../../src/objects/dict.js';
import { newTuple, PyTuple } from '../../../src/objects/tuple.js';
import { PyList } from '../../../src/objects/list.js';
import { None } from '../../../src/objects/singletons.js';
import { PyException } from '../../../src/objects/exception.js';
import { builtinFunction, type NativeFn } from '../../../src/objects/builtin-function.js';
import { call, repr } from '../../../src/objects/protocol.js';
import { setCurrentVM } from '../../../src/vm/current.js';
import { setActiveMeter, Meter } from '../../../src/vm/meter.js';
import type { VM } from '../../../src/vm/vm.js';
import { pythonJson } from '../../support/python.js';

/** FakeFrame: the parts of a VM frame that super() and type() read. */
export interface FakeFrame {
  code: PyCode;
  globals: PyDict;
  slots: (PyValue | undefined)[];
  cells: PyCell[] | null;
}

const impls = new WeakMap<PyFunction, NativeFn>();
const bodies = new WeakMap<PyFunction, (ns: PyDict) => PyValue>();

/** fakeVM: the stand-in interpreter; `frame` is what zero-argument super() sees. */
export const fakeVM = {
  frame: null as FakeFrame | null,
  builtins: new PyDict(),
  depth: 0,
  callFunction(f: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue {
    const impl = impls.get(f);
    if (impl === undefined) throw new Error('no implementation for ' + f.qualname);
    return impl(args, kwnames);
  },
  runClassBody(f: PyFunction, ns: PyDict): PyValue {
    return bodies.get(f)!(ns);
  },
  enterRecursion(): void {
    if (++this.depth > 200) throw new Error('recursion');
  },
  leaveRecursion(): void {
    this.depth--;
  },
};

/** installVM: makes the stand-in VM (and a fresh meter, so ids start from 0) current. */
export function installVM(): void {
  setCurrentVM(fakeVM as unknown as VM);
  setActiveMeter(new Meter());
}

/** code: a code object with the given shape (no bytecode). */
export function code(name: string, opts: { qualname?: string; argcount?: number; freevars?: string[]; cellvars?: string[]; varnames?: string[] } = {}): PyCode {
  const argcount = opts.argcount ?? 0;
  const varnames = opts.varnames ?? Array.from({ length: argcount }, (_, i) => `a${i}`);
  return new PyCode(
    name,
    opts.qualname ?? name,
    'x.py',
    1,
    argcount,
    0,
    0,
    0,
    varnames,
    opts.cellvars ?? [],
    opts.freevars ?? [],
    new Int32Array((opts.cellvars ?? []).length).fill(-1),
    [],
    [],
    new Int32Array(0),
    new Int32Array(0),
    new Int32Array(0),
    0,
    null,
  );
}

export const GLOBALS = new PyDict();
GLOBALS.setStr('__name__', '__main__');

/** pyfunc: a "Python function" whose body is impl (args as the VM would bind them, positionally). */
export function pyfunc(qualname: string, impl: NativeFn, opts: { argcount?: number; closure?: PyCell[]; freevars?: string[] } = {}): PyFunction {
  const name = qualname.slice(qualname.lastIndexOf('.') + 1);
  const c = code(name, { qualname, argcount: opts.argcount ?? 1, freevars: opts.freevars });
  const f = new PyFunction(c, GLOBALS, fakeVM.builtins, null, null, opts.closure ? newTuple(opts.closure) : null);
  f.module = '__main__';
  impls.set(f, impl);
  return f;
}

/** classBody: a class-body function that fills the namespace, returning the __class__ cell (or None). */
export function classBody(qualname: string, fill: (ns: PyDict) => PyValue): PyFunction {
  const f = new PyFunction(code('<class body>', { qualname }), GLOBALS, fakeVM.builtins, null, null, null);
  bodies.set(f, fill);
  return f;
}

/** makeClass: type(name, bases, ns) with __module__ '__main__' and __qualname__ name. */
export function makeClass(name: string, bases: PyValue[] = [], attrs: Record<string, PyValue> = {}, meta: PyValue = typeType, kw: Record<string, PyValue> = {}): PyType {
  const ns = new PyDict();
  ns.setStr('__module__', '__main__');
  ns.setStr('__qualname__', name);
  for (const [k, v] of Object.entries(attrs)) ns.setStr(k, v);
  const kwnames = Object.keys(kw);
  return call(meta, [name, newTuple(bases), ns, ...Object.values(kw)], kwnames.length ? kwnames : null) as PyType;
}

/** fn: a builtin function (for namespaces where binding must not happen). */
export function fn(name: string, f: NativeFn): PyValue {
  return builtinFunction(name, f);
}

/** caught: the PyException thrown by f, as "TypeName: message". */
export function caught(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyException) return `${e.cls.name}: ${e.args.length === 1 && typeof e.args[0] === 'string' ? e.args[0] : repr(newTuple(e.args))}`;
    throw e;
  }
  return 'no exception';
}

/** oracle: runs a python3 script that fills the dict `out`; returns it (JSON). */
export function oracle<T = Record<string, unknown>>(script: string): T {
  return pythonJson<T>(`import json\nout = {}\n${script}\nprint(json.dumps(out))`);
}

/** err: "TypeName: message" for a Python exception, the oracle's counterpart of caught(). */
export const PY_ERR = `
def err(f):
    try:
        f()
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e) if not isinstance(e, KeyError) else type(e).__name__ + ': ' + str(e.args[0])
    return 'no exception'
`;

export { PyTuple };

// Uncaught Python exceptions print as "TypeError: message" in test failures.
(PyException.prototype as unknown as Record<symbol, unknown>)[Symbol.for('nodejs.util.inspect.custom')] = function (this: PyException) {
  return `PyException ${this.cls.name}: ${this.args.map((a) => (typeof a === 'object' ? a.cls.name : String(a))).join(', ')}`;
};
Object.defineProperty(PyException.prototype, 'message', {
  get(this: PyException) {
    return `${this.cls.name}: ${this.args.map((a) => (typeof a === 'object' ? a.cls.name : String(a))).join(', ')}`;
  },
});
Object.defineProperty(PyException.prototype, 'name', { get: () => 'PyException' });

/** js: a Python value as JSON-like data to compare with the oracle (None -> null, tuple/list -> array). */
export function js(v: PyValue): unknown {
  if (typeof v !== 'object') return typeof v === 'bigint' ? Number(v) : v;
  if (v === None) return null;
  if (v instanceof PyTuple || v instanceof PyList) return v.items.map(js);
  return repr(v);
}
