import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffDelay, withRetry, type RetryPolicy } from '../../src/core/retry.js';

const POLICY: RetryPolicy = { retries: 4, minDelayMs: 100, maxDelayMs: 1000, factor: 2, budgetMs: 10_000, timeoutMs: 1000 };

test('backoff doubles from the minimum, jitter stretches it by up to 2x, and the maximum caps it', () => {
  assert.deepEqual([0, 1, 2, 3].map((retry) => backoffDelay(POLICY, retry, () => 0)), [100, 200, 400, 800]);
  assert.deepEqual([0, 1, 2, 3].map((retry) => backoffDelay(POLICY, retry, () => 0.5)), [150, 300, 600, 1000]);
  assert.equal(backoffDelay(POLICY, 10, () => 0.999), 1000);
});

test('transient failures are retried up to the limit, then the last one is thrown', async () => {
  const slept: number[] = [];
  let attempts = 0;
  await assert.rejects(
    withRetry(
      POLICY,
      async (n) => {
        attempts = n;
        throw new Error(`attempt ${n}`);
      },
      () => 'transient',
      async (ms) => void slept.push(ms),
    ),
    /attempt 5/,
  );
  assert.equal(attempts, POLICY.retries + 1);
  assert.equal(slept.length, POLICY.retries);
});

test('a permanent failure stops at once; a success ends the retries', async () => {
  let attempts = 0;
  await assert.rejects(
    withRetry(POLICY, async () => {
      attempts += 1;
      throw new Error('refused');
    }, () => 'permanent', async () => {}),
    /refused/,
  );
  assert.equal(attempts, 1);
  assert.equal(await withRetry(POLICY, async (n) => (n < 3 ? Promise.reject(new Error('busy')) : 'done'), () => 'transient', async () => {}), 'done');
});

test('no retry starts once the budget would be exceeded', async () => {
  const slept: number[] = [];
  let attempts = 0;
  await assert.rejects(
    withRetry(
      { ...POLICY, budgetMs: 50 },
      async () => {
        attempts += 1;
        throw new Error('down');
      },
      () => 'transient',
      async (ms) => void slept.push(ms),
    ),
    /down/,
  );
  assert.equal(attempts, 1);
  assert.deepEqual(slept, []);
});
