// LimitError: a sandbox limit was reached. It is not a Python exception: the eval loop never turns
// it into one, so no `except` or `finally` in the guest can catch or delay it.

/** LimitError: thrown through the VM to the embedder when a limit is reached. */
export class LimitError {
  constructor(
    readonly kind: 'instructions' | 'heap' | 'recursion' | 'time' | 'output',
    readonly message: string,
  ) {}
}
