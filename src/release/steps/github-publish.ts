import { isTrustKitError } from '../../core/errors.js';
import { publishDraft } from '../publish.js';
import { PartialStepFailure, type ReleaseStepRun } from '../state.js';

/**
 * Publishes the draft the github-draft step filled (once the gate passed, when it is on), with
 * VERIFY.md as the notes' verification block; for an immutable release, GitHub's release
 * attestation is then fetched and verified.
 */
export const runGithubPublishStep: ReleaseStepRun = async ({ ports, githubDraft }) => {
  const target = ports.githubRelease;
  if (target === undefined || githubDraft === undefined) return {};
  try {
    return { githubRelease: await publishDraft(githubDraft.input, githubDraft.drafted, { ...target, logger: ports.logger }) };
  } catch (error) {
    // GitHub's release attestation is checked once the release is published: a failure there leaves no draft.
    if (isTrustKitError(error) && error.code.startsWith('PUBLISH_RELEASE_ATTESTATION_')) throw error;
    throw new PartialStepFailure(error, { draftLeft: { tag: githubDraft.input.tag, id: githubDraft.drafted.release.id } });
  }
};
