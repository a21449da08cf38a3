import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';

/** Whether this run is CI's (.ci/run sets CI=true): every tool the tests need is installed there, so a missing one is a failure. */
export const IN_CI = process.env['CI'] === 'true';

/** Ends a test that cannot run here, `problem` saying why: a failure in CI (`ci`, this run's by default), a skip elsewhere. */
export function missingInCI(t: Pick<TestContext, 'skip'>, problem: string, ci = IN_CI): void {
  if (ci) assert.fail(`${problem} (CI=true: a missing tool is a failure)`);
  t.skip(problem);
}
