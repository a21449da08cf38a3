import { proxySettingsFrom } from '../../core/proxy.js';
import { join } from 'node:path';
import { digestBytes } from '../../core/digest.js';
import { writeFileAtomic } from '../../core/files.js';
import { reportOf } from '../../core/errors.js';
import { escapeRegExp, loadGitHubTrustMaterial, type TrustRoot } from '../../sigstore/verify/index.js';
import { releasePredicateTypes } from '../attest.js';
import { canonicalJson, RELEASE_POLICY_FILE, releasePolicyJson } from '../verify-release.js';
import { VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE, VERIFICATION_KIT_TRUSTED_ROOT_FILE } from '../names.js';
import type { ReleasePorts, ReleaseStepRun } from '../state.js';

/**
 * The source ref pattern a GitHub Actions signer's certificates will carry for this run: any tag
 * for a tag push (the next release's policy reads the same), this exact ref otherwise.
 */
export function refPatternOf(ref: string | undefined): string | undefined {
  if (ref === undefined || ref === '') return undefined;
  return ref.startsWith('refs/tags/') ? 'refs/tags/.*' : escapeRegExp(ref);
}

/** Whether a trusted root is GitHub's instance (its authorities name GitHub as their operator), which also signs GitHub's release attestations. */
function isGitHubRoot(root: TrustRoot): boolean {
  return JSON.stringify(root.document).includes('GitHub, Inc.');
}

/** The trusted roots as JSON Lines, one root per line with sorted keys and a newline after each: what `gh --custom-trusted-root` and `trust-kit --trusted-root` read, and one line is what cosign's `--trusted-root` reads. */
export function trustedRootsJsonl(roots: readonly TrustRoot[]): string {
  return roots.map((root) => `${canonicalJson(root.document)}\n`).join('');
}

/**
 * GitHub's trusted root through its TUF repository, for a release whose GitHub release
 * attestation the policy requires; undefined (with a warning saying so) when it cannot be fetched.
 */
async function fetchGitHubRoots(ports: ReleasePorts): Promise<readonly TrustRoot[] | undefined> {
  try {
    return (await loadGitHubTrustMaterial({ ...ports.githubTuf, proxy: proxySettingsFrom(ports.env), logger: ports.logger })).roots;
  } catch (error) {
    ports.logger.warn(`verification kit: ${RELEASE_POLICY_FILE} does not require GitHub's release attestation: GitHub's trusted root could not be fetched (${reportOf(error).message})`);
    return undefined;
  }
}

/**
 * Writes the offline verification kit before the checksums file, which lists it so that the
 * signature covers it: `trust-kit-policy.json` (this run's certificate identity and issuer, its
 * repository and ref pattern, the predicate types the attest step will sign, and whether GitHub's
 * release attestation is required) and the trusted roots signing checks every bundle against
 * (`--trusted-root`, or what the instance's TUF repository served), and for an immutable release
 * GitHub's trusted root when those do not hold it. Only a keyless signer is
 * written down: a key's holder is not a policy a release can state.
 */
export const runVerificationKitStep: ReleaseStepRun = async ({ config, ports, opened, tokens, sbom, staging, immutableRelease, artifacts }) => {
  // Signing was skipped (on-missing-token: warn|skip): there is no signer to name.
  if (opened === undefined) return {};
  if (staging === undefined) throw new Error('verification-kit runs after collect');
  const signer = opened.signer();
  if (signer.kind !== 'certificate' || opened.trust === undefined) {
    ports.logger.info('verification kit: not written, the release is signed with a key (the policy file names keyless signers)');
    return {};
  }
  if (signer.identity === undefined) {
    ports.logger.warn('verification kit: not written, the identity token does not say which certificate identity Fulcio will issue (no job_workflow_ref or email claim)');
    return {};
  }
  const roots = opened.trust.roots;
  // GitHub signs its release attestations on its own instance: its root is at hand when the run signed there (or was given it), else fetched.
  let githubRoots: readonly TrustRoot[] | undefined;
  if (immutableRelease !== undefined) githubRoots = roots.some(isGitHubRoot) ? [] : await fetchGitHubRoots(ports);
  const githubFile = githubRoots === undefined ? undefined : githubRoots.length === 0 ? VERIFICATION_KIT_TRUSTED_ROOT_FILE : VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE;
  const attesting = config.attest !== 'off';
  const requiredPredicateTypes = attesting ? await releasePredicateTypes({ claims: tokens?.claims, sbomPaths: (sbom?.entries ?? []).map((entry) => join(staging, entry.name)), artifacts: artifacts?.length ?? 0 }) : [];
  const files = [
    {
      name: RELEASE_POLICY_FILE,
      text: releasePolicyJson({
        trustedRoots: [VERIFICATION_KIT_TRUSTED_ROOT_FILE],
        identity: signer.identity,
        issuer: signer.issuer,
        repository: signer.repository,
        // Only GitHub Actions certificates on github.com carry the source ref, which the policy then pins.
        refPattern: signer.repository === undefined ? undefined : refPatternOf(ports.env.GITHUB_REF),
        requiredPredicateTypes,
        githubTrustedRoot: githubFile,
      }),
    },
    { name: VERIFICATION_KIT_TRUSTED_ROOT_FILE, text: trustedRootsJsonl(roots) },
    ...(githubRoots === undefined || githubRoots.length === 0 ? [] : [{ name: VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE, text: trustedRootsJsonl(githubRoots) }]),
  ];
  const written = files.map((file) => join(staging, file.name));
  await Promise.all(files.map((file, index) => writeFileAtomic(written[index] as string, file.text)));
  ports.logger.info(`verification kit: ${files.map((file) => file.name).join(', ')} (${[...roots, ...(githubRoots ?? [])].map((root) => root.label).join(', ')}), listed in the checksums file`);
  const entries = files.map((file) => ({ name: file.name, hex: digestBytes(config.algorithm, file.text) }));
  const [policyPath, trustedRootPath] = written as [string, string];
  return { verificationKit: { policyPath, trustedRootPath, entries }, written };
};

