import { ReleaseState, releaseRoutes } from './releases.js';
import { apiError, type ApiRequest, type ApiResponse, type ApiRoute } from './server.js';

/** Why a repository may not store attestations, as GitHub's plans decide it. */
export type AttestationGate = 'user-private' | 'organization-plan';

/** A repository the double knows: its numeric id and whether its plan allows attestations. */
export interface RepositoryState {
  readonly owner: string;
  readonly name: string;
  readonly id: number;
  /** Undefined when attestations are allowed (public repositories, Enterprise Cloud). */
  gate: AttestationGate | undefined;
  /** Whether the repository has immutable releases on: publishing locks a release and makes GitHub attest it. */
  immutableReleases: boolean;
  /** Tags pushed to the repository, each with the commit it names; a published release adds its own tag too. */
  readonly tags: Map<string, string>;
}

/** An attestation the double stored. */
export interface StoredAttestation {
  readonly id: number;
  readonly repository: RepositoryState;
  readonly bundle: Record<string, unknown>;
  /** `alg:hex` of every subject of the bundle's statement. */
  readonly subjectDigests: readonly string[];
  readonly predicateType: string;
  /** Who made it: `github` for GitHub's own release attestations, `user` (the default) for those a workflow stored. */
  readonly initiator?: 'github' | 'user';
}

/** What the double remembers between requests; tests read and arrange it directly. */
export class GitHubState {
  readonly repositories = new Map<string, RepositoryState>();
  readonly attestations: StoredAttestation[] = [];
  readonly releases = new ReleaseState();
  /** The double's base URL, set when it starts (asset and upload URLs name it). */
  baseUrl = '';
  /** Where uploads go, as the releases' `upload_url` names it: an Enterprise Server's `/api/uploads`; empty for `<baseUrl>/uploads`. */
  uploadsUrl = '';
  private nextId = 1;

  /** The repository `owner/name`, created (attestations allowed) on first use. */
  repository(owner: string, name: string): RepositoryState {
    const key = `${owner}/${name}`.toLowerCase();
    let repository = this.repositories.get(key);
    if (repository === undefined) {
      repository = { owner, name, id: 100_000 + this.repositories.size, gate: undefined, immutableReleases: false, tags: new Map() };
      this.repositories.set(key, repository);
    }
    return repository;
  }

  /** A fresh id for a stored object. */
  newId(): number {
    return this.nextId++;
  }
}

/** GitHub's message for attestations in a user-owned private repository. */
export const USER_PRIVATE_MESSAGE = 'Feature not available for user-owned private repositories. To enable this feature, please make this repository public.';

/** GitHub's message for attestations in a private repository of an organization whose plan lacks them. */
export function organizationPlanMessage(org: string): string {
  return `Feature not available for the ${org} organization. To enable this feature, please upgrade the billing plan, or make this repository public.`;
}

/** GitHub's message when the statement of a bundle lists a subject twice. */
export const DUPLICATE_SUBJECT_MESSAGE = 'Invalid Argument - duplicate subject in statement';

/** GitHub's message when the token lacks a permission (`attestations: write`). */
export const NOT_ACCESSIBLE_MESSAGE = 'Resource not accessible by integration';

const CREATE_DOCS = 'https://docs.github.com/rest/repos/attestations#create-an-attestation';
const LIST_DOCS = 'https://docs.github.com/rest/repos/attestations#list-attestations';

/** The in-toto statement a DSSE bundle carries, or undefined when it carries none. */
function statementOf(bundle: Record<string, unknown>): { subject?: { digest?: Record<string, string> }[]; predicateType?: string } | undefined {
  const payload = (bundle.dsseEnvelope as { payload?: unknown } | undefined)?.payload;
  if (typeof payload !== 'string') return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as ReturnType<typeof statementOf>;
  } catch {
    return undefined;
  }
}

function createAttestation(state: GitHubState, request: ApiRequest): ApiResponse {
  if (request.headers.authorization === undefined) return apiError(401, 'Requires authentication', CREATE_DOCS);
  const repository = state.repository(request.params.owner ?? '', request.params.repo ?? '');
  if (repository.gate === 'user-private') return apiError(403, USER_PRIVATE_MESSAGE, CREATE_DOCS);
  if (repository.gate === 'organization-plan') return apiError(403, organizationPlanMessage(repository.owner), CREATE_DOCS);
  const bundle = (request.body as { bundle?: unknown } | undefined)?.bundle;
  if (typeof bundle !== 'object' || bundle === null || typeof (bundle as { mediaType?: unknown }).mediaType !== 'string') {
    return apiError(422, 'Invalid request.\n\n"bundle" wasn\'t supplied.', CREATE_DOCS);
  }
  const statement = statementOf(bundle as Record<string, unknown>);
  if (statement === undefined || !Array.isArray(statement.subject)) return apiError(422, 'Invalid Argument - bundle does not hold an in-toto statement', CREATE_DOCS);
  const subjectDigests = statement.subject.flatMap((subject) => Object.entries(subject.digest ?? {}).map(([algorithm, hex]) => `${algorithm}:${hex}`));
  if (new Set(subjectDigests).size !== subjectDigests.length) return apiError(422, DUPLICATE_SUBJECT_MESSAGE, CREATE_DOCS);
  const id = state.newId();
  state.attestations.push({ id, repository, bundle: bundle as Record<string, unknown>, subjectDigests, predicateType: statement.predicateType ?? '' });
  return { status: 201, body: { id } };
}

/** The short names GitHub's list endpoints accept for `predicate_type` (besides any predicate type URI). */
const PREDICATE_ALIASES: Readonly<Record<string, (type: string) => boolean>> = {
  provenance: (type) => type.startsWith('https://slsa.dev/provenance/'),
  sbom: (type) => type.startsWith('https://spdx.dev/Document') || type.startsWith('https://cyclonedx.org/bom'),
  release: (type) => type.startsWith('https://in-toto.io/attestation/release/'),
};

function listAttestations(found: readonly StoredAttestation[], request: ApiRequest, baseUrl: string): ApiResponse {
  const digest = (request.params.subject_digest ?? '').toLowerCase();
  const predicateType = request.url.searchParams.get('predicate_type');
  const perPage = Math.min(Number(request.url.searchParams.get('per_page') ?? '30') || 30, 100);
  const wanted = predicateType === null ? () => true : (PREDICATE_ALIASES[predicateType] ?? ((type: string) => type === predicateType));
  const matching = found.filter((attestation) => attestation.subjectDigests.includes(digest) && wanted(attestation.predicateType));
  if (matching.length === 0) return apiError(404, 'Not Found', LIST_DOCS);
  // GitHub's cursor pagination: an opaque `after` cursor, and a Link header naming the next page while there is one.
  const start = Number(Buffer.from(request.url.searchParams.get('after') ?? '', 'base64url').toString('utf8').replace(/^index:/, '')) || 0;
  const page = matching.slice(start, start + perPage);
  const next = new URL(`${request.url.pathname}${request.url.search}`, baseUrl);
  next.searchParams.set('after', Buffer.from(`index:${start + perPage}`).toString('base64url'));
  const headers = start + perPage < matching.length ? { link: `<${next.href}>; rel="next"` } : undefined;
  // `initiator` says who made it: "user" for what a workflow stored, "github" for GitHub's own (release attestations); gh keeps only "user" ones.
  return { status: 200, ...(headers === undefined ? {} : { headers }), body: { attestations: page.map((attestation) => ({ bundle: attestation.bundle, repository_id: attestation.repository.id, bundle_url: null, initiator: attestation.initiator ?? 'user' })) } };
}

/**
 * Every route of the GitHub API double, in one place: an endpoint another feature needs (releases,
 * release assets) is one more entry here, over the same state.
 */
export function githubRoutes(state: GitHubState): ApiRoute[] {
  return [
    ...releaseRoutes(state, state.releases, () => state.baseUrl),
    // github.com's trust domain is the empty string: gh then verifies against `dotcom` identities.
    { name: 'meta', method: 'GET', pattern: '/meta', handle: () => ({ status: 200, body: { domains: { artifact_attestations: { trust_domain: '', services: [] } } } }) },
    { name: 'attestations.create', method: 'POST', pattern: '/repos/{owner}/{repo}/attestations', handle: (request) => createAttestation(state, request) },
    {
      name: 'attestations.list',
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/attestations/{subject_digest}',
      handle: (request) => listAttestations(state.attestations.filter((attestation) => attestation.repository === state.repository(request.params.owner ?? '', request.params.repo ?? '')), request, state.baseUrl),
    },
    {
      name: 'attestations.listForOrg',
      method: 'GET',
      pattern: '/orgs/{org}/attestations/{subject_digest}',
      handle: (request) => listAttestations(state.attestations.filter((attestation) => attestation.repository.owner.toLowerCase() === (request.params.org ?? '').toLowerCase()), request, state.baseUrl),
    },
  ];
}
