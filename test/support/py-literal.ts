// Python source for JavaScript strings, for tests that generate programs.

/**
 * asciiStrLiteral: `s` as a Python str literal in pure ASCII: every character outside printable
 * ASCII (lone surrogates included) is written as an escape, so the literal survives any encoding.
 */
export function asciiStrLiteral(s: string): string {
  let out = "'";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20 && cp < 0x7f && ch !== '\\' && ch !== "'") out += ch;
    else if (cp < 0x100) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return out + "'";
}
