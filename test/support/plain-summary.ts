// A vitest reporter that ends the run with one plain line, "vitest: N passed, N failed", which CI
// tools read without knowing vitest's own summary format.

import type { Reporter, RunnerTestFile, RunnerTask } from 'vitest/node';

function count(tasks: RunnerTask[], tally: { passed: number; failed: number; skipped: number }): void {
  for (const t of tasks) {
    if (t.type === 'suite') count(t.tasks, tally);
    else if (t.result?.state === 'pass') tally.passed++;
    else if (t.result?.state === 'fail') tally.failed++;
    else tally.skipped++;
  }
}

export default class PlainSummary implements Reporter {
  onFinished(files: RunnerTestFile[] = [], errors: unknown[] = []): void {
    // An unhandled error fails the run even when every test passed: count it as a failure.
    const tally = { passed: 0, failed: errors.length, skipped: 0 };
    for (const f of files) {
      count(f.tasks, tally);
      if (f.result?.state === 'fail' && f.tasks.length === 0) tally.failed++;
    }
    const skipped = tally.skipped ? `, ${tally.skipped} skipped` : '';
    process.stdout.write(`\nvitest: ${tally.passed} passed, ${tally.failed} failed${skipped}\n`);
  }
}
