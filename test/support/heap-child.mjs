// Runs each expression given (a JSON array in argv[2]) as `x = <expr>` under a 16 MiB heap limit
// in this one process, and prints one JSON object: each run's limit, and this process's peak
// resident memory (maxRSS, in bytes) at the end. test/vm/heap-limit.test.ts starts it with a small
// V8 heap (--max-old-space-size), so that what the host allocated, not V8's laziness in giving
// garbage back, decides the figure.
import { runProgram } from '../../dist/index.js';

const exprs = JSON.parse(process.argv[2]);
const runs = exprs.map((expr) => {
  const r = runProgram(`x = ${expr}\nprint('never')`, { limits: { heap: 16 * 2 ** 20 }, stdout() {}, stderr() {} });
  return { expr, limit: r.limit?.limit ?? null, exitCode: r.exitCode };
});
process.stdout.write(JSON.stringify({ runs, maxRSS: process.resourceUsage().maxRSS * 1024 }) + '\n');
