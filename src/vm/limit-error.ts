// What ends a run from outside Python. None of these is a Python exception: the eval loop never
// turns them into one, so no `except`, `finally`, `__exit__` or generator cleanup in the guest can
// catch, delay or outlive them.

/**
 * VMStop: what ends a run from outside Python: a limit, os._exit, a replay that diverged. The eval
 * loop lets these through untouched, so no `except` or `finally` of the guest sees them.
 */
export class VMStop {}

/** LimitName: the limits an embedder can set. */
export type LimitName = 'instructions' | 'heap' | 'recursion' | 'output' | 'timeout';

/** LimitError: a sandbox limit was reached: which one, the value reached and the maximum. */
export class LimitError extends VMStop {
  readonly message: string;
  constructor(
    readonly kind: LimitName,
    readonly value: number,
    readonly max: number,
  ) {
    super();
    this.message = limitMessage(kind, value, max);
  }
}

const UNITS: Record<LimitName, string> = {
  instructions: 'instructions',
  heap: 'bytes of heap',
  recursion: 'frames deep',
  output: 'bytes of output',
  timeout: 'ms',
};

/** limitMessage: the one line the CLI prints: `instruction limit reached: 1000 of 1000 instructions`. */
export function limitMessage(kind: LimitName, value: number, max: number): string {
  const name = kind === 'instructions' ? 'instruction' : kind === 'timeout' ? 'time' : kind;
  return `${name} limit reached: ${value} of at most ${max} ${UNITS[kind]}`;
}

/**
 * ProcessExit: os._exit(status): the process ends at once, without unwinding. Like LimitError it
 * passes through every `except` and `finally` of the guest; runProgram turns it into the exit code.
 */
export class ProcessExit extends VMStop {
  constructor(readonly status: number) {
    super();
  }
}

/**
 * VMPause: the current time slice is over (runProgramAsync): the eval loop left at an instruction
 * boundary of the outermost loop, with every frame saved, and resume() goes on from there. Not a
 * stop: nothing of the guest notices, and the counts are those of an unsliced run.
 */
export class VMPause extends VMStop {}

/** PAUSE: the one VMPause (it carries nothing). */
export const PAUSE = new VMPause();

/** Aborted: the embedder's AbortSignal ended a time-sliced run (runProgramAsync, runAsync, callAsync). */
export class Aborted extends VMStop {}
