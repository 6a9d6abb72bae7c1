// types.GenericAlias and types.UnionType (src/objects/generic-alias.ts) against python3.

import { beforeAll, describe, expect, it } from 'vitest';
import { installVM, makeClass, caught, oracle, PY_ERR } from './helpers.js';
import { typeType, intType, strType, boolType } from '../../../src/objects/type.js';
import { call, getAttr, getItem, repr, binaryOp, eqValues, hashValue, registerTypeSubscript } from '../../../src/objects/protocol.js';
import { None, Ellipsis, noneType } from '../../../src/objects/singletons.js';
import { PyTuple, newTuple, tupleType } from '../../../src/objects/tuple.js';
import { listType, PyList } from '../../../src/objects/list.js';
import { dictType } from '../../../src/objects/dict.js';
import { defineClassGetItem, newGenericAlias, genericAliasType, PyGenericAlias, PyUnion, unionType } from '../../../src/objects/generic-alias.js';
import { isinstanceFull, issubclassFull, buildClass } from '../../../src/objects/type-type.js';
import { classBody } from './helpers.js';

let py: Record<string, unknown>;
const OR = 7;

beforeAll(() => {
  installVM();
  // As src/vm/setup.ts wires them.
  for (const t of [listType, tupleType, dictType]) defineClassGetItem(t);
  registerTypeSubscript((key) => newGenericAlias(typeType, key));
  py = oracle(
    PY_ERR +
      `
class C: pass
out['reprs'] = [repr(list[int]), repr(dict[str, list[int]]), repr(tuple[int, ...]), repr(tuple[()]), repr(list['X']), repr(list[C]), repr(type[int])]
out['unions'] = [repr(int | str), repr(int | None), repr(None | int), repr(int | str | None), repr(list[int] | None), repr(int | int), repr(int | C)]
out['union_eq'] = [(int | str) == (str | int), (int | str) == (int | None), list[int] == list[int], list[int] == list[str]]
out['isinst'] = [isinstance(1, int | str), isinstance(None, int | None), isinstance([], int | str), issubclass(bool, int | str)]
out['ga_isinst'] = err(lambda: isinstance([], list[int]))
out['ga_issub'] = err(lambda: issubclass(list, list[int]))
out['or_bad'] = err(lambda: int | 1)
out['no_vars'] = err(lambda: list[int][str])
out['names'] = [list[int].__name__, list[int].__module__]
out['new_ga'] = repr(type(list[int])(dict, (str, int)))
out['type_names'] = [repr(type(list[int])), repr(type(int | str))]
out['call'] = list[int]()
out['not_sub'] = err(lambda: C[int])
`,
  );
});

describe('GenericAlias and UnionType', () => {
  it('print as CPython', () => {
    const C = makeClass('C');
    const ga = (o: unknown, a: unknown): unknown => getItem(o as never, a as never);
    expect([
      repr(ga(listType, intType) as never),
      repr(ga(dictType, newTuple([strType, ga(listType, intType) as never])) as never),
      repr(ga(tupleType, newTuple([intType, Ellipsis])) as never),
      repr(ga(tupleType, newTuple([])) as never),
      repr(ga(listType, 'X') as never),
      repr(ga(listType, C) as never),
      repr(ga(typeType, intType) as never),
    ]).toEqual(py.reprs);
    const or = (a: unknown, b: unknown): never => binaryOp(a as never, b as never, OR) as never;
    expect([
      repr(or(intType, strType)),
      repr(or(intType, None)),
      repr(or(None, intType)),
      repr(or(or(intType, strType), None)),
      repr(or(ga(listType, intType), None)),
      repr(or(intType, intType)),
      repr(or(intType, C)),
    ]).toEqual(py.unions);
    expect([repr(genericAliasType), repr(unionType)]).toEqual(py.type_names);
    expect(repr(call(genericAliasType, [dictType, newTuple([strType, intType])]))).toBe(py.new_ga);
  });

  it('compare, hash and check instances', () => {
    const or = (a: unknown, b: unknown): never => binaryOp(a as never, b as never, OR) as never;
    const li = getItem(listType, intType);
    expect([eqValues(or(intType, strType), or(strType, intType)), eqValues(or(intType, strType), or(intType, None)), eqValues(li, getItem(listType, intType)), eqValues(li, getItem(listType, strType))]).toEqual(py.union_eq);
    expect(hashValue(or(intType, strType))).toBe(hashValue(or(strType, intType)));
    expect([isinstanceFull(1, or(intType, strType)), isinstanceFull(None, or(intType, None)), isinstanceFull(new PyList([]), or(intType, strType)), issubclassFull(boolType, or(intType, strType))]).toEqual(py.isinst);
    expect(caught(() => isinstanceFull(new PyList([]), li))).toBe(py.ga_isinst);
    expect(caught(() => issubclassFull(listType, li))).toBe(py.ga_issub);
    expect(caught(() => binaryOp(intType, 1, OR))).toBe(py.or_bad);
    expect(caught(() => getItem(li, strType))).toBe(py.no_vars);
    expect([getAttr(li, '__name__'), getAttr(li, '__module__')]).toEqual(py.names);
    expect(getAttr(li, '__origin__')).toBe(listType);
    expect((getAttr(li, '__args__') as PyTuple).items).toEqual([intType]);
    expect((call(li, []) as PyList).items).toEqual(py.call);
    expect(caught(() => getItem(makeClass('C'), intType))).toBe(py.not_sub);
    expect(or(intType, None)).toBeInstanceOf(PyUnion);
    expect((or(intType, None) as PyUnion).args).toEqual([intType, noneType]);
  });

  it('subclasses through __mro_entries__', () => {
    const li = getItem(listType, intType) as PyGenericAlias;
    const L = buildClass([classBody('L', () => None), 'L', li], null);
    expect((getAttr(L, '__bases__') as PyTuple).items).toEqual([listType]);
  });
});
