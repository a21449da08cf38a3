import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { abortedError, PublishError } from './errors.js';
import { asciiLowerCase } from '../core/ascii.js';
import { hashFile, type DigestAlgorithm } from '../core/digest.js';
import { TrustKitError, messageOf, systemErrorCode } from '../core/errors.js';
import { makeTemporaryDirectory, regularFileChunks } from '../core/files.js';
import type { Logger } from '../core/logger.js';
import { isAlreadyExists, type Release, type ReleaseAsset, type ReleasesPort } from '../github/releases.js';
import { RELEASE_PREDICATE_V01, RELEASE_PREDICATE_V02, releaseStatementProblems, type ExpectedRelease } from '../sigstore/verify/release.js';

export { PublishError, type PublishErrorCode } from './errors.js';

/** A file to publish as a release asset. */
export interface PublishAsset {
  readonly path: string;
  /** The asset name asked for (GitHub may rename it: the result says what it became). */
  readonly name: string;
  readonly contentType: string;
  /** The digest the run made of the file (the checksums file lists it): bytes that differ by the time they are published are refused. */
  readonly expected?: { readonly algorithm: DigestAlgorithm; readonly hex: string };
}

/** What the publish step publishes. */
export interface PublishInput {
  readonly tag: string;
  readonly assets: readonly PublishAsset[];
  /** The verification block for the release notes (markdown), placed between trust-kit's markers. */
  readonly notesBlock: string;
  /** The repository (`owner/name`) and the commit the tag names, when known: GitHub's release attestation (v0.2) must name them. */
  readonly expected?: Omit<ExpectedRelease, 'tag'>;
  /**
   * The commit the run built, when known: the draft's target, so that a tag deleted after the run
   * checked it is made there on publishing, not at the default branch's head.
   */
  readonly target?: string;
}

/**
 * Verifies the signature of GitHub's release attestation bundle (certificate chain to GitHub's
 * trusted root, signer identity) and returns the statement the signature covers; throws a coded
 * error when it does not verify. The sigstore layer provides it; the publish step checks what the
 * statement says.
 */
export type ReleaseAttestationVerifier = (bundle: Record<string, unknown>, assetSha256: string) => Promise<unknown>;

/** The ports the publish step talks to the world through. */
export interface PublishPorts {
  readonly releases: ReleasesPort;
  readonly logger: Logger;
  /** Verifies GitHub's release attestation after publishing an immutable release; without it, the attestation is only read. */
  readonly verifyReleaseAttestation?: ReleaseAttestationVerifier;
  /** How long to wait before each new look for the release attestation (GitHub makes it just after publishing). */
  readonly attestationWaitsMs?: readonly number[];
  readonly sleep?: (ms: number) => Promise<void>;
  /** Stops before the next upload once aborted (RELEASE_ABORTED): the draft keeps what was uploaded, for the next run. */
  readonly signal?: AbortSignal;
  /** Told the draft the assets go to as soon as it is known, so that a failure after it can say the draft is left. */
  readonly onDraft?: (release: Release) => void;
  /** Told as soon as the draft is published, so that a failure after it (GitHub's release attestation) does not say a draft is left. */
  readonly onPublished?: (release: Release) => void;
}

/** What became of one asset. */
export interface PublishedAsset {
  readonly name: string;
  /** The name GitHub gave it. */
  readonly githubName: string;
  /** `sha256:<hex>` of the file. */
  readonly digest: string;
  /** `uploaded` by this run, or `present` already (same name and digest: skipped). */
  readonly outcome: 'uploaded' | 'present';
}

/** What the publish step did. */
export interface PublishResult {
  readonly releaseId: number;
  /** `published` by this run, or `verified` when the release was published and immutable already and nothing changed. */
  readonly outcome: 'published' | 'updated' | 'verified';
  readonly immutable: boolean;
  readonly assets: readonly PublishedAsset[];
  /** GitHub's release attestation of an immutable release this run published, and whether its signature was verified. */
  readonly releaseAttestation?: { readonly predicateType: string; readonly signatureVerified: boolean };
}

/** The predicate types of GitHub's release attestation, newest first. */
export const RELEASE_PREDICATE_TYPES = [RELEASE_PREDICATE_V02, RELEASE_PREDICATE_V01] as const;

/** The statement a DSSE bundle carries, read without verifying (to pick a bundle, whose signature is verified afterwards); undefined when it carries none. */
export function statementOf(bundle: Record<string, unknown>): unknown {
  const payload = (bundle.dsseEnvelope as { payload?: unknown } | undefined)?.payload;
  if (typeof payload !== 'string') return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * What a release statement fails to say about this release (the tag, every asset's digest and,
 * for predicate v0.2, the repository, its purl and the commit when `expected` names them), or an empty list.
 */
export function releaseStatementGaps(statement: unknown, tag: string, digests: readonly string[], expected: Omit<ExpectedRelease, 'tag'> = {}): string[] {
  const record = (typeof statement === 'object' && statement !== null ? statement : {}) as { subject?: unknown; predicate?: unknown };
  const subjects = Array.isArray(record.subject) ? record.subject : [];
  const listed = new Set(subjects.flatMap((subject: unknown) => {
    const hex = (subject as { digest?: { sha256?: unknown } } | null)?.digest?.sha256;
    return typeof hex === 'string' ? [`sha256:${hex.toLowerCase()}`] : [];
  }));
  const gaps = digests.filter((digest) => !listed.has(digest)).map((digest) => `no subject ${digest}`);
  return [...releaseStatementProblems(statement, { ...expected, tag }), ...gaps];
}

/**
 * Fetches GitHub's release attestation for an immutable release (one this run published, or one
 * a re-run finds published), verifies its signature through the port, and checks that its
 * statement names the tag and every asset.
 */
export async function checkReleaseAttestation(ports: PublishPorts, tag: string, assets: readonly PublishedAsset[], expected: Omit<ExpectedRelease, 'tag'> = {}): Promise<NonNullable<PublishResult['releaseAttestation']>> {
  const digests = assets.map((asset) => asset.digest);
  const waits = ports.attestationWaitsMs ?? [2000, 5000, 10_000];
  const sleep = ports.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const first = digests[0];
  if (first === undefined) throw new PublishError('PUBLISH_RELEASE_ATTESTATION_MISSING', `release ${tag} has no asset for GitHub to attest`, { hint: 'publish at least one asset' });
  for (let look = 0; ; look += 1) {
    for (const predicateType of RELEASE_PREDICATE_TYPES) {
      const bundles = await ports.releases.listAttestations(first, predicateType);
      const candidates = bundles.filter((bundle) => releaseStatementGaps(statementOf(bundle), tag, digests, expected).length === 0);
      const bundle = candidates[0];
      if (bundle === undefined) {
        const gaps = bundles.length === 0 ? [] : releaseStatementGaps(statementOf(bundles[0] as Record<string, unknown>), tag, digests, expected);
        if (gaps.length > 0) throw new PublishError('PUBLISH_RELEASE_ATTESTATION_INVALID', `GitHub's release attestation (${predicateType}) for ${tag} does not match what was published: ${gaps.slice(0, 5).join('; ')}`, { hint: 'the release is published and immutable: check its assets on GitHub (`gh release verify`) and report the mismatch' });
        continue;
      }
      if (ports.verifyReleaseAttestation === undefined) return { predicateType, signatureVerified: false };
      const signed = await ports.verifyReleaseAttestation(bundle, first.slice('sha256:'.length));
      // The verified bytes are what counts: the statement read before verifying only chose the bundle.
      const gaps = releaseStatementGaps(signed, tag, digests, expected);
      if (gaps.length > 0) throw new PublishError('PUBLISH_RELEASE_ATTESTATION_INVALID', `GitHub's signed release attestation for ${tag} does not match what was published: ${gaps.slice(0, 5).join('; ')}`, { hint: 'report this: the release is immutable and its attestation names other files' });
      return { predicateType, signatureVerified: true };
    }
    const wait = waits[look];
    if (wait === undefined) {
      throw new PublishError('PUBLISH_RELEASE_ATTESTATION_MISSING', `GitHub made no release attestation for the immutable release ${tag} (looked ${look + 1} times)`, { hint: 'the release is published; check it with `gh release verify` once GitHub has attested it' });
    }
    await sleep(wait);
  }
}

/** The content type a release asset is uploaded with, from its name: JSON, JSON Lines, text, or bytes. */
export function contentTypeOf(name: string): string {
  if (name.endsWith('.json')) return 'application/json';
  if (name.endsWith('.jsonl')) return 'application/jsonl';
  if (/(^|\.)(md|txt|pem|pub)$/.test(name) || /SUMS$/.test(name)) return 'text/plain; charset=utf-8';
  return 'application/octet-stream';
}

/** Where trust-kit's own block in the release notes starts and ends: a re-run replaces only what is between them. */
export const NOTES_BLOCK_START = '<!-- trust-kit:verification:start -->';
export const NOTES_BLOCK_END = '<!-- trust-kit:verification:end -->';

/** GitHub refuses release notes longer than this many characters (HTTP 422 `body is too long`); a string's length counts no fewer. */
export const MAX_RELEASE_NOTES_CHARACTERS = 125_000;

/** The block in place of instructions that do not fit in the notes: the release's VERIFY.md holds them whole. */
const POINTER_BLOCK = `The verification instructions are too long for the release notes (GitHub keeps at most ${MAX_RELEASE_NOTES_CHARACTERS} characters): download \`VERIFY.md\` from this release's files and follow it.`;

/**
 * The notes the release gets: {@link withVerificationBlock}, or, when the instructions do not fit
 * beside the notes, a block pointing to VERIFY.md; PUBLISH_NOTES_TOO_LONG when not even that fits.
 */
function releaseNotes(notes: string, block: string, tag: string): string {
  const full = withVerificationBlock(notes, block);
  if (full.length <= MAX_RELEASE_NOTES_CHARACTERS) return full;
  const pointing = withVerificationBlock(notes, POINTER_BLOCK);
  if (pointing.length <= MAX_RELEASE_NOTES_CHARACTERS) return pointing;
  throw new PublishError('PUBLISH_NOTES_TOO_LONG', `the notes of release ${tag} are ${notes.length} characters long: with the verification block they would pass the ${MAX_RELEASE_NOTES_CHARACTERS} GitHub keeps`, {
    hint: 'shorten the release notes on GitHub (they are kept as they are, with the block added), then re-run',
  });
}

/** Refuses, before anything is signed, notes of `tag` that leave no room for even the block pointing to VERIFY.md (PUBLISH_NOTES_TOO_LONG). */
export function refuseNotesWithoutRoom(notes: string, tag: string): void {
  releaseNotes(notes, POINTER_BLOCK, tag);
}

/** A release file that could not be read (gone, or no longer readable) when it was to be published. */
function unreadable(path: string, when: string, error: unknown, hint: string): PublishError {
  return new PublishError('PUBLISH_UPLOAD_UNSETTLED', `cannot read ${path} ${when}: ${systemErrorCode(error) ?? messageOf(error)}`, { cause: error, hint });
}

/**
 * The release notes with the verification block in them: the block between existing markers is
 * replaced, anything else the notes hold is kept; without markers the block is appended.
 */
export function withVerificationBlock(notes: string, block: string): string {
  const own = `${NOTES_BLOCK_START}\n${block.replaceAll(NOTES_BLOCK_START, '').replaceAll(NOTES_BLOCK_END, '').trim()}\n${NOTES_BLOCK_END}`;
  const start = notes.indexOf(NOTES_BLOCK_START);
  const end = start === -1 ? -1 : notes.indexOf(NOTES_BLOCK_END, start);
  if (start !== -1 && end !== -1) return `${notes.slice(0, start)}${own}${notes.slice(end + NOTES_BLOCK_END.length)}`;
  const kept = notes.trimEnd();
  return kept === '' ? own : `${kept}\n\n${own}`;
}

interface LocalAsset extends PublishAsset {
  readonly sha256: string;
  readonly size: number;
}

/** How often one asset's upload is started again after a broken-off upload left a `starter` asset behind. */
const MAX_UPLOAD_RESTARTS = 3;

/** The asset on the release that stands for `local`: by GitHub's name, else by the label trust-kit uploads it with. */
function remoteFor(remote: readonly ReleaseAsset[], local: LocalAsset): ReleaseAsset | undefined {
  return remote.find((asset) => asset.name === local.name) ?? remote.find((asset) => asset.label === local.name);
}

/**
 * The SHA-256 (hex) of a release asset of `size` bytes: GitHub's digest, else its bytes hashed as
 * they stream through a temporary file (assets uploaded before GitHub computed digests); undefined
 * when the asset is not `size` bytes.
 */
export async function remoteAssetSha256(releases: ReleasesPort, remote: ReleaseAsset, size: number): Promise<string | undefined> {
  if (remote.size !== size) return undefined;
  if (remote.digest !== undefined) return remote.digest.startsWith('sha256:') ? remote.digest.slice('sha256:'.length) : undefined;
  const directory = await makeTemporaryDirectory('trust-kit-asset-');
  try {
    const path = join(directory.path, 'asset');
    await releases.saveAsset(remote.id, path, size);
    return (await hashFile(path, ['sha256'])).digest.sha256;
  } finally {
    await directory.remove();
  }
}

async function sameContent(releases: ReleasesPort, remote: ReleaseAsset, local: LocalAsset): Promise<boolean> {
  return (await remoteAssetSha256(releases, remote, local.size)) === local.sha256;
}

function mismatch(tag: string, local: LocalAsset, remote: ReleaseAsset): PublishError {
  return new PublishError('PUBLISH_ASSET_DIGEST_MISMATCH', `release ${tag} already has an asset ${remote.name} (${remote.size} bytes${remote.digest === undefined ? '' : `, ${remote.digest}`}) that differs from ${local.path} (${local.size} bytes, sha256:${local.sha256})`, {
    hint: 'trust-kit never overwrites a published file: if the release holds the wrong file, delete that asset (or the draft) and re-run; if the build is not reproducible, release under a new tag',
  });
}

/**
 * Uploads one asset, reading back the name GitHub gave it. An upload that broke off (a 5xx
 * mid-upload) can leave a `starter` asset that makes the retry a 422 `already_exists`: that asset
 * is deleted and the upload started again; an `uploaded` asset of the same name is kept when its
 * digest is ours (the upload did land) and refused otherwise.
 */
async function uploadOne(ports: PublishPorts, release: Release, local: LocalAsset): Promise<ReleaseAsset> {
  const unsettled = (): PublishError => new PublishError('PUBLISH_UPLOAD_UNSETTLED', `${local.path} changed while it was being published`, { hint: 'nothing may write to the release files while they are published: re-run the job' });
  // The SHA-256 of what the last attempt sent, hashed as it streamed by.
  let sent: string | undefined;
  async function* open(): AsyncGenerator<Uint8Array> {
    sent = undefined;
    const hash = createHash('sha256');
    let bytes = 0;
    try {
      for await (const chunk of regularFileChunks(local.path, { what: 'release asset', shown: local.path })) {
        bytes += chunk.length;
        if (bytes > local.size) throw unsettled();
        hash.update(chunk);
        // Set with the last byte: a request that has its Content-Length may not ask for the end of the stream.
        if (bytes === local.size) sent = hash.digest('hex');
        // The reader reuses its buffer; the request may still hold this chunk when the next is read.
        yield Buffer.from(chunk);
      }
    } catch (error) {
      throw error instanceof TrustKitError ? error : unreadable(local.path, 'while it is published', error, 'nothing may move or delete the release files while they are published: re-run the job');
    }
    if (bytes !== local.size) throw unsettled();
    sent ??= hash.digest('hex');
  }
  for (let restart = 0; ; restart += 1) {
    try {
      const uploaded = await ports.releases.uploadAsset(release, { name: local.name, label: local.name, contentType: local.contentType, size: local.size, open });
      if (sent !== local.sha256) {
        // The bytes that went up are not the ones hashed for the checksums: take them back down.
        await ports.releases.deleteAsset(uploaded.id);
        throw unsettled();
      }
      if (uploaded.digest !== undefined && uploaded.digest !== `sha256:${local.sha256}`) {
        // This run's own upload, changed on the way: left on the draft, it would refuse every re-run as another file of that name.
        await ports.releases.deleteAsset(uploaded.id);
        throw new PublishError('PUBLISH_ASSET_DIGEST_MISMATCH', `GitHub stored the upload of ${local.path} as ${uploaded.name} with the digest ${uploaded.digest}, not the sha256:${local.sha256} sent: it was deleted again`, {
          hint: 're-run the job to upload it again; if it happens again, something between the runner and GitHub changes what is uploaded',
        });
      }
      return uploaded;
    } catch (error) {
      if (!isAlreadyExists(error) || restart >= MAX_UPLOAD_RESTARTS) throw error;
      const remote = await ports.releases.listAssets(release.id);
      const existing = remoteFor(remote, local);
      if (existing === undefined) {
        // GitHub compares asset names without case: an upload again would be refused again.
        const clash = remote.find((asset) => asciiLowerCase(asset.name) === asciiLowerCase(local.name));
        if (clash !== undefined) {
          throw new PublishError('PUBLISH_ASSET_NAME_CLASH', `release ${release.tagName} holds an asset ${clash.name}, so GitHub refuses ${local.name} (${local.path}): asset names that differ only in case are one name there`, {
            hint: `delete ${clash.name} from the release on GitHub (it is not this run's), or give the file another name, then re-run`,
          });
        }
        continue;
      }
      if (existing.state === 'uploaded') {
        if (await sameContent(ports.releases, existing, local)) return existing;
        throw mismatch(release.tagName, local, existing);
      }
      ports.logger.info(`publish: deleting the broken-off upload of ${existing.name} (state ${existing.state}) before uploading it again`);
      await ports.releases.deleteAsset(existing.id);
    }
  }
}

/** A release with every asset uploaded, not yet published; or one that needs no publishing (published and immutable already: verified). */
/** A release filled for publishing (`others`: the ids of assets it held that this run does not publish), or one that needs nothing. */
export type DraftedRelease = { readonly kind: 'verified'; readonly result: PublishResult } | { readonly kind: 'uploaded'; readonly release: Release; readonly assets: readonly PublishedAsset[]; readonly others: readonly number[] };

/**
 * The draft every run publishing `tag` uses: GitHub takes any number of drafts of one tag, so two
 * runs that both found none each created one, and each would fill and publish its own (the second
 * publishing is refused, its draft left behind). The oldest draft of the tag (lowest id) is the one;
 * a run that created a newer one deletes it and takes the oldest (or the release it has become).
 * Only the newest 100 releases are read (one request): GitHub lists newest first, and a racing
 * run's draft was made seconds before or after this one; an older draft of the tag the look-up
 * before creating would have found.
 */
async function oldestDraft(created: Release, tag: string, { releases, logger }: PublishPorts): Promise<Release> {
  const oldest = (await releases.listReleases({ pages: 1 })).filter((release) => release.tagName === tag && release.draft && release.id < created.id).sort((a, b) => a.id - b.id)[0];
  if (oldest === undefined) return created;
  const taken = await releases.getRelease(oldest.id);
  // Deleted since the listing (its run found it changed, or a person did): this run's own draft stays the one.
  if (taken === undefined) return created;
  await releases.deleteRelease(created.id);
  logger.info(`publish: another run created a draft release of ${tag} at the same time; this run's draft is deleted and the other's used`);
  return taken;
}

/**
 * The first half of publishing: the release for `tag` is found (a draft included) or created as a
 * draft, and every asset missing from it is uploaded with its content type. Re-runs are
 * idempotent: an asset with the same name and digest is skipped, one with another digest is a
 * PUBLISH_ASSET_DIGEST_MISMATCH, and a run after a partial failure uploads only what is missing.
 * A release that is published and immutable already is only checked: every asset must be there
 * with our digest and GitHub's release attestation must list them; nothing is changed.
 */
export async function draftRelease(input: PublishInput, ports: PublishPorts): Promise<DraftedRelease> {
  // By name without case, as GitHub compares asset names.
  const seen = new Map<string, string>();
  const locals: LocalAsset[] = [];
  for (const asset of input.assets) {
    const other = seen.get(asciiLowerCase(asset.name));
    if (other !== undefined) throw new PublishError('PUBLISH_ASSET_NAME_CLASH', other === asset.name ? `two release assets are named ${asset.name}` : `two release assets are named ${other} and ${asset.name}, one name to GitHub, which compares asset names without case`, { hint: 'release assets are one flat list: give each file a distinct name' });
    seen.set(asciiLowerCase(asset.name), asset.name);
    const { expected } = asset;
    const hashed = await hashFile(asset.path, expected === undefined || expected.algorithm === 'sha256' ? ['sha256'] : ['sha256', expected.algorithm]).catch((error: unknown) => {
      if (error instanceof TrustKitError) throw error;
      throw unreadable(asset.path, 'to publish it', error, 'nothing may move or delete the artifacts or the output directory while a release runs: re-run the job once they are in place');
    });
    if (expected !== undefined && hashed.digest[expected.algorithm] !== expected.hex) {
      // Uploaded, these bytes would not be the ones the checksums file lists and the run signed.
      throw new PublishError('PUBLISH_UPLOAD_UNSETTLED', `${asset.path} changed after this run hashed it: its ${expected.algorithm} is no longer ${expected.hex}, so it is not uploaded`, {
        hint: 'nothing may write to the artifacts or the output directory while a release runs (another build, another trust-kit run with --force, input "force: true"): re-run the job once they are settled',
      });
    }
    locals.push({ ...asset, sha256: hashed.digest.sha256 ?? '', size: hashed.size });
  }
  const { releases, logger } = ports;
  let release = await releases.findRelease(input.tag);
  if (release === undefined) {
    try {
      release = await oldestDraft(await releases.createDraft(input.tag, releaseNotes('', input.notesBlock, input.tag), input.target), input.tag, ports);
      logger.info(`publish: ${release.draft ? 'created draft release' : 'found release'} ${input.tag}`);
    } catch (error) {
      // Another run created it between our look-up and our request.
      if (!isAlreadyExists(error)) throw error;
      release = await releases.findRelease(input.tag);
      if (release === undefined) throw error;
    }
  }
  if (release.draft) ports.onDraft?.(release);
  const remote = await releases.listAssets(release.id);

  if (!release.draft && release.immutable) {
    const differs: string[] = [];
    const assets: PublishedAsset[] = [];
    for (const local of locals) {
      const found = remoteFor(remote, local);
      if (found === undefined || found.state !== 'uploaded') differs.push(`${local.name} is missing`);
      else if (!(await sameContent(releases, found, local))) differs.push(`${found.name} differs from ${local.path} (sha256:${local.sha256})`);
      else assets.push({ name: local.name, githubName: found.name, digest: `sha256:${local.sha256}`, outcome: 'present' });
    }
    if (differs.length > 0) {
      throw new PublishError('PUBLISH_IMMUTABLE_RELEASE_DIFFERS', `release ${input.tag} is published and immutable, and it does not hold what this run would publish: ${differs.join('; ')}`, {
        hint: 'an immutable release can never change, and its tag cannot be reused: release this build under a new tag',
      });
    }
    // GitHub attested the release when it was published: no need to wait for it.
    const releaseAttestation = await checkReleaseAttestation({ ...ports, attestationWaitsMs: [] }, input.tag, assets, input.expected);
    logger.info(`publish: release ${input.tag} is published and immutable, holds every asset with the same digest, and GitHub's release attestation lists them: nothing to do`);
    return { kind: 'verified', result: { releaseId: release.id, outcome: 'verified', immutable: true, assets, releaseAttestation } };
  }

  // Before any upload: notes that cannot take the block would fail the publishing after every upload.
  releaseNotes(release.body, input.notesBlock, input.tag);
  const assets: PublishedAsset[] = [];
  for (const local of locals) {
    if (ports.signal?.aborted === true) throw abortedError(ports.signal);
    let found = remoteFor(remote, local);
    if (found !== undefined && found.state !== 'uploaded') {
      logger.info(`publish: deleting the broken-off upload of ${found.name} (state ${found.state})`);
      await releases.deleteAsset(found.id);
      found = undefined;
    }
    if (found !== undefined) {
      if (!(await sameContent(releases, found, local))) throw mismatch(input.tag, local, found);
      assets.push({ name: local.name, githubName: found.name, digest: `sha256:${local.sha256}`, outcome: 'present' });
      continue;
    }
    const uploaded = await uploadOne(ports, release, local);
    if (uploaded.name !== local.name) logger.warn(`publish: GitHub renamed ${local.name} to ${uploaded.name}`);
    assets.push({ name: local.name, githubName: uploaded.name, digest: `sha256:${local.sha256}`, outcome: 'uploaded' });
  }
  // Files another run left (a draft of a build with other artifacts) stay, but not unremarked: nothing this run signs covers them.
  const ours = new Set(locals.map((local) => remoteFor(remote, local)?.id));
  const otherAssets = remote.filter((asset) => asset.state === 'uploaded' && !ours.has(asset.id));
  const others = otherAssets.map((asset) => asset.name);
  if (others.length > 0) {
    logger.warn(`publish: release ${input.tag} also holds ${others.slice(0, 10).join(', ')}${others.length > 10 ? ` and ${others.length - 10} more` : ''}, which this run does not publish: its checksums file does not list ${others.length === 1 ? 'it' : 'them'}; delete ${others.length === 1 ? 'it' : 'them'} from the release unless ${others.length === 1 ? 'it belongs' : 'they belong'} there`);
  }
  return { kind: 'uploaded', release, assets, others: otherAssets.map((asset) => asset.id) };
}

/**
 * Refuses to publish a draft that no longer holds every asset this run uploaded or found there,
 * with its digest, or that holds an asset it did not hold then (`others` are those it held): another
 * run of the same tag (no `concurrency:` group), or someone with write access, deleted, replaced or
 * added assets meanwhile (the gate checked only this run's), and published, an immutable release
 * would keep them for good. GitHub has no lock for a draft: this leaves only the moment between
 * this look and the publishing to chance.
 */
async function refuseChangedDraft(releases: ReleasesPort, release: Release, assets: readonly PublishedAsset[], others: readonly number[]): Promise<void> {
  const remote = await releases.listAssets(release.id);
  const changed = assets.flatMap((asset) => {
    const found = remote.find((candidate) => candidate.state === 'uploaded' && candidate.name === asset.githubName);
    if (found === undefined) return [`${asset.githubName} is gone`];
    // GitHub's digest where it has one; an asset without it (an older server) counts by its presence.
    return found.digest !== undefined && found.digest !== asset.digest ? [`${asset.githubName} is now ${found.digest}, not ${asset.digest}`] : [];
  });
  const known = new Set([...others, ...remote.filter((candidate) => assets.some((asset) => asset.githubName === candidate.name)).map((candidate) => candidate.id)]);
  for (const added of remote) if (!known.has(added.id)) changed.push(`${added.name} was added`);
  if (changed.length > 0) {
    throw new PublishError('PUBLISH_DRAFT_CHANGED', `the draft release ${release.tagName} changed after this run uploaded to it, so it is not published: ${changed.slice(0, 5).join('; ')}${changed.length > 5 ? `; and ${changed.length - 5} more` : ''}`, {
      hint: 'another run publishes this tag at the same time: give the release job a `concurrency:` group per tag (the reusable workflow has one), let the other run finish, then re-run this one',
    });
  }
}

/**
 * The second half of publishing: a draft is published once, with the verification block in its
 * notes (an immutable release takes no asset afterwards), then GitHub's release attestation of an
 * immutable release is checked; a release published already only has its notes block updated.
 */
export async function publishDraft(input: Pick<PublishInput, 'tag' | 'notesBlock' | 'expected' | 'target'>, drafted: Extract<DraftedRelease, { kind: 'uploaded' }>, ports: PublishPorts): Promise<PublishResult> {
  const { releases, logger } = ports;
  const { assets } = drafted;
  let release = drafted.release;
  const notes = releaseNotes(release.body, input.notesBlock, input.tag);
  let outcome: PublishResult['outcome'] = 'updated';
  if (release.draft) {
    await refuseChangedDraft(releases, release, assets, drafted.others);
    release = await releases.updateRelease(release.id, { body: notes, publish: true, ...(input.target === undefined ? {} : { target: input.target }) });
    ports.onPublished?.(release);
    outcome = 'published';
    logger.info(`publish: published release ${input.tag}${release.immutable ? ' (immutable)' : ''}`);
    if (release.immutable) {
      const releaseAttestation = await checkReleaseAttestation(ports, input.tag, assets, input.expected);
      logger.info(`publish: GitHub's release attestation (${releaseAttestation.predicateType}) lists every asset${releaseAttestation.signatureVerified ? ' and its signature verified' : ', its signature not verified here (`gh release verify` checks it)'}`);
      return { releaseId: release.id, outcome, immutable: true, assets, releaseAttestation };
    }
  } else if (notes !== release.body) {
    release = await releases.updateRelease(release.id, { body: notes });
  }
  return { releaseId: release.id, outcome, immutable: release.immutable, assets };
}

/**
 * Publishes the assets to the GitHub release for `tag`, once: {@link draftRelease}, then
 * {@link publishDraft}. The pipeline runs the two as steps of their own, with the gate between.
 */
export async function publishRelease(input: PublishInput, ports: PublishPorts): Promise<PublishResult> {
  const drafted = await draftRelease(input, ports);
  return drafted.kind === 'verified' ? drafted.result : publishDraft(input, drafted, ports);
}
