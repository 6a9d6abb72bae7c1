// Constant values as the parser produces them for ast.Constant, MatchSingleton and the like.
// Python int -> bigint (exact at any size), float -> number, str -> string, bytes -> Uint8Array,
// complex -> PyComplex, Ellipsis -> ELLIPSIS, None -> null, True/False -> boolean.

/** PyComplex: a complex constant; literals in source are always pure imaginary (`2j`). */
export class PyComplex {
  constructor(readonly real: number, readonly imag: number) {}
}

/** ELLIPSIS: the `...` constant. */
export const ELLIPSIS: unique symbol = Symbol('Ellipsis');
export type PyEllipsis = typeof ELLIPSIS;

/** ConstantValue: every value a Constant node can hold. */
export type ConstantValue = null | boolean | bigint | number | string | Uint8Array | PyComplex | PyEllipsis;
