import { publishDraft } from '../publish.js';
import { checkReleaseTag } from '../release-tag.js';
import { PartialStepFailure, type ReleaseStepRun } from '../state.js';

/**
 * Publishes the draft the github-draft step filled (once the gate passed, when it is on, and the
 * tag still names the commit built, when it is known), with
 * VERIFY.md as the notes' verification block; for an immutable release, GitHub's release
 * attestation is then fetched and verified.
 */
export const runGithubPublishStep: ReleaseStepRun = async ({ ports, githubDraft }) => {
  const target = ports.githubRelease;
  if (target === undefined || githubDraft === undefined) return {};
  const { input, drafted } = githubDraft;
  // A failure leaves the draft until it is published (the report says so, and the next run reuses it); after that
  // (GitHub's release attestation is checked then), or on a release published already, there is no draft.
  let draftLeft = drafted.release.draft ? { tag: input.tag, id: drafted.release.id } : undefined;
  try {
    // The tag again, at the last moment: the gate may have taken minutes, and a tag deleted or moved since the
    // release-tag step would be published over files built from another commit (or made at the default branch).
    if (input.target !== undefined && drafted.release.draft) await checkReleaseTag(target.releases, { tag: input.tag, commit: input.target, ref: ports.env.GITHUB_REF, repository: target.repository ?? ports.env.GITHUB_REPOSITORY ?? '' });
    return { githubRelease: await publishDraft(input, drafted, { ...target, logger: ports.logger, onPublished: () => void (draftLeft = undefined) }) };
  } catch (error) {
    throw draftLeft === undefined ? error : new PartialStepFailure(error, { draftLeft });
  }
};
