import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { formatChecksums } from '../../checksums/index.js';
import { hashFile } from '../../core/digest.js';
import type { ReleaseAsset, ReleasesPort } from '../../github/releases.js';
import { ReleaseError } from '../errors.js';
import { checksumsFileName } from '../names.js';
import { discardStagingDirectory } from '../output.js';
import type { PublishedAsset } from '../publish.js';
import type { ReleaseStepDefinition } from '../state.js';

/** The SHA-256 of a release asset: GitHub's digest, else its bytes (no more than `size` of them are read). */
async function assetSha256(releases: ReleasesPort, asset: ReleaseAsset, size: number): Promise<string | undefined> {
  if (asset.digest !== undefined) return asset.digest.slice('sha256:'.length);
  if (asset.size !== size) return undefined;
  return createHash('sha256').update(await releases.downloadAsset(asset.id, size)).digest('hex');
}

/**
 * Before anything is signed, looks at the GitHub release the run publishes to: when it is
 * published already (a re-run of the release job), signing again would only make new signatures
 * that differ from the published ones and new log entries. The run then checks that the release
 * holds every artifact with this run's digest and, as its checksums file, the very bytes this run
 * would sign, and ends there, changing nothing; a release that holds anything else is a
 * RELEASE_PUBLISHED_DIFFERS. A draft (or no release) lets the run go on.
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
    if (release === undefined || release.draft) return {};
    const remote = await releases.listAssets(release.id);
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
    const checksums = Buffer.from(formatChecksums([...artifacts, ...(sbom?.entries ?? [])]));
    await check(checksumsFileName(config.algorithm), createHash('sha256').update(checksums).digest('hex'), checksums.length);
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
