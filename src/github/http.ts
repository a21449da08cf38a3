import { messageOf, systemErrorCode } from '../core/errors.js';
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
  // eslint-disable-next-line no-control-regex -- control characters in a server's text could rewrite the log line
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return line.length > MAX_QUOTED ? `${line.slice(0, MAX_QUOTED)}…` : line;
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

/**
 * How a GitHub API failure is retried: 5xx and 429 (after their `Retry-After`) and connection
 * failures, which Octokit reports as status 500 without a response; anything else, a proxy that
 * wants credentials and a reply refused for its size included, is final.
 */
export function githubRetryVerdict(error: unknown): FailureKind {
  if (proxyRefused(error) || replyTooLarge(error)) return 'permanent';
  const failure = httpFailure(error);
  if (failure === undefined || !(failure.status >= 500 || failure.status === 429)) return 'permanent';
  const wait = retryAfterMs(String(failure.response?.headers['retry-after'] ?? ''));
  return wait === undefined ? 'transient' : { retryAfterMs: wait };
}
