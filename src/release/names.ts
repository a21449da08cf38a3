import type { ReleaseConfig } from '../config/release.js';

/** The checksums file's conventional name for an algorithm: `SHA256SUMS`, `SHA512SUMS`. */
export function checksumsFileName(algorithm: ReleaseConfig['algorithm']): string {
  return `${algorithm.toUpperCase()}SUMS`;
}

/** The file the public key of a key-signed release is published as. */
export const PUBLIC_KEY_FILE = 'trust-kit.pub';

/** The name of the verification instructions. */
export const INSTRUCTIONS_FILE = 'VERIFY.md';

/** The signing audit log: one JSON line per signature the run made. */
export const AUDIT_LOG_FILE = 'trust-kit-audit.jsonl';

/** The trusted roots a release was signed against, published with its verification policy (one root per line). */
export const VERIFICATION_KIT_TRUSTED_ROOT_FILE = 'trust-kit-trusted-root.jsonl';

/** GitHub's trusted root, published with the verification policy of an immutable release when the roots signing used do not hold it. */
export const VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE = 'trust-kit-github-trusted-root.jsonl';

/** The file a release's attestations are published in: every bundle, one per line. */
export const ATTESTATIONS_FILE = 'attestations.intoto.jsonl';

/** The file name trust-kit publishes the offline verification policy under. */
export const RELEASE_POLICY_FILE = 'trust-kit-policy.json';
