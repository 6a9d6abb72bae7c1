// Python's int type, held as a bigint. For now: repr().

/**
 * reprInt is Python's repr() of an int: its decimal digits. CPython refuses decimal conversion of
 * ints above sys.get_int_max_str_digits() (4300 digits) with a ValueError; raising that is the
 * runtime's job, not this formatting function's.
 */
export function reprInt(b: bigint): string {
  return b.toString();
}
