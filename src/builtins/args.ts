// The one argument-unpacking helper for builtins (as starlark-go's UnpackArgs or CPython's
// Argument Clinic), so every builtin reports argument errors in the same CPython words.
//
// A spec lists parameters like a Python signature: `'x, y=, /, *, key=, reverse='`. `=` marks an
// optional parameter (its slot is undefined when not given), `/` ends the positional-only ones,
// `*` starts the keyword-only ones, `*args` collects extra positionals into a tuple and `**kw`
// extra keywords into a dict.

import type { PyValue } from '../objects/object.js';
import { raise, TypeError } from '../objects/exception.js';
import type { PyTuple } from '../objects/tuple.js';
import type { PyDict } from '../objects/dict.js';

// args.ts must stay a leaf of the import graph (other files build ArgSpecs at their top level, and
// dict.ts and tuple.ts sit in the big cycle of the type files), so they hand over their constructors.
let makeDict: (() => PyDict) | null = null;
let makeTuple: ((items: PyValue[]) => PyTuple) | null = null;

/** registerDictFactory: called once by dict.ts. */
export function registerDictFactory(f: () => PyDict): void {
  makeDict = f;
}

/** registerTupleFactory: called once by tuple.ts. */
export function registerTupleFactory(f: (items: PyValue[]) => PyTuple): void {
  makeTuple = f;
}

interface Param {
  readonly name: string;
  readonly optional: boolean;
  readonly positional: boolean;
  readonly keyword: boolean;
}

/** ArgSpec: a parsed parameter list for one builtin; make it once, at module load. */
export class ArgSpec {
  private readonly params: Param[] = [];
  private readonly varargs: boolean;
  private readonly varkw: boolean;
  private readonly maxPositional: number;
  private readonly minPositional: number;
  private readonly positionalOnly: boolean;
  private readonly slotCount: number;
  /** requiredUpTo: one past the last required parameter (a call with that many positionals and no keywords needs no checks). */
  private readonly requiredUpTo: number;

  constructor(
    readonly fname: string,
    spec: string,
  ) {
    const parts = spec.split(',').map((s) => s.trim()).filter((s) => s !== '');
    const slash = parts.indexOf('/');
    let kwOnly = false;
    let varargs = false;
    let varkw = false;
    parts.forEach((p, i) => {
      if (p === '/') return;
      if (p === '*') {
        kwOnly = true;
        return;
      }
      if (p.startsWith('**')) {
        varkw = true;
        return;
      }
      if (p.startsWith('*')) {
        varargs = true;
        kwOnly = true;
        return;
      }
      const optional = p.endsWith('=');
      const name = optional ? p.slice(0, -1) : p;
      this.params.push({ name, optional, positional: !kwOnly, keyword: slash < 0 || i > slash });
    });
    this.varargs = varargs;
    this.varkw = varkw;
    const positional = this.params.filter((p) => p.positional);
    this.maxPositional = positional.length;
    this.minPositional = positional.filter((p) => !p.optional).length;
    this.positionalOnly = this.params.every((p) => !p.keyword) && !varkw;
    this.slotCount = this.params.length + (varargs ? 1 : 0) + (varkw ? 1 : 0);
    let required = 0;
    this.params.forEach((p, i) => {
      if (!p.optional) required = i + 1;
    });
    this.requiredUpTo = required;
  }

  /**
   * unpack: the arguments in parameter order (undefined for an absent optional one); then the
   * *args tuple and the **kw dict if the spec has them. `skip` leading args are ignored (self).
   */
  unpack(args: readonly PyValue[], kwnames: readonly string[] | null, skip = 0): (PyValue | undefined)[] {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw - skip;
    const out: (PyValue | undefined)[] = new Array(this.slotCount);
    if (nkw === 0 && npos >= this.requiredUpTo && npos <= this.maxPositional && !this.varargs && !this.varkw) {
      // The common call: positionals only, every required one given, none too many.
      for (let i = 0; i < npos; i++) out[i] = args[skip + i];
      return out;
    }
    const f = this.fname;
    if (npos > this.maxPositional && !this.varargs) {
      if (this.positionalOnly) this.positionalCountError(npos);
      const max = this.maxPositional;
      raise(TypeError, `${f}() takes at most ${max} argument${max === 1 ? '' : 's'} (${npos + nkw} given)`);
    }
    const take = Math.min(npos, this.maxPositional);
    for (let i = 0; i < take; i++) out[i] = args[skip + i];
    let extra: PyDict | null = null;
    if (nkw > 0) {
      if (this.positionalOnly && !this.varkw) raise(TypeError, `${f}() takes no keyword arguments`);
      for (let k = 0; k < nkw; k++) {
        const name = kwnames![k]!;
        const value = args[args.length - nkw + k]!;
        const idx = this.params.findIndex((p) => p.name === name && p.keyword);
        if (idx < 0) {
          if (this.varkw) {
            (extra ??= makeDict!()).setStr(name, value);
            continue;
          }
          raise(TypeError, `'${name}' is an invalid keyword argument for ${f}()`);
        }
        if (out[idx] !== undefined) raise(TypeError, `argument for ${f}() given by name ('${name}') and position (${idx + 1})`);
        out[idx] = value;
      }
    }
    for (let i = 0; i < this.params.length; i++) {
      const p = this.params[i]!;
      if (out[i] === undefined && !p.optional) {
        if (this.positionalOnly) this.positionalCountError(npos);
        if (p.positional) raise(TypeError, `${f}() missing required argument '${p.name}' (pos ${i + 1})`);
        raise(TypeError, `${f}() missing required keyword-only argument '${p.name}'`);
      }
    }
    let slot = this.params.length;
    if (this.varargs) out[slot++] = makeTuple!(npos > this.maxPositional ? args.slice(skip + this.maxPositional, skip + npos) : []);
    if (this.varkw) out[slot] = extra ?? makeDict!();
    return out;
  }

  private positionalCountError(n: number): never {
    const { minPositional: min, maxPositional: max, fname: f } = this;
    const plural = (k: number): string => (k === 1 ? '' : 's');
    if (min === max) {
      if (max === 0) raise(TypeError, `${f}() takes no arguments (${n} given)`);
      if (max === 1) raise(TypeError, `${f}() takes exactly one argument (${n} given)`);
      raise(TypeError, `${f} expected ${max} argument${plural(max)}, got ${n}`);
    }
    if (n < min) raise(TypeError, `${f} expected at least ${min} argument${plural(min)}, got ${n}`);
    raise(TypeError, `${f} expected at most ${max} argument${plural(max)}, got ${n}`);
  }
}

/** noKwargs: raises CPython's error if a builtin that takes no keywords got some. */
export function noKwargs(fname: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${fname}() takes no keyword arguments`);
}

