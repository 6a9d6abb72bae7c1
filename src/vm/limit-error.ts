// LimitError: a sandbox limit was reached. It is not a Python exception: the eval loop never turns
// it into one, so no `except` or `finally` in the guest can catch or delay it.

/**
 * VMStop: what ends a run from outside Python: a limit, os._exit, a replay that diverged. The eval
 * loop lets these through untouched, so no `except` or `finally` of the guest sees them.
 */
export class VMStop {}

/** LimitError: thrown through the VM to the embedder when a limit is reached. */
export class LimitError extends VMStop {
  constructor(
    readonly kind: 'instructions' | 'heap' | 'recursion' | 'time' | 'output',
    readonly message: string,
  ) {
    super();
  }
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
