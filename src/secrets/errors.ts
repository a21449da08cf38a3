import { TrustKitError, type TrustKitErrorOptions } from '../core/errors.js';

/** The stable codes of protected-secret failures. */
export type SecretErrorCode =
  | 'SECRET_DESTROYED'
  | 'SECRET_EMPTY'
  | 'SECRET_FILE_UNREADABLE'
  | 'SECRET_INPUT_MISSING'
  | 'SECRET_ENV_MISSING'
  | 'SECRET_ENCLAVE_CORRUPT'
  | 'SECRET_PROTECTION_MISSING';

/** A failure to take in, hold or protect a secret; messages name the secret's source, never its value. */
export class SecretError extends TrustKitError<SecretErrorCode> {
  constructor(code: SecretErrorCode, message: string, options: TrustKitErrorOptions = {}) {
    super(code, message, options);
    this.name = 'SecretError';
  }
}
