import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { contentTypeOf, draftRelease } from '../publish.js';
import type { ReleasePorts, ReleaseStepRun } from '../state.js';

/**
 * The repository this run belongs to and, in a run for the push of this very tag, the commit it
 * names (`GITHUB_SHA`): what GitHub's release attestation (v0.2) must state.
 */
function expectedRelease(env: ReleasePorts['env'], tag: string): { repository?: string; commit?: string } {
  const repository = env.GITHUB_REPOSITORY === undefined || env.GITHUB_REPOSITORY === '' ? undefined : env.GITHUB_REPOSITORY;
  const sha = env.GITHUB_SHA;
  const commit = env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME === tag && sha !== undefined && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
  return { ...(repository === undefined ? {} : { repository }), ...(commit === undefined ? {} : { commit }) };
}

/**
 * Uploads to the GitHub release of the run's tag, when the caller gives a `githubRelease` port:
 * the release is found or created as a draft, and the artifacts, then the run's own files from
 * the output directory, are uploaded under their file names (release assets are one flat list),
 * with VERIFY.md as the notes' verification block. A release published and immutable already is
 * verified instead, and nothing after this step changes it. A failure keeps the output directory.
 */
export const runGithubDraftStep: ReleaseStepRun = async ({ ports, artifacts, staged, staging, outputDir, instructionsPath, published }) => {
  const target = ports.githubRelease;
  if (target === undefined || published !== true || staging === undefined) return {};
  const finalPath = (path: string): string => join(outputDir, relative(staging, path));
  const { tag, ...publishPorts } = target;
  const paths = [...(artifacts ?? []).map((artifact) => artifact.path), ...staged.map(finalPath)];
  const assets = paths.map((path) => ({ path, name: basename(path), contentType: contentTypeOf(basename(path)) }));
  const notesBlock = instructionsPath === undefined ? '' : await readFile(finalPath(instructionsPath), 'utf8');
  const input = { tag, assets, notesBlock, expected: expectedRelease(ports.env, tag) };
  const drafted = await draftRelease(input, { ...publishPorts, logger: ports.logger });
  return drafted.kind === 'verified' ? { githubRelease: drafted.result } : { githubDraft: { input, drafted } };
};
