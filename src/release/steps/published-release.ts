import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { formatChecksums } from '../../checksums/index.js';
import { hashFile } from '../../core/digest.js';
import type { ReleaseAsset, ReleasesPort } from '../../github/releases.js';
import { ReleaseError } from '../errors.js';
import { defaultBundlePath } from '../../sigstore/sign/index.js';
import { ATTESTATIONS_FILE } from '../attest.js';
import { AUDIT_LOG_FILE, checksumsFileName } from '../names.js';
import { discardStagingDirectory } from '../output.js';
import type { PublishedAsset } from '../publish.js';
import type { ReleaseStepDefinition } from '../state.js';

/** The SHA-256 of a release asset: GitHub's digest, else its bytes (no more than `size` of them are read). */
async function assetSha256(releases: ReleasesPort, asset: ReleaseAsset, size: number): Promise<string | undefined> {
  if (asset.digest !== undefined) return asset.digest.slice('sha256:'.length);
  if (asset.size !== size) return undefined;
  return createHash('sha256').update(await releases.downloadAsset(asset.id, size)).digest('hex');
}

/** The files a run signs anew each time (a signature is never the same bytes twice): a draft's copies are stale once the run signs again. */
function resignedNames(checksums: string, artifactNames: readonly string[], artifactBundles: boolean): Set<string> {
  return new Set([defaultBundlePath(checksums), ATTESTATIONS_FILE, AUDIT_LOG_FILE, defaultBundlePath(AUDIT_LOG_FILE), ...(artifactBundles ? artifactNames.map((name) => defaultBundlePath(name)) : [])]);
}

/**
 * Before anything is signed, looks at the GitHub release the run publishes to: when it is
 * published already (a re-run of the release job), signing again would only make new signatures
 * that differ from the published ones and new log entries. The run then checks that the release
 * holds every artifact with this run's digest and, as its checksums file, the very bytes this run
 * would sign, and ends there, changing nothing; a release that holds anything else is a
 * RELEASE_PUBLISHED_DIFFERS. A draft (or no release) lets the run go on; a draft that a failed run
 * left with this run's checksums file loses the signatures that run made (no consumer has seen a
 * draft), since this run signs the same checksums again and uploads its own.
 */
export const publishedReleaseStep: ReleaseStepDefinition = {
  name: 'published-release',
  needs: ['hash'],
  wanted: (config) => config.githubRelease !== undefined,
  async run({ config, ports, artifacts, sbom, staging }) {
    const target = ports.githubRelease;
    if (target === undefined || artifacts === undefined) return {};
    const { releases, tag } = target;
    const release = await releases.findRelease(tag);
    if (release === undefined) return {};
    const remote = await releases.listAssets(release.id);
    const checksumsName = checksumsFileName(config.algorithm);
    const checksums = Buffer.from(formatChecksums([...artifacts, ...(sbom?.entries ?? [])]));
    const checksumsSha256 = createHash('sha256').update(checksums).digest('hex');
    if (release.draft) {
      const draftChecksums = remote.find((asset) => asset.state === 'uploaded' && asset.name === checksumsName);
      if (draftChecksums === undefined || (await assetSha256(releases, draftChecksums, checksums.length)) !== checksumsSha256) return {};
      const stale = resignedNames(checksumsName, artifacts.map((artifact) => basename(artifact.name)), config.artifactBundles);
      for (const asset of remote.filter((candidate) => stale.has(candidate.name) || stale.has(candidate.label))) {
        ports.logger.info(`github-release: deleting ${asset.name} from the draft ${tag}: a failed run signed the same checksums file, and this run signs it again`);
        await releases.deleteAsset(asset.id);
      }
      return {};
    }
    const find = (name: string): ReleaseAsset | undefined => remote.find((asset) => asset.state === 'uploaded' && asset.name === name) ?? remote.find((asset) => asset.state === 'uploaded' && asset.label === name);
    const differs: string[] = [];
    const assets: PublishedAsset[] = [];
    const check = async (name: string, sha256: string, size: number): Promise<void> => {
      const found = find(name);
      if (found === undefined) differs.push(`${name} is missing`);
      else if ((await assetSha256(releases, found, size)) !== sha256) differs.push(`${found.name} is not sha256:${sha256}`);
      else assets.push({ name, githubName: found.name, digest: `sha256:${sha256}`, outcome: 'present' });
    };
    for (const artifact of artifacts) await check(basename(artifact.name), artifact.digests.sha256 ?? (await hashFile(artifact.path, ['sha256'])).digest.sha256 ?? '', artifact.size);
    await check(checksumsName, checksumsSha256, checksums.length);
    if (differs.length > 0) {
      throw new ReleaseError('RELEASE_PUBLISHED_DIFFERS', `the GitHub release ${tag} is published already and does not hold what this run would publish: ${differs.slice(0, 10).join('; ')}${differs.length > 10 ? `; and ${differs.length - 10} more` : ''}`, {
        hint: 'a published release is never changed (an immutable one cannot be): release this build under a new tag; to publish it under this tag, delete the release (if it is not immutable) and re-run',
      });
    }
    ports.logger.info(`github-release: release ${tag} is published already and holds every artifact and the checksums file this run would sign: nothing to do, nothing signed`);
    if (staging !== undefined) await discardStagingDirectory(staging);
    return { alreadyPublished: { releaseId: release.id, outcome: 'verified', immutable: release.immutable, assets } };
  },
};
