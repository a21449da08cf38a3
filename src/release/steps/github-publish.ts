import { publishDraft } from '../publish.js';
import type { ReleaseStepDefinition } from '../state.js';

/**
 * Publishes the draft the github-draft step filled (once the gate passed, when it is on), with
 * VERIFY.md as the notes' verification block; for an immutable release, GitHub's release
 * attestation is then fetched and verified.
 */
export const githubPublishStep: ReleaseStepDefinition = {
  name: 'github-publish',
  needs: ['github-draft'],
  async run({ ports, githubDraft }) {
    const target = ports.githubRelease;
    if (target === undefined || githubDraft === undefined) return {};
    return { githubRelease: await publishDraft(githubDraft.input, githubDraft.drafted, { ...target, logger: ports.logger }) };
  },
};
