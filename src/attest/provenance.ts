import type { Clock } from '../core/clock.js';
import type { RetryPolicy } from '../core/retry.js';
import { PROVENANCE_AUDIENCE, verifyWorkflowClaims } from '../github/claims.js';
import { SIGSTORE_AUDIENCE, requestRunnerIdTokens, tokenSource, type IdToken } from '../github/oidc.js';
import type { ProxySettings } from '../core/proxy.js';
import { SecretBuffer, type Environment } from '../secrets/index.js';
import { slsaProvenanceV1 } from './predicates/slsa-provenance/v1.js';
import type { Predicate } from './statement.js';

/**
 * The issuer of a GitHub server's Actions tokens: `token.actions.githubusercontent.com` for
 * github.com, `token.actions.<tenant>.ghe.com` for GHE.com tenants, `<server>/_services/token` for
 * GitHub Enterprise Server.
 */
export function githubTokenIssuer(serverURL: string): string {
  const url = new URL(serverURL);
  if (url.host === 'github.com') return 'https://token.actions.githubusercontent.com';
  if (url.host.endsWith('.ghe.com')) return `https://token.actions.${url.host}`;
  return `${url.origin}/_services/token`;
}

/** The tokens of an attestation run: the provenance claims token, the audience it was issued for and, when keyless signing needs the runner's, the Sigstore one. */
export interface AttestationTokens {
  claims: IdToken;
  /** What {@link provenanceFromToken} verifies the claims token's audience against. */
  audience: string;
  signing: IdToken | undefined;
}

/**
 * One token from the runner per run: when keyless signing takes its token from the runner, the
 * Sigstore token (audience `sigstore`), whose claims the provenance is built from too (sigstore-js
 * turns that token into a string anyway, so a second, unsigning `nobody` token keeps nothing out of
 * the heap); otherwise (a key, `SIGSTORE_ID_TOKEN`, no signing) a token for `nobody`, which can sign
 * nothing. Undefined when the job has no token endpoint (no `id-token: write`).
 */
export async function requestAttestationTokens(env: Environment, retry: RetryPolicy, keyless: boolean): Promise<AttestationTokens | undefined> {
  const signingFromRunner = keyless && tokenSource(env) === 'actions';
  const audience = signingFromRunner ? SIGSTORE_AUDIENCE : PROVENANCE_AUDIENCE;
  // The signing token is renewed when a certificate is asked for after it expired (GitHub's live five minutes).
  const [token] = (await requestRunnerIdTokens({ env, retry, renewable: signingFromRunner }, [audience])) ?? [];
  if (token === undefined) return undefined;
  if (!signingFromRunner) return { claims: token, audience, signing: undefined };
  // Each owner destroys its own copy: provenance as soon as the claims are read, the signing session when it closes.
  const claims: IdToken = { secret: SecretBuffer.fill(token.secret.length, (into) => token.secret.use((bytes) => bytes.copy(into))), claims: token.claims, source: token.source };
  // The renewal goes with the signing token, whose owner (the session) forgets it when it closes.
  return { claims, audience, signing: token };
}


/** Options of {@link provenanceFromToken}. */
export interface ProvenanceOptions {
  serverURL: string;
  /** The event payload: a workflow_dispatch run's inputs are read from it. */
  payload: unknown;
  /** The clock the token's lifetime is checked against unless `verificationClock` is given. */
  clock: Clock;
  verificationClock?: Clock | undefined;
  retry: RetryPolicy;
  /** The audience the token was requested for ({@link AttestationTokens.audience}): it must carry exactly this one. */
  audience: string;
  /** The issuer tokens must come from; GitHub's for `serverURL` by default. */
  issuer?: string | undefined;
  /** Where the issuer's discovery document is, when not under the token's `iss`. */
  discoveryURL?: string | undefined;
  /** The runner's proxy settings: the issuer's keys are fetched through its proxy. */
  proxy?: ProxySettings | undefined;
}

/**
 * SLSA provenance v1 from the claims token, verified first against its issuer's keys (signature,
 * issuer, the audience it was requested for, lifetime): nothing in the provenance comes from the environment but
 * the server URL and, for workflow_dispatch runs, the inputs. The token is destroyed afterwards.
 */
export async function provenanceFromToken(token: IdToken, options: ProvenanceOptions): Promise<Predicate> {
  try {
    // jose takes the compact JWT as a string, as sigstore-js takes the Sigstore token.
    const jwt = token.secret.use((bytes) => bytes.toString('latin1'));
    const claims = await verifyWorkflowClaims(jwt, {
      issuer: options.issuer ?? githubTokenIssuer(options.serverURL),
      audience: options.audience,
      clock: options.verificationClock ?? options.clock,
      retry: options.retry,
      discoveryURL: options.discoveryURL,
      proxy: options.proxy,
    });
    const inputs = (options.payload as { inputs?: unknown } | undefined)?.inputs;
    return slsaProvenanceV1(claims, {
      serverURL: options.serverURL,
      inputs: typeof inputs === 'object' && inputs !== null && !Array.isArray(inputs) ? (inputs as Record<string, unknown>) : undefined,
    });
  } finally {
    token.secret.destroy();
  }
}
