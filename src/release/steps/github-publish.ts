import { publishDraft } from '../publish.js';
import type { ReleaseStepRun } from '../state.js';

/**
 * Publishes the draft the github-draft step filled (once the gate passed, when it is on), with
 * VERIFY.md as the notes' verification block; for an immutable release, GitHub's release
 * attestation is then fetched and verified.
 */
export const runGithubPublishStep: ReleaseStepRun = async ({ ports, githubDraft }) => {
  const target = ports.githubRelease;
  if (target === undefined || githubDraft === undefined) return {};
  return { githubRelease: await publishDraft(githubDraft.input, githubDraft.drafted, { ...target, logger: ports.logger }) };
};
