// Limits: what running untrusted Python under them looks like. Instructions, output and time are
// counted per run (or call); the heap for the interpreter's whole life. A limit throws a
// LimitExceededError (which limit, the value reached, the maximum) and finishes the interpreter:
// no Python runs after it, and every later call throws the same error. A Python exception is a
// PythonError and the interpreter lives on. Counts are exact: the same on every run.
//
//     npm run example -- limits

import { Interpreter, LimitExceededError, PythonError } from 'terrarium';

/** describe: one line for what ended a run. */
function describe(e: unknown): string {
  if (e instanceof LimitExceededError) return `LimitExceededError limit=${e.limit} value=${e.value} max=${e.max}: ${e.message}`;
  if (e instanceof PythonError) return `PythonError ${e.type}: ${e.message}`;
  throw e;
}

/** attempt: runs `source`, returning what ended it, if anything. */
function attempt(py: Interpreter, source: string): string {
  try {
    const r = py.run(source);
    return `ok: ${JSON.stringify(r.stdout)}, ${r.stats.instructions} instructions`;
  } catch (e) {
    return describe(e);
  }
}

export async function main(): Promise<string> {
  const out: string[] = [];

  // Instructions: 100,000 per run. Ordinary runs fit, however many there are.
  const py = new Interpreter({ limits: { instructions: 100_000, heap: 16 * 2 ** 20 } });
  out.push(`squares: ${attempt(py, 'squares = [i * i for i in range(1000)]\nprint(sum(squares))')}`);
  out.push(`again:   ${attempt(py, 'print(len(squares))')}`);
  // An exception is no limit: the interpreter goes on.
  out.push(`raise:   ${attempt(py, 'squares[5000]')}`);
  // A loop that never ends stops at exactly the limit...
  out.push(`forever: ${attempt(py, 'n = 0\nwhile True:\n    n += 1')}`);
  // ...and the interpreter is finished: anything else throws the same error.
  out.push(`after:   ${attempt(py, 'print(n)')}`);

  // The heap: live Python objects, by Terrarium's size model (a reachability pass, so garbage
  // does not count). What the run printed before it stopped is on the error.
  const hungry = new Interpreter({ limits: { heap: 8 * 2 ** 20 } });
  try {
    hungry.run('rows = []\nprint("filling")\nwhile True:\n    rows.append("x" * 1000)');
  } catch (e) {
    out.push(`heap:    ${describe(e)}`);
    if (e instanceof LimitExceededError) out.push(`         it printed ${JSON.stringify(e.stdout)} first`);
  }
  const churn = new Interpreter({ limits: { heap: 8 * 2 ** 20 } });
  out.push(`garbage: ${attempt(churn, 'for i in range(20000):\n    row = "x" * 1000\nprint("20 MB made, little kept")')}`);

  // Output: bytes written to stdout and stderr together.
  const chatty = new Interpreter({ limits: { output: 100 } });
  out.push(`output:  ${attempt(chatty, 'while True:\n    print("spam")')}`);
  // (`timeout` works the same way, in wall-clock ms, and is the one limit that is not exact.)
  return out.join('\n') + '\n';
}
