import { createHash } from 'node:crypto';
import { asciiLowerCase } from '../../core/ascii.js';
import { basename } from 'node:path';
import { parseChecksums, type ChecksumEntry } from '../../checksums/format.js';
import { hashFile } from '../../core/digest.js';
import type { Logger } from '../../core/logger.js';
import { formatImageReference } from '../../oci/reference.js';
import type { ReleaseAsset, ReleasesPort } from '../../github/releases.js';
import type { Artifact } from '../../checksums/index.js';
import type { ReleaseConfig } from '../../config/release.js';
import { publishedNames } from './collect.js';
import { ReleaseError } from '../errors.js';
import { defaultBundlePath } from '../../sigstore/sign/index.js';
import { ATTESTATIONS_FILE } from '../attest.js';
import { AUDIT_LOG_FILE, checksumsFileName, INSTRUCTIONS_FILE, PUBLIC_KEY_FILE, VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE, VERIFICATION_KIT_TRUSTED_ROOT_FILE } from '../names.js';
import { discardStagingDirectory } from '../output.js';
import { checkReleaseAttestation, PublishError, refuseNotesWithoutRoom, remoteAssetSha256, type PublishedAsset, type PublishPorts, type PublishResult } from '../publish.js';
import { refuseTooMany } from './asset-names.js';
import type { ReleaseStepRun } from '../state.js';
import { RELEASE_POLICY_FILE } from '../verify-release.js';
import { expectedRelease } from './github-draft.js';
import { imagesInInstructions } from '../../instructions/verify.js';

/** The verification kit's files: made from the signer's identity, so known only once signing starts; a checksums file lists them beside the artifacts. */
const KIT_FILES = new Set([RELEASE_POLICY_FILE, VERIFICATION_KIT_TRUSTED_ROOT_FILE, VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE]);

/** GitHub takes release assets under 2 GiB. */
const MAX_ASSET_BYTES = 2 * 1024 ** 3;

/** A published checksums file is read back whole; one line per artifact keeps it far below this. */
const MAX_CHECKSUMS_BYTES = 16 * 1024 * 1024;

/**
 * The files of trust-kit's that a failed run may have left in the draft and that this run does not
 * keep: those it makes anew once it signs (a signature is never the same bytes twice), and those it does not make at all
 * (a failed run with other settings: artifact bundles, a key made for the run), which would otherwise
 * be published beside this run's files, signed by a run that published nothing. With a verification
 * kit, which names the signer, the kit and the checksums file listing it are made anew too; and
 * VERIFY.md says what this run made (other settings than the failed run's make another).
 */
function staleNames(checksums: string, artifactNames: readonly string[], kit: boolean): Set<string> {
  return new Set([...(kit ? [checksums, ...KIT_FILES] : []), PUBLIC_KEY_FILE, INSTRUCTIONS_FILE, defaultBundlePath(checksums), ATTESTATIONS_FILE, AUDIT_LOG_FILE, defaultBundlePath(AUDIT_LOG_FILE), ...artifactNames.map((name) => defaultBundlePath(name))]);
}

/** The entries of a checksums file read back from a release; undefined when it is not one. */
function listedEntries(bytes: Buffer, source: string): ChecksumEntry[] | undefined {
  try {
    return parseChecksums(bytes.toString('utf8'), source);
  } catch {
    return undefined;
  }
}

/**
 * GitHub's release attestation of an immutable release found published, checked as publishing
 * checks it; when its signature cannot be verified now (GitHub's trusted root out of reach), it is
 * read and said not verified, with a warning: the release changes no more, and the run that
 * published it said so already.
 */
async function recheckReleaseAttestation(ports: PublishPorts, tag: string, assets: readonly PublishedAsset[], expected: ReturnType<typeof expectedRelease>): Promise<NonNullable<PublishResult['releaseAttestation']>> {
  try {
    return await checkReleaseAttestation(ports, tag, assets, expected);
  } catch (error) {
    if (!(error instanceof PublishError && error.code === 'PUBLISH_RELEASE_ATTESTATION_UNVERIFIED')) throw error;
    ports.logger.warn(`github-release: ${error.message}; it is read, not verified: check it with \`gh release verify\``);
    const { verifyReleaseAttestation: _unreachable, ...reading } = ports;
    return checkReleaseAttestation(reading, tag, assets, expected);
  }
}

/**
 * Which of this run's images (resolved by digest) the published release signed, as its VERIFY.md
 * names them: one it does not name (a tag moved since) is added to `differs`, since a re-run that
 * ends here signs nothing. Undefined, with a warning, when the release has no VERIFY.md to tell.
 */
async function imagesSigned(releases: ReleasesPort, find: (name: string) => ReleaseAsset | undefined, wanted: readonly string[], differs: string[], logger: Logger): Promise<string[] | undefined> {
  if (wanted.length === 0) return undefined;
  const instructions = find(INSTRUCTIONS_FILE);
  if (instructions === undefined || instructions.size > MAX_CHECKSUMS_BYTES) {
    logger.warn(`github-release: the published release has no ${INSTRUCTIONS_FILE} naming the images it signed, so whether it signed ${wanted.join(', ')} is not known here; nothing is signed again`);
    return undefined;
  }
  const named = imagesInInstructions((await releases.downloadAsset(instructions.id, MAX_CHECKSUMS_BYTES)).toString('utf8'));
  for (const image of wanted) if (!named.has(image)) differs.push(`${image} is not among the images ${INSTRUCTIONS_FILE} names (an image tag moved since the release was signed?)`);
  return wanted.filter((image) => named.has(image));
}

/**
 * Refuses, before anything is signed, a draft that another build (or other settings) left: one
 * holding an asset under the name of one of this run's artifacts with other bytes, a checksums file
 * that does not list this run's files (`checksums`, its name), or assets this run does not publish,
 * whether a trust-kit run uploaded them (labelled with their name) or a person or another tool did.
 * The upload would refuse the first two only after the signing (and the images' signatures in their
 * registry); the others would be published beside this run's files, which no checksums file of this
 * run lists.
 */
async function refuseOtherDraft(draft: { config: ReleaseConfig; tag: string; releases: ReleasesPort; remote: readonly ReleaseAsset[]; artifacts: readonly Artifact[]; publishing: ReadonlySet<string>; find: (name: string) => ReleaseAsset | undefined; checksums: string | undefined }): Promise<void> {
  const { config, tag, releases, remote, artifacts, publishing: uploads, find } = draft;
  const differs: string[] = [];
  for (const artifact of artifacts) {
    const name = basename(artifact.name);
    const found = find(name);
    if (found !== undefined && (await remoteAssetSha256(releases, found, artifact.size)) !== (artifact.digests.sha256 ?? (await hashFile(artifact.path, ['sha256'])).digest.sha256)) differs.push(`${found.name}, which is not this run's ${name}`);
  }
  if (draft.checksums !== undefined) differs.push(`a ${draft.checksums} that does not list exactly this run's artifacts and SBOMs`);
  // GitHub keeps one asset per name in any case: APP.tgz on the draft refuses this run's app.tgz, but only at its upload, after the signing.
  const caseClashes = new Set<string>();
  for (const asset of remote) {
    if (asset.state !== 'uploaded' || uploads.has(asset.name)) continue;
    const clash = [...uploads].find((name) => asciiLowerCase(name) === asciiLowerCase(asset.name));
    if (clash === undefined) continue;
    caseClashes.add(asset.name);
    differs.push(`${asset.name}, whose name differs from this run's ${clash} only in case (GitHub keeps one asset per name, in any case)`);
  }
  // Names trust-kit may publish beside the artifacts, whatever this run's settings: the run's own, or stale ones the caller deletes.
  const ours = new Set([...uploads, ...staleNames(checksumsFileName(config.algorithm), artifacts.map((artifact) => basename(artifact.name)), true)]);
  const others = remote.filter((asset) => asset.state === 'uploaded' && !ours.has(asset.name) && !caseClashes.has(asset.name));
  const shownNames = (assets: readonly ReleaseAsset[]): string => `${assets.slice(0, 5).map((asset) => asset.name).join(', ')}${assets.length > 5 ? ` and ${assets.length - 5} more` : ''}`;
  const ownUploads = others.filter((asset) => asset.label === asset.name);
  if (ownUploads.length > 0) differs.push(`${shownNames(ownUploads)}, which a trust-kit run uploaded and this run does not publish`);
  // Published beside this run's files, they would be in a signed release that no checksums file lists, which VERIFY.md's commands pass over.
  const foreign = others.filter((asset) => asset.label !== asset.name);
  if (foreign.length > 0) differs.push(`${shownNames(foreign)}, which no trust-kit run uploaded (by hand, or another tool) and this run's checksums file would not list`);
  if (differs.length > 0) {
    throw new ReleaseError('RELEASE_DRAFT_DIFFERS', `the draft release ${tag} holds ${differs.join('; ')}: files of another build (a failed run's, with other artifacts or settings, or uploaded by hand or another tool), which this run neither replaces nor publishes beside its own`, {
      hint: `no one sees a draft before it is published: delete the draft release (or the assets named) on GitHub and re-run, or release this build under a new tag${foreign.length > 0 ? '; a file that belongs in the release is one of its artifacts: put it among the files released, so that the checksums file lists it' : ''}`,
    });
  }
}


/**
 * The SHA-256 a message-signature bundle says it signed (`messageSignature.messageDigest`), hex;
 * undefined for anything else. Compared with the checksums file's only: the re-run checks that the
 * release holds that file's signature as a first run published it, not who signed it (users'
 * verification does).
 */
function signedSha256(bytes: Buffer): string | undefined {
  try {
    const bundle = JSON.parse(bytes.toString('utf8')) as { messageSignature?: { messageDigest?: { algorithm?: unknown; digest?: unknown } } };
    const digest = bundle.messageSignature?.messageDigest;
    return digest?.algorithm === 'SHA2_256' && typeof digest.digest === 'string' ? Buffer.from(digest.digest, 'base64').toString('hex') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Before anything is signed, refuses artifacts a GitHub release does not take (2 GiB or more, or empty), and
 * looks at the GitHub release the run publishes to: when it is
 * published already (a re-run of the release job), signing again would only make new signatures
 * that differ from the published ones and new log entries. The run then checks that the release
 * holds every artifact with this run's digest and a checksums file that lists exactly this run's
 * artifacts and SBOMs (and the verification kit it holds as listed), the SBOMs it lists, the
 * checksums file's signature when this run must sign (and then each artifact's bundle, the audit
 * log and the attestations, when it makes them), and VERIFY.md when it writes one, and ends
 * there, changing nothing; a release that holds anything else, or lacks any of these, is a
 * RELEASE_PUBLISHED_DIFFERS. A draft (or no release) lets the run go on, unless another build left
 * it (RELEASE_DRAFT_DIFFERS, see {@link refuseOtherDraft}); a draft that a failed run
 * left with a checksums file listing this run's artifacts loses what that run made once it signed (no consumer has seen a
 * draft), since this run signs the same checksums again and uploads its own.
 */
export const runPublishedReleaseStep: ReleaseStepRun = async ({ config, ports, artifacts, sbom, staging, imageSubjects, plan }) => {
  const target = ports.githubRelease;
  if (target === undefined || artifacts === undefined) return {};
  const { releases, tag } = target;
  // Known once hashed, before anything is signed: GitHub would refuse the upload after the signing.
  const oversized = artifacts.filter((artifact) => artifact.size >= MAX_ASSET_BYTES);
  if (oversized.length > 0) {
    throw new ReleaseError('RELEASE_ASSET_TOO_LARGE', `a GitHub release takes files under 2 GiB, and ${oversized.slice(0, 5).map((artifact) => `${artifact.name} (${artifact.size} bytes)`).join(', ')}${oversized.length > 5 ? ` and ${oversized.length - 5} more` : ''} ${oversized.length === 1 ? 'is' : 'are'} not`, {
      hint: 'split or compress the file below 2 GiB, or publish it elsewhere and release its checksums without it',
    });
  }
  // GitHub refuses an empty asset (422: size must be at least 1), which would also come after the signing.
  const empty = artifacts.filter((artifact) => artifact.size === 0);
  if (empty.length > 0) {
    throw new ReleaseError('RELEASE_ASSET_EMPTY', `a GitHub release takes no empty file, and ${empty.slice(0, 5).map((artifact) => artifact.name).join(', ')}${empty.length > 5 ? ` and ${empty.length - 5} more` : ''} ${empty.length === 1 ? 'is' : 'are'} empty (0 bytes)`, {
      hint: 'leave empty files out of subject-path (a placeholder such as .keep, or a build step that failed to write its output), or give them content',
    });
  }
  const release = await releases.findRelease(tag);
  if (release === undefined) return {};
  const remote = await releases.listAssets(release.id);
  const checksumsName = checksumsFileName(config.algorithm);
  const expected = new Map([...artifacts, ...(sbom?.entries ?? [])].map((entry) => [entry.name, entry.hex]));
  const uploadedChecksums = remote.find((asset) => asset.state === 'uploaded' && asset.name === checksumsName);
  // What the release's checksums file lists beyond the kit, and the kit entries it lists; undefined when it is not readable.
  const checksumsBytes = uploadedChecksums === undefined || uploadedChecksums.size > MAX_CHECKSUMS_BYTES ? undefined : await releases.downloadAsset(uploadedChecksums.id, MAX_CHECKSUMS_BYTES);
  const listed = checksumsBytes === undefined ? undefined : listedEntries(checksumsBytes, `${tag}/${checksumsName}`);
  const kitEntries = (listed ?? []).filter((entry) => KIT_FILES.has(entry.name));
  const rest = (listed ?? []).filter((entry) => !KIT_FILES.has(entry.name));
  const listsThisRun = listed !== undefined && rest.length === expected.size && rest.every((entry) => expected.get(entry.name) === entry.hex);
  const find = (name: string): ReleaseAsset | undefined => remote.find((asset) => asset.state === 'uploaded' && asset.name === name) ?? remote.find((asset) => asset.state === 'uploaded' && asset.label === name);
  if (release.draft) {
    // GitHub's other limits that the draft's own content takes part in, known before signing as well: publishing would fail after it.
    refuseNotesWithoutRoom(release.body, tag);
    const publishing = new Set([...artifacts.map((artifact) => basename(artifact.name)), ...publishedNames(config)]);
    refuseTooMany(artifacts.length, config, remote.filter((asset) => asset.state === 'uploaded' && !publishing.has(asset.name)).length);
    await refuseOtherDraft({ config, tag, releases, remote, artifacts, publishing, find, checksums: uploadedChecksums === undefined || listsThisRun ? undefined : uploadedChecksums.name });
    // A failed run that died before its checksums file was uploaded left files no checksums file lists (the verification kit, which this run may make otherwise: a trusted root refreshed since).
    if (uploadedChecksums !== undefined && !listsThisRun) return {};
    // A keyless run writes a kit (the draft's lists one, or this run will), so its checksums file follows the signer; a key-signed run's is the draft's.
    const kit = uploadedChecksums === undefined || kitEntries.length > 0 || (config.verificationKit && config.sign !== undefined && config.sign.key === undefined);
    // A run key's public half (never an artifact's name: collect refuses it) belongs to the failed run's signatures, whoever signs now.
    const stale = staleNames(checksumsName, artifacts.map((artifact) => basename(artifact.name)), kit);
    // Only what trust-kit uploaded (labelled with the file's name): a file the user put there under one of these names is theirs, and the upload refuses it by name.
    const deleted = remote.filter((candidate) => stale.has(candidate.label));
    for (const asset of deleted) {
      ports.logger.info(`github-release: deleting ${asset.name} from the draft ${tag}: ${uploadedChecksums === undefined ? 'a failed run uploaded it before its checksums file, which lists none of it' : 'a failed run signed the same artifacts, and this run signs them again'}`);
      await releases.deleteAsset(asset.id);
    }
    return deleted.length === 0 ? {} : { draftDeleted: deleted.map((asset) => asset.name) };
  }
  const differs: string[] = [];
  const assets: PublishedAsset[] = [];
  const check = async (name: string, sha256: string, size: number): Promise<void> => {
    const found = find(name);
    if (found === undefined) differs.push(`${name} is missing`);
    else if ((await remoteAssetSha256(releases, found, size)) !== sha256) differs.push(`${found.name} is not sha256:${sha256}`);
    else assets.push({ name, githubName: found.name, digest: `sha256:${sha256}`, outcome: 'present' });
  };
  /** Each artifact's SHA-256, by the name it is published under. */
  const artifactSha256 = new Map<string, string>();
  for (const artifact of artifacts) {
    const sha256 = artifact.digests.sha256 ?? (await hashFile(artifact.path, ['sha256'])).digest.sha256 ?? '';
    artifactSha256.set(basename(artifact.name), sha256);
    await check(basename(artifact.name), sha256, artifact.size);
  }
  /** Requires the bundle that signs `signed` (of this SHA-256) beside it, as this run would publish it. */
  const requireSignature = async (signed: string, sha256: string): Promise<void> => {
    const bundleName = basename(defaultBundlePath(signed));
    const bundle = find(bundleName);
    const bytes = bundle === undefined || bundle.size > MAX_CHECKSUMS_BYTES ? undefined : await releases.downloadAsset(bundle.id, MAX_CHECKSUMS_BYTES);
    if (bytes === undefined) differs.push(`${bundleName}, the signature of ${signed}, is missing`);
    else if (signedSha256(bytes) !== sha256) differs.push(`${bundle?.name ?? bundleName} does not sign this ${signed}`);
  };
  if (uploadedChecksums === undefined) differs.push(`${checksumsName} is missing`);
  else if (!listsThisRun) differs.push(`${uploadedChecksums.name} does not list exactly this run's artifacts and SBOMs with their digests`);
  else {
    assets.push({ name: checksumsName, githubName: uploadedChecksums.name, digest: `sha256:${createHash('sha256').update(checksumsBytes ?? '').digest('hex')}`, outcome: 'present' });
    // The kit the checksums file lists must be there as listed (the signature covers it through the checksums file).
    for (const entry of kitEntries) {
      const found = find(entry.name);
      const bytes = found === undefined || found.size > MAX_CHECKSUMS_BYTES ? undefined : await releases.downloadAsset(found.id, MAX_CHECKSUMS_BYTES);
      if (found === undefined || bytes === undefined) differs.push(`${entry.name} is missing`);
      else if (createHash(entry.algorithm).update(bytes).digest('hex') !== entry.hex) differs.push(`${found.name} is not the file ${checksumsName} lists`);
      else assets.push({ name: entry.name, githubName: found.name, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, outcome: 'present' });
    }
  }
  if (uploadedChecksums !== undefined && listsThisRun) {
    // The SBOMs the checksums file lists are release assets too: listed is not published.
    for (const entry of sbom?.entries ?? []) {
      const found = find(entry.name);
      if (found === undefined) differs.push(`${entry.name} is missing`);
      else if ((await remoteAssetSha256(releases, found, found.size)) !== entry.hex) differs.push(`${found.name} is not the file ${checksumsName} lists`);
    }
    // What this run would publish beside the checksums file: a release without its signature (deleted, or published by hand) must not end a re-run green.
    if (config.sign !== undefined && config.sign.onMissingToken === 'fail') {
      await requireSignature(checksumsName, createHash('sha256').update(checksumsBytes ?? '').digest('hex'));
      // Each artifact's own bundle, when this run makes them: one missing, or swapped for another file's, fails the line VERIFY.md gives for it.
      if (config.artifactBundles) for (const [name, sha256] of artifactSha256) await requireSignature(name, sha256);
      if (config.auditLog) {
        const log = find(AUDIT_LOG_FILE);
        const bytes = log === undefined || log.size > MAX_CHECKSUMS_BYTES ? undefined : await releases.downloadAsset(log.id, MAX_CHECKSUMS_BYTES);
        if (bytes === undefined) differs.push(`${AUDIT_LOG_FILE} is missing`);
        else await requireSignature(AUDIT_LOG_FILE, createHash('sha256').update(bytes).digest('hex'));
      }
      if (config.attest === 'required' && find(ATTESTATIONS_FILE) === undefined) differs.push(`${ATTESTATIONS_FILE} is missing`);
    }
    if (config.instructions && find(INSTRUCTIONS_FILE) === undefined) differs.push(`${INSTRUCTIONS_FILE} is missing`);
  }
  const images = await imagesSigned(releases, find, (imageSubjects ?? []).map((subject) => formatImageReference(subject.reference)), differs, ports.logger);
  if (differs.length > 0) {
    throw new ReleaseError('RELEASE_PUBLISHED_DIFFERS', `the GitHub release ${tag} is published already and does not hold what this run would publish: ${differs.slice(0, 10).join('; ')}${differs.length > 10 ? `; and ${differs.length - 10} more` : ''}`, {
      hint: 'a published release is never changed (an immutable one cannot be): release this build under a new tag; to publish it under this tag, delete the release (if it is not immutable) and re-run',
    });
  }
  // GitHub's release attestation lists every asset of the release (none can be added since): the others too, by GitHub's digest.
  const others = remote.flatMap((asset): PublishedAsset[] => (asset.state === 'uploaded' && asset.digest?.startsWith('sha256:') === true && !assets.some((checked) => checked.githubName === asset.name) ? [{ name: asset.name, githubName: asset.name, digest: asset.digest, outcome: 'present' }] : []));
  // GitHub attested an immutable release when it was published (no need to wait): a first run that failed on that attestation must not be followed by a re-run that ends green on the assets alone.
  const releaseAttestation = release.immutable ? await recheckReleaseAttestation({ ...target, logger: ports.logger, attestationWaitsMs: [] }, tag, [...assets, ...others], expectedRelease(ports.env, tag, target.repository)) : undefined;
  ports.logger.info(`github-release: release ${tag} is published already and holds every artifact and the checksums file this run would sign${releaseAttestation === undefined ? '' : ", as GitHub's release attestation lists them"}: nothing to do, nothing signed`);
  if (staging !== undefined) await discardStagingDirectory(staging);
  // Nothing is written: what the output directory holds stays, and is said not to be this release's (a later upload step would take it for it).
  if (plan !== undefined && plan.replacing.length > 0) {
    ports.logger.warn(`the output directory ${plan.outputDir} was left as it was: its ${plan.replacing.length} ${plan.replacing.length === 1 ? 'entry' : 'entries'} (${plan.replacing.slice(0, 5).join(', ')}${plan.replacing.length > 5 ? ', ...' : ''}) are an earlier run's, not this release's files, which are the published release's assets on GitHub`);
  }
  return { alreadyPublished: { releaseId: release.id, outcome: 'verified', immutable: release.immutable, assets, ...(releaseAttestation === undefined ? {} : { releaseAttestation }) }, ...(images === undefined ? {} : { images }) };
};
