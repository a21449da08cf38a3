import { TrustKitError, type TrustKitErrorOptions } from '../core/errors.js';

/** The stable codes of attestation failures. */
export type AttestErrorCode =
  | 'ATTEST_NO_SUBJECTS'
  | 'ATTEST_SUBJECT_INVALID'
  | 'ATTEST_DIGEST_INVALID'
  | 'ATTEST_SUBJECT_CONFLICT'
  | 'ATTEST_ARTIFACTS_LIST_INVALID'
  | 'ATTEST_PREDICATE_TOO_LARGE'
  | 'ATTEST_TOO_MANY_SUBJECTS'
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

/**
 * The error for provenance asked for in a job without a token, saying why there is none as `why`
 * (the signing token's diagnosis: a fork's pull request, a request token removed, no permission)
 * does, with its hint; without it, that the job has no token endpoint.
 */
export function provenanceUnavailable(why?: { message: string; hint?: string | undefined }): AttestError {
  const reason = why === undefined ? 'this job has none (ACTIONS_ID_TOKEN_REQUEST_URL is not set)' : `there is none: ${why.message.replace(/^no OIDC identity token: /, '')}`;
  return new AttestError('ATTEST_PROVENANCE_UNAVAILABLE', `SLSA provenance needs the GitHub Actions job's OIDC token, and ${reason}`, {
    hint: why?.hint ?? 'attest provenance in a GitHub Actions job with `id-token: write` under `permissions:`; elsewhere attest an SBOM or a custom predicate',
  });
}
