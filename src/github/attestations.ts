import { GitHub, getUserAgentWithOrchestrationId } from '@actions/github/lib/utils';
import { TrustKitError, messageOf, type TrustKitErrorOptions } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { withRetry, type RetryPolicy } from '../core/retry.js';
import { GITHUB_RETRY_POLICY, githubMessage, githubRetryVerdict, httpFailure, INSECURE_REDIRECT_HINT, noAnswerDetail, noAnswerHint, originOf, proxyRefused, RATE_LIMIT_HINT, rateLimitDetail, rateLimited, redirectedInsecurely, replyTooLarge, timedAttempt, UNAUTHORIZED_HINT, unanswered, waitPastBudget, type HttpFailure } from './http.js';
import { inTheClearOffMachine, type ProxySettings } from '../core/proxy.js';
import { proxiedFetch, RESPONSE_TOO_LARGE_HINT, type FetchInit } from '../core/proxied-fetch.js';
import { PROXY_AUTH_HINT } from '../core/proxy-tunnel.js';
import type { SecretBuffer } from '../secrets/index.js';
import { githubServerUrl } from './context.js';

/** The stable codes of GitHub attestations API failures. */
export type AttestationStoreErrorCode = 'GITHUB_ENTERPRISE_SERVER_UNSUPPORTED' | 'GITHUB_API_URL_INVALID' | 'GITHUB_TOKEN_INVALID' | 'GITHUB_SERVER_URL_INVALID' | 'GITHUB_ATTESTATION_REJECTED' | 'GITHUB_PERMISSION_DENIED' | 'GITHUB_RATE_LIMITED' | 'GITHUB_API_FAILED' | 'GITHUB_PROXY_REFUSED';

/** A failure to store attestations on GitHub. */
export class AttestationStoreError extends TrustKitError<AttestationStoreErrorCode> {
  constructor(code: AttestationStoreErrorCode, message: string, options: TrustKitErrorOptions = {}) {
    super(code, message, options);
    this.name = 'AttestationStoreError';
  }
}

/** A Sigstore bundle in its JSON form, as the attestations API takes it (the signing layer's `SerializedBundle`). */
export interface SerializedBundle {
  readonly mediaType: string;
}

/** What became of one bundle: stored under GitHub's id, or skipped for a reason GitHub gave. */
export type StoreOutcome = { status: 'stored'; id: string } | { status: 'skipped'; reason: string };

/** Which kind of GitHub a server URL names: github.com, a GHE.com tenant (data residency), or an Enterprise Server. */
export type GitHubInstanceKind = 'github.com' | 'ghe.com' | 'enterprise-server';

/** The kind of GitHub at `serverUrl` (`GITHUB_SERVER_URL`). */
export function githubInstanceKind(serverUrl: string): GitHubInstanceKind {
  let host: string;
  try {
    host = new URL(serverUrl).hostname.toLowerCase();
  } catch {
    return 'enterprise-server';
  }
  if (host === 'github.com') return 'github.com';
  return host.endsWith('.ghe.com') ? 'ghe.com' : 'enterprise-server';
}

/** The REST API URL of a GitHub server: api.github.com, `api.<tenant>.ghe.com`, or `<server>/api/v3` on Enterprise Server. */
export function defaultApiUrl(serverUrl: string): string {
  const kind = githubInstanceKind(serverUrl);
  if (kind === 'github.com') return 'https://api.github.com';
  const url = new URL(serverUrl);
  return kind === 'ghe.com' ? `https://api.${url.host}` : `${url.origin}/api/v3`;
}

type Octokit = InstanceType<typeof GitHub>;
type OctokitRequest = Octokit['request'];

/** A REST client for one GitHub server, knowing which kind of GitHub it talks to. */
export interface GitHubClient {
  readonly octokit: Octokit;
  /** `GITHUB_SERVER_URL`: decides which features exist (attestations are not on Enterprise Server). */
  readonly serverUrl: string;
  /** Where requests go (`GITHUB_API_URL`). */
  readonly apiUrl: string;
}

/** Options of {@link createGitHubClient}. */
export interface GitHubClientOptions {
  /** The token, best in protected memory (read for each request's header only; redacted and masked as every secret is). */
  token: SecretBuffer | string;
  /** `GITHUB_SERVER_URL` (default github.com). */
  serverUrl?: string;
  /** `GITHUB_API_URL` (default the server's API). */
  apiUrl?: string;
  userAgent?: string;
  /** The runner's proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY); without them every request connects directly. */
  proxy?: ProxySettings;
}

/**
 * A client through `@actions/github` for the server at `serverUrl` (default github.com), sending
 * requests to `apiUrl` (default that server's API) through {@link proxiedFetch}: streamed uploads,
 * and the proxy `proxy` names for each URL. (Octokit's own default would take the proxy from the
 * process's environment when `@actions/github` is first imported, for api.github.com's URL.) The
 * token only ever travels in the Authorization header; errors never quote it.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const serverUrl = options.serverUrl ?? 'https://github.com';
  githubServerUrl(serverUrl);
  const apiUrl = (options.apiUrl ?? defaultApiUrl(serverUrl)).replace(/\/+$/, '');
  let parsed: URL | undefined;
  try {
    parsed = new URL(apiUrl);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.username !== '' || parsed.password !== '') {
    throw new AttestationStoreError('GITHUB_API_URL_INVALID', 'GITHUB_API_URL is not an http(s) URL without credentials', { hint: 'leave GITHUB_API_URL to the runner, e.g. https://api.github.com' });
  }
  // The token goes with every request: over plain HTTP only to this machine (a test double), as to a registry.
  if (inTheClearOffMachine(parsed)) {
    throw new AttestationStoreError('GITHUB_API_URL_INVALID', `GITHUB_API_URL is ${parsed.origin}, plain HTTP to another machine: the token would travel in the clear`, {
      hint: 'use the API\'s https:// address (a GitHub Enterprise Server serves its API over TLS once TLS is enabled); plain HTTP is taken only on this machine\'s loopback, for a test server',
    });
  }
  const { token } = options;
  // Checked before any request: fetch refuses such a header only when sending, and that was retried for half a minute as a network failure, quoting the header.
  const unsendable = (bytes: Uint8Array): boolean => bytes.length === 0 || bytes.some((byte) => byte < 0x21 || byte > 0x7e);
  if (typeof token === 'string' ? unsendable(Buffer.from(token)) : token.use(unsendable)) {
    throw new AttestationStoreError('GITHUB_TOKEN_INVALID', 'the GitHub token (GH_TOKEN or GITHUB_TOKEN, or the github-token input) is empty or holds spaces, line breaks or other bytes an HTTP header cannot carry', {
      hint: 'set it to the token alone: strip the trailing newline a file or `echo` adds (`$(cat file)` strips it)',
    });
  }
  const authorization = typeof token === 'string' ? (): string => authorizationOf(Buffer.from(token)) : (): string => token.use(authorizationOf);
  const octokit = new GitHub({
    baseUrl: apiUrl,
    userAgent: getUserAgentWithOrchestrationId(options.userAgent ?? 'trust-kit'),
    request: { fetch: proxiedFetch(options.proxy, undefined, githubReplyCap) },
    authStrategy: () => tokenAuth(authorization),
  });
  return { octokit, serverUrl, apiUrl };
}

/** The Authorization header of a token, as Octokit's token auth writes it: `bearer` for a JWT (a GitHub App's), else `token`. */
function authorizationOf(token: Buffer): string {
  let dots = 0;
  for (const byte of token) if (byte === 0x2e) dots += 1;
  return `${dots === 2 ? 'bearer' : 'token'} ${token.toString('utf8')}`;
}

/**
 * Octokit's token auth (@octokit/auth-token's hook), but asking for the header on each request: a
 * token in protected memory is read only then, into the header string the HTTP layer insists on
 * (the one copy made, left to the garbage collector), never into a client that lives on. `auth()`
 * says that a token is used, never which.
 */
function tokenAuth(authorization: () => string): { (): Promise<{ type: 'token' }>; hook: (request: OctokitRequest, route: string, parameters?: Parameters<OctokitRequest>[1]) => Promise<unknown> } {
  const hook = (request: OctokitRequest, route: string, parameters?: Parameters<OctokitRequest>[1]): Promise<unknown> => {
    const endpoint = request.endpoint.merge(route, parameters);
    endpoint.headers.authorization = authorization();
    // A route always merges into a URL; the type leaves it optional.
    return request(endpoint as typeof endpoint & { url: string });
  };
  return Object.assign(async () => ({ type: 'token' as const }), { hook });
}

/**
 * The most bytes a GitHub API reply is read to. Octokit reads a JSON reply whole: the largest
 * trust-kit asks for (a page of 100 releases with their notes, 100 attestation bundles) is a few
 * MiB, so 32 MiB is ample and still bounds the memory a hostile or broken server can take. Asset
 * downloads (Accept: application/octet-stream) are streamed and bounded by their callers instead.
 */
export const MAX_GITHUB_REPLY_BYTES = 32 * 1024 * 1024;

/** The cap of a reply: none for an asset download's bytes (a 2xx), which its caller streams; Octokit reads any other reply whole, an asset download's error too. */
function githubReplyCap(init: FetchInit, status: number): number | undefined {
  const accept = Object.entries(init.headers ?? {}).find(([name]) => name.toLowerCase() === 'accept')?.[1];
  return accept === 'application/octet-stream' && status >= 200 && status < 300 ? undefined : MAX_GITHUB_REPLY_BYTES;
}

/** Options of {@link storeAttestations}. */
export interface StoreAttestationsOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  bundles: readonly SerializedBundle[];
  logger: Logger;
  /** Retries of 5xx, 429 and connection failures; GitHub's other answers are final. */
  retry?: RetryPolicy;
  /** How retries wait; tests pass a recorder. */
  sleep?: (ms: number) => Promise<void>;
}

/** Whether a 403 is GitHub's plan gating (the feature is not in this repository's plan), not a missing permission. */
function planGated(failure: HttpFailure): boolean {
  return failure.status === 403 && /^Feature not available\b/i.test(githubMessage(failure) ?? '');
}

/**
 * Stores DSSE attestation bundles with `POST /repos/{owner}/{repo}/attestations`, one request per
 * bundle, in order. 5xx, 429 (honouring `Retry-After`) and connection failures are retried within
 * the policy's budget. Where the plan does not allow attestations (user-owned private
 * repositories, organizations without the feature) GitHub answers 403 "Feature not available...":
 * that is a warning with GitHub's reason and every bundle is 'skipped' (the signed bundles stay
 * valid and on disk), not a failure. GitHub Enterprise Server has no attestations API and is
 * refused before any request.
 */
export async function storeAttestations(options: StoreAttestationsOptions): Promise<StoreOutcome[]> {
  const { client, owner, repo, logger } = options;
  if (githubInstanceKind(client.serverUrl) === 'enterprise-server') {
    throw new AttestationStoreError('GITHUB_ENTERPRISE_SERVER_UNSUPPORTED', `GitHub Enterprise Server (${new URL(client.serverUrl).host}) has no attestations API; attestations can be stored on github.com and GHE.com only`, {
      hint: 'set `storage: none` to keep the signed bundles as files (publish them with the release), and verify them with `trust-kit verify-attestation --bundle`',
    });
  }
  const policy = options.retry ?? GITHUB_RETRY_POLICY;
  const outcomes: StoreOutcome[] = [];
  const route = `POST /repos/${owner}/${repo}/attestations`;
  for (const [index, bundle] of options.bundles.entries()) {
    let attempts = 0;
    try {
      const response = await withRetry(
        policy,
        async (attempt) => {
          attempts = attempt;
          return timedAttempt(originOf(client.apiUrl), policy.timeoutMs, (signal) =>
            client.octokit.request('POST /repos/{owner}/{repo}/attestations', {
              owner,
              repo,
              bundle: bundle as never,
              request: { signal },
            }),
          );
        },
        githubRetryVerdict,
        options.sleep,
      );
      const id = (response.data as { id?: unknown } | null)?.id;
      // The id becomes an output and a URL: anything but GitHub's number is no proof the attestation was stored.
      if (!(typeof id === 'number' && Number.isSafeInteger(id) && id > 0) && !(typeof id === 'string' && /^[1-9]\d{0,19}$/.test(id))) {
        throw new AttestationStoreError('GITHUB_API_FAILED', `${route}: GitHub's answer for ${options.bundles.length === 1 ? 'the attestation' : `attestation ${index + 1} of ${options.bundles.length}`} holds no attestation id`, {
          hint: 'the API at GITHUB_API_URL (or a proxy in front of it) answered what GitHub\'s attestations API does not send: check GITHUB_API_URL and re-run the job',
        });
      }
      outcomes.push({ status: 'stored', id: String(id) });
      logger.debug(`stored attestation ${String(id)} in ${owner}/${repo}`);
    } catch (error) {
      const failure = httpFailure(error);
      if (failure !== undefined && planGated(failure)) {
        const reason = githubMessage(failure) ?? 'Feature not available';
        logger.warn(`attestations are not stored on GitHub for ${owner}/${repo}: ${reason} (the signed bundles are still written and verify offline)`);
        // The plan does not change within a run: the remaining bundles would be refused alike.
        for (let rest = index; rest < options.bundles.length; rest += 1) outcomes.push({ status: 'skipped', reason });
        return outcomes;
      }
      throw storeError(error, failure, route, originOf(client.apiUrl), index, options.bundles.length, attempts, policy.budgetMs);
    }
  }
  return outcomes;
}

/** The error for storing attestation `index` of `count` with `route` (a request to `origin`), which failed for good after `attempts` attempts, whose retries had `budgetMs`. */
function storeError(error: unknown, failure: HttpFailure | undefined, route: string, origin: string, index: number, count: number, attempts: number, budgetMs: number): AttestationStoreError {
  if (error instanceof AttestationStoreError) return error;
  const which = count === 1 ? 'the attestation' : `attestation ${index + 1} of ${count}`;
  const said = failure === undefined ? '' : githubMessage(failure);
  if (proxyRefused(error)) return new AttestationStoreError('GITHUB_PROXY_REFUSED', `${route} was refused by the proxy for ${which}: HTTP 407 Proxy Authentication Required`, { cause: error, hint: PROXY_AUTH_HINT });
  // Never retried (no retry changes the server's answer): not one of the failures that kept on, nor one without an answer.
  if (redirectedInsecurely(error)) return new AttestationStoreError('GITHUB_API_FAILED', `${route} failed for ${which}: ${noAnswerDetail(error)}`, { cause: error, hint: INSECURE_REDIRECT_HINT });
  if (replyTooLarge(error)) return new AttestationStoreError('GITHUB_API_FAILED', `${route} failed for ${which}: ${noAnswerDetail(error)}`, { cause: error, hint: RESPONSE_TOO_LARGE_HINT });
  const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
  if (unanswered(error)) {
    return new AttestationStoreError('GITHUB_API_FAILED', `${route} failed for ${which}${tries}: ${noAnswerDetail(error, origin)}`, { cause: error, hint: `${noAnswerHint(origin)}; the signed bundles are on disk` });
  }
  const detail = failure?.response === undefined ? (failure === undefined ? messageOf(error) : noAnswerDetail(error, origin)) : `HTTP ${failure.status}${said === undefined ? '' : `: ${said}`}`;
  const waited = failure === undefined ? '' : waitPastBudget(failure, budgetMs);
  if (failure !== undefined && rateLimited(failure)) return new AttestationStoreError('GITHUB_RATE_LIMITED', `${route} was refused for ${which}: ${rateLimitDetail(failure, detail)}${waited}`, { cause: error, hint: RATE_LIMIT_HINT });
  if (failure?.status === 403 || failure?.status === 401 || failure?.status === 404) {
    return new AttestationStoreError('GITHUB_PERMISSION_DENIED', `${route} refused ${which}: ${detail}`, {
      cause: error,
      hint: failure.status === 401 ? UNAUTHORIZED_HINT : 'the token needs `attestations: write` (and `id-token: write` to sign): add them under `permissions:` of the job, or pass a token that has them',
    });
  }
  if (failure?.status === 422) {
    return new AttestationStoreError('GITHUB_ATTESTATION_REJECTED', `${route} rejected ${which}: ${detail}`, {
      cause: error,
      hint: 'GitHub refuses a statement that lists a subject twice or a bundle it cannot read: remove duplicate subjects and attest again',
    });
  }
  return new AttestationStoreError('GITHUB_API_FAILED', `${route} failed for ${which}${tries}: ${detail}${waited}`, {
    cause: error,
    hint: `GitHub's API ${waited === '' ? 'kept failing through every retry' : 'asked to wait longer than the retries may take'}; the signed bundles are on disk: re-run the job, or publish them with the release`,
  });
}
