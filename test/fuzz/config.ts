// How many runs each property of test/fuzz/ makes, and from which seed. CI (`npm test`) uses the
// bounded defaults each file passes here; `npm run fuzz -- --runs N --seed S` (scripts/fuzz.mjs)
// runs the same files with TERRARIUM_FUZZ_RUNS=N and TERRARIUM_FC_SEED=S set, for long campaigns.

import { propertySeed } from '../parser/support/seed.js';

/**
 * fuzzRuns: $TERRARIUM_FUZZ_RUNS when set (a campaign), else `ciDefault`. A property that makes
 * more than one run per unit of work (a batch of programs, say) divides the figure itself.
 */
export function fuzzRuns(ciDefault: number): number {
  const env = process.env.TERRARIUM_FUZZ_RUNS;
  if (env === undefined || env === '') return ciDefault;
  const n = Number(env);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`TERRARIUM_FUZZ_RUNS must be a positive integer, not ${JSON.stringify(env)}`);
  return n;
}

/** fuzzSeed: $TERRARIUM_FC_SEED when set, else `fallback` (CI's fixed seed for this property). */
export function fuzzSeed(fallback: number): number {
  return propertySeed(fallback);
}

/** campaign: true under `npm run fuzz` (long runs: properties may raise their time-outs). */
export const campaign = process.env.TERRARIUM_FUZZ_RUNS !== undefined && process.env.TERRARIUM_FUZZ_RUNS !== '';

/** timeoutFor: a vitest time-out for `runs` runs of about `msPerRun` each (at least a minute). */
export function timeoutFor(runs: number, msPerRun: number): number {
  return Math.max(60_000, Math.ceil(runs * msPerRun * 3));
}

/** turn: lets the event loop run (vitest's worker RPC fails a test file that blocks it for a minute). */
export const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** yielding: `check` as an async predicate that gives the event loop a turn every 50 runs. */
export function yielding<Ts extends unknown[]>(check: (...args: Ts) => void): (...args: Ts) => Promise<void> {
  let runs = 0;
  return async (...args: Ts) => {
    if (++runs % 50 === 0) await turn();
    check(...args);
  };
}
