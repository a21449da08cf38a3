import { createHash } from 'node:crypto';
import { apiError, type ApiRequest, type ApiResponse, type ApiRoute } from './server.js';
import type { GitHubState, RepositoryState } from './routes.js';

/** An asset of a release in the double: its bytes, the name GitHub gave it and its upload state. */
export interface StoredAsset {
  readonly id: number;
  name: string;
  label: string;
  readonly contentType: string;
  readonly bytes: Buffer;
  /** `starter` for an upload that broke off (GitHub keeps those until deleted), `uploaded` otherwise. */
  state: 'starter' | 'uploaded';
}

/** A release in the double. */
export interface StoredRelease {
  readonly id: number;
  readonly repository: RepositoryState;
  readonly tagName: string;
  /** The commit the tag names (`target_commitish` when it is a 40-hex SHA, else the pushed tag's, else a fixed fake one). */
  readonly commit: string;
  name: string;
  body: string;
  draft: boolean;
  /** Set when a draft is published in a repository with immutable releases on: from then on no asset changes. */
  immutable: boolean;
  prerelease: boolean;
  /** When it was published (ISO time); undefined while a draft. Tests may set it to order releases. */
  publishedAt: string | undefined;
  readonly assets: StoredAsset[];
}

/** The predicate types of GitHub's release attestation by version: v0.2, which GitHub emits now, and v0.1 before it. */
export const RELEASE_PREDICATE_TYPES = { 'v0.1': 'https://in-toto.io/attestation/release/v0.1', 'v0.2': 'https://in-toto.io/attestation/release/v0.2' } as const;

/** A version of GitHub's release predicate. */
export type ReleasePredicateVersion = keyof typeof RELEASE_PREDICATE_TYPES;

/** The predicate type of the release attestation the double makes unless told otherwise (v0.2, as GitHub does now). */
export const RELEASE_PREDICATE_TYPE = RELEASE_PREDICATE_TYPES['v0.2'];

/** GitHub's message for an upload or deletion on a published immutable release. */
export const IMMUTABLE_RELEASE_MESSAGE = 'Cannot modify an immutable release';

/** Signs GitHub's release attestation statement into a bundle (tests plug in a loopback "GitHub" Sigstore instance). */
export type ReleaseAttestationSigner = (statement: Record<string, unknown>) => Record<string, unknown> | Promise<Record<string, unknown>>;

/** Release state of the double, beside the repositories and attestations of {@link GitHubState}. */
export class ReleaseState {
  readonly releases: StoredRelease[] = [];
  /** Tags once used by an immutable release: GitHub never lets them be reused. */
  readonly burnedTags = new Set<string>();
  /** Where uploads go (the double's own URL), set when the double starts. */
  uploadBase = '';
  /** How many coming uploads break off after storing a `starter` asset, answering 502 (a 5xx mid-upload). */
  brokenUploads = 0;
  /** How many coming release creations store the release and answer 502 all the same (the answer was lost on the way). */
  lostCreates = 0;
  /** How many coming uploads store the whole asset and answer 502 all the same (the answer was lost on the way). */
  lostUploads = 0;
  /** Names of assets whose downloads are served with one byte flipped (storage or transport corrupted them after upload). */
  readonly corruptDownloads = new Set<string>();
  /** Signs the release attestation on publishing an immutable release; undefined stores it unsigned. */
  signer: ReleaseAttestationSigner | undefined;
  /** The release predicate version GitHub's attestation uses. */
  predicateVersion: ReleasePredicateVersion = 'v0.2';

  /**
   * The release of `repository` for `tag`, drafts included: the published one when there is one,
   * else the first draft (GitHub takes any number of drafts of one tag, and one published release).
   */
  forTag(repository: RepositoryState, tag: string): StoredRelease | undefined {
    const ofTag = this.releases.filter((release) => release.repository === repository && release.tagName === tag);
    return ofTag.find((release) => !release.draft) ?? ofTag[0];
  }

  /** Whether a published release of `repository` holds `tag` (GitHub then refuses another release of it, a draft's publishing included). */
  published(repository: RepositoryState, tag: string): boolean {
    return this.releases.some((release) => release.repository === repository && release.tagName === tag && !release.draft);
  }
}

const DOCS = 'https://docs.github.com/rest/releases';

function validationFailed(resource: string, code: string, field: string, message?: string): ApiResponse {
  return { status: 422, body: { message: 'Validation Failed', errors: [{ resource, code, field, ...(message === undefined ? {} : { message }) }], documentation_url: DOCS, status: '422' } };
}

/** GitHub refuses release notes longer than this (HTTP 422, `body is too long (maximum is 125000 characters)`). */
const MAX_BODY_CHARACTERS = 125_000;

function bodyTooLong(): ApiResponse {
  return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)` }], documentation_url: DOCS, status: '422' } };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** GitHub renames asset names: anything but letters, digits and `._-+@` becomes a dot, dots in a row become one, and leading or trailing dots go. */
export function githubAssetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._\-+@]/g, '.').replace(/\.{2,}/g, '.').replace(/^\.+|\.+$/g, '');
}

function assetJson(api: string, release: StoredRelease, asset: StoredAsset): Record<string, unknown> {
  const { owner, name } = release.repository;
  return {
    id: asset.id,
    url: `${api}/repos/${owner}/${name}/releases/assets/${asset.id}`,
    browser_download_url: `https://github.com/${owner}/${name}/releases/download/${release.tagName}/${asset.name}`,
    name: asset.name,
    label: asset.label,
    state: asset.state,
    content_type: asset.contentType,
    size: asset.bytes.length,
    digest: asset.state === 'uploaded' ? `sha256:${sha256(asset.bytes)}` : null,
  };
}

function releaseJson(api: string, uploads: string, release: StoredRelease): Record<string, unknown> {
  const { owner, name } = release.repository;
  return {
    id: release.id,
    url: `${api}/repos/${owner}/${name}/releases/${release.id}`,
    upload_url: `${uploads}/repos/${owner}/${name}/releases/${release.id}/assets{?name,label}`,
    tag_name: release.tagName,
    target_commitish: release.commit,
    name: release.name,
    body: release.body,
    draft: release.draft,
    immutable: release.immutable,
    prerelease: release.prerelease,
    published_at: release.publishedAt ?? null,
    assets: release.assets.map((asset) => assetJson(api, release, asset)),
  };
}

/**
 * The in-toto statement of GitHub's release attestation over a published immutable release. v0.2
 * (what GitHub emits now): the tag's `{uri: pkg:github/OWNER/REPO@TAG, digest: {sha1: COMMIT}}`
 * and every asset `{name, digest: {sha256}}`; predicate `{databaseId, ownerId,
 * packageId, purl, repository, repositoryId, tag}`. v0.1: the same tag subject, the assets with a
 * purl each, predicate `{ownerId, repositoryId, releaseId, tag, purl}`.
 */
export function releaseStatement(release: StoredRelease, version: ReleasePredicateVersion = 'v0.2'): Record<string, unknown> {
  const { owner, name } = release.repository;
  const purl = `pkg:github/${owner}/${name}@${release.tagName}`;
  if (version === 'v0.2') {
    return {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ uri: purl, digest: { sha1: release.commit } }, ...release.assets.map((asset) => ({ name: asset.name, digest: { sha256: sha256(asset.bytes) } }))],
      predicateType: RELEASE_PREDICATE_TYPES['v0.2'],
      predicate: { databaseId: String(release.id), ownerId: String(release.repository.id), packageId: String(release.id), purl, repository: `${owner}/${name}`, repositoryId: String(release.repository.id), tag: release.tagName },
    };
  }
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [
      { uri: purl, digest: { sha1: release.commit } },
      ...release.assets.map((asset) => ({ name: asset.name, uri: `${purl}?artifact=${encodeURIComponent(asset.name)}`, digest: { sha256: sha256(asset.bytes) } })),
    ],
    predicateType: RELEASE_PREDICATE_TYPES['v0.1'],
    predicate: { ownerId: String(release.repository.id), repositoryId: String(release.repository.id), releaseId: String(release.id), tag: release.tagName, purl },
  };
}

function unsignedBundle(statement: Record<string, unknown>): Record<string, unknown> {
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { certificate: { rawBytes: '' }, tlogEntries: [] },
    dsseEnvelope: { payload: Buffer.from(JSON.stringify(statement)).toString('base64'), payloadType: 'application/vnd.in-toto+json', signatures: [{ sig: '', keyid: '' }] },
  };
}

function authorized(request: ApiRequest): ApiResponse | undefined {
  return request.headers.authorization === undefined ? apiError(401, 'Requires authentication', DOCS) : undefined;
}

/** The release routes (REST API and the uploads host, which the double serves under `/uploads`). */
export function releaseRoutes(state: GitHubState, releases: ReleaseState, api: () => string): ApiRoute[] {
  const repositoryOf = (request: ApiRequest): RepositoryState => state.repository(request.params.owner ?? '', request.params.repo ?? '');
  const uploads = (): string => (state.uploadsUrl === '' ? `${api()}/uploads` : state.uploadsUrl);
  const releaseById = (request: ApiRequest): StoredRelease | undefined => {
    const repository = repositoryOf(request);
    return releases.releases.find((release) => release.repository === repository && String(release.id) === request.params.release_id);
  };
  const assetById = (request: ApiRequest): { release: StoredRelease; asset: StoredAsset } | undefined => {
    const repository = repositoryOf(request);
    for (const release of releases.releases) {
      if (release.repository !== repository) continue;
      const asset = release.assets.find((candidate) => String(candidate.id) === request.params.asset_id);
      if (asset !== undefined) return { release, asset };
    }
    return undefined;
  };
  const publishImmutable = async (release: StoredRelease): Promise<void> => {
    release.immutable = true;
    releases.burnedTags.add(`${release.repository.owner}/${release.repository.name}@${release.tagName}`.toLowerCase());
    const statement = releaseStatement(release, releases.predicateVersion);
    const bundle = releases.signer === undefined ? unsignedBundle(statement) : await releases.signer(statement);
    const subjectDigests = [`sha1:${release.commit}`, ...release.assets.map((asset) => `sha256:${sha256(asset.bytes)}`)];
    state.attestations.push({ id: state.newId(), repository: release.repository, bundle, subjectDigests, predicateType: RELEASE_PREDICATE_TYPES[releases.predicateVersion], initiator: 'github' });
  };
  /** The commit `tag` names: a tag a test pushed, else the tag of a release (gh release verify resolves the tag to its commit); with `published`, a draft's tag, which GitHub makes only on publishing, is none yet. */
  const tagCommit = (request: ApiRequest, published = false): string | undefined => {
    const repository = repositoryOf(request);
    const tag = request.params.tag ?? '';
    return repository.tags.get(tag) ?? (published && !releases.published(repository, tag) ? undefined : releases.forTag(repository, tag)?.commit);
  };
  return [
    {
      name: 'git.getTagRef',
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/git/ref/tags/{tag}',
      handle: (request) => {
        const commit = tagCommit(request);
        if (commit === undefined) return apiError(404, 'Not Found', 'https://docs.github.com/rest/git/refs#get-a-reference');
        return { status: 200, body: { ref: `refs/tags/${request.params.tag ?? ''}`, object: { sha: commit, type: 'commit' } } };
      },
    },
    {
      // GitHub peels the ref to its commit; a ref it does not know is a 422.
      name: 'repos.getCommitOfTag',
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/commits/refs/tags/{+tag}',
      handle: (request) => {
        const commit = tagCommit(request, true);
        if (commit === undefined) return apiError(422, `No commit found for SHA: refs/tags/${request.params.tag ?? ''}`, 'https://docs.github.com/rest/commits/commits#get-a-commit');
        return { status: 200, body: { sha: commit, commit: { message: 'the tagged commit' } } };
      },
    },
    {
      name: 'releases.getByTag',
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/releases/tags/{tag}',
      handle: (request) => {
        const release = releases.forTag(repositoryOf(request), request.params.tag ?? '');
        // GitHub answers this for published releases only: a draft is found by listing.
        return release === undefined || release.draft ? apiError(404, 'Not Found', DOCS) : { status: 200, body: releaseJson(api(), uploads(), release) };
      },
    },
    {
      name: 'releases.list',
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/releases',
      handle: (request) => {
        const repository = repositoryOf(request);
        const perPage = Math.min(Number(request.url.searchParams.get('per_page') ?? '30') || 30, 100);
        const page = Math.max(Number(request.url.searchParams.get('page') ?? '1') || 1, 1);
        const all = releases.releases.filter((release) => release.repository === repository).reverse();
        return { status: 200, body: all.slice((page - 1) * perPage, page * perPage).map((release) => releaseJson(api(), uploads(), release)) };
      },
    },
    {
      name: 'releases.create',
      method: 'POST',
      pattern: '/repos/{owner}/{repo}/releases',
      handle: async (request) => {
        const refused = authorized(request);
        if (refused !== undefined) return refused;
        const repository = repositoryOf(request);
        const body = (request.body ?? {}) as { tag_name?: unknown; target_commitish?: unknown; name?: unknown; body?: unknown; draft?: unknown; prerelease?: unknown };
        if (typeof body.tag_name !== 'string' || body.tag_name === '') return validationFailed('Release', 'missing_field', 'tag_name');
        if (releases.burnedTags.has(`${repository.owner}/${repository.name}@${body.tag_name}`.toLowerCase())) return validationFailed('Release', 'tag_name was used by an immutable release', 'tag_name');
        // A draft of the tag is no obstacle: GitHub makes another draft beside it.
        if (releases.published(repository, body.tag_name)) return validationFailed('Release', 'already_exists', 'tag_name');
        if (typeof body.body === 'string' && body.body.length > MAX_BODY_CHARACTERS) return bodyTooLong();
        const commit = typeof body.target_commitish === 'string' && /^[0-9a-f]{40}$/.test(body.target_commitish) ? body.target_commitish : (repository.tags.get(body.tag_name) ?? sha256(Buffer.from(body.tag_name)).slice(0, 40));
        const release: StoredRelease = { id: state.newId(), repository, tagName: body.tag_name, commit, name: typeof body.name === 'string' ? body.name : body.tag_name, body: typeof body.body === 'string' ? body.body : '', draft: body.draft === true, immutable: false, prerelease: body.prerelease === true, publishedAt: body.draft === true ? undefined : new Date().toISOString(), assets: [] };
        releases.releases.push(release);
        if (!release.draft && repository.immutableReleases) await publishImmutable(release);
        if (releases.lostCreates > 0) {
          releases.lostCreates -= 1;
          return apiError(502, 'Server Error', DOCS);
        }
        return { status: 201, body: releaseJson(api(), uploads(), release) };
      },
    },
    {
      name: 'releases.get',
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/releases/{release_id}',
      handle: (request) => {
        const refused = authorized(request);
        if (refused !== undefined) return refused;
        const release = releaseById(request);
        return release === undefined ? apiError(404, 'Not Found', DOCS) : { status: 200, body: releaseJson(api(), uploads(), release) };
      },
    },
    {
      name: 'releases.delete',
      method: 'DELETE',
      pattern: '/repos/{owner}/{repo}/releases/{release_id}',
      handle: (request) => {
        const refused = authorized(request);
        if (refused !== undefined) return refused;
        const release = releaseById(request);
        if (release === undefined) return apiError(404, 'Not Found', DOCS);
        releases.releases.splice(releases.releases.indexOf(release), 1);
        return { status: 204 };
      },
    },
    {
      name: 'releases.update',
      method: 'PATCH',
      pattern: '/repos/{owner}/{repo}/releases/{release_id}',
      handle: async (request) => {
        const refused = authorized(request);
        if (refused !== undefined) return refused;
        const release = releaseById(request);
        if (release === undefined) return apiError(404, 'Not Found', DOCS);
        const body = (request.body ?? {}) as { body?: unknown; name?: unknown; draft?: unknown };
        if (typeof body.body === 'string' && body.body.length > MAX_BODY_CHARACTERS) return bodyTooLong();
        // Title and notes of an immutable release may still change; its draft state may not.
        if (typeof body.body === 'string') release.body = body.body;
        if (typeof body.name === 'string') release.name = body.name;
        if (body.draft === false && release.draft && releases.published(release.repository, release.tagName)) return validationFailed('Release', 'already_exists', 'tag_name');
        if (body.draft === false && release.draft) {
          release.draft = false;
          release.publishedAt = new Date().toISOString();
          if (release.repository.immutableReleases) await publishImmutable(release);
        } else if (body.draft === true && !release.draft && release.immutable) {
          return apiError(422, IMMUTABLE_RELEASE_MESSAGE, DOCS);
        } else if (body.draft === true) {
          release.draft = true;
          release.publishedAt = undefined;
        }
        return { status: 200, body: releaseJson(api(), uploads(), release) };
      },
    },
    {
      name: 'releases.listAssets',
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/releases/{release_id}/assets',
      handle: (request) => {
        const release = releaseById(request);
        if (release === undefined) return apiError(404, 'Not Found', DOCS);
        const perPage = Math.min(Number(request.url.searchParams.get('per_page') ?? '30') || 30, 100);
        const page = Math.max(Number(request.url.searchParams.get('page') ?? '1') || 1, 1);
        return { status: 200, body: release.assets.slice((page - 1) * perPage, page * perPage).map((asset) => assetJson(api(), release, asset)) };
      },
    },
    {
      name: 'releases.uploadAsset',
      method: 'POST',
      pattern: '/uploads/repos/{owner}/{repo}/releases/{release_id}/assets',
      raw: true,
      handle: (request) => {
        const refused = authorized(request);
        if (refused !== undefined) return refused;
        const release = releaseById(request);
        if (release === undefined) return apiError(404, 'Not Found', DOCS);
        if (release.immutable) return apiError(422, IMMUTABLE_RELEASE_MESSAGE, DOCS);
        const contentType = request.headers['content-type'];
        if (contentType === undefined || contentType === '') return apiError(400, 'Content-Type header is required', DOCS);
        const requested = request.url.searchParams.get('name') ?? '';
        if (requested === '') return validationFailed('ReleaseAsset', 'missing_field', 'name');
        // GitHub takes no empty asset.
        if (request.bytes.length === 0) return validationFailed('ReleaseAsset', 'custom', 'size', 'size must be greater than or equal to 1');
        const name = githubAssetName(requested);
        // GitHub holds one asset per name whatever its case.
        if (release.assets.some((asset) => asset.name.toLowerCase() === name.toLowerCase())) return validationFailed('ReleaseAsset', 'already_exists', 'name');
        const asset: StoredAsset = { id: state.newId(), name, label: request.url.searchParams.get('label') ?? '', contentType, bytes: request.bytes, state: 'uploaded' };
        release.assets.push(asset);
        if (releases.lostUploads > 0) {
          releases.lostUploads -= 1;
          return apiError(502, 'Server Error', DOCS);
        }
        if (releases.brokenUploads > 0) {
          releases.brokenUploads -= 1;
          asset.state = 'starter';
          return apiError(502, 'Server Error', DOCS);
        }
        return { status: 201, body: assetJson(api(), release, asset) };
      },
    },
    {
      name: 'releases.getAsset',
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/releases/assets/{asset_id}',
      handle: (request) => {
        const found = assetById(request);
        if (found === undefined) return apiError(404, 'Not Found', DOCS);
        if ((request.headers.accept ?? '').includes('application/octet-stream')) {
          if (!releases.corruptDownloads.has(found.asset.name) || found.asset.bytes.length === 0) return { status: 200, bytes: found.asset.bytes };
          const corrupted = Buffer.from(found.asset.bytes);
          corrupted[0] = (corrupted[0] ?? 0) ^ 0xff;
          return { status: 200, bytes: corrupted };
        }
        return { status: 200, body: assetJson(api(), found.release, found.asset) };
      },
    },
    {
      name: 'releases.deleteAsset',
      method: 'DELETE',
      pattern: '/repos/{owner}/{repo}/releases/assets/{asset_id}',
      handle: (request) => {
        const refused = authorized(request);
        if (refused !== undefined) return refused;
        const found = assetById(request);
        if (found === undefined) return apiError(404, 'Not Found', DOCS);
        if (found.release.immutable) return apiError(422, IMMUTABLE_RELEASE_MESSAGE, DOCS);
        found.release.assets.splice(found.release.assets.indexOf(found.asset), 1);
        return { status: 204 };
      },
    },
  ];
}
