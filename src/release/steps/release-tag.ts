import { builtCommit, checkReleaseTag } from '../release-tag.js';
import type { ReleaseStepRun } from '../state.js';

/**
 * When the run publishes to a GitHub release from a GitHub Actions job, refuses a tag that does not
 * name the commit the job built, before anything is signed or uploaded. Outside a job (no
 * GITHUB_SHA) the commit built is not known, and nothing is checked.
 */
export const runReleaseTagStep: ReleaseStepRun = async ({ ports }) => {
  const target = ports.githubRelease;
  if (target === undefined) return {};
  const repository = target.repository ?? ports.env.GITHUB_REPOSITORY ?? '';
  const commit = builtCommit(ports.env, target.repository);
  if (commit === undefined) {
    ports.logger.debug(`github-release: the commit this run built is not known (no GITHUB_SHA of ${repository}): whether the tag ${target.tag} names it is not checked`);
    return {};
  }
  await checkReleaseTag(target.releases, { tag: target.tag, commit, ref: ports.env.GITHUB_REF, repository });
  return {};
};
