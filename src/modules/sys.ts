// The sys module: argv, exit, recursion limit, modules, path, version information, and the
// standard streams (std-streams.ts), which read and write descriptors 0-2 of the OS interface.

import type { PyValue } from '../objects/object.js';
import { PyObject } from '../objects/object.js';
import { makeBuiltinType } from '../objects/type.js';
import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import { newList } from '../objects/list.js';
import { newTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { builtinFunction, defineMethods, defineStaticMethods } from '../objects/builtin-function.js';
import { NotImplemented } from '../objects/singletons.js';
import { repr, richCompare } from '../objects/protocol.js';
import { defineGetSets } from '../objects/descriptor.js';
import { newException, raise, SystemExit, TypeError, ValueError, RecursionError, PyException } from '../objects/exception.js';
import { asIndex } from '../objects/protocol.js';
import { ArgSpec, noKwargs } from '../builtins/args.js';
import { typeOf } from '../objects/type.js';
import type { VM } from '../vm/vm.js';
import { markEscaped } from '../vm/frame.js';
import { checkNewArgs } from '../objects/type-type.js';
import { makeStructSeqType, structSeq } from './struct-seq.js';
import { PyFloat } from '../objects/float.js';
import { EOFError, OSError, OverflowError } from '../objects/exception.js';
import { makeStdStreams } from './std-streams.js';
import { LimitError } from '../vm/limit-error.js';
import { getIntMaxStrDigits, setIntMaxStrDigits } from '../objects/int.js';

const versionInfoType = makeStructSeqType('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
const floatInfoType = makeStructSeqType('sys', 'float_info', [
  'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds',
]);
const hashInfoType = makeStructSeqType('sys', 'hash_info', [
  'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff',
]);
const intInfoType = makeStructSeqType('sys', 'int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);

/** simpleNamespaceType: `types.SimpleNamespace` (sys.implementation is one). */
export const simpleNamespaceType = makeBuiltinType('SimpleNamespace', undefined, { module: 'types' });

const NS_INIT = new ArgSpec('SimpleNamespace', 'mapping=, /, **kwargs');
defineMethods(simpleNamespaceType, {
  __init__: (args, kw) => {
    const self = args[0] as PyObject;
    const [mapping, kwargs] = NS_INIT.unpack(args, kw, 1);
    self.dict ??= new PyDict();
    // Python 3.11 takes no positional argument (the mapping is 3.13's).
    if (mapping !== undefined) raise(TypeError, 'no positional arguments expected');
    for (const e of (kwargs as PyDict).entries()) self.dict.set(e.key, e.value);
    return None;
  },
  __repr__: (args) => {
    const self = args[0] as PyObject;
    const parts: string[] = [];
    for (const e of self.dict?.entries() ?? []) parts.push(`${String(e.key)}=${repr(e.value)}`);
    const name = self.cls === simpleNamespaceType ? 'namespace' : self.cls.name;
    return `${name}(${parts.join(', ')})`;
  },
  __eq__: (args) => {
    const [a, b] = args as [PyObject, PyValue];
    if (!(b instanceof PyObject) || !b.cls.isSubtypeOf(simpleNamespaceType)) return NotImplemented;
    return richCompare(a.dict ?? new PyDict(), b.dict ?? new PyDict(), 2);
  },
});
defineStaticMethods(simpleNamespaceType, {
  __new__: (args, kw) => {
    const o = new PyObject(checkNewArgs(simpleNamespaceType, args, kw));
    o.dict = new PyDict();
    return o;
  },
});

function namespace(fields: Record<string, PyValue>): PyObject {
  const o = new PyObject(simpleNamespaceType);
  o.dict = new PyDict();
  for (const [k, v] of Object.entries(fields)) o.dict.setStr(k, v);
  return o;
}

/** VERSION: the Python version Terrarium implements. */
export const VERSION_INFO = [3, 11, 0, 'final', 0] as const;

const SETLIMIT = new ArgSpec('setrecursionlimit', 'limit, /');
const EXIT = new ArgSpec('exit', 'status=, /');
let SET_MAX_DIGITS: ArgSpec | undefined;

/** makeSysModule: a fresh sys module for vm. */
export function makeSysModule(vm: VM, argv: string[], path: string[]): PyModule {
  const m = new PyModule('sys');
  const d = m.dict;
  const [stdin, stdout, stderr] = makeStdStreams();
  d.setStr('argv', newList(argv.slice()));
  d.setStr('orig_argv', newList(['terrarium', ...argv]));
  d.setStr('path', newList(path.slice()));
  d.setStr('modules', vm.modules);
  d.setStr('stdout', stdout);
  d.setStr('stderr', stderr);
  d.setStr('__stdout__', stdout);
  d.setStr('__stderr__', stderr);
  d.setStr('maxsize', 9223372036854775807n);
  d.setStr('maxunicode', 0x10ffff);
  d.setStr('byteorder', 'little');
  d.setStr('platform', 'terrarium');
  d.setStr('executable', '');
  d.setStr('prefix', '');
  d.setStr('version', '3.11.0 (terrarium)');
  d.setStr('hexversion', 0x030b00f0);
  d.setStr('api_version', 1013);
  d.setStr('copyright', 'Terrarium: a sandboxed Python 3.11 interpreter');
  d.setStr('builtin_module_names', newTuple(['_random', 'atexit', 'builtins', 'math', 'posix', 'sys', 'time']));
  d.setStr('dont_write_bytecode', true);
  d.setStr('version_info', structSeq(versionInfoType, [...VERSION_INFO]));
  d.setStr(
    'float_info',
    structSeq(floatInfoType, [
      new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53,
      new PyFloat(Number.EPSILON), 2, 1,
    ]),
  );
  d.setStr('hash_info', structSeq(hashInfoType, [64, 2305843009213693951n, 314159, 0, 1000003, 'terrarium-fnv', 64, 0, 0]));
  d.setStr('int_info', structSeq(intInfoType, [30, 4, 4300, 640]));
  d.setStr('stdin', stdin);
  d.setStr('__stdin__', stdin);
  d.setStr(
    'implementation',
    namespace({ name: 'terrarium', cache_tag: None, version: newTuple([0, 1, 0, 'alpha', 0]), hexversion: 0x000100a0 }),
  );
  d.setStr('flags', namespace({ optimize: 0, dont_write_bytecode: 1, hash_randomization: 0, isolated: 1, int_max_str_digits: -1 }));
  d.setStr('get_int_max_str_digits', builtinFunction('get_int_max_str_digits', () => getIntMaxStrDigits()));
  d.setStr(
    'set_int_max_str_digits',
    builtinFunction('set_int_max_str_digits', (args, kw) => {
      const [v] = (SET_MAX_DIGITS ??= new ArgSpec('set_int_max_str_digits', 'maxdigits')).unpack(args, kw);
      const n = asIndex(v!);
      if (n !== 0 && !(n > 640)) raise(ValueError, 'maxdigits must be 0 or larger than 640');
      if (n > 0x7fffffff) raise(OverflowError, 'Python int too large to convert to C int');
      setIntMaxStrDigits(Number(n));
      return None;
    }),
  );
  d.setStr(
    'exit',
    builtinFunction('exit', (args, kw) => {
      const [status] = EXIT.unpack(args, kw);
      throw status === undefined ? newException(SystemExit) : newException(SystemExit, status);
    }),
  );
  d.setStr('getrecursionlimit', builtinFunction('getrecursionlimit', () => vm.recursionLimit));
  d.setStr(
    'setrecursionlimit',
    builtinFunction('setrecursionlimit', (args, kw) => {
      const [v] = SETLIMIT.unpack(args, kw);
      if (typeof v !== 'number' && typeof v !== 'bigint') raise(TypeError, "'" + typeOf(v!).name + "' object cannot be interpreted as an integer");
      const n = Number(asIndex(v));
      if (n < 1) raise(ValueError, 'recursion limit must be greater or equal than 1');
      // The sandbox's recursion limit is the ceiling: asking for more ends the run.
      const ceiling = vm.limits.recursion;
      if (ceiling !== undefined && n > ceiling) vm.stop(new LimitError('recursion', n, ceiling));
      if (n <= vm.depth) {
        raise(RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${vm.depth}: the limit is too low`);
      }
      vm.recursionLimit = n;
      return None;
    }),
  );
  d.setStr(
    'exc_info',
    builtinFunction('exc_info', (args, kw) => {
      noKwargs('exc_info', kw);
      void args;
      const e = vm.handled;
      if (e === None) return newTuple([None, None, None]);
      return newTuple([typeOf(e), e, e instanceof PyException ? (e.traceback ?? None) : None]);
    }),
  );
  d.setStr('exception', builtinFunction('exception', () => vm.handled));
  d.setStr('getdefaultencoding', builtinFunction('getdefaultencoding', () => 'utf-8'));
  d.setStr('getfilesystemencoding', builtinFunction('getfilesystemencoding', () => 'utf-8'));
  d.setStr('intern', builtinFunction('intern', (args) => {
    if (args.length !== 1) raise(TypeError, `sys.intern() takes exactly one argument (${args.length} given)`);
    if (typeof args[0] !== 'string') raise(TypeError, `intern() argument must be str, not ${typeOf(args[0]!).name}`);
    return args[0];
  }));
  d.setStr('_getframe', builtinFunction('_getframe', (args) => {
    let depth = args.length > 0 ? Number(asIndex(args[0]!)) : 0;
    let f = vm.frame;
    while (depth-- > 0 && f !== null) f = f.back;
    if (f === null) raise(ValueError, 'call stack is not deep enough');
    markEscaped(f);
    return f;
  }));
  d.setStr('displayhook', builtinFunction('displayhook', (args) => {
    if (args.length !== 1) raise(TypeError, `sys.displayhook() takes exactly one argument (${args.length} given)`);
    vm.displayHook(args[0]!);
    return None;
  }));
  d.setStr('__displayhook__', d.getStr('displayhook')!);
  return m;
}
