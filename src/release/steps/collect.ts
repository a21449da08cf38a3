import { realpath, stat } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import type { ArtifactFile } from '../../checksums/index.js';
import { collectArtifacts, hashArtifacts, leftoverNotice } from '../../checksums/index.js';
import type { ReleaseConfig } from '../../config/release.js';
import { MAX_NAME_BYTES, nameTooLong } from '../../core/files.js';
import { counted } from '../../core/plural.js';
import { boundedList } from '../../core/quote.js';
import { DOWNLOAD_DIRECTORIES } from '../../instructions/verify.js';
import { encoderFor } from '../../sbom/formats/index.js';
import { defaultBundlePath } from '../../sigstore/sign/bundle-path.js';
import { ReleaseError } from '../errors.js';
import { makeStagingDirectory, outputNotEmpty, outputPathTest, removeStaleStagingDirectories } from '../output.js';
import { ATTESTATIONS_FILE, AUDIT_LOG_FILE, checksumsFileName, INSTRUCTIONS_FILE, PUBLIC_KEY_FILE, RELEASE_POLICY_FILE, VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE, VERIFICATION_KIT_TRUSTED_ROOT_FILE } from '../names.js';
import type { ReleaseStepRun } from '../state.js';

/**
 * The names an artifact may not have: those the release publishes beside it, and the directories
 * VERIFY.md's commands make in the download directory (an asset of that name would stop them).
 */
export function reservedNames(config: ReleaseConfig): string[] {
  return [...publishedNames(config), ...DOWNLOAD_DIRECTORIES];
}

/**
 * The names a release publishes beside its artifacts (release assets are one flat directory): an
 * artifact with one of them would be ambiguous in the checksums file or in the download.
 */
export function publishedNames(config: ReleaseConfig): string[] {
  const checksums = checksumsFileName(config.algorithm);
  return [checksums, defaultBundlePath(checksums), PUBLIC_KEY_FILE, INSTRUCTIONS_FILE, ATTESTATIONS_FILE, AUDIT_LOG_FILE, defaultBundlePath(AUDIT_LOG_FILE), ...(config.verificationKit ? [RELEASE_POLICY_FILE, VERIFICATION_KIT_TRUSTED_ROOT_FILE, VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE] : []), ...(config.sbom?.formats ?? []).map((format) => encoderFor(format).fileName)];
}

/**
 * Refuses a release whose artifacts hold its private signing key (`--key dist/signing.key` with
 * `dist` released): it would be listed, signed and published. Only artifacts named as the key is
 * (but for case) are looked at, by device and inode, so that thousands of artifacts cost no stat each.
 */
async function refuseSigningKeyAmong(files: readonly ArtifactFile[], config: ReleaseConfig, cwd: string): Promise<void> {
  const key = config.sign?.key;
  if (key === undefined) return;
  const identity = async (path: string): Promise<string | undefined> => {
    const info = await stat(path).catch(() => undefined);
    return info === undefined ? undefined : `${info.dev}:${info.ino}`;
  };
  const keyPath = resolve(cwd, key);
  const keyIdentity = await identity(keyPath);
  if (keyIdentity === undefined) return;
  const folded = basename(await realpath(keyPath).catch(() => keyPath)).toLowerCase();
  for (const file of files) {
    if (basename(file.path).toLowerCase() !== folded && basename(file.name).toLowerCase() !== basename(key).toLowerCase()) continue;
    if ((await identity(file.path)) === keyIdentity) {
      throw new ReleaseError('RELEASE_KEY_IS_ARTIFACT', `the signing key ${key} is among the artifacts (as ${file.name}): the release would list, sign and publish the private key`, {
        hint: 'keep the private key out of the artifacts: outside --base and the PATHs released (input "subject-path"), such as in the runner\'s temporary directory',
      });
    }
  }
}

/**
 * Finds the artifacts, refuses names the release publishes itself, makes the staging directory and
 * starts reading the artifacts (once: their checksums and the SBOMs' digests in one pass), so that
 * hashing and cataloging run side by side.
 */
export const runCollectStep: ReleaseStepRun = async ({ config, ports, outputDir, plan, hashThreads }) => {
  if (plan === undefined) throw new Error('collect runs after output');
  // Before the walk, so that their files are not even looked at.
  const stale = await removeStaleStagingDirectories(plan);
  if (stale.restored !== undefined) {
    ports.logger.info(`put the earlier ${relative(ports.cwd, outputDir) || '.'} back: a run killed while replacing it had moved it aside`);
    // The plan saw no output directory; now there is one, holding an earlier run's files.
    if (!plan.force) throw await outputNotEmpty(plan);
  }
  for (const kept of stale.kept) ports.logger.warn(`an earlier ${relative(ports.cwd, outputDir) || '.'} that a run killed while replacing it had moved aside is kept in ${relative(ports.cwd, kept)}, since ${relative(ports.cwd, outputDir) || '.'} was made again: look at it and remove it (it is never hashed)`);
  for (const unclaimed of stale.unclaimed) ports.logger.warn(`left ${relative(ports.cwd, unclaimed)}: a staging directory of an earlier run that holds files but no marker trust-kit can read (a crash may have emptied it), so no run can tell whether it is finished; it is never hashed: look at it and remove it`);
  if (stale.removed.length > 0) ports.logger.info(`removed ${counted(stale.removed.length, 'directory', 'directories')} that killed runs left: ${stale.removed.map((path) => relative(ports.cwd, path)).join(', ')}`);
  // The output directory and staging directories may lie inside the base: their files are what the run makes, never artifacts.
  // The walk does not enter them (an earlier output kept with --force may hold anything), and a glob that names files in them is filtered.
  // Entries are compared by their real paths too: the base may be named through a link and the output directory not, or the other way round.
  const isOutput = outputPathTest(plan);
  // A glob matching only files there names artifacts the run would leave out (and, with --force, delete with the earlier output) while others go on.
  const onlySkipped = (subject: string): never => {
    throw new ReleaseError('RELEASE_NO_ARTIFACTS', `${subject} matches only files in the output directory ${outputDir}, which holds what trust-kit makes and is replaced as a whole: they would be left out of the release${config.force ? ' and deleted' : ''}`, {
      hint: 'move the artifacts out of the output directory, or write the output elsewhere (--output-dir, input "output-dir")',
    });
  };
  const collected = await collectArtifacts(config.subjects, { cwd: ports.cwd, base: config.base, skip: (entry) => isOutput(entry.path) || isOutput(entry.real), onlySkipped, leftover: (file) => ports.logger.warn(leftoverNotice(file)) });
  const files = collected.filter((file) => !isOutput(file.path));
  if (files.length === 0) {
    throw new ReleaseError('RELEASE_NO_ARTIFACTS', `${config.subjects.join(', ')} name${config.subjects.length === 1 ? 's' : ''} no file outside the output directory ${outputDir}`, { hint: 'name the release artifacts; the output directory only holds what trust-kit makes' });
  }
  await refuseSigningKeyAmong(files, config, ports.cwd);
  // With per-artifact bundles, `<artifact>.sigstore.json` is published beside each artifact too.
  const reserved = new Set([...reservedNames(config), ...(config.artifactBundles ? files.map((file) => defaultBundlePath(file.name)) : [])]);
  // A directory of that name would hold the bundle's place too: `app.sigstore.json/notes.txt`.
  const bundleDirectories = config.artifactBundles ? files.map((file) => `${defaultBundlePath(file.name)}/`) : [];
  const clashing = files.filter((file) => reserved.has(file.name) || bundleDirectories.some((directory) => file.name.startsWith(directory))).map((file) => file.name);
  // VERIFY.md has users keep the keys and trusted roots they got themselves in trust-kit-roots/ of the download directory, and
  // fetch the verifier into trust-kit-verifier/: a release file there would be downloaded into their place, and taken for theirs.
  const inDownloadDirectories = files.filter((file) => DOWNLOAD_DIRECTORIES.some((directory) => file.name.startsWith(`${directory}/`))).map((file) => file.name);
  if (inDownloadDirectories.length > 0) {
    throw new ReleaseError('RELEASE_NAME_CLASH', `the artifact${inDownloadDirectories.length === 1 ? '' : 's'} ${boundedList(inDownloadDirectories, 5)} would be published under ${DOWNLOAD_DIRECTORIES.join('/ or ')}/, where VERIFY.md has users keep the keys and trusted roots they got themselves and fetch the verifier: a consumer would take the release's file for their own`, {
      hint: 'rename that directory of the release, or set --base (input "base") so that its files are listed under another directory name',
    });
  }
  if (clashing.length > 0) {
    throw new ReleaseError('RELEASE_NAME_CLASH', `the artifact${clashing.length === 1 ? '' : 's'} ${clashing.join(', ')} would be published beside the file${clashing.length === 1 ? '' : 's'} of the same name trust-kit makes`, {
      hint: 'rename the artifact, or set --base (input "base") so that it is listed under a directory name',
    });
  }
  // `<artifact>.sigstore.json` is a file of its own, and a file's name takes at most 255 bytes.
  const tooLong = config.artifactBundles ? files.map((file) => defaultBundlePath(file.name)).filter(nameTooLong).map((path) => basename(path)) : [];
  if (tooLong.length > 0) {
    const shown = tooLong.slice(0, 3).map((name) => `${name} (${Buffer.byteLength(name)} bytes)`).join(', ') + (tooLong.length > 3 ? ` and ${tooLong.length - 3} more` : '');
    throw new ReleaseError('RELEASE_NAME_TOO_LONG', `the artifacts' own bundles would be named ${shown}, longer than the ${MAX_NAME_BYTES} bytes a file name may have`, {
      hint: 'give the artifact a shorter name (at most 241 bytes), or leave out per-artifact bundles (artifact-bundles: false)',
    });
  }
  const staging = await makeStagingDirectory(plan);
  // The SBOMs' digests of the artifacts are made in the same read; the SBOM code loads only when SBOMs are asked for.
  const sbomDigests = config.sbom === undefined ? undefined : (await import('../../sbom/index.js')).SBOM_FILE_DIGESTS;
  // This thread hashes too, but only once the SBOM step has cataloged the lockfiles: hashing a claim per turn of the
  // event loop would give the catalog one turn per claim, and the SBOM would be made after the hashing, not beside it.
  let lockfilesCataloged: (() => void) | undefined;
  const cataloged = sbomDigests === undefined ? undefined : new Promise<void>((resolve) => (lockfilesCataloged = resolve));
  const hashing = hashArtifacts(files, config.algorithm, { callerHelps: cataloged ?? true, ...(hashThreads === undefined ? {} : { workers: hashThreads }), ...(sbomDigests === undefined ? {} : { also: sbomDigests }) });
  // Awaited by the hash step; a rejection before then is not an unhandled one.
  hashing.catch(() => undefined);
  return { artifactFiles: files, staging, hashing, ...(lockfilesCataloged === undefined ? {} : { lockfilesCataloged }) };
};
