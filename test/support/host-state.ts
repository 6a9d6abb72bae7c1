// What a guest program must never change on the host: the built-in prototypes' and globalThis's
// own property names (the security tests compare them before and after each attempt).

/** hostState: a text listing the own properties of the built-in prototypes and of globalThis. */
export function hostState(): string {
  const names = (o: object) => Object.getOwnPropertyNames(o).concat(Object.getOwnPropertySymbols(o).map(String)).sort().join(',');
  return [names(Object.prototype), names(Function.prototype), names(Array.prototype), names(String.prototype), names(globalThis), String(Object.getPrototypeOf(Object.prototype))].join('\n');
}
