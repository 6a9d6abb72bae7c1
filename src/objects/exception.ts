// The built-in exception hierarchy of Python 3.11 (as CPython's Objects/exceptions.c declares it,
// one table) and the representation of exception instances. Python exceptions are thrown as JS
// values of class PyException (which does not extend Error, so no JS stack is captured).

import { PyObject, type PyValue } from './object.js';
import { makeBuiltinType, objectType, PyType, typeType } from './type.js';
import { None } from './singletons.js';
import { charge, SIZE } from '../vm/meter.js';
import { tracebackType } from './types.js';
export { tracebackType };

/** PyTraceback: one `traceback` object: a frame's code and the instruction where it was left. */
export class PyTraceback extends PyObject {
  constructor(
    readonly next: PyTraceback | null,
    /** frame: the frame object (a PyFrame from src/vm/frame.ts) the exception passed through. */
    readonly frame: PyObject,
    readonly lasti: number,
    readonly lineno: number,
  ) {
    super(tracebackType);
  }
}

/** PyException: an instance of BaseException or a subclass. */
export class PyException extends PyObject {
  args: PyValue[];
  traceback: PyTraceback | null = null;
  cause: PyValue = None;
  context: PyValue = None;
  suppressContext = false;
  /** notes: __notes__ is stored in the instance dict as in CPython; nothing here. */
  constructor(cls: PyType, args: PyValue[]) {
    super(cls);
    this.args = args;
    charge(SIZE.OBJECT + SIZE.SLOT * 6);
  }
}


/** EXCEPTION_TREE: each builtin exception with its base, in CPython 3.11's order. */
const EXCEPTION_TREE: ReadonlyArray<readonly [string, string]> = [
  ['BaseException', 'object'],
  ['BaseExceptionGroup', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['SystemExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'],
  ['FileNotFoundError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['StopAsyncIteration', 'Exception'],
  ['StopIteration', 'Exception'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['BytesWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['UserWarning', 'Warning'],
];

/** EXCEPTION_TYPES: name -> builtin exception type (ExceptionGroup included). */
export const EXCEPTION_TYPES = new Map<string, PyType>();
for (const [name, baseName] of EXCEPTION_TREE) {
  const base = baseName === 'object' ? objectType : EXCEPTION_TYPES.get(baseName)!;
  const t = makeBuiltinType(name, base, { native: name === 'BaseException' });
  EXCEPTION_TYPES.set(name, t);
}
{
  // ExceptionGroup(BaseExceptionGroup, Exception): the one builtin exception with two bases.
  const beg = EXCEPTION_TYPES.get('BaseExceptionGroup')!;
  const exc = EXCEPTION_TYPES.get('Exception')!;
  const t = new PyType(typeType, 'ExceptionGroup', [beg, exc], false);
  t.mro = [t, beg, ...exc.mro];
  t.native = beg.native;
  beg.subclassesList.push(t);
  exc.subclassesList.push(t);
  EXCEPTION_TYPES.set('ExceptionGroup', t);
}

const E = (name: string): PyType => EXCEPTION_TYPES.get(name)!;
export const BaseException = E('BaseException');
export const Exception = E('Exception');
export const TypeError = E('TypeError');
export const ValueError = E('ValueError');
export const AttributeError = E('AttributeError');
export const NameError = E('NameError');
export const UnboundLocalError = E('UnboundLocalError');
export const KeyError = E('KeyError');
export const IndexError = E('IndexError');
export const ZeroDivisionError = E('ZeroDivisionError');
export const OverflowError = E('OverflowError');
export const RuntimeError = E('RuntimeError');
export const RecursionError = E('RecursionError');
export const NotImplementedError = E('NotImplementedError');
export const StopIteration = E('StopIteration');
export const StopAsyncIteration = E('StopAsyncIteration');
export const GeneratorExit = E('GeneratorExit');
export const SystemExit = E('SystemExit');
export const ImportError = E('ImportError');
export const ModuleNotFoundError = E('ModuleNotFoundError');
export const AssertionError = E('AssertionError');
export const LookupError = E('LookupError');
export const MemoryError = E('MemoryError');
export const SyntaxError = E('SyntaxError');
export const SystemError = E('SystemError');
export const UnicodeDecodeError = E('UnicodeDecodeError');
export const UnicodeEncodeError = E('UnicodeEncodeError');
export const OSError = E('OSError');
export const EOFError = E('EOFError');
export const KeyboardInterrupt = E('KeyboardInterrupt');

/** newException: an instance of exception type t with the given args (no __init__ call). */
export function newException(t: PyType, ...args: PyValue[]): PyException {
  return new PyException(t, args);
}

/** pyError: an exception of type t with one message argument, ready to throw. */
export function pyError(t: PyType, message: string): PyException {
  return new PyException(t, [message]);
}

/** raise: throws an exception of type t with the message. */
export function raise(t: PyType, message: string): never {
  throw new PyException(t, [message]);
}
