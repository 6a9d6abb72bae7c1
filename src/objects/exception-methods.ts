// The methods and attributes of BaseException and the builtin exceptions with extra fields
// (StopIteration.value, SystemExit.code, OSError's errno/strerror/filename and errno -> subclass
// mapping, ImportError, NameError, AttributeError, SyntaxError, the Unicode errors and exception
// groups), as CPython 3.11's Objects/exceptions.c. The extra fields live beside the PyException;
// an exception made natively (raise(), newException()) gets them from its args on first use,
// exactly as its __init__ would have set them.

import type { PyValue } from './object.js';
import { PyType, typeOf, typeName, isInstance, lazyDictNatives } from './type.js';
import { None } from './singletons.js';
import { defineMethods, defineStaticMethods, type NativeFn } from './builtin-function.js';
import { defineGetSets } from './descriptor.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyList, newList } from './list.js';
import { PyDict } from './dict.js';
import { PyBytes, PyByteArray } from './bytes.js';
import {
  PyException,
  PyTraceback,
  EXCEPTION_TYPES,
  BaseException,
  Exception,
  KeyError,
  StopIteration,
  SystemExit,
  OSError,
  ImportError,
  NameError,
  AttributeError,
  SyntaxError,
  UnicodeDecodeError,
  UnicodeEncodeError,
  TypeError,
  ValueError,
  raise,
  pyError,
} from './exception.js';
import {
  call,
  callMethod,
  getAttrOpt,
  setAttr,
  truthy,
  repr,
  str,
  asIndex,
  toArray,
  strLength,
} from './protocol.js';
import { checkNewArgs } from './type-type.js';
import { enterRecursion, leaveRecursion } from '../vm/call.js';

lazyDictNatives.add(BaseException);

const UnicodeTranslateError = EXCEPTION_TYPES.get('UnicodeTranslateError')!;
const BlockingIOError = EXCEPTION_TYPES.get('BlockingIOError')!;
const BaseExceptionGroup = EXCEPTION_TYPES.get('BaseExceptionGroup')!;
const ExceptionGroup = EXCEPTION_TYPES.get('ExceptionGroup')!;

// ---------------------------------------------------------------------------------------------
// Extra fields

type Family = 'os' | 'syntax' | 'import' | 'stop' | 'exit' | 'name' | 'attr' | 'decode' | 'encode' | 'translate' | 'group' | 'none';

const FAMILY_ROOTS: ReadonlyArray<readonly [PyType, Family]> = [
  [OSError, 'os'],
  [SyntaxError, 'syntax'],
  [ImportError, 'import'],
  [StopIteration, 'stop'],
  [SystemExit, 'exit'],
  [NameError, 'name'],
  [AttributeError, 'attr'],
  [UnicodeDecodeError, 'decode'],
  [UnicodeEncodeError, 'encode'],
  [UnicodeTranslateError, 'translate'],
  [BaseExceptionGroup, 'group'],
];

function familyOf(t: PyType): Family {
  for (const [root, fam] of FAMILY_ROOTS) if (t.isSubtypeOf(root)) return fam;
  return 'none';
}

/** excFields: the C-struct fields of exceptions (errno, filename, value, msg ...), per instance. */
const excFields = new WeakMap<PyException, Map<string, PyValue>>();

function fieldsOf(e: PyException): Map<string, PyValue> {
  let f = excFields.get(e);
  if (f === undefined) {
    f = new Map();
    excFields.set(e, f);
    lazyInit(e, f);
  }
  return f;
}

/** exceptionField: an extra field of e ("errno", "name", "value" ...), None if unset. */
export function exceptionField(e: PyException, name: string): PyValue {
  return fieldsOf(e).get(name) ?? None;
}

/** setExceptionField: sets an extra field (e.g. the VM sets AttributeError.name/obj for suggestions). */
export function setExceptionField(e: PyException, name: string, value: PyValue): void {
  fieldsOf(e).set(name, value);
}

/** lazyInit: the fields __init__ would have set from e.args, for exceptions made without it. */
function lazyInit(e: PyException, f: Map<string, PyValue>): void {
  const args = e.args;
  try {
    switch (familyOf(e.cls)) {
      case 'stop':
        f.set('value', args[0] ?? None);
        break;
      case 'exit':
        f.set('code', exitCode(args));
        break;
      case 'import':
        f.set('msg', args.length === 1 ? args[0]! : None);
        break;
      case 'os':
        osParse(f, args, e.cls);
        break;
      case 'syntax':
        syntaxParse(f, args);
        break;
      case 'decode':
      case 'encode':
      case 'translate':
        if (args.length === (familyOf(e.cls) === 'translate' ? 4 : 5)) unicodeParse(f, args, familyOf(e.cls));
        break;
      case 'group':
        if (args.length >= 2) {
          f.set('message', args[0]!);
          f.set('exceptions', newTuple(toArray(args[1]!)));
        }
        break;
      default:
        break;
    }
  } catch (err) {
    if (!(err instanceof PyException)) throw err;
  }
}

function exitCode(args: PyValue[]): PyValue {
  if (args.length === 0) return None;
  if (args.length === 1) return args[0]!;
  return newTuple(args.slice());
}

/** positional: the positional part of a builtin call's args (after self/cls). */
function positional(args: PyValue[], kwnames: readonly string[] | null): PyValue[] {
  return args.slice(1, args.length - (kwnames === null ? 0 : kwnames.length));
}

function noKeywords(t: PyType, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${t.name}() takes no keyword arguments`);
}

function asExc(v: PyValue): PyException {
  if (!(v instanceof PyException)) raise(TypeError, `descriptor requires a 'BaseException' object but received a '${typeName(v)}'`);
  return v;
}

// ---------------------------------------------------------------------------------------------
// BaseException

/** baseExceptionNew: BaseException.__new__(cls, *args): an instance with args, no __init__ run. */
const baseExceptionNew: NativeFn = (args, kwnames) => {
  const cls = checkNewArgs(BaseException, args, kwnames);
  return new PyException(cls, positional(args, kwnames));
};

/** baseExceptionStr: str(e) for 0, 1 or more args (BaseException_str). */
export function baseExceptionStr(e: PyException): string {
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return str(e.args[0]!);
  return str(newTuple(e.args.slice()));
}

/** exceptionRepr: `ValueError('x')`, `MyErr(1, 2)`, `ValueError()` (BaseException_repr). */
export function exceptionRepr(e: PyException): string {
  const name = typeOf(e).name;
  if (e.args.length === 1) return `${name}(${repr(e.args[0]!)})`;
  return name + repr(newTuple(e.args.slice()));
}

function checkTraceback(v: PyValue | undefined): PyTraceback | null {
  if (v === undefined) raise(TypeError, '__traceback__ may not be deleted');
  if (v === None) return null;
  if (!(v instanceof PyTraceback)) raise(TypeError, '__traceback__ must be a traceback or None');
  return v;
}

defineStaticMethods(BaseException, { __new__: baseExceptionNew });

defineMethods(BaseException, {
  __init__: (args, kwnames) => {
    const e = asExc(args[0]!);
    noKeywords(typeOf(e), kwnames);
    e.args = positional(args, kwnames);
    return None;
  },
  __str__: (args) => baseExceptionStr(asExc(args[0]!)),
  __repr__: (args) => exceptionRepr(asExc(args[0]!)),
  with_traceback: (args) => {
    const e = asExc(args[0]!);
    if (args.length !== 2) raise(TypeError, `BaseException.with_traceback() takes exactly one argument (${args.length - 1} given)`);
    e.traceback = checkTraceback(args[1]);
    return e;
  },
  add_note: (args) => {
    const e = asExc(args[0]!);
    if (args.length !== 2) raise(TypeError, `BaseException.add_note() takes exactly one argument (${args.length - 1} given)`);
    const note = args[1]!;
    if (typeof note !== 'string') raise(TypeError, `note must be a str, not '${typeName(note)}'`);
    let notes = getAttrOpt(e, '__notes__');
    if (notes === undefined) {
      notes = newList([]);
      setAttr(e, '__notes__', notes);
    } else if (!(notes instanceof PyList)) {
      raise(TypeError, 'Cannot add note: __notes__ is not a list');
    }
    callMethod(notes, 'append', [note]);
    return None;
  },
  __reduce__: (args) => {
    const e = asExc(args[0]!);
    const a = newTuple(e.args.slice());
    if (e.dict !== null && e.dict.size > 0) return newTuple([typeOf(e), a, e.dict]);
    return newTuple([typeOf(e), a]);
  },
  __setstate__: (args) => {
    const e = asExc(args[0]!);
    const state = args[1]!;
    if (state !== None) {
      if (!(state instanceof PyDict)) raise(TypeError, 'state is not a dictionary');
      for (const entry of [...state.entries()]) {
        if (typeof entry.key !== 'string') raise(TypeError, `attribute name must be string, not '${typeName(entry.key)}'`);
        setAttr(e, entry.key, entry.value);
      }
    }
    return None;
  },
});

defineGetSets(BaseException, {
  args: {
    get: (e) => newTuple((e as PyException).args.slice()),
    set: (e, v) => {
      if (v === undefined) raise(TypeError, 'args may not be deleted');
      (e as PyException).args = toArray(v);
    },
  },
  __traceback__: {
    get: (e) => (e as PyException).traceback ?? None,
    set: (e, v) => {
      (e as PyException).traceback = checkTraceback(v);
    },
  },
  __context__: {
    get: (e) => (e as PyException).context,
    set: (e, v) => {
      if (v === undefined) raise(TypeError, '__context__ may not be deleted');
      if (v !== None && !(v instanceof PyException)) raise(TypeError, 'exception context must be None or derive from BaseException');
      (e as PyException).context = v;
    },
  },
  __cause__: {
    get: (e) => (e as PyException).cause,
    set: (e, v) => {
      if (v === undefined) raise(TypeError, '__cause__ may not be deleted');
      if (v !== None && !(v instanceof PyException)) raise(TypeError, 'exception cause must be None or derive from BaseException');
      (e as PyException).cause = v;
      (e as PyException).suppressContext = true;
    },
  },
  __suppress_context__: {
    get: (e) => (e as PyException).suppressContext,
    set: (e, v) => {
      if (v === undefined) raise(TypeError, "can't delete numeric/char attribute");
      if (typeof v !== 'boolean') raise(TypeError, 'attribute value type must be bool');
      (e as PyException).suppressContext = v;
    },
  },
  __dict__: {
    get: (e) => ((e as PyException).dict ??= new PyDict()),
    set: (e, v) => {
      if (v === undefined) raise(TypeError, 'cannot delete __dict__');
      if (!(v instanceof PyDict)) raise(TypeError, `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
      (e as PyException).dict = v;
    },
  },
});

/** fieldGetSets: plain read/write fields (CPython T_OBJECT members: deleting sets None). */
function fieldGetSets(t: PyType, names: string[]): void {
  const table: Parameters<typeof defineGetSets>[1] = {};
  for (const n of names) {
    table[n] = {
      get: (e) => exceptionField(asExc(e), n),
      set: (e, v) => setExceptionField(asExc(e), n, v ?? None),
    };
  }
  defineGetSets(t, table);
}

// ---------------------------------------------------------------------------------------------
// KeyError, StopIteration, SystemExit, NameError, AttributeError, ImportError

defineMethods(KeyError, {
  __str__: (args) => {
    const e = asExc(args[0]!);
    if (e.args.length === 1) return repr(e.args[0]!);
    return baseExceptionStr(e);
  },
});

defineMethods(StopIteration, {
  __init__: (args, kwnames) => {
    const e = asExc(args[0]!);
    noKeywords(typeOf(e), kwnames);
    e.args = positional(args, kwnames);
    fieldsOf(e).set('value', e.args[0] ?? None);
    return None;
  },
});
fieldGetSets(StopIteration, ['value']);

defineMethods(SystemExit, {
  __init__: (args, kwnames) => {
    const e = asExc(args[0]!);
    noKeywords(typeOf(e), kwnames);
    e.args = positional(args, kwnames);
    fieldsOf(e).set('code', exitCode(e.args));
    return None;
  },
});
fieldGetSets(SystemExit, ['code']);

/** keywordFields: the keyword-only fields (name=, path=, obj=) of an __init__, CPython's errors for others. */
function keywordFields(e: PyException, args: PyValue[], kwnames: readonly string[] | null, allowed: string[], fname: string): void {
  const f = fieldsOf(e);
  for (const n of allowed) f.set(n, None);
  const nkw = kwnames === null ? 0 : kwnames.length;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i]!;
    if (!allowed.includes(k)) raise(TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
    f.set(k, args[args.length - nkw + i]!);
  }
}

defineMethods(NameError, {
  __init__: (args, kwnames) => {
    const e = asExc(args[0]!);
    e.args = positional(args, kwnames);
    keywordFields(e, args, kwnames, ['name'], 'NameError');
    return None;
  },
});
fieldGetSets(NameError, ['name']);

defineMethods(AttributeError, {
  __init__: (args, kwnames) => {
    const e = asExc(args[0]!);
    e.args = positional(args, kwnames);
    keywordFields(e, args, kwnames, ['name', 'obj'], 'AttributeError');
    return None;
  },
});
fieldGetSets(AttributeError, ['name', 'obj']);

defineMethods(ImportError, {
  __init__: (args, kwnames) => {
    const e = asExc(args[0]!);
    e.args = positional(args, kwnames);
    keywordFields(e, args, kwnames, ['name', 'path'], 'ImportError');
    fieldsOf(e).set('msg', e.args.length === 1 ? e.args[0]! : None);
    return None;
  },
  __str__: (args) => {
    const e = asExc(args[0]!);
    const msg = exceptionField(e, 'msg');
    if (typeof msg === 'string') return msg;
    return baseExceptionStr(e);
  },
});
fieldGetSets(ImportError, ['msg', 'name', 'path']);

// ---------------------------------------------------------------------------------------------
// OSError

/** ERRNO_CLASSES: OSError(errno, ...) constructs these subclasses (Linux errno values). */
const ERRNO_CLASSES = new Map<number, PyType>();
for (const [name, errnos] of [
  ['BlockingIOError', [11, 114, 115]],
  ['ChildProcessError', [10]],
  ['BrokenPipeError', [32, 108]],
  ['ConnectionAbortedError', [103]],
  ['ConnectionRefusedError', [111]],
  ['ConnectionResetError', [104]],
  ['FileExistsError', [17]],
  ['FileNotFoundError', [2]],
  ['IsADirectoryError', [21]],
  ['NotADirectoryError', [20]],
  ['InterruptedError', [4]],
  ['PermissionError', [13, 1]],
  ['ProcessLookupError', [3]],
  ['TimeoutError', [110]],
] as const) {
  for (const n of errnos) ERRNO_CLASSES.set(n, EXCEPTION_TYPES.get(name)!);
}

/** osParse: oserror_parse_args + oserror_init: the fields from (errno, strerror, filename, winerror, filename2); returns the args to keep. */
function osParse(f: Map<string, PyValue>, args: PyValue[], cls: PyType): PyValue[] {
  for (const n of ['errno', 'strerror', 'filename', 'filename2']) f.set(n, None);
  if (args.length < 2 || args.length > 5) return args;
  const [errno, strerror, filename, , filename2] = args;
  f.set('errno', errno!);
  f.set('strerror', strerror!);
  if (filename !== undefined && filename !== None) {
    if (cls === BlockingIOError && (typeof filename === 'number' || typeof filename === 'bigint')) {
      f.set('characters_written', filename);
    } else {
      f.set('filename', filename);
      if (filename2 !== undefined && filename2 !== None) f.set('filename2', filename2);
      return args.slice(0, 2);
    }
  }
  return args;
}

const osNew = (): PyValue | undefined => OSError.attrs.get('__new__');
const osInit = (): PyValue | undefined => OSError.attrs.get('__init__');

/** osUseInit: a subclass that overrides __init__ but not __new__ parses its args in __init__ (oserror_use_init). */
function osUseInit(t: PyType): boolean {
  return t.lookup('__init__') !== osInit() && t.lookup('__new__') === osNew();
}

defineStaticMethods(OSError, {
  __new__: (args, kwnames) => {
    let cls = checkNewArgs(OSError, args, kwnames);
    const pos = positional(args, kwnames);
    if (osUseInit(cls)) return new PyException(cls, []);
    noKeywords(cls, kwnames);
    if (cls === OSError && pos.length >= 2 && pos.length <= 5 && typeof pos[0] === 'number') cls = ERRNO_CLASSES.get(pos[0]) ?? cls;
    const e = new PyException(cls, pos);
    const f = new Map<string, PyValue>();
    excFields.set(e, f);
    e.args = osParse(f, pos, cls);
    return e;
  },
});

defineMethods(OSError, {
  __init__: (args, kwnames) => {
    const e = asExc(args[0]!);
    if (!osUseInit(typeOf(e))) return None;
    noKeywords(typeOf(e), kwnames);
    const f = fieldsOf(e);
    e.args = osParse(f, positional(args, kwnames), typeOf(e));
    return None;
  },
  __str__: (args) => {
    const e = asExc(args[0]!);
    const f = fieldsOf(e);
    const errno = str(f.get('errno') ?? None);
    const strerror = str(f.get('strerror') ?? None);
    const filename = f.get('filename') ?? None;
    const filename2 = f.get('filename2') ?? None;
    if (filename !== None) {
      if (filename2 !== None) return `[Errno ${errno}] ${strerror}: ${repr(filename)} -> ${repr(filename2)}`;
      return `[Errno ${errno}] ${strerror}: ${repr(filename)}`;
    }
    if ((f.get('errno') ?? None) !== None && (f.get('strerror') ?? None) !== None) return `[Errno ${errno}] ${strerror}`;
    return baseExceptionStr(e);
  },
});
fieldGetSets(OSError, ['errno', 'strerror', 'filename', 'filename2']);
defineGetSets(BlockingIOError, {
  characters_written: {
    get: (e) => {
      const v = fieldsOf(asExc(e)).get('characters_written');
      if (v === undefined) raise(AttributeError, 'characters_written');
      return v;
    },
    set: (e, v) => {
      const f = fieldsOf(asExc(e));
      if (v === undefined) {
        if (!f.delete('characters_written')) raise(AttributeError, 'characters_written');
      } else f.set('characters_written', asIndex(v));
    },
  },
});

/** newOSError: the OSError subclass for errno (FileNotFoundError for 2 ...) with CPython's fields and args. */
export function newOSError(errno: number, strerror: string, filename: PyValue = None, filename2: PyValue = None): PyException {
  const cls = ERRNO_CLASSES.get(errno) ?? OSError;
  const args: PyValue[] = [errno, strerror];
  const e = new PyException(cls, args);
  const f = new Map<string, PyValue>();
  excFields.set(e, f);
  osParse(f, filename2 !== None ? [errno, strerror, filename, None, filename2] : filename !== None ? [errno, strerror, filename] : args, cls);
  return e;
}

// ---------------------------------------------------------------------------------------------
// SyntaxError

const SYNTAX_FIELDS = ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'];

function syntaxParse(f: Map<string, PyValue>, args: PyValue[]): void {
  for (const n of SYNTAX_FIELDS) f.set(n, None);
  if (args.length >= 1) f.set('msg', args[0]!);
  if (args.length === 2) {
    const info = toArray(args[1]!);
    if (info.length < 4) raise(TypeError, `function takes at least 4 arguments (${info.length} given)`);
    if (info.length > 6) raise(TypeError, `function takes at most 6 arguments (${info.length} given)`);
    ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'].forEach((n, i) => {
      if (i < info.length) f.set(n, info[i]!);
    });
    if (info.length === 5) raise(TypeError, 'end_offset must be provided when end_lineno is provided');
  }
}

defineMethods(SyntaxError, {
  __init__: (args, kwnames) => {
    const e = asExc(args[0]!);
    noKeywords(typeOf(e), kwnames);
    e.args = positional(args, kwnames);
    const f = new Map<string, PyValue>();
    syntaxParse(f, e.args);
    excFields.set(e, f);
    return None;
  },
  __str__: (args) => {
    const f = fieldsOf(asExc(args[0]!));
    const fn = f.get('filename') ?? None;
    const filename = typeof fn === 'string' ? fn.slice(fn.lastIndexOf('/') + 1) : null;
    const ln = f.get('lineno') ?? None;
    const haveLineno = typeof ln === 'number' || typeof ln === 'bigint';
    const msg = str(f.get('msg') ?? None);
    if (filename === null && !haveLineno) return msg;
    if (filename !== null && haveLineno) return `${msg} (${filename}, line ${ln})`;
    if (filename !== null) return `${msg} (${filename})`;
    return `${msg} (line ${ln})`;
  },
});
fieldGetSets(SyntaxError, SYNTAX_FIELDS);

/** newSyntaxError: SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)) of type t. */
export function newSyntaxError(
  t: PyType,
  msg: string,
  filename: PyValue,
  lineno: PyValue,
  offset: PyValue,
  text: PyValue,
  endLineno: PyValue = None,
  endOffset: PyValue = None,
): PyException {
  return new PyException(t, [msg, newTuple([filename, lineno, offset, text, endLineno, endOffset])]);
}

// ---------------------------------------------------------------------------------------------
// UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError

const UNICODE_FIELDS = ['encoding', 'object', 'start', 'end', 'reason'];

function unicodeParse(f: Map<string, PyValue>, args: PyValue[], fam: Family): void {
  const translate = fam === 'translate';
  const want = translate ? 4 : 5;
  if (args.length !== want) raise(TypeError, `function takes exactly ${want} arguments (${args.length} given)`);
  let i = 0;
  const argStr = (v: PyValue, n: number): string => {
    if (typeof v !== 'string') raise(TypeError, `argument ${n} must be str, not ${typeName(v)}`);
    return v;
  };
  if (!translate) f.set('encoding', argStr(args[i++]!, 1));
  let obj = args[i++]!;
  if (fam === 'decode') {
    if (obj instanceof PyByteArray) obj = new PyBytes(obj.data.slice());
    else if (!(obj instanceof PyBytes)) raise(TypeError, `a bytes-like object is required, not '${typeName(obj)}'`);
  } else argStr(obj, i);
  f.set('object', obj);
  f.set('start', asIndex(args[i++]!));
  f.set('end', asIndex(args[i++]!));
  f.set('reason', argStr(args[i]!, i + 1));
}

function objectLength(obj: PyValue): number {
  if (obj instanceof PyBytes) return obj.data.length;
  if (typeof obj === 'string') return strLength(obj);
  return 0;
}

/** unicodeStr: the __str__ of the three Unicode errors (UnicodeEncodeError_str and friends). */
function unicodeStr(e: PyException, fam: Family): string {
  const f = fieldsOf(e);
  const obj = f.get('object');
  if (obj === undefined) return '';
  const reason = str(f.get('reason') ?? None);
  const encoding = str(f.get('encoding') ?? None);
  const start = Number(f.get('start') ?? 0);
  const end = Number(f.get('end') ?? 0);
  const single = start < objectLength(obj) && end === start + 1;
  if (fam === 'decode') {
    if (single) return `'${encoding}' codec can't decode byte 0x${(obj as PyBytes).data[start]!.toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
    return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const verb = fam === 'encode' ? `'${encoding}' codec can't encode` : "can't translate";
  if (single) {
    const cp = Array.from(obj as string)[start]!.codePointAt(0)!;
    const esc = cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
    return `${verb} character '${esc}' in position ${start}: ${reason}`;
  }
  return `${verb} characters in position ${start}-${end - 1}: ${reason}`;
}

for (const [t, fam] of [
  [UnicodeDecodeError, 'decode'],
  [UnicodeEncodeError, 'encode'],
  [UnicodeTranslateError, 'translate'],
] as const) {
  defineMethods(t, {
    __init__: (args, kwnames) => {
      const e = asExc(args[0]!);
      noKeywords(typeOf(e), kwnames);
      e.args = positional(args, kwnames);
      const f = new Map<string, PyValue>();
      unicodeParse(f, e.args, fam);
      excFields.set(e, f);
      return None;
    },
    __str__: (args) => unicodeStr(asExc(args[0]!), fam),
  });
  const table: Parameters<typeof defineGetSets>[1] = {};
  for (const n of fam === 'translate' ? UNICODE_FIELDS.slice(1) : UNICODE_FIELDS) {
    table[n] = {
      get: (e) => {
        const v = fieldsOf(asExc(e)).get(n);
        if (v === undefined) raise(TypeError, `${n} attribute not set`);
        return v;
      },
      set: (e, v) => {
        const f = fieldsOf(asExc(e));
        if (v === undefined) f.delete(n);
        else f.set(n, n === 'start' || n === 'end' ? asIndex(v) : v);
      },
    };
  }
  defineGetSets(t, table);
}

/** newUnicodeDecodeError: UnicodeDecodeError(encoding, bytes, start, end, reason). */
export function newUnicodeDecodeError(encoding: string, data: Uint8Array, start: number, end: number, reason: string): PyException {
  return new PyException(UnicodeDecodeError, [encoding, new PyBytes(data), start, end, reason]);
}

/** newUnicodeEncodeError: UnicodeEncodeError(encoding, str, start, end, reason). */
export function newUnicodeEncodeError(encoding: string, s: string, start: number, end: number, reason: string): PyException {
  return new PyException(UnicodeEncodeError, [encoding, s, start, end, reason]);
}

// ---------------------------------------------------------------------------------------------
// BaseExceptionGroup / ExceptionGroup

defineStaticMethods(BaseExceptionGroup, {
  __new__: (args, kwnames) => {
    let cls = checkNewArgs(BaseExceptionGroup, args, kwnames);
    const pos = positional(args, kwnames);
    if (pos.length !== 2) raise(TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${pos.length} given)`);
    const [message, excsIn] = [pos[0]!, pos[1]!];
    if (typeof message !== 'string') raise(TypeError, `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`);
    const t = typeOf(excsIn);
    if (t.lookup('__getitem__') === undefined || excsIn instanceof PyDict || typeOf(excsIn).lookup('keys') !== undefined) {
      raise(TypeError, 'second argument (exceptions) must be a sequence');
    }
    const excs = toArray(excsIn);
    if (excs.length === 0) raise(ValueError, 'second argument (exceptions) must be a non-empty sequence');
    let nestedBase = false;
    excs.forEach((x, i) => {
      if (!(x instanceof PyException)) raise(ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
      if (!isInstance(x, Exception)) nestedBase = true;
    });
    if (cls === ExceptionGroup) {
      if (nestedBase) raise(TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (cls === BaseExceptionGroup) {
      if (!nestedBase) cls = ExceptionGroup;
    } else if (nestedBase && cls.isSubtypeOf(Exception)) {
      raise(TypeError, `Cannot nest BaseExceptions in '${cls.name}'`);
    }
    const e = new PyException(cls, pos);
    const f = new Map<string, PyValue>();
    f.set('message', message);
    f.set('exceptions', newTuple(excs));
    excFields.set(e, f);
    return e;
  },
});

/** MatcherType: how split()/subgroup() test a leaf exception. */
type Matcher = { kind: 'type'; value: PyValue } | { kind: 'predicate'; value: PyValue } | { kind: 'ids'; value: Set<PyException> };

function isExceptionClass(v: PyValue): boolean {
  return v instanceof PyType && v.isSubtypeOf(BaseException);
}

function getMatcher(v: PyValue): Matcher {
  if (!(v instanceof PyType) && isCallableValue(v)) return { kind: 'predicate', value: v };
  if (isExceptionClass(v)) return { kind: 'type', value: v };
  if (v instanceof PyTuple && v.items.every(isExceptionClass)) return { kind: 'type', value: v };
  raise(TypeError, 'expected a function, exception type or tuple of exception types');
}

function isCallableValue(v: PyValue): boolean {
  return typeof v === 'object' && v.cls.lookup('__call__') !== undefined;
}

function matches(e: PyException, m: Matcher): boolean {
  if (m.kind === 'type') {
    const t = m.value;
    if (t instanceof PyTuple) return t.items.some((c) => isInstance(e, c as PyType));
    return isInstance(e, t as PyType);
  }
  if (m.kind === 'ids') return m.value.has(e);
  return truthy(call(m.value, [e]));
}

/** groupSubset: orig.derive(excs) with orig's traceback, context, cause and notes (exceptiongroup_subset). */
function groupSubset(orig: PyException, excs: PyValue[]): PyException | null {
  if (excs.length === 0) return null;
  const eg = callMethod(orig, 'derive', [newList(excs)]);
  if (!(eg instanceof PyException) || !isInstance(eg, BaseExceptionGroup)) raise(TypeError, 'derive must return an instance of BaseExceptionGroup');
  eg.traceback = orig.traceback;
  eg.context = orig.context;
  eg.cause = orig.cause;
  eg.suppressContext = true;
  const notes = getAttrOpt(orig, '__notes__');
  if (notes !== undefined && typeOf(notes).lookup('__getitem__') !== undefined && typeof notes !== 'string') {
    setAttr(eg, '__notes__', newList(toArray(notes)));
  }
  return eg;
}

/** splitRecursive: exceptiongroup_split_recursive: [match, rest] (rest only if constructRest). */
function splitRecursive(e: PyException, m: Matcher, constructRest: boolean): [PyException | null, PyException | null] {
  if (matches(e, m)) return [e, null];
  if (!isInstance(e, BaseExceptionGroup)) return [null, constructRest ? e : null];
  const matchList: PyValue[] = [];
  const restList: PyValue[] = [];
  const excs = exceptionField(e, 'exceptions');
  for (const sub of excs instanceof PyTuple ? excs.items : []) {
    enterRecursion(' in exceptiongroup_split_recursive');
    let r: [PyException | null, PyException | null];
    try {
      r = splitRecursive(sub as PyException, m, constructRest);
    } finally {
      leaveRecursion();
    }
    if (r[0] !== null) matchList.push(r[0]);
    if (r[1] !== null) restList.push(r[1]);
  }
  return [groupSubset(e, matchList), constructRest ? groupSubset(e, restList) : null];
}

defineMethods(BaseExceptionGroup, {
  __init__: (args, kwnames) => {
    const e = asExc(args[0]!);
    noKeywords(typeOf(e), kwnames);
    e.args = positional(args, kwnames);
    return None;
  },
  __str__: (args) => {
    const e = asExc(args[0]!);
    const excs = exceptionField(e, 'exceptions');
    const n = excs instanceof PyTuple ? excs.items.length : 0;
    return `${str(exceptionField(e, 'message'))} (${n} sub-exception${n > 1 ? 's' : ''})`;
  },
  derive: (args) => {
    const e = asExc(args[0]!);
    if (args.length !== 2) raise(TypeError, `BaseExceptionGroup.derive() takes exactly one argument (${args.length - 1} given)`);
    return call(BaseExceptionGroup, [exceptionField(e, 'message'), args[1]!]);
  },
  split: (args) => {
    const e = asExc(args[0]!);
    if (args.length !== 2) raise(TypeError, `BaseExceptionGroup.split() takes exactly one argument (${args.length - 1} given)`);
    const [match, rest] = splitRecursive(e, getMatcher(args[1]!), true);
    return newTuple([match ?? None, rest ?? None]);
  },
  subgroup: (args) => {
    const e = asExc(args[0]!);
    if (args.length !== 2) raise(TypeError, `BaseExceptionGroup.subgroup() takes exactly one argument (${args.length - 1} given)`);
    return splitRecursive(e, getMatcher(args[1]!), false)[0] ?? None;
  },
});

defineGetSets(BaseExceptionGroup, {
  message: { get: (e) => exceptionField(asExc(e), 'message'), set: () => raise(AttributeError, 'readonly attribute') },
  exceptions: { get: (e) => exceptionField(asExc(e), 'exceptions'), set: () => raise(AttributeError, 'readonly attribute') },
});

/** newExceptionGroup: ExceptionGroup(msg, excs), or BaseExceptionGroup when some are not Exceptions (for except*). */
export function newExceptionGroup(message: string, excs: PyException[]): PyException {
  return call(BaseExceptionGroup, [message, newList(excs)]) as PyException;
}

/** splitExceptionGroup: eg.split(matcher) for the VM's except*: the exact-identity leaves in `leaves` form the match. */
export function splitByIdentity(eg: PyException, leaves: Set<PyException>): [PyException | null, PyException | null] {
  return splitRecursive(eg, { kind: 'ids', value: leaves }, true);
}

// ---------------------------------------------------------------------------------------------
// Helpers for natives

/** newKeyError: KeyError(key) (its str is repr(key)). */
export function newKeyError(key: PyValue): PyException {
  return new PyException(KeyError, [key]);
}

/** newStopIteration: StopIteration(value) with .value set. */
export function newStopIteration(value: PyValue): PyException {
  const e = new PyException(StopIteration, value === None ? [] : [value]);
  fieldsOf(e).set('value', value);
  return e;
}

/** newAttributeError: AttributeError(msg) with name and obj (for "Did you mean" suggestions). */
export function newAttributeError(msg: string, obj: PyValue, name: string): PyException {
  const e = pyError(AttributeError, msg);
  const f = fieldsOf(e);
  f.set('name', name);
  f.set('obj', obj);
  return e;
}

/** newNameError: NameError/UnboundLocalError(msg) with name. */
export function newNameError(t: PyType, msg: string, name: string): PyException {
  const e = pyError(t, msg);
  fieldsOf(e).set('name', name);
  return e;
}

/** newImportError: ImportError/ModuleNotFoundError(msg, name=, path=). */
export function newImportError(t: PyType, msg: string, name: PyValue = None, path: PyValue = None): PyException {
  const e = pyError(t, msg);
  const f = fieldsOf(e);
  f.set('name', name);
  f.set('path', path);
  return e;
}
