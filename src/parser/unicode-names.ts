// Placeholder until the Unicode name table lands: \N{...} escapes are rejected as unknown names.
export function lookupUnicodeName(_name: string): number | undefined {
  return undefined;
}
