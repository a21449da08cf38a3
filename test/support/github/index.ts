import { DUPLICATE_SUBJECT_MESSAGE, GitHubState, githubRoutes, NOT_ACCESSIBLE_MESSAGE, organizationPlanMessage, USER_PRIVATE_MESSAGE, type AttestationGate } from './routes.js';
import { apiError, ApiServer, type ApiFault, type ApiRecord, type ApiResponse } from './server.js';

export { DUPLICATE_SUBJECT_MESSAGE, NOT_ACCESSIBLE_MESSAGE, USER_PRIVATE_MESSAGE, organizationPlanMessage, GitHubState } from './routes.js';
export type { AttestationGate, RepositoryState, StoredAttestation } from './routes.js';
export { apiError } from './server.js';
export { githubAssetName, IMMUTABLE_RELEASE_MESSAGE, RELEASE_PREDICATE_TYPE, RELEASE_PREDICATE_TYPES, releaseStatement, ReleaseState, type ReleasePredicateVersion } from './releases.js';
export type { ReleaseAttestationSigner, StoredAsset, StoredRelease } from './releases.js';
export type { ApiFault, ApiRecord, ApiRequest, ApiResponse, ApiRoute } from './server.js';

/**
 * A v0.3 bundle shaped like a DSSE attestation over `subjects`, unsigned: enough for the API double
 * and for code that only moves bundles around (storage); verification tests sign real ones.
 */
export function unsignedAttestationBundle(subjects: readonly { name: string; digest: Record<string, string> }[], predicateType = 'https://slsa.dev/provenance/v1'): { mediaType: string } & Record<string, unknown> {
  const statement = { _type: 'https://in-toto.io/Statement/v1', subject: subjects, predicateType, predicate: {} };
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { certificate: { rawBytes: '' }, tlogEntries: [] },
    dsseEnvelope: { payload: Buffer.from(JSON.stringify(statement)).toString('base64'), payloadType: 'application/vnd.in-toto+json', signatures: [{ sig: '', keyid: '' }] },
  };
}

/** Where a fault applies and how many requests take it. */
export interface FaultScope {
  /** A route name (`attestations.create`); every route when undefined. */
  route?: string;
  /** How many requests in a row take the fault (default 1). */
  count?: number;
  /** How many requests to the route pass untouched first (default 0): a fault after N uploads. */
  after?: number;
}

/** A running GitHub REST API double on 127.0.0.1. */
export interface GitHubApiDouble {
  /** The base URL, what `GITHUB_API_URL` is set to. */
  readonly url: string;
  /** The environment a job would see: `GITHUB_API_URL` at the double, `GITHUB_SERVER_URL` github.com (the double itself when it serves as an Enterprise Server). */
  readonly env: Readonly<Record<'GITHUB_API_URL' | 'GITHUB_SERVER_URL', string>>;
  readonly state: GitHubState;
  /** Every request, in arrival order, with the route it matched and the status it got. */
  readonly records: readonly ApiRecord[];
  /** Requests that matched the route with this name. */
  requestsTo(route: string): ApiRecord[];
  /** Makes the repository's plan refuse attestations (undefined allows them again). */
  gate(repository: string, gate: AttestationGate | undefined): void;
  readonly faults: {
    /** How many queued faults no request has met yet. */
    pending(): number;
    /** Queues any answer. */
    inject(response: ApiResponse, scope?: FaultScope): void;
    /** No answer at all: the connection is held until the client gives up. */
    hang(scope?: FaultScope): void;
    /** A 5xx answer (default 500). */
    serverError(status?: number, scope?: FaultScope): void;
    /** 429 Too Many Requests asking to wait `retryAfterSeconds` (as delta-seconds). */
    rateLimited(retryAfterSeconds: number, scope?: FaultScope): void;
    /** 403 with GitHub's plan-gating message (user-owned private repository, or an organization `org` without the feature). */
    planGated(kind: 'user-private' | { organization: string }, scope?: FaultScope): void;
    /** 403 "Resource not accessible by integration": the token lacks `attestations: write`. */
    notAccessible(scope?: FaultScope): void;
    /** The next `count` asset uploads store a `starter` asset and answer 502 (the upload broke off mid-way). */
    brokenUpload(count?: number): void;
    /** The next `count` release creations store the release and answer 502 (the answer was lost on the way). */
    lostCreate(count?: number): void;
    /** The next `count` asset uploads store the whole asset and answer 502 (the answer was lost on the way). */
    lostUpload(count?: number): void;
    /** 422 for a statement with a duplicate subject. */
    duplicateSubject(scope?: FaultScope): void;
  };
  close(): Promise<void>;
}

/** Options of {@link startGitHubApi}. */
export interface GitHubApiOptions {
  /**
   * Serve as a GitHub Enterprise Server does: the API under `/api/v3`, uploads under
   * `/api/uploads`, and `GITHUB_SERVER_URL` the double's own origin.
   */
  enterprise?: boolean;
}

/** Starts the double with every route of routes.ts. */
export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApiDouble> {
  const enterprise = options.enterprise === true;
  const server = new ApiServer(enterprise ? { '/api/v3': '', '/api/uploads': '/uploads' } : undefined);
  const state = new GitHubState();
  const origin = await server.listen();
  const url = enterprise ? `${origin}/api/v3` : origin;
  state.baseUrl = url;
  // Left unset, uploads follow baseUrl (which tests may point at a proxy's view of the double).
  if (enterprise) state.uploadsUrl = `${origin}/api/uploads`;
  server.addRoutes(githubRoutes(state));
  const inject = (response: ApiResponse | 'hang', scope: FaultScope = {}): void => {
    const fault: ApiFault = { ...(scope.route === undefined ? {} : { route: scope.route }), response, ...(scope.after === undefined ? {} : { after: scope.after }) };
    server.fail(fault, scope.count ?? 1);
  };
  const docs = 'https://docs.github.com/rest/repos/attestations#create-an-attestation';
  return {
    url,
    env: { GITHUB_API_URL: url, GITHUB_SERVER_URL: enterprise ? origin : 'https://github.com' },
    state,
    records: server.records,
    requestsTo: (route) => server.records.filter((record) => record.route === route),
    gate: (repository, gate) => {
      const [owner = '', name = ''] = repository.split('/');
      state.repository(owner, name).gate = gate;
    },
    faults: {
      pending: () => server.pendingFaults + state.releases.brokenUploads + state.releases.lostCreates + state.releases.lostUploads,
      inject,
      hang: (scope) => inject('hang', scope),
      serverError: (status = 500, scope) => inject(apiError(status, status === 502 ? 'Server Error' : 'Internal Server Error'), scope),
      rateLimited: (retryAfterSeconds, scope) =>
        inject({ ...apiError(429, 'API rate limit exceeded'), headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '0' } }, scope),
      planGated: (kind, scope) => inject(apiError(403, kind === 'user-private' ? USER_PRIVATE_MESSAGE : organizationPlanMessage(kind.organization), docs), scope),
      notAccessible: (scope) => inject(apiError(403, NOT_ACCESSIBLE_MESSAGE, docs), scope),
      brokenUpload: (count = 1) => {
        state.releases.brokenUploads += count;
      },
      lostCreate: (count = 1) => {
        state.releases.lostCreates += count;
      },
      lostUpload: (count = 1) => {
        state.releases.lostUploads += count;
      },
      duplicateSubject: (scope) => inject(apiError(422, DUPLICATE_SUBJECT_MESSAGE, docs), scope),
    },
    close: () => server.close(),
  };
}
