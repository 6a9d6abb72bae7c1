// Python's bytes type. For now: repr(), as CPython's Objects/bytesobject.c PyBytes_Repr().

/** reprBytes is Python's repr() of a bytes object: b'...', non-ASCII and control bytes as \xhh. */
export function reprBytes(b: Uint8Array): string {
  // Single quotes unless the bytes have ' and no ", as for str.
  const quote = b.includes(0x27) && !b.includes(0x22) ? 0x22 : 0x27;
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}
