import { TrustKitError, type TrustKitErrorOptions } from '../../core/errors.js';

/** The codes signing fails with; tests and scripts key on them. */
export type SignErrorCode =
  | 'SIGN_SERVICE_FAILED'
  | 'SIGN_SERVICE_BAD_RESPONSE'
  | 'SIGN_KEY_INVALID'
  | 'SIGN_KEY_UNSUPPORTED'
  | 'SIGN_KEY_PASSPHRASE_REQUIRED'
  | 'SIGN_KEY_PASSPHRASE_WRONG'
  | 'SIGN_KEY_KDF_TOO_COSTLY'
  | 'SIGN_KEY_EXISTS'
  | 'SIGN_TOKEN_INVALID'
  | 'SIGN_STATEMENT_INVALID'
  | 'SIGN_INPUT_UNREADABLE'
  | 'SIGN_SELF_VERIFY_FAILED'
  | 'SIGN_TRUSTED_ROOT_REQUIRED'
  | 'SIGN_SIGNING_CONFIG_INVALID'
  | 'SIGN_SIGNING_CONFIG_UNSUPPORTED'
  | 'SIGN_TIMESTAMP_AUTHORITY_REQUIRED'
  | 'SIGN_TIMEOUT'
  | 'SIGN_SERVICE_INSECURE';

/** A signing failure with a stable code. */
export class SignError extends TrustKitError<SignErrorCode> {
  constructor(code: SignErrorCode, message: string, options: TrustKitErrorOptions = {}) {
    super(code, message, options);
    this.name = 'SignError';
  }
}

/** The remote services a signature may depend on. */
export type SigningService = 'Fulcio' | 'Rekor' | 'TSA';

/**
 * What went wrong on the wire: an HTTP error status, no response at all, or a success status
 * whose body is not what the service returns (HTML from a proxy, truncated or foreign JSON, a
 * timestamp that is not DER).
 */
export type ServiceStatus = number | 'timeout' | 'connection' | 'bad-response';

/**
 * A permanent failure of Fulcio, Rekor or the timestamp authority (after the retry budget, or a
 * status that retrying cannot fix), naming the service, the URL and the status:
 * `SIGN_SERVICE_BAD_RESPONSE` when the service answered with something unusable, else
 * `SIGN_SERVICE_FAILED`.
 */
export class SigningServiceError extends SignError {
  readonly service: SigningService;
  readonly url: string;
  readonly status: ServiceStatus;

  constructor(service: SigningService, method: string, url: string, status: ServiceStatus, detail: string, options: TrustKitErrorOptions = {}) {
    if (status === 'bad-response') {
      super('SIGN_SERVICE_BAD_RESPONSE', `bad response from ${service}: ${method} ${url} answered with ${detail}`, options);
    } else {
      const what = typeof status === 'number' ? `HTTP ${status}` : status === 'timeout' ? 'timed out' : 'could not connect';
      super('SIGN_SERVICE_FAILED', `${service} ${method} ${url} failed: ${what}${detail === '' ? '' : ` (${detail})`}`, options);
    }
    this.name = 'SigningServiceError';
    this.service = service;
    this.url = url;
    this.status = status;
  }
}
