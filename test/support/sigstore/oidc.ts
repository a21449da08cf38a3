import { createHash, generateKeyPairSync, randomBytes, randomUUID, sign, timingSafeEqual, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { json } from './http.js';
import type { Route } from './http.js';

/** The issuer GitHub Actions puts in its OIDC tokens (and Fulcio expects for them). */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** The claims of a GitHub Actions OIDC token, as documented by GitHub (ids and flags are strings there too). */
export interface GitHubClaims {
  iss: string;
  aud: string | string[];
  sub: string;
  jti: string;
  iat: number;
  nbf: number;
  exp: number;
  ref: string;
  ref_type: string;
  ref_protected: string;
  sha: string;
  repository: string;
  repository_id: string;
  repository_owner: string;
  repository_owner_id: string;
  repository_visibility: string;
  run_id: string;
  run_number: string;
  run_attempt: string;
  actor: string;
  actor_id: string;
  workflow: string;
  head_ref: string;
  base_ref: string;
  event_name: string;
  workflow_ref: string;
  workflow_sha: string;
  job_workflow_ref: string;
  job_workflow_sha: string;
  runner_environment: string;
}

/** Token lifetime as GitHub issues them: valid from 5 minutes before issue to 5 minutes after. */
const TOKEN_SKEW_SECONDS = 300;
const DEFAULT_REPOSITORY = 'octo-org/octo-repo';
const DEFAULT_REF = 'refs/heads/main';
const WORKFLOW_PATH = '.github/workflows/release.yml';
const COMMIT_SHA = 'a81bc81b8f8fe2d4d7e3f3b0c1f0a9e8d7c6b5a4';

/** A GitHub-Actions-style OIDC issuer: RS256 keys, the runner's token endpoint, discovery and JWKS. */
export class GitHubOidcIssuer {
  readonly issuer = GITHUB_ACTIONS_ISSUER;
  readonly requestToken = randomBytes(24).toString('hex');
  readonly tokenPath = `/_apis/distributedtask/hubs/Actions/plans/${randomUUID()}/jobs/${randomUUID()}/idtoken`;
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  private readonly kid: string;
  private endpointClaims: Partial<GitHubClaims> = {};

  /** `clock` dates the tokens it mints; `verifierClock` is the relying party's (Fulcio's) notion of now. */
  constructor(
    private readonly clock: () => Date,
    private readonly verifierClock: () => Date = clock,
  ) {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
    this.kid = createHash('sha256').update(pair.publicKey.export({ format: 'der', type: 'spki' })).digest('hex').slice(0, 40);
  }

  /**
   * Signs a token for a workflow run; `repository` and `ref` overrides also reshape the claims derived from them
   * (sub, workflow refs), and a claim overridden with `undefined` is left out.
   */
  mintToken(claims: Partial<GitHubClaims> = {}, audience = 'sigstore'): string {
    const payload: Record<string, unknown> = { ...this.defaultClaims(claims.repository, claims.ref, audience) };
    for (const [name, value] of Object.entries(claims)) {
      if (value === undefined) {
        delete payload[name];
      } else {
        payload[name] = value;
      }
    }
    const header = { typ: 'JWT', alg: 'RS256', kid: this.kid };
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
    const signature = sign('sha256', Buffer.from(signingInput), this.privateKey);
    return `${signingInput}.${signature.toString('base64url')}`;
  }

  /** Sets the claim overrides of the tokens the runner endpoint hands out (as for mintToken), e.g. another ref. */
  setEndpointClaims(claims: Partial<GitHubClaims>): void {
    this.endpointClaims = { ...claims };
  }

  /** Checks a token as a relying party does (signature by a JWKS key, issuer, audience, lifetime); returns its claims. */
  verifyToken(token: string, audience: string): Record<string, unknown> {
    const parts = token.split('.');
    if (parts.length !== 3) {
      throw new Error('token is not a JWS compact serialization');
    }
    const [encodedHeader, encodedPayload, encodedSignature] = parts as [string, string, string];
    const header = parseJSONObject(Buffer.from(encodedHeader, 'base64url').toString('utf8'), 'header');
    if (header['alg'] !== 'RS256' || header['kid'] !== this.kid) {
      throw new Error(`token signed with an unknown key (alg ${String(header['alg'])}, kid ${String(header['kid'])})`);
    }
    const signed = Buffer.from(`${encodedHeader}.${encodedPayload}`);
    if (!verify('sha256', signed, this.publicKey, Buffer.from(encodedSignature, 'base64url'))) {
      throw new Error('token signature does not verify');
    }
    const claims = parseJSONObject(Buffer.from(encodedPayload, 'base64url').toString('utf8'), 'payload');
    if (claims['iss'] !== this.issuer) {
      throw new Error(`token issuer ${String(claims['iss'])} is not ${this.issuer}`);
    }
    const audiences = Array.isArray(claims['aud']) ? claims['aud'] : [claims['aud']];
    if (!audiences.includes(audience)) {
      throw new Error(`token audience ${JSON.stringify(claims['aud'])} does not include ${audience}`);
    }
    const now = Math.floor(this.verifierClock().getTime() / 1000);
    if (typeof claims['exp'] !== 'number' || claims['exp'] <= now) {
      throw new Error('token is expired');
    }
    if (typeof claims['nbf'] === 'number' && claims['nbf'] > now) {
      throw new Error('token is not valid yet');
    }
    return claims;
  }

  /** The JWKS document listing the issuer's public key. */
  jwks(): { keys: object[] } {
    const jwk = this.publicKey.export({ format: 'jwk' });
    return { keys: [{ ...jwk, kid: this.kid, alg: 'RS256', use: 'sig' }] };
  }

  /** Routes: the runner's token endpoint, discovery document and JWKS. */
  routes(baseURL: string): Route[] {
    return [
      {
        method: 'GET',
        path: this.tokenPath,
        handle: ({ headers, url }) => {
          const presented = /^bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1] ?? '';
          if (!constantTimeEqual(presented, this.requestToken)) {
            return json(401, { message: 'Bad credentials' });
          }
          const audience = url.searchParams.get('audience') ?? `https://github.com/${DEFAULT_REPOSITORY.split('/')[0]}`;
          return json(200, { value: this.mintToken(this.endpointClaims, audience) });
        },
      },
      {
        method: 'GET',
        path: '/.well-known/openid-configuration',
        handle: () =>
          json(200, {
            issuer: this.issuer,
            jwks_uri: `${baseURL}/.well-known/jwks`,
            subject_types_supported: ['public', 'pairwise'],
            response_types_supported: ['id_token'],
            claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'sha', 'repository', 'repository_id', 'repository_owner', 'repository_owner_id', 'repository_visibility', 'run_id', 'run_number', 'run_attempt', 'actor', 'actor_id', 'workflow', 'workflow_ref', 'workflow_sha', 'head_ref', 'base_ref', 'event_name', 'ref_type', 'ref_protected', 'job_workflow_ref', 'job_workflow_sha', 'runner_environment'],
            id_token_signing_alg_values_supported: ['RS256'],
            scopes_supported: ['openid'],
          }),
      },
      { method: 'GET', path: '/.well-known/jwks', handle: () => json(200, this.jwks()) },
    ];
  }

  private defaultClaims(repository = DEFAULT_REPOSITORY, ref = DEFAULT_REF, audience: string): GitHubClaims {
    const now = Math.floor(this.clock().getTime() / 1000);
    const owner = repository.split('/')[0] ?? repository;
    const workflowRef = `${repository}/${WORKFLOW_PATH}@${ref}`;
    return {
      jti: randomUUID(),
      sub: `repo:${repository}:ref:${ref}`,
      aud: audience,
      ref,
      sha: COMMIT_SHA,
      repository,
      repository_owner: owner,
      repository_owner_id: '9919',
      repository_visibility: 'public',
      repository_id: '758201931',
      run_id: '11900071234',
      run_number: '42',
      run_attempt: '1',
      actor: 'octocat',
      actor_id: '583231',
      workflow: 'Release',
      head_ref: '',
      base_ref: '',
      event_name: 'push',
      ref_protected: 'true',
      ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      workflow_ref: workflowRef,
      workflow_sha: COMMIT_SHA,
      job_workflow_ref: workflowRef,
      job_workflow_sha: COMMIT_SHA,
      runner_environment: 'github-hosted',
      iss: GITHUB_ACTIONS_ISSUER,
      nbf: now - TOKEN_SKEW_SECONDS,
      exp: now + TOKEN_SKEW_SECONDS,
      iat: now,
    };
  }
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function parseJSONObject(text: string, what: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`token ${what} is not a JSON object`);
  }
  return value as Record<string, unknown>;
}

function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
