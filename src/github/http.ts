import { messageOf, systemErrorCode } from '../core/errors.js';
import { printable } from '../core/logger.js';
import { boundedText as boundedLine } from '../core/quote.js';
import { retryAfterMs, type FailureKind } from '../core/retry.js';

// What the GitHub API clients (attestations, releases) read of Octokit's failures, in one place.

/** The parts of Octokit's RequestError the GitHub API clients read. */
export interface HttpFailure {
  status: number;
  response?: { headers: Record<string, string | number | undefined>; data?: unknown };
}

/** The HTTP failure in an error Octokit threw; undefined for anything else. */
export function httpFailure(error: unknown): HttpFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? (error as HttpFailure) : undefined;
}

/** At most this many characters of what GitHub sent are repeated: an error body is the server's to choose. */
const MAX_QUOTED = 300;

/** Text a server sent, on one line and bounded, fit to quote in a log line or an error. */
export function boundedText(text: string): string {
  return boundedLine(printable(text).trim(), MAX_QUOTED);
}

/** GitHub's `message` from an error answer, bounded; undefined when it sent none. */
export function githubMessage(failure: HttpFailure): string | undefined {
  const message = (failure.response?.data as { message?: unknown } | undefined)?.message;
  return typeof message !== 'string' || message.trim() === '' ? undefined : boundedText(message);
}

/**
 * Whether the runner's proxy refused the request for want of credentials: a 407 answer, or a
 * CONNECT tunnel refused with 407 (which Octokit reports as a connection failure). No retry helps.
 */
export function proxyRefused(error: unknown): boolean {
  if (httpFailure(error)?.status === 407) return true;
  return systemErrorCode((error as { cause?: unknown } | null)?.cause) === 'PROXY_AUTH_REQUIRED';
}

/** Whether the reply was refused for its size (see MAX_GITHUB_REPLY_BYTES), which Octokit reports as a connection failure. No retry helps. */
export function replyTooLarge(error: unknown): boolean {
  return systemErrorCode((error as { cause?: unknown } | null)?.cause) === 'HTTP_RESPONSE_TOO_LARGE';
}

/** What a failure without an answer was, bounded: the connection's own error (DNS, refused, a proxy's tunnel, a timeout), or a reply refused for its size. */
export function noAnswerDetail(error: unknown): string {
  if (replyTooLarge(error)) return boundedText(messageOf(error));
  return `no answer (connection failed or timed out: ${boundedText(messageOf(error))})`;
}

/** A header of GitHub's answer, as text; empty when absent. */
function headerOf(failure: HttpFailure, name: string): string {
  return String(failure.response?.headers[name] ?? '').trim();
}

/** When GitHub's primary rate limit resets (`x-ratelimit-reset`, epoch seconds), for an answer that says none remain; undefined otherwise. */
function rateLimitReset(failure: HttpFailure): Date | undefined {
  if (headerOf(failure, 'x-ratelimit-remaining') !== '0' || !/^\d{1,12}$/.test(headerOf(failure, 'x-ratelimit-reset'))) return undefined;
  return new Date(Number(headerOf(failure, 'x-ratelimit-reset')) * 1000);
}

/**
 * Whether GitHub refused for a rate limit, as its documentation describes them: 429, or 403 with
 * `x-ratelimit-remaining: 0` (primary limit), a `Retry-After` or a message naming a rate limit
 * (secondary limits). A 403 of that kind is not a missing permission.
 */
export function rateLimited(failure: HttpFailure): boolean {
  if (failure.status === 429) return true;
  if (failure.status !== 403) return false;
  return headerOf(failure, 'x-ratelimit-remaining') === '0' || headerOf(failure, 'retry-after') !== '' || /\brate limit\b/i.test(githubMessage(failure) ?? '');
}

/**
 * How long a rate limit asks to wait: its `Retry-After`, else until `x-ratelimit-reset` when none
 * remain, else the minute GitHub's documentation says to wait; undefined for a 429 that says
 * nothing (retried with the usual backoff) and for anything that is not a rate limit.
 */
function rateLimitWaitMs(failure: HttpFailure, now: number): number | undefined {
  if (!rateLimited(failure)) return undefined;
  const retryAfter = retryAfterMs(headerOf(failure, 'retry-after'), now);
  if (retryAfter !== undefined) return retryAfter;
  const reset = rateLimitReset(failure);
  if (reset !== undefined) return Math.max(0, reset.getTime() - now);
  return failure.status === 429 ? undefined : 60_000;
}

/** What a rate-limited answer said, and until when the limit holds when GitHub said it. */
export function rateLimitDetail(failure: HttpFailure, detail: string): string {
  const reset = rateLimitReset(failure);
  return `GitHub's rate limit: ${detail}${reset === undefined ? '' : ` (it resets at ${reset.toISOString()})`}`;
}

/** What to do about a rate limit that outlasted the retry budget. */
export const RATE_LIMIT_HINT = 'GitHub limits how many requests a token makes: re-run the job once the limit resets (publishing resumes where it stopped); the job\'s own GITHUB_TOKEN has a limit of its own, apart from a personal token\'s';

/**
 * How a GitHub API failure is retried: 5xx and rate limits (429, and GitHub's 403 rate limits) after
 * the wait they ask for, and connection failures, which Octokit reports as status 500 without a
 * response; anything else, a proxy that wants credentials and a reply refused for its size
 * included, is final. A wait past the retry budget ends the retries at once.
 */
export function githubRetryVerdict(error: unknown, now: number = Date.now()): FailureKind {
  if (proxyRefused(error) || replyTooLarge(error)) return 'permanent';
  const failure = httpFailure(error);
  if (failure === undefined) return 'permanent';
  const limit = rateLimitWaitMs(failure, now);
  if (limit !== undefined) return { retryAfterMs: limit };
  if (!(failure.status >= 500 || failure.status === 429)) return 'permanent';
  const wait = retryAfterMs(headerOf(failure, 'retry-after'), now);
  return wait === undefined ? 'transient' : { retryAfterMs: wait };
}
