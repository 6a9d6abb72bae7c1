// Python's float type, held as a JS number. For now: repr(), as CPython's Python/pystrtod.c
// format_float_short() in 'r' mode (the shortest digits that round-trip).

/**
 * formatFloatShort is CPython's PyOS_double_to_string(x, 'r', 0, flags): the shortest round-trip
 * digits, in exponent form when the decimal exponent is below -4 or above 16. `addDot0` is
 * Py_DTSF_ADD_DOT_0 (float repr writes 1.0, complex repr writes 1); `alwaysSign` is Py_DTSF_SIGN.
 */
export function formatFloatShort(x: number, addDot0: boolean, alwaysSign: boolean): string {
  // Python has no signed NaN: the sign is never written as '-', only forced '+'.
  if (Number.isNaN(x)) return alwaysSign ? '+nan' : 'nan';
  const negative = x < 0 || Object.is(x, -0);
  const sign = negative ? '-' : alwaysSign ? '+' : '';
  const a = Math.abs(x);
  if (a === Infinity) return sign + 'inf';

  // toExponential() without a precision gives the shortest digits that round-trip, as dtoa mode 0.
  const [mantissa, exponent] = a.toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const decpt = Number(exponent) + 1;
  let body: string;
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    const expText = Math.abs(exp).toString().padStart(2, '0');
    body = digits[0]! + (digits.length > 1 ? '.' + digits.slice(1) : '') + 'e' + (exp < 0 ? '-' : '+') + expText;
  } else if (decpt <= 0) {
    body = '0.' + '0'.repeat(-decpt) + digits;
  } else if (decpt >= digits.length) {
    body = digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
  } else {
    body = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  }
  return sign + body;
}

/** reprFloat is Python's repr() of a float: 1.0, 1e+16, 1e-05, inf, nan, -0.0. */
export function reprFloat(x: number): string {
  return formatFloatShort(x, true, false);
}
