// Python's complex type. For now: repr(), as CPython's Objects/complexobject.c complex_repr().

import { formatFloatShort } from './float.js';

/** reprComplex is Python's repr() of a complex: 1j, (1+2j), (-0-0j), infj. */
export function reprComplex(c: { readonly real: number; readonly imag: number }): string {
  // A real part of +0.0 is left out, and so are the parentheses; -0.0 is kept.
  if (c.real === 0 && !Object.is(c.real, -0)) return formatFloatShort(c.imag, false, false) + 'j';
  return '(' + formatFloatShort(c.real, false, false) + formatFloatShort(c.imag, false, true) + 'j)';
}
