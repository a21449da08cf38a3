import { isTrustKitError, messageOf, systemErrorCode } from '../core/errors.js';
import { printable } from '../core/logger.js';
import { boundedText as boundedLine } from '../core/quote.js';
import { DEFAULT_RETRY_POLICY, pastBudget, retryAfterMs, type FailureKind, type RetryPolicy } from '../core/retry.js';
import { redact } from '../secrets/index.js';

// What the GitHub API clients (attestations, releases) read of Octokit's failures, in one place.

/** The parts of Octokit's RequestError the GitHub API clients read. */
export interface HttpFailure {
  status: number;
  /** `url` is where the answer came from, after redirects. */
  response?: { headers: Record<string, string | number | undefined>; data?: unknown; url?: string };
}

/** The HTTP failure in an error Octokit threw; undefined for anything else. */
export function httpFailure(error: unknown): HttpFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? (error as HttpFailure) : undefined;
}

/** At most this many characters of what GitHub sent are repeated: an error body is the server's to choose. */
const MAX_QUOTED = 300;

/**
 * Text a server sent, on one line and bounded, fit to quote in a log line or an error: redacted of
 * every live secret before it is cut, since a token the server echoed after padding of its choosing
 * would lose its end to the cut, and with it what the redaction matches.
 */
export function boundedText(text: string): string {
  return boundedLine(printable(redact(text)).trim(), MAX_QUOTED);
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
  return httpFailure(error)?.status === 407 || proxyWantsCredentials(error);
}

/** Whether the proxy refused to open a tunnel for want of credentials, as the error itself or its cause says (fetch-based clients; over http the proxy answers 407 itself). */
export function proxyWantsCredentials(error: unknown): boolean {
  return systemErrorCode(error) === 'PROXY_AUTH_REQUIRED' || systemErrorCode((error as { cause?: unknown } | null)?.cause) === 'PROXY_AUTH_REQUIRED';
}

/** Whether the reply was refused for its size (see MAX_GITHUB_REPLY_BYTES), which Octokit reports as a connection failure. No retry helps. */
export function replyTooLarge(error: unknown): boolean {
  return systemErrorCode((error as { cause?: unknown } | null)?.cause) === 'HTTP_RESPONSE_TOO_LARGE';
}

/**
 * Whether a redirect from HTTPS to plain HTTP was refused (HTTP_REDIRECT_INSECURE), which Octokit
 * reports as a connection failure: the server did answer, and no retry changes its answer.
 */
export function redirectedInsecurely(error: unknown): boolean {
  return systemErrorCode((error as { cause?: unknown } | null)?.cause) === 'HTTP_REDIRECT_INSECURE';
}

/**
 * Whether a redirect was not followed, for leaving TLS or for leading nowhere (HTTP_REDIRECT_REFUSED:
 * a loop, another scheme), which Octokit reports as a connection failure: the server did answer.
 */
export function redirectNotFollowed(error: unknown): boolean {
  return redirectedInsecurely(error) || systemErrorCode((error as { cause?: unknown } | null)?.cause) === 'HTTP_REDIRECT_REFUSED';
}

/** What to do about a redirect to plain HTTP: nothing trust-kit can, nor a re-run. */
export const INSECURE_REDIRECT_HINT = 'the server (or a proxy in front of it: HTTPS_PROXY) redirected to plain HTTP, leaving TLS, which is never followed: check the proxy and GITHUB_API_URL, and report the redirect to the operator';

/** What to do about redirects that lead nowhere (a loop, another scheme): nothing a re-run changes. */
export const REFUSED_REDIRECT_HINT = 'the server (or a proxy in front of it: HTTPS_PROXY) answered with redirects that lead nowhere trust-kit follows (a loop, or another scheme than http(s)): check the proxy and GITHUB_API_URL, and report the redirect to the operator';

/**
 * An attempt that got no answer within its timeout. The abort itself only says "The operation was
 * aborted": this names the server and the timeout, which is what a user can act on.
 */
export class AttemptTimedOut extends Error {
  constructor(
    readonly origin: string,
    readonly timeoutMs: number,
    cause: unknown,
  ) {
    super(`no answer from ${origin} within ${timeoutMs} ms (the timeout of one attempt)`, { cause });
    this.name = 'AttemptTimedOut';
  }
}

/** Runs one attempt of a request to `origin` under its own timeout; cut off by that timeout, it fails as an {@link AttemptTimedOut}, which is retried as a dropped connection is. */
export async function timedAttempt<T>(origin: string, timeoutMs: number, attempt: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    return await attempt(signal);
  } catch (error) {
    // An error of ours (a refusal read from the answer) stays what it is, whenever the timeout fell.
    throw signal.aborted && !isTrustKitError(error) ? new AttemptTimedOut(origin, timeoutMs, error) : error;
  }
}

/** The origin (`https://host`) of a URL, for messages; the text itself, bounded, when it is no URL. */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return boundedText(url);
  }
}

/** Whether a failure got no answer at all (DNS, a refused or dropped connection, a timeout), as opposed to an answer GitHub gave. */
export function unanswered(error: unknown): boolean {
  if (error instanceof AttemptTimedOut) return true;
  const failure = httpFailure(error);
  return failure !== undefined && failure.response === undefined && !proxyRefused(error) && !replyTooLarge(error) && !redirectNotFollowed(error);
}

/** What a failure without an answer was, bounded: the timeout that cut it off, the connection's own error (DNS, refused, a proxy's tunnel), or a reply refused for its size. */
export function noAnswerDetail(error: unknown, origin?: string): string {
  if (error instanceof AttemptTimedOut) return error.message;
  if (replyTooLarge(error) || redirectNotFollowed(error)) return boundedText(messageOf(error));
  return `no answer${origin === undefined ? '' : ` from ${origin}`} (connection failed: ${boundedText(messageOf(error))})`;
}

/** What to do about requests that got no answer through every retry: the way to the server failed, not GitHub's API. */
export function noAnswerHint(origin: string): string {
  return `nothing answered at ${origin}: check that GITHUB_API_URL names your GitHub's API and that the runner reaches it (its network, DNS, and proxy: HTTPS_PROXY, NO_PROXY), then re-run the job`;
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
 * or an abuse detection mechanism (secondary limits). A 403 of that kind is not a missing permission.
 */
export function rateLimited(failure: HttpFailure): boolean {
  if (failure.status === 429) return true;
  if (failure.status !== 403) return false;
  // Older GitHub Enterprise Servers word a secondary limit as an "abuse detection mechanism".
  return headerOf(failure, 'x-ratelimit-remaining') === '0' || headerOf(failure, 'retry-after') !== '' || /\brate limit\b|\babuse detection\b/i.test(githubMessage(failure) ?? '');
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

/**
 * Why a failure was not retried when it asked to wait (its `Retry-After`, or until a rate limit
 * resets) longer than `budgetMs`, the time its retries may take, in words for its message; empty otherwise.
 */
export function waitPastBudget(failure: HttpFailure, budgetMs: number, now: number = Date.now()): string {
  return pastBudget(rateLimitWaitMs(failure, now) ?? (failure.status >= 500 ? retryAfterMs(headerOf(failure, 'retry-after'), now) : undefined), budgetMs);
}

/** What a rate-limited answer said, and until when the limit holds when GitHub said it. */
export function rateLimitDetail(failure: HttpFailure, detail: string): string {
  const reset = rateLimitReset(failure);
  return `GitHub's rate limit: ${detail}${reset === undefined ? '' : ` (it resets at ${reset.toISOString()})`}`;
}

/**
 * The retry policy of GitHub's API: the default, with room for a rate limit's wait. GitHub's
 * secondary limit on creating content (some 80 requests a minute: a release of many assets, an
 * attestation per artifact) asks to wait a minute (`Retry-After: 60`), which the default
 * one-minute budget would refuse at once; a few minutes ride out such waits, while 5xx and
 * dropped connections stay bounded by the number of retries as before.
 */
export const GITHUB_RETRY_POLICY: RetryPolicy = { ...DEFAULT_RETRY_POLICY, budgetMs: 3 * 60_000 };

/** What to do about a 401: GitHub did not take the token at all, so no permission would help. */
export const UNAUTHORIZED_HINT = 'GitHub did not accept the token (HTTP 401: it expired, was revoked, or is not a token for this GitHub): pass a valid one (the job\'s GITHUB_TOKEN is valid only while the job runs; for the CLI, GH_TOKEN or GITHUB_TOKEN)';

/** What to do about a rate limit that outlasted the retry budget. */
export const RATE_LIMIT_HINT = 'GitHub limits how many requests a token makes: re-run the job once the limit resets (publishing resumes where it stopped); the job\'s own GITHUB_TOKEN has a limit of its own, apart from a personal token\'s';

/**
 * How a GitHub API failure is retried: 5xx and rate limits (429, and GitHub's 403 rate limits) after
 * the wait they ask for, and connection failures, which Octokit reports as status 500 without a
 * response; anything else, a proxy that wants credentials and a reply refused for its size
 * included, is final. A wait past the retry budget ends the retries at once.
 */
export function githubRetryVerdict(error: unknown, now: number = Date.now()): FailureKind {
  if (proxyRefused(error) || replyTooLarge(error) || redirectNotFollowed(error)) return 'permanent';
  if (error instanceof AttemptTimedOut) return 'transient';
  const failure = httpFailure(error);
  if (failure === undefined) return 'permanent';
  const limit = rateLimitWaitMs(failure, now);
  if (limit !== undefined) return { retryAfterMs: limit };
  if (!(failure.status >= 500 || failure.status === 429)) return 'permanent';
  const wait = retryAfterMs(headerOf(failure, 'retry-after'), now);
  return wait === undefined ? 'transient' : { retryAfterMs: wait };
}
