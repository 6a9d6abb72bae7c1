// The CPython side of the parser's differential tests: one python3 process parses a whole batch of
// sources with ast.parse and reports, per source, the ast.dump or the SyntaxError it raised.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { PYTHON } from '../../support/python.js';

/**
 * Outcome is what parsing one source gave: a dump, a syntax error, or (CPython only) something
 * outside the comparison, such as a source with a NUL byte, or a RecursionError.
 */
export type Outcome =
  | { kind: 'ok'; dump: string }
  | { kind: 'error'; type: string; msg: string; lineno: number; offset: number }
  | { kind: 'other'; detail: string };

// Warnings are silenced so that a DeprecationWarning for '\d' can never turn into noise or an
// error. ValueError (int digit limit), UnicodeError (lone surrogates) and the recursion limits are
// CPython refusing the input outside the grammar, which the comparisons skip; so is a NUL byte, for
// which ast.parse's string mode raises a SyntaxError without a line, unlike `python3 file.py`.
// Each input line is one request, {sources, attrs}, read as bytes so that the locale cannot change
// the decoding; each output line is the list of outcomes, in ASCII (json.dumps escapes the rest).
const SCRIPT = `
import ast, json, sys, warnings
warnings.simplefilter('ignore')
def outcome(src, attrs):
    if '\\0' in src:
        return {'kind': 'other', 'detail': 'NUL: compile() string mode has no line for it, file mode does'}
    try:
        return {'kind': 'ok', 'dump': ast.dump(ast.parse(src), include_attributes=attrs)}
    except SyntaxError as e:
        return {'kind': 'error', 'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset}
    except (ValueError, UnicodeError, RecursionError, MemoryError) as e:
        return {'kind': 'other', 'detail': type(e).__name__ + ': ' + str(e)}
for line in sys.stdin.buffer:
    req = json.loads(line)
    print(json.dumps([outcome(src, req['attrs']) for src in req['sources']]), flush=True)
`;

/**
 * cpythonParse parses every source with CPython's ast.parse in one python3 process (about 50 ms
 * to start, so batching is what keeps these tests fast) and resolves to the outcomes in order.
 * It is asynchronous so that vitest's worker is not blocked while python3 runs.
 */
export async function cpythonParse(sources: readonly string[], includeAttributes: boolean): Promise<Outcome[]> {
  if (sources.length === 0) return [];
  const oracle = new CPythonOracle();
  try {
    return await oracle.parse(sources, includeAttributes);
  } finally {
    oracle.close();
  }
}

/**
 * CPythonOracle is one long-lived python3 process answering batch after batch, for searches such
 * as shrinking that ask many small questions in turn and would otherwise pay python3's start-up
 * for each. Requests are answered in order; close() ends the process.
 */
export class CPythonOracle {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: { resolve: (o: Outcome[]) => void; reject: (e: Error) => void }[] = [];
  private buffer = '';
  private stderr = '';

  constructor() {
    this.child = spawn(PYTHON, ['-c', SCRIPT]);
    this.child.stdout.setEncoding('utf8').on('data', (d: string) => this.receive(d));
    this.child.stderr.setEncoding('utf8').on('data', (d: string) => (this.stderr += d));
    const fail = (e: Error): void => {
      for (const w of this.waiting.splice(0)) w.reject(e);
    };
    this.child.on('error', fail);
    this.child.stdin.on('error', fail);
    this.child.on('close', (status) => fail(new Error(`python3 exited (${status}): ${this.stderr}`)));
  }

  /** parse resolves to CPython's outcome for each source, in order. */
  parse(sources: readonly string[], includeAttributes: boolean): Promise<Outcome[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.child.stdin.write(JSON.stringify({ sources, attrs: includeAttributes }) + '\n');
    });
  }

  /** close ends the python3 process once it has answered what it was asked. */
  close(): void {
    this.child.stdin.end();
  }

  private receive(data: string): void {
    this.buffer += data;
    for (let nl = this.buffer.indexOf('\n'); nl >= 0; nl = this.buffer.indexOf('\n')) {
      const line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + 1);
      this.waiting.shift()?.resolve(JSON.parse(line) as Outcome[]);
    }
  }
}
