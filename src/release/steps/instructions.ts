import { basename, join } from 'node:path';
import { writeFileAtomic } from '../../core/files.js';
import { renderVerifyInstructions, type PinnedVerifier, type VerifyInstructionsInput } from '../../instructions/verify.js';
import { defaultBundlePath } from '../../sigstore/sign/bundle-path.js';
import { INSTRUCTIONS_FILE } from '../names.js';
import type { ReleasePorts, ReleaseState, ReleaseStepRun } from '../state.js';

/**
 * The trust-kit action that runs this release, when the workflow pinned it to a full commit
 * (`uses: owner/trust-kit@<sha>`): VERIFY.md then names that commit's verifier. A local action
 * (the reusable workflow's `uses: ./.trust-kit`, its own repository checked out at
 * `job.workflow_sha`) has no GITHUB_ACTION_REPOSITORY or GITHUB_ACTION_REF, so the workflow names
 * that checkout in TRUST_KIT_VERIFIER_REPOSITORY and TRUST_KIT_VERIFIER_COMMIT.
 */
function pinnedVerifier(env: ReleasePorts['env']): PinnedVerifier | undefined {
  const local = env.GITHUB_ACTION_REPOSITORY === undefined || env.GITHUB_ACTION_REPOSITORY === '';
  // The fetch VERIFY.md shows is from github.com: a checkout on another GitHub server is not there.
  if (local && env.GITHUB_SERVER_URL !== undefined && env.GITHUB_SERVER_URL !== 'https://github.com') return undefined;
  const repository = local ? env.TRUST_KIT_VERIFIER_REPOSITORY : env.GITHUB_ACTION_REPOSITORY;
  const commit = local ? env.TRUST_KIT_VERIFIER_COMMIT : env.GITHUB_ACTION_REF;
  return repository === undefined || repository === '' || commit === undefined || !/^[0-9a-f]{40}$/.test(commit) ? undefined : { repository, commit };
}

/** What the instructions describe, from the run's files and signer: VERIFY.md, and the gate, which checks what it says. */
export function verifyInstructionsInput({ config, ports, checksumsPath, signature, sbom, attestations, artifacts, artifactBundles, immutableRelease, images, verificationKit, auditLog }: Readonly<ReleaseState>): VerifyInstructionsInput {
  if (checksumsPath === undefined) throw new Error('the instructions describe a run that wrote its checksums file');
  const verifier = pinnedVerifier(ports.env);
  return {
    checksumsFile: basename(checksumsPath),
    nestedArtifact: artifacts?.find((artifact) => artifact.name.includes('/'))?.name,
    algorithm: config.algorithm,
    bundleFile: signature === undefined ? undefined : basename(signature.bundlePath),
    signer: signature?.signer,
    sbomFiles: (sbom?.entries ?? []).map((entry) => entry.name),
    // Beside its artifact, folders and all (`a/sub/x.bin.sigstore.json`), as the bundles step writes it.
    artifactBundles: artifactBundles?.map((bundle) => ({ artifact: bundle.name, bundleFile: defaultBundlePath(bundle.name) })),
    attestations: attestations === undefined ? undefined : { file: basename(attestations.path), predicateTypes: attestations.predicateTypes, artifact: artifacts?.[0]?.name ?? '' },
    images,
    verifier,
    immutableRelease,
    verificationKit: verificationKit === undefined || signature === undefined ? undefined : { policyFile: basename(verificationKit.policyPath), trustedRootFile: basename(verificationKit.trustedRootPath) },
    auditLog: auditLog === undefined ? undefined : { file: basename(auditLog.path), bundleFile: basename(auditLog.bundlePath) },
  };
}

/** Writes VERIFY.md: the exact commands users run, from this run's files and signer. */
export const runInstructionsStep: ReleaseStepRun = async (state) => {
  if (state.staging === undefined || state.checksumsPath === undefined) throw new Error('instructions run after checksums');
  const instructionsPath = join(state.staging, INSTRUCTIONS_FILE);
  const instructionsInput = verifyInstructionsInput(state);
  await writeFileAtomic(instructionsPath, renderVerifyInstructions(instructionsInput));
  return { instructionsPath, instructionsInput, ...(instructionsInput.verifier === undefined ? {} : { verifier: instructionsInput.verifier }), written: [instructionsPath] };
};
