import { TrustKitError } from '../core/errors.js';
import { loadGitHubTrustMaterial, type GitHubTufOptions, type TrustMaterial } from '../sigstore/verify/index.js';
import { verifyGitHubReleaseAttestation } from '../sigstore/verify/release.js';
import { shellWord } from '../instructions/verify.js';
import { PublishError, type ReleaseAttestationVerifier } from './publish.js';

/** Where the release is published, and where GitHub's TUF repository is. */
export interface GitHubReleaseVerifierOptions {
  /** GITHUB_SERVER_URL of the release's repository. */
  readonly serverUrl: string;
  /** `owner/repo`, for the command the errors name. */
  readonly repository: string;
  readonly tag: string;
  /** Default GitHub's own TUF repository (tests point it at a loopback one). */
  readonly tuf?: GitHubTufOptions | undefined;
}

/**
 * The trust domain of GitHub's release attestations on `serverUrl`: `dotcom` on github.com;
 * undefined elsewhere (a GHE.com tenant names its own domain and trusted-root target, a GitHub
 * Enterprise Server has none), where the attestation is read but its signature is not verified.
 */
export function releaseTrustDomain(serverUrl: string): string | undefined {
  let host: string;
  try {
    host = new URL(serverUrl).host.toLowerCase();
  } catch {
    return undefined;
  }
  return host === 'github.com' ? 'dotcom' : undefined;
}

/**
 * Verifies GitHub's release attestation of a release on github.com with GitHub's trusted root,
 * fetched through GitHub's TUF repository the first time an attestation is verified (a release
 * that is not immutable never fetches it). A signature that does not verify is
 * PUBLISH_RELEASE_ATTESTATION_INVALID; a trusted root that cannot be fetched is
 * PUBLISH_RELEASE_ATTESTATION_UNVERIFIED, which says the release is published. Undefined on any
 * other server (see {@link releaseTrustDomain}).
 */
export function githubReleaseAttestationVerifier(options: GitHubReleaseVerifierOptions): ReleaseAttestationVerifier | undefined {
  const trustDomain = releaseTrustDomain(options.serverUrl);
  if (trustDomain === undefined) return undefined;
  const check = `gh release verify ${shellWord(options.tag)} -R ${options.repository}`;
  let trust: Promise<TrustMaterial> | undefined;
  return async (bundle, assetSha256) => {
    trust ??= loadGitHubTrustMaterial(options.tuf);
    let material: TrustMaterial;
    try {
      material = await trust;
    } catch (error) {
      throw new PublishError('PUBLISH_RELEASE_ATTESTATION_UNVERIFIED', `release ${options.tag} is published, but its GitHub release attestation was not verified: GitHub's trusted root could not be fetched (${(error instanceof Error ? error.message : String(error)).slice(0, 500)})`, {
        cause: error,
        hint: `the release is published and nothing needs re-running: check its attestation with \`${check}\``,
      });
    }
    try {
      return verifyGitHubReleaseAttestation(bundle, assetSha256, material, trustDomain);
    } catch (error) {
      const code = error instanceof TrustKitError ? ` (${error.code})` : '';
      throw new PublishError('PUBLISH_RELEASE_ATTESTATION_INVALID', `GitHub's release attestation for ${options.tag} does not verify${code}: ${(error instanceof Error ? error.message : String(error)).slice(0, 500)}`, {
        cause: error,
        hint: `the release is published and immutable: check it with \`${check}\` and report the failure to GitHub if that fails too`,
      });
    }
  };
}
