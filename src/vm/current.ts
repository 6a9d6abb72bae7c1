// The interpreter that is running. Builtins reach their interpreter through currentVM() instead of
// a parameter on every call; only one interpreter runs at a time (each installs itself on entry
// and restores the previous one on exit).

import type { VM } from './vm.js';

let current: VM | null = null;

/** currentVM: the running interpreter. */
export function currentVM(): VM {
  return current!;
}

/** setCurrentVM: installs vm; returns the previous one to restore. */
export function setCurrentVM(vm: VM | null): VM | null {
  const prev = current;
  current = vm;
  return prev;
}
