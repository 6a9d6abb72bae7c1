// This file defines how a flat parameter list (def and lambda) becomes ast.arguments, with
// CPython's checks of the order of `/`, `*`, `**` and default values.

import type { Arg, Arguments, ExprNode } from './ast.js';
import type { PySyntaxError } from './errors.js';
import type { BuildContext } from './context.js';
import { TokenView } from './tokens.js';

/** ParamItem: one entry of a parameter list, as the grammar reads it; start/end are text offsets. */
export type ParamItem =
  | { kind: 'plain'; arg: Arg; default: ExprNode | null; start: number; end: number }
  | { kind: 'slash'; start: number; end: number }
  | { kind: 'star'; arg: Arg | null; start: number; end: number }
  | { kind: 'dstar'; arg: Arg; start: number; end: number };

/** emptyArguments returns the arguments of a function without parameters. */
export function emptyArguments(): Arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

/**
 * buildArguments checks the order of a parameter list and sorts it into ast.arguments' fields;
 * `lambda` selects CPython's lambda wording and locations.
 */
export function buildArguments(cx: BuildContext, items: ParamItem[], lambda = false): Arguments {
  const a = emptyArguments();
  let positional: Arg[] = [];
  let seenSlash = false;
  let seenStar = false;
  let bareStar: ParamItem | null = null;
  let seenDstar = false;
  let seenDefault = false;
  for (const it of items) {
    if (seenDstar) throw cx.error('arguments cannot follow var-keyword argument', it.start, it.end);
    switch (it.kind) {
      case 'slash':
        if (seenStar) throw cx.error('/ must be ahead of *', it.start, it.end);
        if (seenSlash) throw cx.error('/ may appear only once', it.start, it.end);
        if (positional.length === 0) throw cx.error('at least one argument must precede /', it.start, it.end);
        a.posonlyargs = positional;
        positional = [];
        seenSlash = true;
        break;
      case 'star':
        if (seenStar) throw cx.error('* argument may appear only once', it.start, it.start + 1);
        seenStar = true;
        a.vararg = it.arg;
        if (!it.arg) bareStar = it;
        break;
      case 'dstar':
        if (bareStar && a.kwonlyargs.length === 0) throw bareStarError(cx, bareStar, lambda);
        a.kwarg = it.arg;
        seenDstar = true;
        break;
      case 'plain':
        if (seenStar) {
          a.kwonlyargs.push(it.arg);
          a.kw_defaults.push(it.default);
        } else {
          if (it.default) {
            a.defaults.push(it.default);
            seenDefault = true;
          } else if (seenDefault) {
            throw cx.error('non-default argument follows default argument', it.start, it.end);
          }
          positional.push(it.arg);
        }
        break;
    }
  }
  if (bareStar && a.kwonlyargs.length === 0) throw bareStarError(cx, bareStar, lambda);
  a.args = positional;
  return a;
}

/**
 * bareStarError: CPython's invalid_star_etc reports at the `*` of a def, but its lambda twin,
 * `'*' (':' | ',' (':' | '**'))`, at the last token it read: the one after the star's comma.
 */
function bareStarError(cx: BuildContext, star: ParamItem, lambda: boolean): PySyntaxError {
  const msg = 'named arguments must follow bare *';
  if (!lambda) return cx.error(msg, star.start, star.end);
  let k = star.end;
  while (cx.text.charCodeAt(k) === 32) k++;
  if (cx.text[k] === ',') k++;
  return new TokenView(cx).errorAfter(msg, k);
}
