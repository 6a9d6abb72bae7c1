// BaseException and the builtin exceptions with extra fields (src/objects/exception-methods.ts)
// against python3.

import { beforeAll, describe, expect, it } from 'vitest';
import { installVM, makeClass, caught, oracle, PY_ERR, pyfunc, js } from './helpers.js';
import type { PyValue } from '../../../src/objects/object.js';
import { PyType, typeOf } from '../../../src/objects/type.js';
import { call, callMethod, getAttr, setAttr, repr, str } from '../../../src/objects/protocol.js';
import { None } from '../../../src/objects/singletons.js';
import { PyTuple, newTuple } from '../../../src/objects/tuple.js';
import { PyList, newList } from '../../../src/objects/list.js';
import { PyDict } from '../../../src/objects/dict.js';
import { PyBytes } from '../../../src/objects/bytes.js';
import { PyException, EXCEPTION_TYPES, raise, newException, pyError } from '../../../src/objects/exception.js';
import { newOSError, newStopIteration, exceptionField, newExceptionGroup } from '../../../src/objects/exception-methods.js';

let py: Record<string, unknown>;
const E = (n: string): PyType => EXCEPTION_TYPES.get(n)!;
const make = (n: string, ...args: PyValue[]): PyException => call(E(n), args) as PyException;

beforeAll(() => {
  installVM();
  py = oracle(
    PY_ERR +
      `
out['str'] = [str(ValueError()), str(ValueError('a')), str(ValueError(1)), str(KeyError('k')), str(KeyError()), str(IndexError('x'))]
out['repr'] = [repr(ValueError('x')), repr(KeyError('k')), repr(ValueError()), repr(ValueError(1))]
e = ValueError(1)
out['args_set'] = err(lambda: setattr(e, 'args', 5))
out['cause'] = err(lambda: setattr(e, '__cause__', 1))
out['context'] = err(lambda: setattr(e, '__context__', 1))
out['tb'] = err(lambda: setattr(e, '__traceback__', 1))
out['note_type'] = err(lambda: e.add_note(1))
out['kw'] = err(lambda: ValueError(x=1))
out['new_int'] = err(lambda: BaseException.__new__(int))
out['wt'] = err(lambda: e.with_traceback(1))
out['sc'] = err(lambda: setattr(e, '__suppress_context__', 3))
out['del_cause'] = err(lambda: delattr(e, '__cause__'))
out['del_args'] = err(lambda: delattr(e, 'args'))
e.__cause__ = None
out['sc_after'] = e.__suppress_context__
e.add_note('n1')
out['notes'] = e.__notes__
e.__notes__ = 3
out['notes_bad'] = err(lambda: e.add_note('x'))
out['stop'] = [StopIteration().value, StopIteration(1, 2).value, SystemExit().code, SystemExit(1).code, list(SystemExit(1, 2).code)]
out['os'] = [str(OSError(2, 'No such file or directory', 'x')), type(OSError(2, 'x')).__name__, str(OSError(2, 'x', 'a', None, 'b')), OSError(1).errno, OSError('a', 'b', 'c').filename, str(OSError('a')), str(OSError(1, 2))]
o = OSError(2, 'nf', 'fn', None, 'f2')
out['os_fields'] = [list(o.args), o.errno, o.strerror, o.filename, o.filename2]
out['os_map'] = [type(OSError(13, 'x')).__name__, type(OSError(17, 'x')).__name__, type(PermissionError(17, 'x')).__name__]
out['import'] = [str(ImportError('m', name='n', path='p')), ImportError('m', name='n').name, ImportError(1, 2).msg, str(ImportError())]
out['import_kw'] = err(lambda: ImportError(x=1))
out['name'] = [NameError('a', name='z').name, AttributeError('a', name='n', obj=1).obj]
out['name_kw'] = err(lambda: NameError(x=1))
se = SyntaxError('msg', ('f.py', 3, 4, 'text', 3, 6))
out['syntax'] = [str(se), se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset]
out['syntax_str'] = [str(SyntaxError('m')), str(SyntaxError('m', ('f.py', None, 1, 't'))), str(SyntaxError('m', (None, 3, 1, 't'))), str(SyntaxError('m', ('/a/b/f.py', 3, 1, 't'))), str(SyntaxError())]
out['syntax_short'] = err(lambda: SyntaxError('m', (1, 2)))
u = UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte')
out['udecode'] = [str(u), u.encoding, u.start, u.end, u.reason, str(UnicodeDecodeError('utf-8', b'\\xff\\xfe', 0, 2, 'bad'))]
out['uencode'] = [str(UnicodeEncodeError('ascii', '\\xe9', 0, 1, 'r')), str(UnicodeEncodeError('ascii', 'ab\\u1234', 2, 3, 'x')), str(UnicodeEncodeError('ascii', 'ab\\U00012345', 2, 3, 'x')), str(UnicodeEncodeError('ascii', 'abc', 0, 3, 'x'))]
out['udecode_args'] = err(lambda: UnicodeDecodeError('utf-8'))
out['udecode_type'] = err(lambda: UnicodeDecodeError('utf-8', 1, 0, 1, 'x'))
eg = ExceptionGroup('msg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3)])])
out['eg'] = [str(eg), type(BaseExceptionGroup('m', [ValueError()])).__name__, type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__, str(ExceptionGroup('one', [ValueError()]))]
out['eg_errors'] = [err(lambda: ExceptionGroup('m', [])), err(lambda: ExceptionGroup('m', [1])), err(lambda: ExceptionGroup('m', [KeyboardInterrupt()])), err(lambda: ExceptionGroup(1, [ValueError()])), err(lambda: ExceptionGroup('m', 1)), err(lambda: ExceptionGroup('m'))]
m, r = eg.split(ValueError)
out['split'] = [repr(m), repr(r)]
out['subgroup'] = [repr(eg.subgroup(TypeError)), repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == 3)), eg.subgroup(BaseException) is eg, repr(eg.subgroup(KeyError))]
out['matcher'] = err(lambda: eg.split(1))
out['eg_fields'] = [eg.message, len(eg.exceptions), repr(eg.exceptions[0]), repr(eg.args[1][0])]
out['eg_ro'] = err(lambda: setattr(eg, 'message', 'x'))
class MyErr(Exception):
    def __init__(self, a, b=2):
        super().__init__(a, b)
out['user'] = [repr(MyErr(1)), str(MyErr(1)), list(MyErr(1).args)]
x = ValueError('v'); x.foo = 1
out['dict'] = x.__dict__
out['reduce'] = repr(ValueError(1, 2).__reduce__())
`,
  );
});

describe('BaseException', () => {
  it('has str and repr for 0, 1 and more args', () => {
    expect([str(make('ValueError')), str(make('ValueError', 'a')), str(make('ValueError', 1)), str(make('KeyError', 'k')), str(make('KeyError')), str(make('IndexError', 'x'))]).toEqual(py.str);
    expect([repr(make('ValueError', 'x')), repr(make('KeyError', 'k')), repr(make('ValueError')), repr(make('ValueError', 1))]).toEqual(py.repr);
  });

  it('has args, cause, context, traceback and notes with CPython checks', () => {
    const e = make('ValueError', 1);
    expect(caught(() => setAttr(e, 'args', 5))).toBe(py.args_set);
    expect(caught(() => setAttr(e, '__cause__', 1))).toBe(py.cause);
    expect(caught(() => setAttr(e, '__context__', 1))).toBe(py.context);
    expect(caught(() => setAttr(e, '__traceback__', 1))).toBe(py.tb);
    expect(caught(() => callMethod(e, 'add_note', [1]))).toBe(py.note_type);
    expect(caught(() => call(E('ValueError'), [1], ['x']))).toBe(py.kw);
    expect(caught(() => call(getAttr(E('BaseException'), '__new__'), [typeOf(1)]))).toBe(py.new_int);
    expect(caught(() => callMethod(e, 'with_traceback', [1]))).toBe(py.wt);
    expect(caught(() => setAttr(e, '__suppress_context__', 3))).toBe(py.sc);
    expect(caught(() => setAttr(e, '__cause__', undefined))).toBe(py.del_cause);
    expect(caught(() => setAttr(e, 'args', undefined))).toBe(py.del_args);
    setAttr(e, '__cause__', None);
    expect(getAttr(e, '__suppress_context__')).toBe(py.sc_after);
    callMethod(e, 'add_note', ['n1']);
    expect((getAttr(e, '__notes__') as PyList).items).toEqual(py.notes);
    setAttr(e, '__notes__', 3);
    expect(caught(() => callMethod(e, 'add_note', ['x']))).toBe(py.notes_bad);
    expect(callMethod(e, 'with_traceback', [None])).toBe(e);
    setAttr(e, 'args', newList([3, 4]));
    expect(repr(e)).toBe('ValueError(3, 4)');
  });

  it('gives natively raised exceptions a __dict__ on demand', () => {
    const x = pyError(E('ValueError'), 'v');
    setAttr(x, 'foo', 1);
    expect([...(getAttr(x, '__dict__') as PyDict).entries()].map((en) => [en.key, en.value])).toEqual(Object.entries(py.dict as object));
    expect(repr(callMethod(make('ValueError', 1, 2), '__reduce__'))).toBe(py.reduce);
  });

  it('supports user subclasses', () => {
    const MyErr = makeClass('MyErr', [E('Exception')], {
      __init__: pyfunc('MyErr.__init__', (a) => call(getAttr(E('Exception'), '__init__'), [a[0]!, a[1]!, a[2] ?? 2])),
    });
    const m = call(MyErr, [1]) as PyException;
    expect(m).toBeInstanceOf(PyException);
    expect([repr(m), str(m), m.args.map(js)]).toEqual(py.user);
    setAttr(m, 'extra', 5);
    expect(getAttr(m, 'extra')).toBe(5);
  });
});

describe('exceptions with fields', () => {
  it('StopIteration and SystemExit', () => {
    const vals = [getAttr(make('StopIteration'), 'value'), getAttr(make('StopIteration', 1, 2), 'value'), getAttr(make('SystemExit'), 'code'), getAttr(make('SystemExit', 1), 'code'), getAttr(make('SystemExit', 1, 2), 'code')];
    expect(vals.map(js)).toEqual(py.stop);
    expect(getAttr(newException(E('StopIteration'), 7), 'value')).toBe(7);
    expect(getAttr(newStopIteration(8), 'value')).toBe(8);
  });

  it('OSError', () => {
    expect(
      [
        str(make('OSError', 2, 'No such file or directory', 'x')),
        typeOf(make('OSError', 2, 'x')).name,
        str(make('OSError', 2, 'x', 'a', None, 'b')),
        getAttr(make('OSError', 1), 'errno'),
        getAttr(make('OSError', 'a', 'b', 'c'), 'filename'),
        str(make('OSError', 'a')),
        str(make('OSError', 1, 2)),
      ].map(js),
    ).toEqual(py.os);
    const o = make('OSError', 2, 'nf', 'fn', None, 'f2');
    expect([o.args, ...['errno', 'strerror', 'filename', 'filename2'].map((n) => js(getAttr(o, n)))]).toEqual(py.os_fields);
    expect([typeOf(make('OSError', 13, 'x')).name, typeOf(make('OSError', 17, 'x')).name, typeOf(make('PermissionError', 17, 'x')).name]).toEqual(py.os_map);
    const n = newOSError(2, 'No such file or directory', 'x');
    expect(typeOf(n).name).toBe('FileNotFoundError');
    expect(str(n)).toBe("[Errno 2] No such file or directory: 'x'");
    expect(n.args).toEqual([2, 'No such file or directory']);
  });

  it('ImportError, NameError, AttributeError', () => {
    const ie = call(E('ImportError'), ['m', 'n', 'p'], ['name', 'path']);
    expect([str(ie), getAttr(call(E('ImportError'), ['m', 'n'], ['name']), 'name'), getAttr(make('ImportError', 1, 2), 'msg'), str(make('ImportError'))].map(js)).toEqual(py.import);
    expect(caught(() => call(E('ImportError'), [1], ['x']))).toBe(py.import_kw);
    expect([getAttr(call(E('NameError'), ['a', 'z'], ['name']), 'name'), getAttr(call(E('AttributeError'), ['a', 'n', 1], ['name', 'obj']), 'obj')]).toEqual(py.name);
    expect(caught(() => call(E('NameError'), [1], ['x']))).toBe(py.name_kw);
    expect(getAttr(pyError(E('NameError'), 'x'), 'name')).toBe(None);
  });

  it('SyntaxError', () => {
    const se = make('SyntaxError', 'msg', newTuple(['f.py', 3, 4, 'text', 3, 6]));
    expect([str(se), ...['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'].map((n) => js(getAttr(se, n)))]).toEqual(py.syntax);
    expect([
      str(make('SyntaxError', 'm')),
      str(make('SyntaxError', 'm', newTuple(['f.py', None, 1, 't']))),
      str(make('SyntaxError', 'm', newTuple([None, 3, 1, 't']))),
      str(make('SyntaxError', 'm', newTuple(['/a/b/f.py', 3, 1, 't']))),
      str(make('SyntaxError')),
    ]).toEqual(py.syntax_str);
    expect(caught(() => make('SyntaxError', 'm', newTuple([1, 2])))).toBe(py.syntax_short);
    const native = newException(E('SyntaxError'), 'bad', newTuple(['x.py', 2, 1, 'src', 2, 3]));
    expect(str(native)).toBe('bad (x.py, line 2)');
  });

  it('Unicode errors', () => {
    const b = (...xs: number[]): PyBytes => new PyBytes(new Uint8Array(xs));
    const u = make('UnicodeDecodeError', 'utf-8', b(0xff), 0, 1, 'invalid start byte');
    expect([str(u), ...['encoding', 'start', 'end', 'reason'].map((n) => getAttr(u, n)), str(make('UnicodeDecodeError', 'utf-8', b(0xff, 0xfe), 0, 2, 'bad'))]).toEqual(py.udecode);
    expect([
      str(make('UnicodeEncodeError', 'ascii', '\xe9', 0, 1, 'r')),
      str(make('UnicodeEncodeError', 'ascii', 'ab\u1234', 2, 3, 'x')),
      str(make('UnicodeEncodeError', 'ascii', 'ab\u{12345}', 2, 3, 'x')),
      str(make('UnicodeEncodeError', 'ascii', 'abc', 0, 3, 'x')),
    ]).toEqual(py.uencode);
    expect(caught(() => make('UnicodeDecodeError', 'utf-8'))).toBe(py.udecode_args);
    expect(caught(() => make('UnicodeDecodeError', 'utf-8', 1, 0, 1, 'x'))).toBe(py.udecode_type);
  });
});

describe('exception groups', () => {
  it('construct, print, split and subgroup as CPython', () => {
    const inner = make('ExceptionGroup', 'inner', newList([make('ValueError', 3)]));
    const eg = make('ExceptionGroup', 'msg', newList([make('ValueError', 1), make('TypeError', 2), inner]));
    expect([
      str(eg),
      typeOf(make('BaseExceptionGroup', 'm', newList([make('ValueError')]))).name,
      typeOf(make('BaseExceptionGroup', 'm', newList([make('KeyboardInterrupt')]))).name,
      str(make('ExceptionGroup', 'one', newList([make('ValueError')]))),
    ]).toEqual(py.eg);
    expect([
      caught(() => make('ExceptionGroup', 'm', newList([]))),
      caught(() => make('ExceptionGroup', 'm', newList([1]))),
      caught(() => make('ExceptionGroup', 'm', newList([make('KeyboardInterrupt')]))),
      caught(() => make('ExceptionGroup', 1, newList([make('ValueError')]))),
      caught(() => make('ExceptionGroup', 'm', 1)),
      caught(() => make('ExceptionGroup', 'm')),
    ]).toEqual(py.eg_errors);
    const pair = callMethod(eg, 'split', [E('ValueError')]) as PyTuple;
    expect(pair.items.map((x) => repr(x))).toEqual(py.split);
    const pred = pyfunc('pred', (a) => {
      const x = a[0] as PyException;
      return typeOf(x) === E('ValueError') && x.args[0] === 3;
    });
    expect([
      repr(callMethod(eg, 'subgroup', [E('TypeError')])),
      repr(callMethod(eg, 'subgroup', [pred])),
      callMethod(eg, 'subgroup', [E('BaseException')]) === eg,
      repr(callMethod(eg, 'subgroup', [E('KeyError')])),
    ]).toEqual(py.subgroup);
    expect(caught(() => callMethod(eg, 'split', [1]))).toBe(py.matcher);
    const excs = getAttr(eg, 'exceptions') as PyTuple;
    expect([getAttr(eg, 'message'), excs.items.length, repr(excs.items[0]!), repr(((eg.args[1] as PyList).items[0])!)]).toEqual(py.eg_fields);
    expect(caught(() => setAttr(eg, 'message', 'x'))).toBe(py.eg_ro);
    expect(typeOf(newExceptionGroup('m', [make('ValueError')])).name).toBe('ExceptionGroup');
    expect(exceptionField(eg, 'message')).toBe('msg');
    void raise;
  });
});
