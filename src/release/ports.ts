import type { Subject } from '../checksums/index.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import type { Environment } from '../secrets/index.js';
import type { GitHubTufOptions } from '../sigstore/verify/index.js';
import type { CommandRunner } from './gate.js';
import type { PublishPorts } from './publish.js';

// The types a caller of runRelease sees; kept apart from the run's state, which holds signing types the package does not ship declarations of.

/** The ports a release run talks to the world through. */
export interface ReleasePorts {
  cwd: string;
  /** The environment: OIDC token variables and key passphrases are taken out of it. */
  env: Environment;
  logger: Logger;
  /** Where SBOM timestamps (without it, the last commit's time, else the current time) and the audit log's time (without it, the system's) come from: SOURCE_DATE_EPOCH. */
  clock?: Clock;
  /**
   * Told of each step's files once they are in the output directory: when the run ends, also
   * when a later step failed, so the caller can hand on what the run did produce.
   */
  onStep?: (step: ReleaseStep) => void;
  /** Where GitHub's TUF repository is, for the GitHub trusted root an immutable release's verification kit carries; default GitHub's own (tests point it at a loopback repository). */
  githubTuf?: GitHubTufOptions;
  /** Where the OIDC issuer's discovery document is, when not under the provenance token's issuer (a proxy, a test issuer). */
  oidcDiscoveryURL?: string;
  /**
   * Stops the run when aborted: no step starts after it, the next upload to the GitHub release is
   * not sent, and the run fails with RELEASE_ABORTED, its staging directory removed (an output
   * directory already in place is kept, as after any failure). A request in flight ends on its own
   * timeout; a process stopped by SIGINT or SIGTERM ends at once through protectProcess instead.
   */
  signal?: AbortSignal;
  /** Publishes the artifacts and the run's files to the GitHub release of `tag` once they are in the output directory; none when undefined. */
  githubRelease?: {
    tag: string;
    /** The repository (`owner/name`) published to, when it may not be the run's own (GITHUB_REPOSITORY): what GitHub's release attestation must name. */
    repository?: string;
    /** Runs VERIFY.md's commands in the gate; a shell with this run's PATH when undefined. */
    commandRunner?: CommandRunner;
  } & Omit<PublishPorts, 'logger'>;
}

/** What a finished step wrote: the checksums file and its subjects, or the SBOM files. */
export type ReleaseStep = { step: 'checksums'; checksumsPath: string; subjects: Subject[] } | { step: 'sbom'; paths: string[] };

/**
 * The steps of a release (see pipeline.ts for their order): `output` checks the output directory,
 * `collect` finds the artifacts, `asset-names` checks they can be release assets, `release-tag` that the tag released names the commit built, `hash` reads them, `published-release` ends a re-run for a release published already, `signing-session` opens the session `sign` signs in, `verification-kit` writes the policy and trusted root, `resolve-images` pins the images to sign by digest, `images` signs them in the registry, `close-session` wipes the signing session's tokens once the last signature is made, `publish` moves the run's files into the output directory,
 * `downgrade` compares the run's evidence with the previous GitHub release's, `github-draft` uploads them to a draft GitHub release, `gate` verifies the draft's assets as a consumer would, `github-publish` publishes it.
 */
export type ReleaseStepName = 'output' | 'collect' | 'asset-names' | 'release-tag' | 'hash' | 'published-release' | 'sbom' | 'signing-session' | 'verification-kit' | 'checksums' | 'sign' | 'bundles' | 'attest' | 'resolve-images' | 'images' | 'audit-log' | 'close-session' | 'instructions' | 'publish' | 'downgrade' | 'github-draft' | 'gate' | 'github-publish';
