import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffDelay, retryAfterMs, withRetry, type RetryPolicy } from '../../src/core/retry.js';

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

test('a server\'s Retry-After lengthens the delay, and a wait past the budget starts no retry', async () => {
  const slept: number[] = [];
  let attempts = 0;
  const result = await withRetry(
    POLICY,
    async (n) => {
      attempts = n;
      if (n < 3) throw new Error('rate limited');
      return 'done';
    },
    () => ({ retryAfterMs: 700 }),
    async (ms) => void slept.push(ms),
  );
  assert.equal(result, 'done');
  assert.deepEqual(slept, [700, 700], 'the backoff (100-200, 200-400 ms) is shorter than the 700 ms asked for');
  slept.length = 0;
  await assert.rejects(
    withRetry(
      POLICY,
      async (n) => {
        attempts = n;
        throw new Error('come back in an hour');
      },
      () => ({ retryAfterMs: 3_600_000 }),
      async (ms) => void slept.push(ms),
    ),
    /come back in an hour/,
  );
  assert.equal(attempts, 1);
  assert.deepEqual(slept, []);
});

test('Retry-After is read as delta-seconds or an HTTP date; anything else is no hint', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  assert.equal(retryAfterMs('120', now), 120_000);
  assert.equal(retryAfterMs(' 0 ', now), 0);
  assert.equal(retryAfterMs('Thu, 01 Jan 2026 00:00:30 GMT', now), 30_000);
  assert.equal(retryAfterMs('Wed, 31 Dec 2025 23:00:00 GMT', now), 0);
  assert.equal(retryAfterMs(null, now), undefined);
  assert.equal(retryAfterMs('soon', now), undefined);
  assert.equal(retryAfterMs('-5', now), undefined);
});
