// Calling Python functions from TypeScript (builtins calling back into Python): each call runs a
// nested eval loop on the VM's frame stack, counted against the recursion limit, so deep re-entry
// raises RecursionError and never overflows the JS stack. Implemented with the eval loop.

import type { PyValue } from '../objects/object.js';
import type { PyFunction } from '../objects/function.js';
import type { PyDict } from '../objects/dict.js';
import { currentVM } from './current.js';

/** callFunction: f(*args) for a Python function; the last kwnames.length args are keywords. */
export function callFunction(f: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  return currentVM().callFunction(f, args, kwnames);
}

/** runClassBody: runs a class body function with `ns` as its locals mapping; returns its result (the __class__ cell or None). */
export function runClassBody(f: PyFunction, ns: PyDict): PyValue {
  return currentVM().runClassBody(f, ns);
}

/** enterRecursion: counts one level of native recursion (repr of nested containers, ==, hash ...) against the recursion limit; pair with leaveRecursion in a finally. `where` completes CPython's message ("while getting the repr of an object"). */
export function enterRecursion(where: string): void {
  currentVM().enterRecursion(where);
}

/** leaveRecursion: undoes enterRecursion. */
export function leaveRecursion(): void {
  currentVM().leaveRecursion();
}
