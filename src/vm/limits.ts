// The sandbox's limits, as the embedder gives them: each optional, each a whole number.

import { LimitError, type LimitName } from './limit-error.js';

/** Limits: where a run stops. */
export interface Limits {
  /** instructions: the run stops after exactly this many counted instructions. */
  instructions?: number;
  /** heap: bytes of the live Python heap, by the size model of ARCHITECTURE.md. */
  heap?: number;
  /** recursion: the highest recursion limit the program may have (sys.setrecursionlimit's ceiling). */
  recursion?: number;
  /** output: bytes written to stdout and stderr together. */
  output?: number;
  /** timeout: wall-clock milliseconds (not deterministic; off by default). */
  timeout?: number;
}

/** LIMIT_NAMES: every limit, in the order they are documented. */
export const LIMIT_NAMES: readonly LimitName[] = ['instructions', 'heap', 'recursion', 'output', 'timeout'];

/** TIME_CHECK_EVERY: instructions between looks at the clock when a timeout is set. */
export const TIME_CHECK_EVERY = 10_000;

/** checkLimits: the limits, validated (a RangeError names a bad one). */
export function checkLimits(limits: Limits): Limits {
  for (const [name, v] of Object.entries(limits)) {
    if (!LIMIT_NAMES.includes(name as LimitName)) throw new RangeError(`unknown limit '${name}'`);
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < (name === 'recursion' ? 1 : 0)) {
      throw new RangeError(`limit '${name}' must be a whole number${name === 'recursion' ? ' >= 1' : ' >= 0'}, not ${String(v)}`);
    }
  }
  return { ...limits };
}

export { LimitError };
