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
} as const;

const USAGE_CODES = new Set(['CONFIG_INVALID', 'CLI_USAGE', 'CLI_UNKNOWN_COMMAND']);

/** The exit code for a thrown value, from its error code. */
export function exitCodeFor(error: unknown): number {
  if (!isTrustKitError(error)) return EXIT.FAILURE;
  if (USAGE_CODES.has(error.code)) return EXIT.USAGE;
  if (error.code.startsWith('VERIFY_POLICY_')) return EXIT.POLICY_MISMATCH;
  if (error.code.startsWith('VERIFY_')) return EXIT.VERIFICATION_FAILED;
  return EXIT.FAILURE;
}
