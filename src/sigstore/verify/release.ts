import { boundedText, quoted } from '../../core/quote.js';
import { exactly, matching, type CertificatePolicy } from './policy.js';
import type { TrustMaterial } from './trust.js';
import { verifyBundle } from './verify.js';
import { VerifyError } from './errors.js';

/**
 * The signer of GitHub's release attestations on a trust domain (`dotcom` for github.com): the
 * certificate's URI SAN, as `gh release verify` requires it. GitHub's certificates name no OIDC
 * issuer that matters here, so any issuer is accepted, as gh does.
 */
export function githubReleasePolicy(trustDomain = 'dotcom'): CertificatePolicy {
  return { kind: 'certificate', identity: exactly(`https://${trustDomain}.releases.github.com`), issuer: matching('.*'), extensions: {} };
}

/**
 * Verifies GitHub's release attestation bundle offline: a DSSE in-toto statement signed by
 * GitHub's releases signer, chaining to `trust` (GitHub's trusted root), listing the asset
 * `sha256Hex`. Returns the statement the signature covers.
 */
export function verifyGitHubReleaseAttestation(bundleJson: unknown, sha256Hex: string, trust: TrustMaterial, trustDomain = 'dotcom'): unknown {
  const signature = verifyBundle(bundleJson, { digest: { algorithm: 'sha256', hex: sha256Hex } }, githubReleasePolicy(trustDomain), trust);
  if (signature.statement === undefined) throw new VerifyError('VERIFY_BUNDLE_UNSUPPORTED', 'GitHub\'s release attestation holds a message signature, not a DSSE in-toto statement');
  const payload = (bundleJson as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload;
  return JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as unknown;
}

/** GitHub's release predicate types: v0.2, which GitHub emits now, and v0.1. */
export const RELEASE_PREDICATE_V02 = 'https://in-toto.io/attestation/release/v0.2';
export const RELEASE_PREDICATE_V01 = 'https://in-toto.io/attestation/release/v0.1';

/** What a release attestation must name: the release's repository (`owner/name`), its tag and the commit the tag names, each when known. */
export interface ExpectedRelease {
  readonly repository?: string | undefined;
  readonly tag?: string | undefined;
  readonly commit?: string | undefined;
}

/** A field of the signed predicate, for a message: the signer chose it. */
const shown = (value: unknown): string => (typeof value === 'string' ? quoted(value) : 'missing');

/**
 * Whether `purl` is the release's own `pkg:github/<repository>@<tag>`, its version written as the
 * tag is or percent-encoded, as the purl spec writes a version (a monorepo's tag `@scope/pkg@1.2.3`
 * as `%40scope%2Fpkg%401.2.3`): both name the same tag. The repository compares ignoring case.
 */
function isOwnPurl(purl: string, repository: string, tag: string): boolean {
  const prefix = `pkg:github/${repository}@`.toLowerCase();
  if (!purl.toLowerCase().startsWith(prefix)) return false;
  const version = purl.slice(prefix.length);
  if (version.toLowerCase() === tag.toLowerCase()) return true;
  try {
    return decodeURIComponent(version).toLowerCase() === tag.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * What a release statement says against what is expected, as a list of problems (empty when it
 * matches). v0.2 (`{databaseId, ownerId, packageId, purl, repository, repositoryId, tag}`): the
 * purl must be `pkg:github/<repository>@<tag>` of its own repository and tag, which must be the
 * expected ones, and the subject of that purl must carry the commit (sha1) when one is expected.
 * v0.1: the tag, as before. Repository names compare case-insensitively, as GitHub's do.
 */
export function releaseStatementProblems(statement: unknown, expected: ExpectedRelease): string[] {
  const record = (typeof statement === 'object' && statement !== null ? statement : {}) as { predicateType?: unknown; subject?: unknown; predicate?: unknown };
  const predicate = (typeof record.predicate === 'object' && record.predicate !== null ? record.predicate : {}) as { tag?: unknown; repository?: unknown; purl?: unknown };
  const problems: string[] = [];
  if (expected.tag !== undefined && predicate.tag !== expected.tag) problems.push(`the tag is ${shown(predicate.tag)}, not ${quoted(expected.tag)}`);
  if (record.predicateType !== RELEASE_PREDICATE_V02) return problems;
  const { repository, tag, purl } = predicate;
  if (typeof repository !== 'string' || typeof tag !== 'string') return [...problems, `the v0.2 predicate names the repository ${shown(repository)} and the tag ${shown(tag)}`];
  if (expected.repository !== undefined && repository.toLowerCase() !== expected.repository.toLowerCase()) problems.push(`the repository is ${shown(repository)}, not ${quoted(expected.repository)}`);
  const ownPurl = `pkg:github/${repository}@${tag}`;
  if (typeof purl !== 'string' || !isOwnPurl(purl, repository, tag)) problems.push(`the purl is ${shown(purl)}, not ${quoted(ownPurl)}`);
  if (expected.commit !== undefined) {
    const subjects = Array.isArray(record.subject) ? (record.subject as unknown[]) : [];
    const commits = subjects.flatMap((subject) => {
      const { uri, digest } = (subject ?? {}) as { uri?: unknown; digest?: { sha1?: unknown } };
      return typeof uri === 'string' && isOwnPurl(uri, repository, tag) && typeof digest?.sha1 === 'string' ? [digest.sha1.toLowerCase()] : [];
    });
    if (!commits.includes(expected.commit.toLowerCase())) problems.push(`no subject ${boundedText(ownPurl)} has the commit ${boundedText(expected.commit)}${commits.length === 0 ? '' : ` (it names ${commits.slice(0, 2).map((commit) => boundedText(commit, 64)).join(', ')})`}`);
  }
  return problems;
}
