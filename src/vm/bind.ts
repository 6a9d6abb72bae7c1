// Argument binding: fills a new frame's locals from a call's arguments, with CPython's rules and
// messages (Python/ceval.c initialize_locals, missing_arguments, too_many_positional).

import type { PyValue } from '../objects/object.js';
import type { PyFunction } from '../objects/function.js';
import { PyDict } from '../objects/dict.js';
import { newTuple, EMPTY_TUPLE } from '../objects/tuple.js';
import { raise, TypeError } from '../objects/exception.js';
import { CO_VARARGS, CO_VARKEYWORDS } from '../compiler/opcodes.js';

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * bindArguments: stores the call's arguments into `slots` (the new frame's locals). The arguments
 * are src[start .. start+n), the last kwnames.length of them keywords.
 */
export function bindArguments(
  f: PyFunction,
  slots: (PyValue | undefined)[],
  src: readonly (PyValue | undefined)[],
  start: number,
  n: number,
  kwnames: readonly string[] | null,
): void {
  const code = f.code;
  const argcount = code.argcount;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = n - nkw;
  const flags = code.flags;
  // The common case: exactly the positional parameters, nothing else.
  if (nkw === 0 && npos === argcount && (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.kwonlyargcount === 0) {
    for (let i = 0; i < npos; i++) slots[i] = src[start + i];
    return;
  }
  const kwonly = code.kwonlyargcount;
  const total = argcount + kwonly;
  const varnames = code.varnames;
  let kwdict: PyDict | null = null;
  if (flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    slots[total + (flags & CO_VARARGS ? 1 : 0)] = kwdict;
  }
  const take = Math.min(npos, argcount);
  for (let i = 0; i < take; i++) slots[i] = src[start + i];
  if (flags & CO_VARARGS) {
    slots[total] = npos > argcount ? newTuple(src.slice(start + argcount, start + npos) as PyValue[]) : EMPTY_TUPLE;
  }
  // Keyword errors come before a count of too many positional arguments, as in CPython.
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]!;
    const value = src[start + npos + k] as PyValue;
    let idx = -1;
    for (let j = code.posonlyargcount; j < total; j++) {
      if (varnames[j] === name) {
        idx = j;
        break;
      }
    }
    if (idx < 0) {
      if (kwdict !== null) {
        // A positional-only parameter's name may also arrive in **kwargs.
        kwdict.setStr(name, value);
        continue;
      }
      // The first unknown keyword reports every positional-only name passed as a keyword, if any.
      const posonlyAsKw = varnames.slice(0, code.posonlyargcount).filter((p) => kwnames!.includes(p));
      if (posonlyAsKw.length > 0) {
        raise(TypeError, `${f.qualname}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
      }
      raise(TypeError, `${f.qualname}() got an unexpected keyword argument '${name}'`);
    }
    if (slots[idx] !== undefined) raise(TypeError, `${f.qualname}() got multiple values for argument '${name}'`);
    slots[idx] = value;
  }
  if (npos > argcount && !(flags & CO_VARARGS)) tooManyPositional(f, npos, kwnames);
  // Defaults for missing positional parameters.
  if (npos < argcount) {
    const defaults = f.defaults;
    const ndef = defaults === null ? 0 : defaults.length;
    const firstDefault = argcount - ndef;
    const missing: string[] = [];
    for (let i = npos; i < argcount; i++) {
      if (slots[i] !== undefined) continue;
      if (i >= firstDefault) slots[i] = defaults![i - firstDefault];
      else missing.push(varnames[i]!);
    }
    if (missing.length > 0) {
      raise(TypeError, `${f.qualname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${quoteList(missing)}`);
    }
  }
  if (kwonly > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (slots[i] !== undefined) continue;
      const d = f.kwdefaults?.getStr(varnames[i]!);
      if (d !== undefined) slots[i] = d;
      else missing.push(varnames[i]!);
    }
    if (missing.length > 0) {
      raise(TypeError, `${f.qualname}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${quoteList(missing)}`);
    }
  }
}

function tooManyPositional(f: PyFunction, given: number, kwnames: readonly string[] | null): never {
  const code = f.code;
  const argcount = code.argcount;
  const ndef = f.defaults === null ? 0 : f.defaults.length;
  let kwonlyGiven = 0;
  if (kwnames !== null) {
    for (const name of kwnames) {
      const idx = code.varnames.indexOf(name);
      if (idx >= argcount && idx < argcount + code.kwonlyargcount) kwonlyGiven++;
    }
  }
  const expected = ndef > 0 ? `from ${argcount - ndef} to ${argcount}` : `${argcount}`;
  const plural = ndef > 0 || argcount !== 1 ? 's' : '';
  let givenText: string;
  if (kwonlyGiven > 0) {
    givenText = `${given} positional argument${given === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'})`;
  } else givenText = `${given}`;
  const verb = given === 1 && kwonlyGiven === 0 ? 'was' : 'were';
  raise(TypeError, `${f.qualname}() takes ${expected} positional argument${plural} but ${givenText} ${verb} given`);
}
