import { assetNamesStep } from './steps/asset-names.js';
import { attestStep } from './steps/attest.js';
import { auditLogStep } from './steps/audit-log.js';
import { bundlesStep } from './steps/bundles.js';
import { checksumsStep } from './steps/checksums.js';
import { collectStep } from './steps/collect.js';
import { downgradeStep } from './steps/downgrade.js';
import { gateStep } from './steps/gate.js';
import { githubDraftStep } from './steps/github-draft.js';
import { githubPublishStep } from './steps/github-publish.js';
import { hashStep } from './steps/hash.js';
import { imagesStep, resolveImagesStep } from './steps/images.js';
import { instructionsStep } from './steps/instructions.js';
import { outputStep } from './steps/output.js';
import { publishedReleaseStep } from './steps/published-release.js';
import { publishOutputStep } from './steps/publish-output.js';
import { sbomsStep } from './steps/sboms.js';
import { signingSessionStep, signStep } from './steps/sign.js';
import { verificationKitStep } from './steps/verification-kit.js';
import type { ReleaseState, ReleaseStepDefinition, ReleaseStepName } from './state.js';

/**
 * The order of a release: one stage per line, the steps of a stage run concurrently. A step is
 * added as one file under steps/ and one entry here; it is switched off by its `wanted`.
 */
export const RELEASE_PIPELINE: readonly (readonly ReleaseStepDefinition[])[] = [
  [outputStep], // the output directory can take this run's files
  [collectStep], // the artifacts, a staging directory; reading the artifacts starts
  [hashStep, sbomsStep, resolveImagesStep, assetNamesStep], // the artifacts' digests while the lockfiles are cataloged and the images pinned by digest; names a GitHub release can hold
  [publishedReleaseStep], // a re-run for a release published already checks it and ends here, before anything is signed
  [signingSessionStep], // the session that signs everything below: who signs is known from here on
  [verificationKitStep], // trust-kit-policy.json and trust-kit-trusted-root.jsonl
  [checksumsStep], // SHA256SUMS, listing the artifacts, the SBOMs and the verification kit
  [signStep], // SHA256SUMS.sigstore.json; the session stays open for the steps below
  [bundlesStep, attestStep], // <artifact>.sigstore.json; attestations.intoto.jsonl
  [imagesStep], // the images' signatures, attached in the registry as OCI referrers
  [auditLogStep], // trust-kit-audit.jsonl: every signature above, signed on its own
  [instructionsStep], // VERIFY.md
  [publishOutputStep], // the staging directory becomes the output directory
  [downgradeStep], // no trust downgrade: the run's evidence is no weaker than the previous GitHub release's
  [githubDraftStep], // the artifacts and the run's files uploaded to a draft GitHub release
  [gateStep], // the draft's assets downloaded back and verified as VERIFY.md says; a failure keeps the draft
  [githubPublishStep], // the draft published, once
];

/**
 * Runs the steps in order on `state`, adding what each produced. The first failure is kept in
 * `state.failure`; after it only steps that salvage what was made run, when every step they need
 * succeeded. `done` is told after each stage, so a caller can report a run as far as it got.
 */
export async function runPipeline(state: ReleaseState, pipeline: readonly (readonly ReleaseStepDefinition[])[], done: (state: ReleaseState) => void = () => {}): Promise<void> {
  const succeeded = new Set<ReleaseStepName>();
  for (const stage of pipeline) {
    const runnable = stage.filter((step) => (step.wanted?.(state.config) ?? true) && (state.failure === undefined || step.salvages === true) && step.needs.every((need) => succeeded.has(need)));
    const outcomes = await Promise.allSettled(runnable.map((step) => step.run(state)));
    outcomes.forEach((outcome, index) => {
      const step = runnable[index] as ReleaseStepDefinition;
      if (outcome.status === 'rejected') {
        state.failure ??= { step: step.name, error: outcome.reason };
        return;
      }
      const { written, ...produced } = outcome.value;
      Object.assign(state, produced);
      if (written !== undefined) state.staged.push(...written);
      succeeded.add(step.name);
    });
    done(state);
    // Nothing is left to do: the run changed nothing (a release published already).
    if (state.alreadyPublished !== undefined) return;
  }
}
