import { TrustKitError, type TrustKitErrorOptions } from '../core/errors.js';

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
