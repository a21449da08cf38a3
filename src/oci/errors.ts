import { TrustKitError, type TrustKitErrorOptions } from '../core/errors.js';
import { redact } from '../secrets/index.js';

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

/**
 * An error parsing an image reference or talking to a registry. Its message and hint are redacted
 * as it is made: they may quote what a registry chose (a redirect's path, a challenge's realm),
 * which may echo the password, and by the time the error is printed the client is closed and the
 * password wiped, so the redaction at printing no longer knows it.
 */
export class OciError extends TrustKitError<OciErrorCode> {
  /** The HTTP status the registry answered with, when the error comes from one. */
  readonly status: number | undefined;
  /** The wait the registry asked for (`Retry-After`) before trying again, in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(code: OciErrorCode, message: string, options: TrustKitErrorOptions & { status?: number; retryAfterMs?: number } = {}) {
    super(code, redact(message), options.hint === undefined ? options : { ...options, hint: redact(options.hint) });
    this.name = 'OciError';
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}
