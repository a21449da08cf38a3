import type { ReleasesPort } from '../github/releases.js';
import { shellWord } from '../instructions/verify.js';
import { ReleaseError } from './errors.js';

/**
 * The commit a run built, as far as it is this release's: GITHUB_SHA (the commit the job checked
 * out and its provenance names) when the release is of the run's own repository; undefined outside
 * a GitHub Actions job, or for a release of another repository, whose tags name its own commits.
 */
export function builtCommit(env: Readonly<Record<string, string | undefined>>, repository: string | undefined): string | undefined {
  const own = env.GITHUB_REPOSITORY;
  const sha = env.GITHUB_SHA;
  if (own === undefined || own === '' || sha === undefined || !/^[0-9a-f]{40}$/.test(sha)) return undefined;
  return repository === undefined || repository.toLowerCase() === own.toLowerCase() ? sha : undefined;
}

/**
 * Refuses to release `tag` unless it names `commit`, the commit the run built: a tag on another
 * commit would be released with the files (and provenance) of this one, and a tag that does not
 * exist yet would be made by GitHub at the default branch's head when the release is published.
 * The one check of the root action, the CLI and the reusable workflow (which runs the root action).
 */
export async function checkReleaseTag(releases: Pick<ReleasesPort, 'tagCommit'>, release: { tag: string; commit: string; ref: string | undefined; repository: string }): Promise<void> {
  const { tag, commit, repository } = release;
  const named = await releases.tagCommit(tag);
  if (named === undefined) {
    throw new ReleaseError('RELEASE_TAG_MISSING', `there is no tag ${tag} in ${repository}: GitHub would make it at the default branch's head when publishing the release, not at the commit this run built (${commit})`, {
      hint: `push the tag first: git tag ${shellWord(tag)} ${commit} && git push origin ${shellWord(tag)} (a token that cannot read the repository sees no tag either: check the token)`,
    });
  }
  if (named.toLowerCase() !== commit.toLowerCase()) {
    const built = release.ref === undefined || release.ref === '' ? commit : `${commit} (${release.ref})`;
    throw new ReleaseError('RELEASE_TAG_OTHER_COMMIT', `the tag ${tag} names commit ${named}, but this run built ${built}: the release would publish files built from another commit than its tag`, {
      hint: 'release the build of the tag\'s commit (run the workflow for the tag), or move the tag to the commit built',
    });
  }
}
