import { abortedError } from './errors.js';
import { PartialStepFailure, type ReleaseState, type ReleaseStepDefinition, type ReleaseStepName, type ReleaseStepRun } from './state.js';

/**
 * A step whose code loads when it first runs: a run that signs nothing never loads the signing,
 * GitHub, registry or verification code (and their packages) that only the steps it skips import.
 */
function lazyStep(definition: Omit<ReleaseStepDefinition, 'run'>, load: () => Promise<ReleaseStepRun>): ReleaseStepDefinition {
  return { ...definition, run: async (state) => (await load())(state) };
}

const assetNamesStep = lazyStep(
  {
    name: 'asset-names',
    needs: ['collect'],
    wanted: (config) => config.githubRelease !== undefined,
  },
  async () => (await import('./steps/asset-names.js')).runAssetNamesStep,
);

const attestStep = lazyStep(
  {
    name: 'attest',
    wanted: (config) => config.sign !== undefined && config.attest !== 'off',
    needs: ['sign'],
  },
  async () => (await import('./steps/attest.js')).runAttestStep,
);

const auditLogStep = lazyStep(
  {
    name: 'audit-log',
    wanted: (config) => config.sign !== undefined && config.auditLog,
    needs: ['sign'],
  },
  async () => (await import('./steps/audit-log.js')).runAuditLogStep,
);

const bundlesStep = lazyStep(
  {
    name: 'bundles',
    wanted: (config) => config.sign !== undefined && config.artifactBundles,
    needs: ['sign'],
  },
  async () => (await import('./steps/bundles.js')).runBundlesStep,
);

const checksumsStep = lazyStep(
  {
    name: 'checksums',
    needs: ['hash'],
    salvages: true,
  },
  async () => (await import('./steps/checksums.js')).runChecksumsStep,
);

const closeSessionStep = lazyStep(
  {
    name: 'close-session',
    wanted: (config) => config.sign !== undefined,
    needs: ['sign'],
  },
  async () => (await import('./steps/close-session.js')).runCloseSessionStep,
);

const collectStep = lazyStep(
  {
    name: 'collect',
    needs: ['output'],
  },
  async () => (await import('./steps/collect.js')).runCollectStep,
);

const downgradeStep = lazyStep(
  {
    name: 'downgrade',
    wanted: (config, ports) => config.downgrade !== 'off' && ports.githubRelease !== undefined,
    needs: ['publish'],
  },
  async () => (await import('./steps/downgrade.js')).runDowngradeStep,
);

const gateStep = lazyStep(
  {
    name: 'gate',
    wanted: (config, ports) => config.gate && ports.githubRelease !== undefined,
    needs: ['github-draft'],
  },
  async () => (await import('./steps/gate.js')).runGateStep,
);

const githubDraftStep = lazyStep(
  {
    name: 'github-draft',
    wanted: (_config, ports) => ports.githubRelease !== undefined,
    needs: ['publish'],
  },
  async () => (await import('./steps/github-draft.js')).runGithubDraftStep,
);

const githubPublishStep = lazyStep(
  {
    name: 'github-publish',
    wanted: (_config, ports) => ports.githubRelease !== undefined,
    needs: ['github-draft'],
  },
  async () => (await import('./steps/github-publish.js')).runGithubPublishStep,
);

const hashStep = lazyStep(
  {
    name: 'hash',
    needs: ['collect'],
  },
  async () => (await import('./steps/hash.js')).runHashStep,
);

const releaseTagStep = lazyStep(
  {
    name: 'release-tag',
    needs: [],
    wanted: (_config, ports) => ports.githubRelease !== undefined,
  },
  async () => (await import('./steps/release-tag.js')).runReleaseTagStep,
);

const resolveImagesStep = lazyStep(
  {
    name: 'resolve-images',
    wanted: (config) => config.sign !== undefined && config.images !== undefined,
    needs: [],
  },
  async () => (await import('./steps/images.js')).runResolveImagesStep,
);

const imagesStep = lazyStep(
  {
    name: 'images',
    wanted: (config) => config.sign !== undefined && config.images !== undefined,
    needs: ['sign', 'resolve-images'],
  },
  async () => (await import('./steps/images.js')).runImagesStep,
);

const instructionsStep = lazyStep(
  {
    name: 'instructions',
    wanted: (config) => config.instructions,
    needs: ['checksums'],
  },
  async () => (await import('./steps/instructions.js')).runInstructionsStep,
);

const outputStep = lazyStep(
  {
    name: 'output',
    needs: [],
  },
  async () => (await import('./steps/output.js')).runOutputStep,
);

const publishOutputStep = lazyStep(
  {
    name: 'publish',
    needs: [],
    salvages: true,
    cleansUp: true,
  },
  async () => (await import('./steps/publish-output.js')).runPublishOutputStep,
);

const publishedReleaseStep = lazyStep(
  {
    name: 'published-release',
    needs: ['hash'],
    wanted: (config) => config.githubRelease !== undefined,
  },
  async () => (await import('./steps/published-release.js')).runPublishedReleaseStep,
);

const sbomsStep = lazyStep(
  {
    name: 'sbom',
    wanted: (config) => config.sbom !== undefined,
    needs: ['collect'],
  },
  async () => (await import('./steps/sboms.js')).runSbomsStep,
);

const signingSessionStep = lazyStep(
  {
    name: 'signing-session',
    wanted: (config) => config.sign !== undefined,
    needs: ['hash'],
  },
  async () => (await import('./steps/sign.js')).runSigningSessionStep,
);

const signStep = lazyStep(
  {
    name: 'sign',
    wanted: (config) => config.sign !== undefined,
    needs: ['checksums', 'signing-session'],
  },
  async () => (await import('./steps/sign.js')).runSignStep,
);

const verificationKitStep = lazyStep(
  {
    name: 'verification-kit',
    wanted: (config) => config.sign !== undefined && config.verificationKit,
    needs: ['signing-session'],
  },
  async () => (await import('./steps/verification-kit.js')).runVerificationKitStep,
);

/**
 * The order of a release: one stage per line, the steps of a stage run concurrently. A step is
 * added as one file under steps/ (its code) and one definition above (its name, what it needs);
 * it is switched off by its `wanted`.
 */
export const RELEASE_PIPELINE: readonly (readonly ReleaseStepDefinition[])[] = [
  [outputStep], // the output directory can take this run's files
  [collectStep], // the artifacts, a staging directory; reading the artifacts starts
  [hashStep, sbomsStep, resolveImagesStep, assetNamesStep, releaseTagStep], // the artifacts' digests while the lockfiles are cataloged and the images pinned by digest; names a GitHub release can hold, and a tag on the commit built
  [publishedReleaseStep], // a re-run for a release published already checks it and ends here, before anything is signed
  [signingSessionStep], // the session that signs everything below: who signs is known from here on
  [verificationKitStep], // trust-kit-policy.json and trust-kit-trusted-root.jsonl
  [checksumsStep], // SHA256SUMS, listing the artifacts, the SBOMs and the verification kit
  [signStep], // SHA256SUMS.sigstore.json; the session stays open for the steps below
  [bundlesStep, attestStep], // <artifact>.sigstore.json; attestations.intoto.jsonl
  [imagesStep], // the images' signatures, attached in the registry as OCI referrers
  [auditLogStep], // trust-kit-audit.jsonl: every signature above, signed on its own
  [closeSessionStep], // the last signature is made: the session's tokens are wiped
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
    const wanted = stage.filter((step) => (step.wanted?.(state.config, state.ports) ?? true) && step.needs.every((need) => succeeded.has(need)));
    // Aborted by the caller: the step that would have run next fails with it, and only the clean-up runs after.
    const next = state.ports.signal?.aborted === true && state.aborted !== true ? wanted.find((step) => state.failure === undefined || step.salvages === true) : undefined;
    if (next !== undefined && state.ports.signal !== undefined) {
      state.aborted = true;
      state.failure ??= { step: next.name, error: abortedError(state.ports.signal) };
    }
    const runnable = wanted.filter((step) => (state.aborted === true ? step.cleansUp === true : state.failure === undefined || step.salvages === true));
    const outcomes = await Promise.allSettled(runnable.map((step) => step.run(state)));
    outcomes.forEach((outcome, index) => {
      const step = runnable[index] as ReleaseStepDefinition;
      if (outcome.status === 'rejected') {
        const { reason } = outcome;
        if (reason instanceof PartialStepFailure) Object.assign(state, reason.produced);
        state.failure ??= { step: step.name, error: reason instanceof PartialStepFailure ? reason.error : reason };
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
