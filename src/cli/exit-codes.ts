import { isTrustKitError } from '../core/errors.js';

/**
 * The CLI's documented exit codes. Scripts can tell a bad signature from a policy mismatch from
 * a usage mistake without parsing messages.
 */
export const EXIT = {
  /** Everything asked for was done and verified. */
  OK: 0,
  /** The command failed: bad input files, I/O, a service, or a checksum mismatch. */
  FAILURE: 1,
  /** The command line or inputs are wrong; nothing was done. */
  USAGE: 2,
  /** A signature, bundle or transparency-log proof did not verify. */
  VERIFICATION_FAILED: 3,
  /** Cryptographically valid, but not signed by the identity the policy asks for. */
  POLICY_MISMATCH: 4,
  /** The artifact is not a subject of the signed statement: the attestation is about something else. */
  SUBJECT_MISMATCH: 5,
  /** The attestation about the artifact is of another predicate type than the one asked for. */
  PREDICATE_TYPE_MISMATCH: 6,
  /** Signed, but by another workflow than `--signer-workflow`. */
  SIGNER_WORKFLOW_MISMATCH: 7,
  /** Signed in another repository (or owner) than `--repo`/`--owner`. */
  REPOSITORY_MISMATCH: 8,
  /** Made on a self-hosted runner, refused by `--deny-self-hosted-runners`. */
  SELF_HOSTED_RUNNER: 9,
} as const;

/** Refusals with an exit code of their own, checked before the families below. */
const SPECIFIC_CODES: Readonly<Record<string, number>> = {
  VERIFY_SUBJECT_MISMATCH: EXIT.SUBJECT_MISMATCH,
  VERIFY_PREDICATE_TYPE_MISMATCH: EXIT.PREDICATE_TYPE_MISMATCH,
  VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH: EXIT.SIGNER_WORKFLOW_MISMATCH,
  VERIFY_POLICY_REPOSITORY_MISMATCH: EXIT.REPOSITORY_MISMATCH,
  VERIFY_POLICY_SELF_HOSTED_RUNNER: EXIT.SELF_HOSTED_RUNNER,
};

const USAGE_CODES = new Set(['CONFIG_INVALID', 'CLI_USAGE', 'CLI_UNKNOWN_COMMAND']);

/** The exit code for a thrown value, from its error code. */
export function exitCodeFor(error: unknown): number {
  if (!isTrustKitError(error)) return EXIT.FAILURE;
  if (USAGE_CODES.has(error.code)) return EXIT.USAGE;
  const specific = SPECIFIC_CODES[error.code];
  if (specific !== undefined) return specific;
  if (error.code.startsWith('VERIFY_POLICY_')) return EXIT.POLICY_MISMATCH;
  if (error.code.startsWith('VERIFY_')) return EXIT.VERIFICATION_FAILED;
  return EXIT.FAILURE;
}
