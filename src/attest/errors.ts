import { TrustKitError, type TrustKitErrorOptions } from '../core/errors.js';
import { printable } from '../core/logger.js';

/** The stable codes of attestation failures. */
export type AttestErrorCode =
  | 'ATTEST_NO_SUBJECTS'
  | 'ATTEST_SUBJECT_INVALID'
  | 'ATTEST_DIGEST_INVALID'
  | 'ATTEST_SUBJECT_CONFLICT'
  | 'ATTEST_ARTIFACTS_LIST_INVALID'
  | 'ATTEST_PREDICATE_TOO_LARGE'
  | 'ATTEST_PREDICATE_INVALID'
  | 'ATTEST_PREDICATE_TYPE_INVALID'
  | 'ATTEST_PROVENANCE_UNAVAILABLE';

/** A failure to build an attestation: bad subjects or a bad predicate, found before anything is signed. */
export class AttestError extends TrustKitError<AttestErrorCode> {
  constructor(code: AttestErrorCode, message: string, options: TrustKitErrorOptions = {}) {
    super(code, message, options);
    this.name = 'AttestError';
  }
}

/** A value from a file or an input, quoted for a message: JSON-escaped, at most `max` characters of it, on one printable line (JSON leaves C1 controls as they are). */
export function quotedValue(value: unknown, max = 100): string {
  const text = typeof value === 'string' ? JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value) : (JSON.stringify(value) ?? String(value));
  return printable(text.length > max + 2 ? `${text.slice(0, max)}…` : text);
}
