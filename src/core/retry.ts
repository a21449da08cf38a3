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

/** Whether an HTTP status may pass on another try: a timeout (408), a rate limit (429), a server error but 501 (not implemented stays so). */
export function isTransientStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501);
}

/**
 * Why an attempt failed, as {@link withRetry} needs to know it: for good, for now, or for now
 * with the wait the server asked for (`Retry-After`).
 */
export type FailureKind = 'transient' | 'permanent' | { retryAfterMs: number };

/** The wait a `Retry-After` header asks for (delta-seconds or an HTTP date) in milliseconds; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now: number = Date.now()): number | undefined {
  const value = header?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its day and month; Date.parse alone would take "-5" for a year.
  const date = /^[A-Za-z]{3}, /.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Why a failure was not retried when its server asked to wait `waitMs` (its `Retry-After`), longer
 * than `budgetMs`, the time the retries may take, in words to end its message; empty otherwise.
 */
export function pastBudget(waitMs: number | undefined, budgetMs: number): string {
  return waitMs === undefined || waitMs <= budgetMs ? '' : `; it asked to wait ${Math.ceil(waitMs / 1000)} s, longer than the ${Math.round(budgetMs / 1000)} s the retries may take`;
}

/**
 * Runs `attempt` until it succeeds, a failure is permanent, the retries are used up or the budget
 * is spent; the last failure is thrown as it was. `attempt` receives its 1-based number. A
 * server's `Retry-After` lengthens the delay; when it reaches past the budget, no retry starts.
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
      const kind = classify(error);
      if (kind === 'permanent' || retry >= policy.retries) throw error;
      // Retrying before the server's Retry-After only meets the same refusal (and feeds a storm).
      const delay = Math.max(backoffDelay(policy, retry), typeof kind === 'object' ? kind.retryAfterMs : 0);
      if (Date.now() - started + delay > policy.budgetMs) throw error;
      await sleep(delay);
    }
  }
}
