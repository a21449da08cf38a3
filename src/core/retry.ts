/**
 * How a network client retries transient failures: exponential backoff with jitter, a bounded
 * number of retries, a per-attempt timeout, and a total budget after which no retry starts.
 */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** Delay before the first retry, in milliseconds. */
  minDelayMs: number;
  /** Upper bound of a single delay, in milliseconds. */
  maxDelayMs: number;
  /** Growth of the delay from one retry to the next. */
  factor: number;
  /** No retry starts once this many milliseconds have passed since the first attempt. */
  budgetMs: number;
  /** How long one attempt may take before it is abandoned (and counts as a transient failure). */
  timeoutMs: number;
}

/**
 * The policy for public services (Sigstore, GitHub): about a minute of patience, enough to ride
 * out a deploy or a rate-limit window, short enough that a real outage fails the job promptly.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 5,
  minDelayMs: 1000,
  maxDelayMs: 16_000,
  factor: 2,
  budgetMs: 60_000,
  timeoutMs: 20_000,
};

/**
 * The delay before retry number `retry` (0-based): `minDelayMs * factor^retry`, stretched by a
 * random factor in [1, 2) so that many clients failing together do not retry in lockstep.
 */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const base = Math.max(policy.minDelayMs, 1) * policy.factor ** retry;
  return Math.min(Math.round((1 + random()) * base), policy.maxDelayMs);
}

/** Why an attempt failed, as {@link withRetry} needs to know it. */
export type FailureKind = 'transient' | 'permanent';

/**
 * Runs `attempt` until it succeeds, a failure is permanent, the retries are used up or the budget
 * is spent; the last failure is thrown as it was. `attempt` receives its 1-based number.
 */
export async function withRetry<T>(
  policy: RetryPolicy,
  attempt: (attemptNumber: number) => Promise<T>,
  classify: (error: unknown) => FailureKind,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  const started = Date.now();
  for (let retry = 0; ; retry += 1) {
    try {
      return await attempt(retry + 1);
    } catch (error) {
      if (classify(error) === 'permanent' || retry >= policy.retries) throw error;
      const delay = backoffDelay(policy, retry);
      if (Date.now() - started + delay > policy.budgetMs) throw error;
      await sleep(delay);
    }
  }
}
