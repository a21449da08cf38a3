import { readdir, rm } from 'node:fs/promises';
import { closeSync, openSync, type Dirent } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { dirname, join, resolve } from 'node:path';
import { isTrustKitError, TrustKitError, systemErrorCode } from '../core/errors.js';
import { hashFile } from '../core/digest.js';
import { describeJsonFault, jsonFault, jsonSyntaxProblem } from '../core/json.js';
import { compileUserPattern, loadPatternEngine, type UserPattern } from '../core/pattern.js';
import { boundedText, quoted } from '../core/quote.js';
import { didYouMean, suggestions } from '../core/suggest.js';
import { INPUT_LIMITS, makeDirectories, readRegularFile, removedOnSignal, writeFileAtomic } from '../core/files.js';
import type { Release, ReleaseAsset, ReleasesPort } from '../github/releases.js';
import { attestationPolicy, verifyAttestation, type ArtifactDigests, type AttestationBundle } from '../sigstore/verify/attestation.js';
import { reportedName, type CheckResult } from '../checksums/index.js';
import { secondDownloadOf } from '../checksums/second-download.js';
import { checkVerifiedChecksums, readAttestationBundles, readBundleFile, verifyChecksumsSignature } from '../sigstore/verify/files.js';
import { describeMatcher, exactly, GITHUB_ACTIONS_ISSUER, userMatcher, VerifyError, type CertificatePolicy, type VerifiedSignature } from '../sigstore/verify/index.js';
import { isWorkflowRef, workflowRefAt } from '../core/workflow-ref.js';
import { RELEASE_PREDICATE_V01, RELEASE_PREDICATE_V02, releaseStatementProblems, verifyGitHubReleaseAttestation } from '../sigstore/verify/release.js';
import { loadTrustMaterial, TrustMaterial } from '../sigstore/verify/trust.js';
import { DOWNLOAD_DIRECTORIES } from '../instructions/verify.js';
import { INSTRUCTIONS_FILE } from './names.js';
import { statementOf } from './publish.js';

/** The file GitHub's release attestation bundle is saved as beside the assets (`gh release verify TAG --format json --jq .attestation.bundle`). */
export const RELEASE_ATTESTATION_FILE = 'release-attestation.sigstore.json';

/** The version of the offline verification policy file this code reads. */
export const RELEASE_POLICY_VERSION = 1;

export { RELEASE_POLICY_FILE } from './names.js';

/** An offline verification policy: the trust material and who must have signed a release, as a release publishes it. */
export interface ReleasePolicy {
  /** The trusted root files (JSON, or JSONL holding several), absolute. */
  readonly trustedRoots: readonly string[];
  readonly certificate: CertificatePolicy;
  /** The source ref (Fulcio extension) must match this whole-value regular expression (RE2), e.g. `refs/tags/v.*`. */
  readonly refPattern: UserPattern | undefined;
  /** Attestation predicate types every release must carry. */
  readonly requiredPredicateTypes: readonly string[];
  /** GitHub's trusted root (absolute), to verify GitHub's release attestation of immutable releases; undefined when the policy has none. */
  readonly githubTrustedRoot: string | undefined;
  /** Whether the release must carry GitHub's release attestation. */
  readonly requireGitHubReleaseAttestation: boolean;
  /** The source repository (`owner/name`) the signer's certificate must name; GitHub's release attestation (v0.2) must name it too. */
  readonly repository: string | undefined;
}

function invalid(source: string, what: string): TrustKitError {
  return new TrustKitError('RELEASE_POLICY_INVALID', `the verification policy ${source} ${what}`, {
    hint: `a policy is JSON: {"version": ${RELEASE_POLICY_VERSION}, "trustedRoots": ["trusted_root.json"], "certificateIdentity" or "certificateIdentityRegExp", "issuer", "sourceRepository": "owner/name", "refPattern", "requiredPredicateTypes": [...]}`,
  });
}

/** Every key a policy of this version may hold (`about` is the note a shipped policy carries for its readers). */
const POLICY_KEYS: readonly string[] = ['version', 'about', 'trustedRoots', 'certificateIdentity', 'certificateIdentityRegExp', 'issuer', 'sourceRepository', 'refPattern', 'requiredPredicateTypes', 'githubTrustedRoot', 'requireGitHubReleaseAttestation'];

function invalidKey(source: string, key: string): TrustKitError {
  const meant = suggestions(key, POLICY_KEYS);
  const caseOnly = POLICY_KEYS.find((known) => known.toLowerCase() === key.toLowerCase());
  return new TrustKitError('RELEASE_POLICY_INVALID', `the verification policy ${source} has the key ${quoted(key, 80)}, which a version ${RELEASE_POLICY_VERSION} policy does not hold: it would check nothing`, {
    hint: `${didYouMean(caseOnly === undefined ? meant : [caseOnly])}a policy's keys are ${POLICY_KEYS.join(', ')}`,
  });
}

function stringField(record: Record<string, unknown>, key: string, source: string): string | undefined {
  const value = record[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '' || value.length > 4096) throw invalid(source, `has a "${key}" that is not a non-empty string of at most 4096 characters`);
  return value;
}

async function patternField(record: Record<string, unknown>, key: string, source: string): Promise<UserPattern | undefined> {
  const pattern = stringField(record, key, source);
  if (pattern === undefined) return undefined;
  await loadPatternEngine();
  const compiled = compileUserPattern(pattern);
  if ('problem' in compiled) throw invalid(source, `has a "${key}" that is not a regular expression (RE2 syntax): ${boundedText(compiled.problem)}`);
  return compiled;
}

/**
 * Reads an offline verification policy (JSON, at most 64 KiB) whose trusted root paths are
 * relative to the policy file. Every field is checked and a wrong one named; an identity is
 * required (exact, or a regular expression anchored at both ends).
 */
export async function parseReleasePolicy(text: string, source: string, policyDir: string): Promise<ReleasePolicy> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw invalid(source, `is not JSON: ${jsonSyntaxProblem(text, error)}`);
  }
  // JSON.parse keeps the last of two equal keys: a policy read two ways would trust another signer in another reader.
  const fault = jsonFault(text);
  if (fault !== undefined) throw invalid(source, describeJsonFault(fault));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid(source, 'is not a JSON object');
  const record = parsed as Record<string, unknown>;
  // A misspelt key read as absent would drop the check it asks for, and the release would pass without it.
  for (const key of Object.keys(record)) {
    if (!POLICY_KEYS.includes(key)) throw invalidKey(source, key);
  }
  if (record.version !== RELEASE_POLICY_VERSION) throw invalid(source, `has version ${quoted(record.version ?? null)}; this trust-kit reads version ${RELEASE_POLICY_VERSION}`);
  const roots = record.trustedRoots;
  // A NUL names no file: the file system call would throw an uncoded error.
  if (!Array.isArray(roots) || roots.length === 0 || roots.length > 16 || !roots.every((root) => typeof root === 'string' && root !== '' && !root.includes('\0'))) throw invalid(source, 'lists no "trustedRoots" (1 to 16 file names)');
  const identity = stringField(record, 'certificateIdentity', source);
  const identityPattern = stringField(record, 'certificateIdentityRegExp', source);
  if ((identity === undefined) === (identityPattern === undefined)) throw invalid(source, 'needs exactly one of "certificateIdentity" and "certificateIdentityRegExp"');
  const issuer = stringField(record, 'issuer', source);
  if (issuer === undefined) throw invalid(source, 'names no "issuer"');
  const repository = stringField(record, 'sourceRepository', source);
  if (repository !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) throw invalid(source, 'has a "sourceRepository" that is not owner/name');
  const types = record.requiredPredicateTypes ?? [];
  if (!Array.isArray(types) || types.length > 32 || !types.every((type) => typeof type === 'string' && type !== '')) throw invalid(source, 'has "requiredPredicateTypes" that are not a list of up to 32 URIs');
  const identityMatcher = identity === undefined ? await userMatcher(identityPattern as string) : exactly(identity);
  if ('problem' in identityMatcher) throw invalid(source, `has a "certificateIdentityRegExp" that is not a regular expression (RE2 syntax): ${boundedText(identityMatcher.problem)}`);
  const githubRoot = stringField(record, 'githubTrustedRoot', source);
  if (githubRoot?.includes('\0') === true) throw invalid(source, 'has a "githubTrustedRoot" that is no file name (it holds a NUL)');
  const requireRelease = record.requireGitHubReleaseAttestation ?? false;
  if (typeof requireRelease !== 'boolean') throw invalid(source, 'has a "requireGitHubReleaseAttestation" that is not true or false');
  if (requireRelease && githubRoot === undefined) throw invalid(source, 'requires GitHub\'s release attestation but names no "githubTrustedRoot" to verify it with');
  return {
    githubTrustedRoot: githubRoot === undefined ? undefined : resolve(policyDir, githubRoot),
    requireGitHubReleaseAttestation: requireRelease,
    repository,
    trustedRoots: (roots as string[]).map((root) => resolve(policyDir, root)),
    certificate: {
      kind: 'certificate',
      identity: identityMatcher,
      issuer: exactly(issuer),
      extensions: repository === undefined ? {} : { sourceRepositoryURI: `https://github.com/${repository}` },
      extensionsIgnoringCase: ['sourceRepositoryURI'],
      // As --expect-repo's own check says it (exit 8): a certificate of another repository than the policy's is that, whichever check finds it.
      mismatchCodes: { extensions: { sourceRepositoryURI: 'VERIFY_POLICY_REPOSITORY_MISMATCH' } },
    },
    refPattern: await patternField(record, 'refPattern', source),
    requiredPredicateTypes: types as string[],
  };
}

/** What a release's own policy file says: who signed it, from where, and what it carries. */
export interface ReleasePolicyFacts {
  /** File names, relative to the policy file. */
  readonly trustedRoots: readonly string[];
  readonly identity: string;
  readonly issuer: string;
  /** `owner/name`, when the certificate carries it (GitHub Actions on github.com). */
  readonly repository: string | undefined;
  /** A whole-value regular expression over the certificate's source ref, when it carries one. */
  readonly refPattern: string | undefined;
  readonly requiredPredicateTypes: readonly string[];
  /** GitHub's trusted root (relative), when the release must carry GitHub's release attestation. */
  readonly githubTrustedRoot: string | undefined;
}

/** What a shipped policy can and cannot promise, in the file itself: it travels with the release it describes. */
const SHIPPED_POLICY_NOTE = 'This policy came with the release it describes: it states what to expect, it is not a reason to trust. Compare certificateIdentity, issuer and sourceRepository with what you expect before using it, or write your own.';

/** Sorts object keys at every level, so the same facts always give the same bytes. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, entry]) => [key, sortedKeys(entry)]));
}

/** JSON with its keys sorted at every level: deterministic bytes for files a release publishes and signs. */
export function canonicalJson(value: unknown, indent?: number): string {
  return JSON.stringify(sortedKeys(value), null, indent);
}

/** The policy file a release publishes for its own signer (keys sorted, predicate types sorted), which `parseReleasePolicy` reads back. */
export function releasePolicyJson(facts: ReleasePolicyFacts): string {
  const policy = {
    version: RELEASE_POLICY_VERSION,
    about: SHIPPED_POLICY_NOTE,
    trustedRoots: facts.trustedRoots,
    certificateIdentity: facts.identity,
    issuer: facts.issuer,
    ...(facts.repository === undefined ? {} : { sourceRepository: facts.repository }),
    ...(facts.refPattern === undefined ? {} : { refPattern: facts.refPattern }),
    requiredPredicateTypes: [...new Set(facts.requiredPredicateTypes)].sort(),
    requireGitHubReleaseAttestation: facts.githubTrustedRoot !== undefined,
    ...(facts.githubTrustedRoot === undefined ? {} : { githubTrustedRoot: facts.githubTrustedRoot }),
  };
  return `${canonicalJson(policy, 2)}\n`;
}

/** What `verifyRelease` found in a release directory and verified. */
export interface ReleaseVerification {
  /** The signed checksums file: its name, who signed it and how many files matched it. */
  checksums: { file: string; signer: string; verifiedFiles: number } | undefined;
  /** Per predicate type, the files an attestation of that type was verified for. */
  attestations: { predicateType: string; files: string[] }[];
  /** GitHub's release attestation: its predicate type, the tag it names and how many assets it lists; undefined when the directory holds none. */
  githubRelease: { predicateType: string; tag: string; assets: number } | undefined;
  /**
   * Files of the directory that nothing verified: neither listed in the signed checksums file nor
   * evidence read here (an asset added to the release by someone who could not sign, or the
   * user's own files), sorted.
   */
  unlisted: string[];
  /** Files the release writes after signing, so unsigned by design (VERIFY.md): not evidence, and nothing verified relies on them. */
  unsigned: string[];
  /** Files the signed checksums file lists that the directory lacks (a partial download), sorted; at most 10,000. */
  missing: string[];
  /** Unlisted files named as a browser names a second download of a listed file that is not there (`app (1).tgz`), with that file's name; at most 5. */
  secondDownloads: { file: string; listed: string }[];
}

/** A predicate type for a message: the signer chose it. */
function shownType(value: unknown): string {
  return typeof value === 'string' ? quoted(value) : 'missing';
}

function signerOf(signature: VerifiedSignature): string {
  return signature.signer.kind === 'certificate' ? signature.signer.subjectAlternativeName : `key ${signature.signer.source}`;
}

function checkRef(policy: ReleasePolicy, signature: VerifiedSignature, what: string): void {
  if (policy.refPattern === undefined) return;
  const ref = signature.signer.kind === 'certificate' ? signature.signer.extensions.sourceRepositoryRef : undefined;
  if (ref === undefined || !policy.refPattern.test(ref)) {
    throw new VerifyError('VERIFY_POLICY_SOURCE_MISMATCH', `${what} was signed from ${ref === undefined ? 'no source ref' : quoted(ref)}, which the policy's refPattern does not match`);
  }
}

/**
 * Holds the checksums file's signer to `--tag` and `--commit` when no GitHub release attestation
 * ties the files to them: its certificate's source ref must be the tag's and its source digest the
 * commit. Without this, they were checked against nothing, and an older signed release of the same
 * repository passed for the tag asked for. A release signed with a key, or from another ref than
 * the tag (a branch, tagged at publishing), carries nothing that names the tag: refused, with the
 * way to check it (GitHub's release attestation) rather than passed unchecked.
 */
function checkSource(signature: VerifiedSignature, expected: { tag: string | undefined; commit: string | undefined }, what: string): void {
  const extensions = signature.signer.kind === 'certificate' ? signature.signer.extensions : undefined;
  const hint = `these files are not the release you asked for, or nothing in them names it: without ${RELEASE_ATTESTATION_FILE} (GitHub's release attestation, \`gh release verify TAG --format json --jq .attestation.bundle\`), --tag and --commit are checked against the signer's certificate`;
  if (expected.tag !== undefined) {
    const ref = extensions?.sourceRepositoryRef;
    if (ref !== `refs/tags/${expected.tag}`) {
      throw new VerifyError('VERIFY_POLICY_SOURCE_MISMATCH', `${what} was signed from ${ref === undefined ? (extensions === undefined ? 'no source ref (it was signed with a key)' : 'no source ref') : quoted(ref)}, not from ${quoted(`refs/tags/${expected.tag}`)} (--tag)`, { hint });
    }
  }
  if (expected.commit !== undefined) {
    const digest = extensions?.sourceRepositoryDigest;
    if (digest?.toLowerCase() !== expected.commit.toLowerCase()) {
      throw new VerifyError('VERIFY_POLICY_SOURCE_MISMATCH', `${what} was signed from ${digest === undefined ? 'no source commit' : `the commit ${quoted(digest)}`}, not ${quoted(expected.commit)} (--commit)`, { hint });
    }
  }
}

const NAMED_ROOT_HINT = 'the policy names trusted root files relative to the policy file: check "trustedRoots" and "githubTrustedRoot", and that the files are there';

/**
 * Reads a file a policy stands on (the policy, a trusted root it names). One that cannot be opened
 * is a fault of the policy or of the path given, so it is named as RELEASE_POLICY_INVALID with what
 * to do, not left to surface as a bare system error.
 */
async function readPolicyInput(path: string, what: string, maxBytes: number, hint: string, code = 'RELEASE_POLICY_INVALID'): Promise<Buffer> {
  try {
    return await readRegularFile(path, { maxBytes, what });
  } catch (error) {
    if (isTrustKitError(error)) throw error;
    throw new TrustKitError(code, `cannot read the ${what} ${path}: ${systemErrorCode(error) ?? String(error)}`, { cause: error, hint });
  }
}

/** Trusted root files read and parsed ahead of a verification, by absolute path (see {@link readTrustedRoots}). */
export type TrustedRootFiles = ReadonlyMap<string, TrustMaterial>;

/** The hint for a trusted root given with --trusted-root that cannot be read: the policy, which names none then, is not at fault. */
const GIVEN_ROOT_HINT = 'put the trusted root there that --trusted-root names: the one you got from the Sigstore deployment\'s operator, or `gh attestation trusted-root` for the public instances (VERIFY.md says which), in trust-kit-roots/ beside the files';

async function readTrustedRoot(path: string, given = false): Promise<TrustMaterial> {
  const bytes = given ? await readPolicyInput(path, 'trusted root (--trusted-root)', INPUT_LIMITS.trustedRoot, GIVEN_ROOT_HINT, 'SIGSTORE_INPUT_UNREADABLE') : await readPolicyInput(path, 'trusted root', INPUT_LIMITS.trustedRoot, NAMED_ROOT_HINT);
  return loadTrustMaterial(bytes.toString('utf8'), path);
}

/**
 * Reads and parses trusted root files (JSON, or gh's JSONL) ahead of {@link verifyRelease}, which
 * then uses them: verify-release reads those its policy stands on before it downloads anything, so
 * a root that is missing or holds no trusted root fails before any request, not after gigabytes.
 * `given` is the one the user named with --trusted-root, if any: one missing is told as that flag's.
 */
export async function readTrustedRoots(paths: readonly string[], given?: string): Promise<TrustedRootFiles> {
  return new Map(await Promise.all([...new Set(paths)].map(async (path) => [path, await readTrustedRoot(path, path === given)] as const)));
}

/** The trusted root files verifying a release under `policy` reads whatever the release holds: GitHub's only when the policy requires GitHub's release attestation. */
export function policyRootFiles(policy: ReleasePolicy): string[] {
  return [...policy.trustedRoots, ...(policy.requireGitHubReleaseAttestation && policy.githubTrustedRoot !== undefined ? [policy.githubTrustedRoot] : [])];
}

async function loadRoots(policy: ReleasePolicy, preread: TrustedRootFiles | undefined): Promise<TrustMaterial> {
  // Each file is read on its own (a pretty-printed trusted_root.json beside a JSONL of several), then their roots are trusted together.
  const loaded = await Promise.all(policy.trustedRoots.map(async (path) => preread?.get(path) ?? readTrustedRoot(path)));
  return new TrustMaterial(loaded.flatMap((material) => material.roots));
}

/** The statement's predicate type and subjects, read to pick bundles (the signature is verified before anything counts). */
function peek(bundle: AttestationBundle): { predicateType: string; subjects: { name: string; digest: Partial<Record<'sha256' | 'sha512', string>> }[] } | undefined {
  const payload = (bundle.json as { dsseEnvelope?: { payload?: unknown } } | null)?.dsseEnvelope?.payload;
  if (typeof payload !== 'string') return undefined;
  try {
    const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { predicateType?: unknown; subject?: unknown };
    const subjects = Array.isArray(statement.subject)
      ? statement.subject.flatMap((subject: { name?: unknown; digest?: Record<string, unknown> }) => {
          if (typeof subject?.name !== 'string') return [];
          // The algorithms a checksums file can list (a sha512 release's subjects name files by SHA-512 alone).
          const digest = Object.fromEntries((['sha256', 'sha512'] as const).flatMap((algorithm) => (typeof subject.digest?.[algorithm] === 'string' ? [[algorithm, subject.digest[algorithm].toLowerCase()]] : [])));
          return Object.keys(digest).length === 0 ? [] : [{ name: subject.name, digest }];
        })
      : [];
    return typeof statement.predicateType === 'string' ? { predicateType: statement.predicateType, subjects } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The files a release carries unsigned by design: VERIFY.md is written after signing (it names the
 * signature's bundle). A directory beside the assets (VERIFY.md's trusted roots, the verifier's
 * checkout) is never an asset, and is not looked at.
 */
const UNSIGNED_BY_DESIGN: ReadonlySet<string> = new Set([INSTRUCTIONS_FILE]);

/** The checksums files a release may carry, one per algorithm (see `checksumsFileName`). */
const RELEASE_CHECKSUMS_FILES = ['SHA256SUMS', 'SHA512SUMS'] as const;

/**
 * The digests of each file that matched the signed checksums file, by its listed name: the listed
 * one, and the SHA-256 that attestations and GitHub's release attestation need (for another
 * algorithm, each file is read again for both; one that no longer has the listed digest, changed
 * since it was checked, fails).
 */
async function listedDigests(dir: string, results: readonly CheckResult[]): Promise<Map<string, ArtifactDigests>> {
  const digests = new Map<string, ArtifactDigests>();
  for (const { entry } of results) {
    const hex = entry.hex.toLowerCase();
    if (entry.algorithm === 'sha256') {
      digests.set(entry.name, { sha256: hex });
      continue;
    }
    const { digest } = await hashFile(join(dir, entry.name), ['sha256', entry.algorithm], { what: 'release file', shown: entry.name });
    if (digest[entry.algorithm] !== hex) {
      throw new VerifyError('VERIFY_ARTIFACT_MISMATCH', `${boundedText(reportedName(entry.name))} changed while it was read: it no longer has the digest it was checked against`, { hint: 'download the release again into a directory nothing else writes to' });
    }
    digests.set(entry.name, { sha256: digest.sha256 ?? '', [entry.algorithm]: hex });
  }
  return digests;
}

/** The entries of a downloaded release's directory; RELEASE_DIR_UNREADABLE when it is none (missing, a file, unreadable). */
export async function readReleaseDirectory(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new TrustKitError('RELEASE_DIR_UNREADABLE', `cannot read the release directory ${dir}: ${systemErrorCode(error) ?? String(error)}`, { cause: error, hint: 'give the directory the release assets were downloaded to (`gh release download TAG -D DIR`)' });
  }
}

/**
 * Verifies offline what a downloaded release directory carries, under a policy: the signed
 * checksums file (`SHA256SUMS`, or `SHA512SUMS`, and its `.sigstore.json`) and every file it lists, then each
 * attestation of `attestations.intoto.jsonl` for each listed file it names, whose digest must be
 * the verified one. Every signature must be by the policy's signer, from a ref its pattern
 * matches. Refuses a directory without signed checksums (VERIFY_RELEASE_INCOMPLETE), one
 * lacking a listed file when it holds the whole release (`complete`: downloaded by trust-kit), and one
 * lacking a required predicate type. The policy's trusted roots are taken from `roots` where it
 * holds them (see {@link readTrustedRoots}), read from their files otherwise.
 */
export async function verifyRelease(options: { dir: string; policy: ReleasePolicy; tag?: string; commit?: string; repository?: string; roots?: TrustedRootFiles; complete?: boolean }): Promise<ReleaseVerification> {
  const { dir, policy } = options;
  const trust = await loadRoots(policy, options.roots);
  const entries = await readReleaseDirectory(dir);
  const present = new Set(entries.map((entry) => entry.name));
  // A release's checksums file is named by its algorithm (`algorithm: sha512` makes SHA512SUMS); the first one signed is the release's.
  const checksumsName = RELEASE_CHECKSUMS_FILES.find((name) => present.has(name) && present.has(`${name}.sigstore.json`));
  if (checksumsName === undefined) {
    const wanted = new Set(RELEASE_CHECKSUMS_FILES.flatMap((name) => [name, `${name}.sigstore.json`]).filter((name) => !present.has(name)));
    const renamed = entries.flatMap((entry) => {
      const listed = secondDownloadOf(entry.name, wanted);
      return listed === undefined ? [] : [`${quoted(entry.name)} looks like a second download of ${listed}: rename it to ${listed}`];
    });
    throw new TrustKitError('VERIFY_RELEASE_INCOMPLETE', `${dir} holds no signed checksums file (${RELEASE_CHECKSUMS_FILES.map((name) => `${name} and ${name}.sigstore.json`).join(', or ')})`, { hint: renamed.length > 0 ? renamed.slice(0, 2).join('; ') : 'download every asset of the release into the directory' });
  }
  const checksumsPath = join(dir, checksumsName);
  const signed = await verifyChecksumsSignature({ checksumsPath, bundleJson: await readBundleFile(`${checksumsPath}.sigstore.json`, dir), policy: policy.certificate, trust, cwd: dir, bundleShown: `${checksumsPath}.sigstore.json` });
  checkRef(policy, signed.signature, checksumsName);
  // GitHub's release attestation, when the release carries it, ties the files to the tag and the commit itself (below).
  if (!present.has(RELEASE_ATTESTATION_FILE)) checkSource(signed.signature, { tag: options.tag, commit: options.commit }, checksumsName);
  const results: CheckResult[] = [];
  // Listed files that are not there, bounded: a file the browser renamed is named as such.
  const missingNames = new Set<string>();
  const onIgnored = (entry: { name: string }): void => void (missingNames.size < 10_000 && missingNames.add(entry.name.replace(/^\.\//, '')));
  const { counts } = await checkVerifiedChecksums(signed, { files: [], base: dir, cwd: dir, onResult: (result) => void results.push(result), onIgnored });
  if (results.length === 0) {
    // Missing files are skipped (a partial download), but with all of them missing nothing was verified: as verify-checksums, refuse rather than report success.
    throw new TrustKitError('VERIFY_RELEASE_INCOMPLETE', `${dir} holds none of the ${counts.ignored} files ${checksumsName} lists, so no file was verified`, { hint: `download the release's assets into the directory beside ${checksumsName}` });
  }
  // A release downloaded whole lacks what it does not hold: a listed file missing there is the published release's gap, not a partial download's.
  if (options.complete === true && missingNames.size > 0) {
    const missing = [...missingNames].sort();
    throw new TrustKitError('VERIFY_RELEASE_INCOMPLETE', `the release holds every asset downloaded, but not ${missing.length} file(s) its signed ${checksumsName} lists: ${missing.slice(0, 5).map((name) => boundedText(name)).join(', ')}${missing.length > 5 ? ', ...' : ''}`, {
      hint: 'the published release lacks files it was signed with (deleted since, or never uploaded): tell its maintainers; the files it holds can be checked with verify-release DIR after `gh release download`',
    });
  }
  const verified = { signature: signed.signature, sha256: signed.sha256, results };
  const failed = verified.results.filter((result) => result.status !== 'ok');
  if (failed.length > 0) {
    throw new VerifyError('VERIFY_ARTIFACT_MISMATCH', `${failed.length} file(s) do not match the signed ${checksumsName}: ${failed.slice(0, 5).map((result) => `${boundedText(reportedName(result.entry.name))} (${result.status})`).join(', ')}`);
  }
  const listed = await listedDigests(dir, verified.results);
  const attestations = new Map<string, Set<string>>();
  if (present.has('attestations.intoto.jsonl')) {
    const source = join(dir, 'attestations.intoto.jsonl');
    const bundles = await readAttestationBundles(source, dir);
    const certificate = attestationPolicy(policy.certificate, { predicateType: '' }, 'explicit');
    for (const bundle of bundles) {
      const claimed = peek(bundle);
      if (claimed === undefined) continue;
      // A bundle is verified once, for the first subject that is a listed file: its signature covers the statement, every subject
      // of it included. Verified again for each of its up to 1,024 subjects, a release of 1,000 files took 21 s, of 7,000 hours.
      let signedStatement = false;
      for (const subject of claimed.subjects) {
        const digests = listed.get(subject.name);
        // A subject is the listed file when some digest they share is there, and every one they share is equal.
        const shared = (['sha256', 'sha512'] as const).filter((algorithm) => digests?.[algorithm] !== undefined && subject.digest[algorithm] !== undefined);
        if (digests === undefined || shared.length === 0) continue;
        if (shared.some((algorithm) => digests[algorithm] !== subject.digest[algorithm])) {
          throw new VerifyError('VERIFY_SUBJECT_MISMATCH', `attestations.intoto.jsonl holds an attestation (${boundedText(claimed.predicateType)}) naming ${boundedText(reportedName(subject.name))} with another digest than the signed ${checksumsName}`, {
            hint: `it is another release's, or was changed: download attestations.intoto.jsonl again from the release ${checksumsName} came with`,
          });
        }
        if (!signedStatement) {
          const result = verifyAttestation({ bundles: [bundle], artifact: digests, policy: certificate, trust, predicateType: claimed.predicateType, source });
          checkRef(policy, result.signature, `the ${boundedText(claimed.predicateType)} attestation`);
          signedStatement = true;
        }
        const files = attestations.get(claimed.predicateType) ?? new Set<string>();
        files.add(subject.name);
        attestations.set(claimed.predicateType, files);
      }
      // A turn of the event loop between bundles: SIGINT and SIGTERM end a long verification there.
      await nextTurn();
    }
  }
  const missing = policy.requiredPredicateTypes.filter((type) => !attestations.has(type));
  if (missing.length > 0) {
    throw new TrustKitError('VERIFY_RELEASE_INCOMPLETE', `the release carries no verified attestation of the required type${missing.length === 1 ? '' : 's'} ${missing.map((type) => quoted(type)).join(', ')}`, { hint: 'download attestations.intoto.jsonl with the other assets; a release without it does not meet the policy' });
  }
  const githubRelease = present.has(RELEASE_ATTESTATION_FILE) ? await verifyGitHubRelease(dir, policy, new Map([...[...listed].map(([name, digests]) => [name, digests.sha256] as const), [checksumsName, verified.sha256]]), { tag: options.tag, commit: options.commit, repository: options.repository ?? policy.repository }, options.roots) : undefined;
  if (githubRelease === undefined && policy.requireGitHubReleaseAttestation) {
    throw new TrustKitError('VERIFY_RELEASE_INCOMPLETE', `${dir} holds no ${RELEASE_ATTESTATION_FILE}, which the policy requires`, { hint: `save it with \`gh release verify TAG --format json --jq .attestation.bundle > ${RELEASE_ATTESTATION_FILE}\`` });
  }
  const read = new Set([checksumsName, `${checksumsName}.sigstore.json`, 'attestations.intoto.jsonl', ...(githubRelease === undefined ? [] : [RELEASE_ATTESTATION_FILE])]);
  const listedNames = [...listed.keys()];
  // A directory none of whose files is listed (`bin/` beside the assets) is named too, but those VERIFY.md's commands make.
  const unlistedDirectory = (name: string): boolean => !DOWNLOAD_DIRECTORIES.includes(name) && !listedNames.some((listedName) => listedName.startsWith(`${name}/`) || listedName.startsWith(`./${name}/`));
  const notVerified = entries
    .flatMap((entry) => (entry.isDirectory() ? (unlistedDirectory(entry.name) ? [`${entry.name}/`] : []) : !listed.has(entry.name) && !listed.has(`./${entry.name}`) && !read.has(entry.name) ? [entry.name] : []))
    .sort();
  // Said apart, once: named among the files nothing verified in every run, they would teach users to skip that line.
  const unsigned = notVerified.filter((name) => UNSIGNED_BY_DESIGN.has(name));
  const unlisted = notVerified.filter((name) => !UNSIGNED_BY_DESIGN.has(name));
  return {
    checksums: { file: checksumsName, signer: signerOf(verified.signature), verifiedFiles: verified.results.length },
    attestations: [...attestations].map(([predicateType, files]) => ({ predicateType, files: [...files].sort() })),
    githubRelease,
    unlisted,
    unsigned,
    missing: [...missingNames].sort(),
    secondDownloads: unlisted.flatMap((file) => {
      const listed = secondDownloadOf(file, missingNames);
      return listed === undefined ? [] : [{ file, listed }];
    }).slice(0, 5),
  };
}

/**
 * Verifies GitHub's release attestation saved in the directory against the policy's GitHub
 * trusted root, and checks that it lists every verified file (SHA256SUMS and the files it lists)
 * with the same digest, and names `tag` when one is given; a v0.2 statement must also name the
 * policy's repository (its purl too) and, when one is given, the commit.
 */
async function verifyGitHubRelease(dir: string, policy: ReleasePolicy, files: ReadonlyMap<string, string>, expected: { tag: string | undefined; commit: string | undefined; repository: string | undefined }, preread: TrustedRootFiles | undefined): Promise<NonNullable<ReleaseVerification['githubRelease']>> {
  if (policy.githubTrustedRoot === undefined) {
    throw new TrustKitError('RELEASE_POLICY_INVALID', `${dir} holds ${RELEASE_ATTESTATION_FILE}, but the policy names no "githubTrustedRoot" to verify it with`, { hint: 'add GitHub\'s trusted root (`gh attestation trusted-root`) to the policy, or remove the file' });
  }
  const trust = preread?.get(policy.githubTrustedRoot) ?? (await readTrustedRoot(policy.githubTrustedRoot));
  const bundle = await readBundleFile(join(dir, RELEASE_ATTESTATION_FILE), dir);
  const [first] = files.values();
  const statement = verifyGitHubReleaseAttestation(bundle, first ?? '', trust) as { predicateType?: unknown; subject?: unknown; predicate?: { tag?: unknown } };
  // Checked by what its predicate type says: a statement of another type would be read as v0.1, by its tag alone.
  if (statement.predicateType !== RELEASE_PREDICATE_V02 && statement.predicateType !== RELEASE_PREDICATE_V01) {
    throw new VerifyError('VERIFY_PREDICATE_TYPE_MISMATCH', `GitHub's release attestation has the predicate type ${shownType(statement.predicateType)}, not ${RELEASE_PREDICATE_V02} or ${RELEASE_PREDICATE_V01}`, { hint: `save GitHub's release attestation of the release as ${RELEASE_ATTESTATION_FILE} (\`gh release verify TAG --format json --jq .attestation.bundle\`)` });
  }
  if (expected.commit !== undefined && statement.predicateType !== RELEASE_PREDICATE_V02) {
    throw new VerifyError('VERIFY_POLICY_SOURCE_MISMATCH', `GitHub's release attestation is a ${RELEASE_PREDICATE_V01} statement, which names no commit: --commit ${boundedText(expected.commit, 64)} cannot be checked against it`, { hint: 'drop --commit for a release attested with predicate v0.1, or save its v0.2 attestation' });
  }
  const subjects = new Map<string, string>();
  for (const subject of Array.isArray(statement.subject) ? statement.subject : []) {
    const { name, digest } = (subject ?? {}) as { name?: unknown; digest?: { sha256?: unknown } };
    if (typeof name === 'string' && typeof digest?.sha256 === 'string') subjects.set(name, digest.sha256.toLowerCase());
  }
  const missing = [...files].filter(([name, hex]) => subjects.get(name) !== hex).map(([name]) => name);
  if (missing.length > 0) {
    throw new VerifyError('VERIFY_SUBJECT_MISMATCH', `GitHub's release attestation does not list ${missing.slice(0, 5).map((name) => quoted(name)).join(', ')}${missing.length > 5 ? ', …' : ''} with the verified digest`, { hint: 'these files are not the ones GitHub recorded when the release was published: download them again' });
  }
  const problems = releaseStatementProblems(statement, expected);
  if (problems.length > 0) {
    throw new VerifyError('VERIFY_POLICY_SOURCE_MISMATCH', `GitHub's release attestation is not for this release: ${problems.slice(0, 5).join('; ')}`, { hint: 'these files come from another release, repository or commit than the one you expect: check --tag, --commit and the policy\'s sourceRepository' });
  }
  const statedTag = typeof statement.predicate?.tag === 'string' ? statement.predicate.tag : '';
  return { predicateType: typeof statement.predicateType === 'string' ? statement.predicateType : '', tag: statedTag, assets: subjects.size };
}

/** Reads and parses the policy file at `path`; `missingHint` says what to do when it cannot be read. */
export async function readReleasePolicy(path: string, missingHint: string): Promise<ReleasePolicy> {
  const text = (await readPolicyInput(path, 'verification policy', 64 * 1024, missingHint)).toString('utf8');
  return parseReleasePolicy(text, path, dirname(path));
}

/** How much of a release `downloadRelease` takes: assets, bytes per asset and in all. */
export interface ReleaseDownloadLimits {
  readonly maxAssets: number;
  readonly maxAssetBytes: number;
  readonly maxTotalBytes: number;
}

/** The bounds a release download keeps unless told otherwise: 1000 assets, 2 GiB each, 8 GiB in all. */
export const RELEASE_DOWNLOAD_LIMITS: ReleaseDownloadLimits = { maxAssets: 1000, maxAssetBytes: 2 * 1024 ** 3, maxTotalBytes: 8 * 1024 ** 3 };

/** What `downloadRelease` fetched. */
export interface DownloadedRelease {
  readonly dir: string;
  readonly assets: readonly string[];
  readonly immutable: boolean;
  /** The predicate type of GitHub's release attestation saved as {@link RELEASE_ATTESTATION_FILE}; undefined when the release is not immutable. */
  readonly releaseAttestation: string | undefined;
}

/** The empty file a download puts in its directory while it fills it, so that another run never fills it too. */
const DOWNLOAD_CLAIM = '.trust-kit-downloading';

function downloadRefused(message: string, hint: string): TrustKitError {
  return new TrustKitError('RELEASE_DOWNLOAD_REFUSED', message, { hint });
}

function anotherRunsDownload(dir: string): TrustKitError {
  return downloadRefused(`the download directory ${dir} is being filled by another verify-release, or was by one killed part way (${join(dir, DOWNLOAD_CLAIM)})`, 'give each run a --download-dir of its own; if no verify-release runs, remove the directory (a killed run leaves what it downloaded there too)');
}

function unmadeDownloadDir(dir: string, error: unknown): TrustKitError {
  return new TrustKitError('RELEASE_DIR_UNREADABLE', `cannot make the download directory ${dir}: ${systemErrorCode(error) ?? String(error)}`, { cause: error, hint: 'give a --download-dir trust-kit can write' });
}

/** Refuses a download directory whose listing is `entries` unless it is empty: files already there would be verified as the release's. */
function refuseFilled(dir: string, entries: readonly string[]): void {
  if (entries.includes(DOWNLOAD_CLAIM)) throw anotherRunsDownload(dir);
  if (entries.length > 0) throw downloadRefused(`the download directory ${dir} is not empty`, 'give an empty or new --download-dir: files already there would be verified as the release\'s (a run stopped part way leaves what it downloaded: remove the directory)');
}

/** The bundle GitHub answered, as JSON to save; one nested past what JSON.stringify can recurse through (no real bundle is) is refused, not a crash. */
function savedBundle(bundle: Record<string, unknown>, tag: string, repository: string): string {
  try {
    return JSON.stringify(bundle);
  } catch (error) {
    throw new TrustKitError('RELEASE_DOWNLOAD_REFUSED', `GitHub's release attestation for ${tag} of ${repository} cannot be saved: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
      hint: 'the attestations API answered a bundle no Sigstore client writes; check the release with `gh release verify` and report it',
    });
  }
}

/**
 * Downloads the published release of `tag` through the GitHub API into `dir` (created; it must
 * hold nothing yet), as `verifyRelease` reads it: every uploaded asset under its name, each within
 * the limits and, where GitHub computed one, matching GitHub's digest. For an immutable release,
 * GitHub's release attestation from the attestations API (v0.2 before v0.1, the one naming the
 * tag and `repository`) is saved as {@link RELEASE_ATTESTATION_FILE}. Nothing here is trusted:
 * `verifyRelease` checks it all offline afterwards.
 */
export async function downloadRelease(options: { releases: ReleasesPort; repository: string; tag: string; dir: string; limits?: ReleaseDownloadLimits }): Promise<DownloadedRelease> {
  const { releases, repository, tag, dir } = options;
  const limits = options.limits ?? RELEASE_DOWNLOAD_LIMITS;
  // Looked at before any request too (and again once claimed): a directory that cannot take the release is refused without asking GitHub for anything.
  refuseFilled(dir, await readdir(dir).catch((error: unknown) => {
    if (systemErrorCode(error) === 'ENOENT') return [];
    throw unmadeDownloadDir(dir, error);
  }));
  const release = await releases.findRelease(tag);
  if (release === undefined || release.draft) {
    throw new TrustKitError('RELEASE_NOT_FOUND', `${repository} has no published release for the tag ${quoted(tag)}`, { hint: 'check --repo and --tag (`gh release list --repo OWNER/REPO`); a draft is not a release to verify' });
  }
  const listed = (await releases.listAssets(release.id)).filter((asset) => asset.state === 'uploaded');
  if (listed.length > limits.maxAssets) throw downloadRefused(`release ${tag} of ${repository} has ${listed.length} assets, more than the ${limits.maxAssets} trust-kit downloads`, 'download the assets yourself (`gh release download TAG -D DIR`) and run verify-release DIR');
  let total = 0;
  for (const asset of listed) {
    // Release assets are one flat list; a name that is a path, or that stands for GitHub's own attestation, is not written.
    if (!/^[^/\\\0]+$/.test(asset.name) || asset.name === '.' || asset.name === '..' || asset.name === RELEASE_ATTESTATION_FILE || asset.name === DOWNLOAD_CLAIM) {
      throw downloadRefused(`release ${tag} of ${repository} has an asset named ${quoted(asset.name)}, which is not a plain file name trust-kit can download it as`, 'download the assets yourself and verify the directory');
    }
    if (asset.size > limits.maxAssetBytes) throw downloadRefused(`the asset ${boundedText(asset.name)} of release ${tag} holds ${asset.size} bytes, more than the ${limits.maxAssetBytes} trust-kit downloads`, 'download the assets yourself and verify the directory');
    total += asset.size;
  }
  if (total > limits.maxTotalBytes) throw downloadRefused(`release ${tag} of ${repository} holds ${total} bytes of assets, more than the ${limits.maxTotalBytes} trust-kit downloads`, 'download the assets yourself and verify the directory');
  const claim = join(dir, DOWNLOAD_CLAIM);
  let unregister: (() => void) | undefined;
  try {
    await makeDirectories(dir);
    refuseFilled(dir, await readdir(dir));
    // Claimed before anything is written: two runs that both found it empty never fill it together.
    // Registered before it is made, so a SIGINT or SIGTERM while the run fills the directory removes it with the temporary files;
    // made synchronously, so that no signal handler runs while it is registered but may be another run's (EEXIST).
    unregister = removedOnSignal(claim);
    closeSync(openSync(claim, 'wx'));
  } catch (error) {
    // Not made, or another run's: this run's signal must not remove it.
    unregister?.();
    if (error instanceof TrustKitError) throw error;
    if (systemErrorCode(error) === 'EEXIST') throw anotherRunsDownload(dir);
    throw unmadeDownloadDir(dir, error);
  }
  try {
    return await downloadInto(dir, { releases, repository, tag }, release, listed);
  } finally {
    await rm(claim, { force: true });
    unregister();
  }
}

/** {@link downloadRelease}'s downloads into the directory it claimed. */
async function downloadInto(dir: string, { releases, repository, tag }: { releases: ReleasesPort; repository: string; tag: string }, release: Release, listed: readonly ReleaseAsset[]): Promise<DownloadedRelease> {
  const digests: string[] = [];
  for (const asset of listed) {
    // Streamed to the file, never held whole: an asset may be gigabytes.
    const path = join(dir, asset.name);
    await releases.saveAsset(asset.id, path, asset.size);
    const digest = `sha256:${(await hashFile(path, ['sha256'])).digest.sha256 ?? ''}`;
    digests.push(digest);
    if (asset.digest !== undefined && asset.digest !== digest) {
      await rm(path, { force: true });
      throw new VerifyError('VERIFY_ARTIFACT_MISMATCH', `the asset ${boundedText(asset.name)} of release ${tag} downloaded with ${digest}, not the ${boundedText(asset.digest, 80)} GitHub lists for it`, { hint: 'download the release again' });
    }
  }
  let releaseAttestation: string | undefined;
  if (release.immutable) {
    // GitHub's release attestation lists every asset: any one's digest finds it.
    const anchorDigest = digests[0];
    if (anchorDigest === undefined) throw downloadRefused(`the immutable release ${tag} of ${repository} has no asset`, 'there is nothing to verify');
    for (const predicateType of [RELEASE_PREDICATE_V02, RELEASE_PREDICATE_V01]) {
      const bundles = await releases.listAttestations(anchorDigest, predicateType);
      const bundle = bundles.find((candidate) => releaseStatementProblems(statementOf(candidate), { repository, tag }).length === 0);
      if (bundle === undefined) continue;
      await writeFileAtomic(join(dir, RELEASE_ATTESTATION_FILE), `${savedBundle(bundle, tag, repository)}\n`);
      releaseAttestation = predicateType;
      break;
    }
  }
  return { dir, assets: listed.map((asset) => asset.name), immutable: release.immutable, releaseAttestation };
}

/**
 * What the user pins a policy the release carries to: its source repository (`owner/name`), the
 * signer workflow (`owner/repo/path`), and the trusted root (absolute path) to verify with.
 */
export interface ShippedPolicyPins {
  readonly repository?: string | undefined;
  readonly signerWorkflow?: string | undefined;
  /** A signer outside GitHub Actions: its identity, exactly, and its issuer (given together). */
  readonly identity?: string | undefined;
  readonly issuer?: string | undefined;
  readonly trustedRoot?: string | undefined;
}

/** A ref pattern that is a ref, its specials escaped, maybe followed by `.*` (`refs/tags/.*`): what trust-kit writes, and nothing that backtracks. */
const LITERAL_REF_PATTERN = /^(?:[^\\.*+?()[\]{}|^$]|\\.)*(?:\.\*)?$/;

/**
 * Holds a policy that came with the release to the user's own pins: without a pin it proves
 * nothing (whoever replaced the release could replace the policy). The policy must name the
 * pinned repository, its exact identity must be the pinned workflow on github.com at some ref (or
 * the pinned identity, exactly, with the pinned issuer), and its issuer GitHub Actions' when a
 * repository or workflow is pinned (what those pins stand for); it may hold no regular expression but a
 * ref pattern of trust-kit's shape. Its trusted roots are replaced by the
 * user's: roots that came with the release would let whoever replaced it mint the pinned
 * identity and repository under a CA of their own.
 */
export function pinShippedPolicy(policy: ReleasePolicy, pins: ShippedPolicyPins, source: string): ReleasePolicy {
  if (pins.repository === undefined && pins.signerWorkflow === undefined && (pins.identity === undefined || pins.issuer === undefined)) {
    throw new TrustKitError('CLI_USAGE', `${source} came with the release: it only says what to expect, so it is used with a pin of your own`, { hint: 'add --expect-repo OWNER/REPO and/or --signer-workflow OWNER/REPO/PATH (--certificate-identity ID with --certificate-oidc-issuer URL for a signer outside GitHub Actions), or give your own policy with --policy' });
  }
  if (pins.trustedRoot === undefined) {
    throw new TrustKitError('CLI_USAGE', `${source} came with the release, and so did the trusted roots it names: whoever could replace the release could replace them with a CA that certifies any identity and repository, so they are not used`, { hint: `give your own, kept outside the release directory, with --trusted-root FILE (\`mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl\`, then --trusted-root trust-kit-roots/trusted_root.jsonl), or your own policy with --policy` });
  }
  if (pins.repository !== undefined && policy.repository?.toLowerCase() !== pins.repository.toLowerCase()) {
    throw new VerifyError('VERIFY_POLICY_REPOSITORY_MISMATCH', `${source} names the source repository ${policy.repository === undefined ? '(none)' : quoted(policy.repository)}, not ${quoted(pins.repository)} (--expect-repo)`, { hint: 'this release was not built from the repository you expect: do not use it' });
  }
  if (pins.signerWorkflow !== undefined) {
    const workflow = pins.signerWorkflow.replace(/^github\.com\//, '');
    const identity = policy.certificate.identity;
    // With a ref after the workflow file (`release.yml@refs/tags/v1`, a monorepo's `release.yml@refs/tags/pkg@1.2.3`), that ref exactly, as verify-checksums --signer-workflow takes it; without, any ref.
    const refAt = workflowRefAt(workflow);
    const pinsRef = refAt !== -1 && /\.ya?ml$/.test(workflow.slice(0, refAt));
    // Without one, all after the file's `@` must be a ref: `release.yml@evil.yml@refs/heads/x` is another file, whose name begins as the pinned one's.
    const prefix = `https://github.com/${workflow}@`;
    const sameWorkflow = identity.kind === 'exact' && (pinsRef ? identity.value === `https://github.com/${workflow}` : identity.value.startsWith(prefix) && isWorkflowRef(identity.value.slice(prefix.length)));
    if (!sameWorkflow) {
      throw new VerifyError('VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH', `${source} names the signer ${describeMatcher(identity).slice(0, 300)}, not the workflow ${workflow} (--signer-workflow)`, { hint: 'this release was signed by another workflow than the one you expect: do not use it' });
    }
  }
  // Its regular expressions were written by whoever could replace the release, and one that backtracks runs for days on
  // the signer's identity or ref: a shipped policy names its signer exactly and its ref pattern as a ref, as trust-kit writes them.
  if (policy.certificate.identity.kind !== 'exact') {
    throw invalid(source, 'came with the release and names its signer by a regular expression ("certificateIdentityRegExp"), which is not run: whoever could replace the release wrote it; a policy trust-kit writes names the signer exactly ("certificateIdentity"), or give your own policy with --policy');
  }
  if (policy.refPattern !== undefined && !LITERAL_REF_PATTERN.test(policy.refPattern.source)) {
    throw invalid(source, 'came with the release and has a "refPattern" that is more than a ref, or a ref followed by ".*", which is not run: whoever could replace the release wrote it; give your own policy with --policy');
  }
  const { issuer } = policy.certificate;
  if (pins.identity !== undefined && (policy.certificate.identity.kind !== 'exact' || policy.certificate.identity.value !== pins.identity)) {
    throw new VerifyError('VERIFY_POLICY_IDENTITY_MISMATCH', `${source} names the signer ${describeMatcher(policy.certificate.identity).slice(0, 300)}, not ${quoted(pins.identity)} (--certificate-identity)`, { hint: 'this release was signed by someone else than the signer you expect: do not use it' });
  }
  if (pins.issuer !== undefined && (issuer.kind !== 'exact' || issuer.value !== pins.issuer)) {
    throw new VerifyError('VERIFY_POLICY_ISSUER_MISMATCH', `${source} names the OIDC issuer ${describeMatcher(issuer).slice(0, 300)}, not ${quoted(pins.issuer)} (--certificate-oidc-issuer)`, { hint: 'this release was signed through another identity provider than the one you expect: do not use it' });
  }
  // Other CI issuers fill the source repository extension from claims their users set (a pipeline pointed at any public repository).
  if ((pins.repository !== undefined || pins.signerWorkflow !== undefined) && (issuer.kind !== 'exact' || issuer.value !== GITHUB_ACTIONS_ISSUER)) {
    throw new VerifyError('VERIFY_POLICY_ISSUER_MISMATCH', `${source} names the OIDC issuer ${describeMatcher(issuer).slice(0, 300)}, not GitHub Actions' ${GITHUB_ACTIONS_ISSUER}, which --expect-repo and --signer-workflow stand for`, { hint: 'this release was not signed in GitHub Actions: do not use it, or write your own policy' });
  }
  return withTrustedRoot(policy, pins.trustedRoot);
}

/** A policy verified against the user's trusted root (JSON or gh's JSONL, absolute), for the signer and for GitHub's release attestation alike, instead of the roots it names. */
export function withTrustedRoot(policy: ReleasePolicy, trustedRoot: string): ReleasePolicy {
  return { ...policy, trustedRoots: [trustedRoot], githubTrustedRoot: policy.githubTrustedRoot === undefined ? undefined : trustedRoot };
}
