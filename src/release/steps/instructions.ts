import { basename, join } from 'node:path';
import { writeFileAtomic } from '../../core/files.js';
import { renderVerifyInstructions, type PinnedVerifier } from '../../instructions/verify.js';
import { INSTRUCTIONS_FILE } from '../names.js';
import type { ReleasePorts, ReleaseStepDefinition } from '../state.js';

/**
 * The trust-kit action that runs this release, when the workflow pinned it to a full commit
 * (`uses: owner/trust-kit@<sha>`): VERIFY.md then names that commit's verifier.
 */
function pinnedVerifier(env: ReleasePorts['env']): PinnedVerifier | undefined {
  const repository = env.GITHUB_ACTION_REPOSITORY;
  const commit = env.GITHUB_ACTION_REF;
  return repository === undefined || repository === '' || commit === undefined || !/^[0-9a-f]{40}$/.test(commit) ? undefined : { repository, commit };
}

/** Writes VERIFY.md: the exact commands users run, from this run's files and signer. */
export const instructionsStep: ReleaseStepDefinition = {
  name: 'instructions',
  wanted: (config) => config.instructions,
  needs: ['checksums'],
  async run({ config, ports, staging, checksumsPath, signature, sbom, attestations, artifacts, immutableRelease, images, verificationKit }) {
    if (staging === undefined || checksumsPath === undefined) throw new Error('instructions run after checksums');
    const instructionsPath = join(staging, INSTRUCTIONS_FILE);
    const verifier = pinnedVerifier(ports.env);
    await writeFileAtomic(
      instructionsPath,
      renderVerifyInstructions({
        checksumsFile: basename(checksumsPath),
        algorithm: config.algorithm,
        bundleFile: signature === undefined ? undefined : basename(signature.bundlePath),
        signer: signature?.signer,
        sbomFiles: (sbom?.entries ?? []).map((entry) => entry.name),
        attestations: attestations === undefined ? undefined : { file: basename(attestations.path), predicateTypes: attestations.predicateTypes, artifact: artifacts?.[0]?.name ?? '' },
        images,
        verifier,
        immutableRelease,
        verificationKit: verificationKit === undefined || signature === undefined ? undefined : { policyFile: basename(verificationKit.policyPath), trustedRootFile: basename(verificationKit.trustedRootPath) },
      }),
    );
    return { instructionsPath, ...(verifier === undefined ? {} : { verifier }), written: [instructionsPath] };
  },
};
