import { TrustKitError, type TrustKitErrorOptions } from '../core/errors.js';

/** Stable codes of registry client errors. */
export type OciErrorCode =
  | 'OCI_REFERENCE_INVALID'
  | 'OCI_UNAUTHORIZED'
  | 'OCI_DENIED'
  | 'OCI_NOT_FOUND'
  | 'OCI_DIGEST_MISMATCH'
  | 'OCI_SIZE_MISMATCH'
  | 'OCI_TOO_LARGE'
  | 'OCI_MANIFEST_INVALID'
  | 'OCI_AUTH_CHALLENGE_INVALID'
  | 'OCI_TOKEN_FAILED'
  | 'OCI_CREDENTIALS_INVALID'
  | 'OCI_CREDENTIAL_HELPER_FAILED'
  | 'OCI_INSECURE'
  | 'OCI_TLS_UNTRUSTED'
  | 'OCI_REDIRECT_INVALID'
  | 'OCI_REGISTRY_ERROR'
  | 'OCI_NETWORK';

/** An error parsing an image reference or talking to a registry. */
export class OciError extends TrustKitError<OciErrorCode> {
  /** The HTTP status the registry answered with, when the error comes from one. */
  readonly status: number | undefined;
  /** The wait the registry asked for (`Retry-After`) before trying again, in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(code: OciErrorCode, message: string, options: TrustKitErrorOptions & { status?: number; retryAfterMs?: number } = {}) {
    super(code, message, options);
    this.name = 'OciError';
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}
