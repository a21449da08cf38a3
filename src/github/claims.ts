import { createLocalJWKSet, errors as joseErrors, jwtVerify, type JSONWebKeySet } from 'jose';
import type { Clock } from '../core/clock.js';
import { TrustKitError, messageOf, type TrustKitErrorOptions } from '../core/errors.js';
import { quoted } from '../core/quote.js';
import { pastBudget, retryAfterMs, withRetry, type RetryPolicy } from '../core/retry.js';
import { isLoopbackHostname, type ProxySettings } from '../core/proxy.js';
import { proxiedFetch, RedirectRefusedError } from '../core/proxied-fetch.js';
import { originOf, proxyWantsCredentials, timedAttempt } from './http.js';
import { PROXY_AUTH_HINT } from '../core/proxy-tunnel.js';

/** The stable codes of claims-token verification failures. */
export type ClaimsErrorCode =
  | 'OIDC_CLAIMS_MALFORMED'
  | 'OIDC_CLAIMS_ISSUER'
  | 'OIDC_CLAIMS_SIGNATURE'
  | 'OIDC_CLAIMS_EXPIRED'
  | 'OIDC_CLAIMS_AUDIENCE'
  | 'OIDC_CLAIMS_MISSING'
  | 'OIDC_JWKS_UNAVAILABLE';

/** An OIDC token whose claims cannot be trusted: not signed by the issuer, expired, for another audience. */
export class ClaimsError extends TrustKitError<ClaimsErrorCode> {
  constructor(code: ClaimsErrorCode, message: string, options: TrustKitErrorOptions = {}) {
    super(code, message, options);
    this.name = 'ClaimsError';
  }
}

/** The issuer of GitHub Actions tokens on github.com. */
export const GITHUB_ACTIONS_TOKEN_ISSUER = 'https://token.actions.githubusercontent.com';

/**
 * The audience provenance claims are requested for when no Sigstore token is taken from the runner
 * (signing with a key or `SIGSTORE_ID_TOKEN`): GitHub's own provenance asks for `nobody`, so a
 * token leaked from it can sign nothing (Fulcio takes `sigstore` only).
 */
export const PROVENANCE_AUDIENCE = 'nobody';

/** The GitHub Actions claims provenance is built from, after the token carrying them was verified. */
export interface VerifiedWorkflowClaims {
  readonly iss: string;
  readonly sub: string;
  readonly repository: string;
  readonly repository_id: string;
  readonly repository_owner_id: string;
  readonly ref: string;
  readonly sha: string;
  readonly event_name: string;
  readonly workflow_ref: string;
  readonly job_workflow_ref: string;
  readonly run_id: string;
  readonly run_attempt: string;
  readonly runner_environment: string;
  /** Set by {@link verifyWorkflowClaims}, whose result is what provenance is built from; it marks claims whose token was checked. */
  readonly verified: true;
}

/** Options of {@link verifyWorkflowClaims}. */
export interface VerifyClaimsOptions {
  /** The issuer the token must come from; a GitHub Enterprise Cloud slug below it (`<issuer>/<slug>`) is accepted, as GitHub issues them. */
  issuer: string;
  audience: string;
  clock: Clock;
  retry: RetryPolicy;
  /** Where the issuer's discovery document is, instead of `<iss>/.well-known/openid-configuration` (a proxy, a test issuer). */
  discoveryURL?: string | undefined;
  /** The runner's proxy settings, for the default client ({@link proxiedFetch}); without them it connects directly. */
  proxy?: ProxySettings | undefined;
  /** The HTTP client, instead of {@link proxiedFetch}. */
  fetch?: DocumentFetch;
}

/** What fetching the discovery document and the keys needs of a `fetch`. */
export type DocumentFetch = (url: string, init: { headers: Record<string, string>; signal: AbortSignal; redirect: 'error' }) => Promise<Response>;

const REQUIRED_CLAIMS = ['sub', 'repository', 'repository_id', 'repository_owner_id', 'ref', 'sha', 'event_name', 'workflow_ref', 'job_workflow_ref', 'run_id', 'run_attempt', 'runner_environment'] as const;

/** Discovery documents and JWKS are a few KiB; anything near this is not one. */
const MAX_DOCUMENT_BYTES = 1024 * 1024;
/** Seconds of clock skew between this runner and the issuer that do not make a fresh token expired. */
const CLOCK_TOLERANCE_SECONDS = 60;

class TransientStatus extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`HTTP ${status}`);
  }
}

/** The issuer's document refused by the runner's proxy: no retry helps, its credentials do. */
function proxyRefusal(url: string, what: string, cause?: unknown): ClaimsError {
  return new ClaimsError('OIDC_JWKS_UNAVAILABLE', `GET ${url} (${what}) was refused by the proxy: HTTP 407 Proxy Authentication Required`, { ...(cause === undefined ? {} : { cause }), hint: PROXY_AUTH_HINT });
}

async function fetchJSON(url: string, what: string, options: VerifyClaimsOptions): Promise<unknown> {
  const client = options.fetch ?? proxiedFetch(options.proxy);
  const body = await withRetry(
    options.retry,
    () =>
      timedAttempt(originOf(url), options.retry.timeoutMs, async (signal) => {
        const response = await client(url, { headers: { Accept: 'application/json' }, signal, redirect: 'error' });
        // An error reply is not read: its connection is closed rather than drained.
        if (response.status === 408 || response.status === 429 || response.status >= 500) {
          await response.body?.cancel();
          throw new TransientStatus(response.status, retryAfterMs(response.headers.get('retry-after')));
        }
        if (response.status === 407) {
          await response.body?.cancel();
          throw proxyRefusal(url, what);
        }
        if (!response.ok) {
          await response.body?.cancel();
          throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `GET ${url} (${what}) failed: HTTP ${response.status}`, { hint: 'the token issuer did not serve its keys; re-run the job, or check --oidc-discovery-url' });
        }
        const bytes = await readCapped(response, url);
        return bytes;
      }),
    (error) => {
      // A redirect is the issuer's answer, never followed here: asking again meets it again.
      if (error instanceof ClaimsError || error instanceof RedirectRefusedError || proxyWantsCredentials(error)) return 'permanent';
      return error instanceof TransientStatus && error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : 'transient';
    },
  ).catch((error: unknown) => {
    if (error instanceof ClaimsError) throw error;
    if (proxyWantsCredentials(error)) throw proxyRefusal(url, what, error);
    if (error instanceof RedirectRefusedError) {
      throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `GET ${url} (${what}) failed: the issuer answered with a redirect, which is not followed`, {
        cause: error,
        hint: 'the issuer\'s discovery document and keys are fetched from the address given, never from where a redirect points: give the issuer\'s own URL (--oidc-discovery-url), or check what answers at this one',
      });
    }
    const waited = error instanceof TransientStatus ? pastBudget(error.retryAfterMs, options.retry.budgetMs) : '';
    throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `GET ${url} (${what}) failed: ${error instanceof TransientStatus ? `HTTP ${error.status}${waited}` : messageOf(error)}`, {
      cause: error,
      hint: waited === '' ? 'the token issuer kept failing through every retry; re-run the job' : 'the token issuer asked to wait longer than the retries may take; re-run the job',
    });
  });
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `${url} (${what}) is not JSON`, { cause: error, hint: 'check that the URL is the issuer\'s discovery document' });
  }
}

async function readCapped(response: Response, url: string): Promise<Buffer> {
  const reader = response.body?.getReader();
  if (reader === undefined) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_DOCUMENT_BYTES) {
      await reader.cancel();
      throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `${url} is larger than ${MAX_DOCUMENT_BYTES} bytes, which no discovery document or key set is`, { hint: 'check that the URL is the issuer\'s' });
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

/** The `iss` of a token before its signature is checked: only to decide where its issuer's keys are. */
function unverifiedIssuer(jwt: string): string {
  const payload = jwt.split('.')[1];
  let iss: unknown;
  try {
    iss = (JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as { iss?: unknown }).iss;
  } catch {
    iss = undefined;
  }
  if (typeof iss !== 'string' || jwt.split('.').length !== 3) {
    throw new ClaimsError('OIDC_CLAIMS_MALFORMED', 'the provenance token is not a JWT with an "iss" claim', { hint: 'the runner\'s token endpoint answered something unexpected; re-run the job' });
  }
  return iss;
}

function issuerAccepted(iss: string, expected: string): boolean {
  const base = expected.replace(/\/+$/, '');
  return iss === base || (iss.startsWith(`${base}/`) && /^[A-Za-z0-9_-]+$/.test(iss.slice(base.length + 1)));
}

async function issuerKeys(iss: string, options: VerifyClaimsOptions): Promise<JSONWebKeySet> {
  const discoveryURL = options.discoveryURL === undefined ? `${iss}/.well-known/openid-configuration` : `${options.discoveryURL.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const discovery = (await fetchJSON(discoveryURL, 'discovery document', options)) as { issuer?: unknown; jwks_uri?: unknown } | null;
  // As the URL parser writes it: the issuer's text may hold line breaks and controls, which every message naming it would print.
  let jwksURL: URL | undefined;
  try {
    jwksURL = typeof discovery?.jwks_uri === 'string' && /^https?:\/\//.test(discovery.jwks_uri) ? new URL(discovery.jwks_uri) : undefined;
  } catch {
    jwksURL = undefined;
  }
  if (jwksURL === undefined || discovery === null) {
    throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `the discovery document ${discoveryURL} names no jwks_uri`, { hint: 'check that the URL is the issuer\'s discovery document' });
  }
  // The keys that verify the token are not taken over plain HTTP from a document that came over TLS, as a redirect out of TLS is
  // not followed; on this machine's loopback (an issuer's test double) no network lies between.
  if (discoveryURL.startsWith('https:') && jwksURL.protocol !== 'https:' && !isLoopbackHostname(jwksURL.hostname)) {
    throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `the discovery document ${discoveryURL} names its keys on plain HTTP (${jwksURL.origin}), which are not fetched`, {
      hint: 'the keys that verify the token would travel in clear text: the issuer must serve its jwks_uri over TLS; check --oidc-discovery-url',
    });
  }
  if (discovery.issuer !== undefined && discovery.issuer !== iss && !issuerAccepted(iss, String(discovery.issuer))) {
    throw new ClaimsError('OIDC_CLAIMS_ISSUER', `the discovery document ${discoveryURL} is issuer ${quoted(discovery.issuer)}, not the token's ${quoted(iss)}`, { hint: 'the discovery document belongs to another issuer' });
  }
  const jwks = (await fetchJSON(jwksURL.href, 'JWKS', options)) as { keys?: unknown } | null;
  if (!Array.isArray(jwks?.keys)) throw new ClaimsError('OIDC_JWKS_UNAVAILABLE', `${jwksURL.href} is not a JWKS (no "keys" array)`, { hint: 'check the issuer\'s jwks_uri' });
  return jwks as JSONWebKeySet;
}

/**
 * Verifies an OIDC token's signature against its issuer's JWKS (found through the issuer's
 * discovery document, fetched with bounded size and retries), its issuer, audience and lifetime,
 * and returns the workflow claims provenance is built from. Nothing is read from the token before
 * this except its `iss`, to find the keys; an issuer other than `options.issuer` is refused first.
 */
export async function verifyWorkflowClaims(jwt: string, options: VerifyClaimsOptions): Promise<VerifiedWorkflowClaims> {
  const iss = unverifiedIssuer(jwt);
  if (!issuerAccepted(iss, options.issuer)) {
    throw new ClaimsError('OIDC_CLAIMS_ISSUER', `the provenance token was issued by ${JSON.stringify(iss.slice(0, 200))}, not ${options.issuer}`, {
      hint: 'provenance is built from GitHub Actions tokens only; run this in a GitHub Actions job with `id-token: write`',
    });
  }
  const keys = createLocalJWKSet(await issuerKeys(iss, options));
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(jwt, keys, {
      issuer: iss,
      audience: options.audience,
      currentDate: options.clock.now(),
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      algorithms: ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'PS256'],
      requiredClaims: ['exp', 'iat'],
    }));
  } catch (error) {
    throw verificationError(error, options.audience);
  }
  const missing = REQUIRED_CLAIMS.filter((claim) => typeof payload[claim] !== 'string' || payload[claim] === '');
  if (missing.length > 0) {
    throw new ClaimsError('OIDC_CLAIMS_MISSING', `the provenance token lacks the claim${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`, {
      hint: 'provenance needs a GitHub Actions workflow token; tokens of other issuers or of older runners lack these claims',
    });
  }
  const claims = Object.fromEntries(REQUIRED_CLAIMS.map((claim) => [claim, payload[claim] as string]));
  return { ...(claims as Record<(typeof REQUIRED_CLAIMS)[number], string>), iss, verified: true };
}

function verificationError(error: unknown, audience: string): ClaimsError {
  if (error instanceof joseErrors.JWTExpired) {
    return new ClaimsError('OIDC_CLAIMS_EXPIRED', `the provenance token expired: ${error.message}`, { cause: error, hint: 'tokens live a few minutes; attest right after requesting one, and check the runner\'s clock' });
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return new ClaimsError('OIDC_CLAIMS_AUDIENCE', `the provenance token is not for the audience "${audience}": ${error.message}`, { cause: error, hint: `request the token with audience "${audience}"; a token for another audience is not accepted` });
    if (error.claim === 'nbf' || error.claim === 'iat') return new ClaimsError('OIDC_CLAIMS_EXPIRED', `the provenance token is not valid yet: ${error.message}`, { cause: error, hint: 'check the runner\'s clock' });
    return new ClaimsError('OIDC_CLAIMS_MALFORMED', `the provenance token's "${error.claim}" claim is not acceptable: ${error.message}`, { cause: error, hint: 'the token endpoint answered an unexpected token; re-run the job' });
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed || error instanceof joseErrors.JWKSNoMatchingKey || error instanceof joseErrors.JWKSMultipleMatchingKeys || error instanceof joseErrors.JOSEAlgNotAllowed) {
    return new ClaimsError('OIDC_CLAIMS_SIGNATURE', `the provenance token is not signed by a key of its issuer: ${error.message}`, { cause: error, hint: 'the token was not issued by the issuer it names; never build provenance from it' });
  }
  return new ClaimsError('OIDC_CLAIMS_MALFORMED', `the provenance token is not a valid JWT: ${messageOf(error)}`, { cause: error, hint: 'the runner\'s token endpoint answered something unexpected; re-run the job' });
}
