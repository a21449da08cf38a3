import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { ReleaseError } from '../errors.js';
import { contentTypeOf, draftRelease, type PublishAsset } from '../publish.js';
import { builtCommit } from '../release-tag.js';
import { PartialStepFailure, type ReleasePorts, type ReleaseStepRun } from '../state.js';

/**
 * The repository published to (the run's own unless the caller names another) and, in a run for
 * the push of this very tag in that repository, the commit it names (`GITHUB_SHA`): what GitHub's
 * release attestation (v0.2) must state.
 */
export function expectedRelease(env: ReleasePorts['env'], tag: string, target: string | undefined): { repository?: string; commit?: string } {
  const own = env.GITHUB_REPOSITORY === undefined || env.GITHUB_REPOSITORY === '' ? undefined : env.GITHUB_REPOSITORY;
  const repository = target ?? own;
  const sha = env.GITHUB_SHA;
  const pushed = env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME === tag && repository !== undefined && repository.toLowerCase() === own?.toLowerCase();
  const commit = pushed && sha !== undefined && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
  return { ...(repository === undefined ? {} : { repository }), ...(commit === undefined ? {} : { commit }) };
}

/**
 * Uploads to the GitHub release of the run's tag, when the caller gives a `githubRelease` port:
 * the release is found or created as a draft, and the artifacts, then the run's own files from
 * the output directory, are uploaded under their file names (release assets are one flat list),
 * with VERIFY.md as the notes' verification block. A release published and immutable already is
 * verified instead, and nothing after this step changes it. A failure keeps the output directory.
 */
export const runGithubDraftStep: ReleaseStepRun = async ({ config, ports, artifacts, staged, staging, outputDir, instructionsPath, published, digests }) => {
  const target = ports.githubRelease;
  if (target === undefined || published !== true || staging === undefined) return {};
  const finalPath = (path: string): string => join(outputDir, relative(staging, path));
  const { tag, repository, ...publishPorts } = target;
  const asset = (path: string, expected: PublishAsset['expected']): PublishAsset => ({ path, name: basename(path), contentType: contentTypeOf(basename(path)), ...(expected === undefined ? {} : { expected }) });
  // Each file with the digest the run made of it: one rewritten since (a build still writing, a concurrent --force run) is refused, not published unlisted.
  const assets = [
    ...(artifacts ?? []).map((artifact) => asset(artifact.path, { algorithm: config.algorithm, hex: artifact.hex })),
    ...staged.map((path) => {
      const hex = digests?.[path];
      return asset(finalPath(path), hex === undefined ? undefined : { algorithm: 'sha256', hex });
    }),
  ];
  const notesBlock = instructionsPath === undefined ? '' : await readFile(finalPath(instructionsPath), 'utf8');
  const built = builtCommit(ports.env, repository);
  const input = { tag, assets, notesBlock, expected: expectedRelease(ports.env, tag, repository), ...(built === undefined ? {} : { target: built }) };
  // The draft stays when this step fails after finding or creating it: the report says so, and the next run reuses it.
  let draftLeft: { tag: string; id: number } | undefined;
  try {
    const drafted = await draftRelease(input, { ...publishPorts, logger: ports.logger, onDraft: (release) => void (draftLeft = { tag, id: release.id }), ...(ports.signal === undefined ? {} : { signal: ports.signal }) });
    if (drafted.kind === 'verified') return { githubRelease: drafted.result };
    // The asset-names step refuses the names trust-kit knows GitHub rewrites; GitHub's rules are its own, so what it did is checked too, before anything is published.
    const renamed = drafted.assets.filter((asset) => asset.githubName !== asset.name);
    if (renamed.length > 0) {
      const shown = renamed.slice(0, 5).map((asset) => `${asset.name} as ${asset.githubName}`).join(', ') + (renamed.length > 5 ? ` and ${renamed.length - 5} more` : '');
      throw new ReleaseError('RELEASE_ASSET_NAME_REWRITTEN', `GitHub stored ${shown} in the draft release ${tag}: the checksums file lists the names asked for, so checking the downloaded files against it would fail; the draft is not published`, {
        hint: 'rename the files to names GitHub keeps (letters, digits and . _ -), delete the renamed assets from the draft, and re-run',
      });
    }
    return { githubDraft: { input, drafted } };
  } catch (error) {
    throw draftLeft === undefined ? error : new PartialStepFailure(error, { draftLeft });
  }
};
