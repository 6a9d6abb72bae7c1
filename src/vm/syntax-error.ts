// Compile-time errors reach Python code as SyntaxError exceptions (raised by compile, exec, eval
// and imports): the parser's PySyntaxError becomes a SyntaxError instance with CPython's args and
// attributes.

import { PyException, EXCEPTION_TYPES } from '../objects/exception.js';
import { PyDict } from '../objects/dict.js';
import { newTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { PySyntaxError } from '../parser/errors.js';

/** syntaxErrorException: the Python exception for a compile-time error. */
export function syntaxErrorException(e: PySyntaxError): PyException {
  const t = EXCEPTION_TYPES.get(e.type)!;
  if (e.lineno === 0) return new PyException(t, [e.msg]);
  const text = e.text ?? None;
  const details = newTuple([e.filename, e.lineno, e.offset, text, e.endLineno, e.endOffset]);
  const exc = new PyException(t, [e.msg, details]);
  const d = (exc.dict = new PyDict());
  d.setStr('msg', e.msg);
  d.setStr('filename', e.filename);
  d.setStr('lineno', e.lineno);
  d.setStr('offset', e.offset);
  d.setStr('text', text);
  d.setStr('end_lineno', e.endLineno);
  d.setStr('end_offset', e.endOffset);
  d.setStr('print_file_and_line', None);
  return exc;
}

/** compileOrRaise: runs a compile step, turning PySyntaxError into a Python SyntaxError. */
export function compileOrRaise<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorException(e);
    throw e;
  }
}
