// Struct sequences (CPython's PyStructSequence): tuple subclasses with named fields, such as
// sys.version_info and sys.float_info: `sys.version_info.major`, `sys.version_info[:2]`, and the
// repr `sys.version_info(major=3, ...)`.

import { tupleType } from '../objects/types.js';
import type { PyValue } from '../objects/object.js';
import { PyType, typeType } from '../objects/type.js';
import { PyTuple } from '../objects/tuple.js';
import { defineMethods, defineStaticMethods } from '../objects/builtin-function.js';
import { defineGetSets } from '../objects/descriptor.js';
import { repr, toArray } from '../objects/protocol.js';
import { checkNewArgs } from '../objects/type-type.js';
import { raise, TypeError } from '../objects/exception.js';
import { ArgSpec } from '../builtins/args.js';

const STRUCTSEQ_NEW = new ArgSpec('structseq', 'sequence, dict=');

/** makeStructSeqType: a struct sequence type `module.name` with the given fields. */
export function makeStructSeqType(module: string, name: string, fields: readonly string[]): PyType {
  const t = new PyType(typeType, name, [tupleType], false);
  t.mro = [t, ...tupleType.mro];
  t.native = tupleType;
  t.module = module;
  t.qualname = name;
  const getsets: Record<string, { get: (o: PyValue) => PyValue }> = {};
  fields.forEach((f, i) => (getsets[f] = { get: (o) => (o as PyTuple).items[i]! }));
  defineGetSets(t, getsets);
  defineMethods(t, {
    __repr__: (args) => {
      const items = (args[0] as PyTuple).items;
      return `${module}.${name}(${fields.map((f, i) => `${f}=${repr(items[i]!)}`).join(', ')})`;
    },
  });
  defineStaticMethods(t, {
    // Without it, tuple.__new__ would make one of any length, whose fields would not all exist.
    __new__: (args, kwnames) => {
      const cls = checkNewArgs(t, args, kwnames);
      const [seq] = STRUCTSEQ_NEW.unpack(args, kwnames, 1);
      const items = toArray(seq!);
      if (items.length !== fields.length) raise(TypeError, `${module}.${name}() takes a ${fields.length}-sequence (${items.length}-sequence given)`);
      return new PyTuple(items, cls);
    },
  });
  t.attrs.set('n_fields', fields.length);
  t.attrs.set('n_sequence_fields', fields.length);
  return t;
}

/** structSeq: an instance of a struct sequence type. */
export function structSeq(t: PyType, values: PyValue[]): PyTuple {
  return new PyTuple(values, t);
}
