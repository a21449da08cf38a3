import { TrustKitError, type TrustKitErrorOptions } from '../core/errors.js';

/** The stable codes of protected-secret failures. */
export type SecretErrorCode =
  | 'SECRET_DESTROYED'
  | 'SECRET_EMPTY'
  | 'SECRET_LENGTH_INVALID'
  | 'SECRET_ARGUMENT_INVALID'
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

/**
 * Fails with SECRET_ARGUMENT_INVALID unless `ok`: a caller in plain JavaScript gets a coded error
 * naming the argument, not a TypeError from deep inside (or, for a length, a crash in libsodium).
 */
export function checkArgument(ok: boolean, what: string, value: unknown, expected: string): void {
  if (ok) return;
  const type = typeof value;
  const got = value === null || value === undefined ? String(value) : Array.isArray(value) ? 'an array' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
  throw new SecretError('SECRET_ARGUMENT_INVALID', `${what} is ${got}, not ${expected}`, { hint: `pass ${expected} (see the types in trust-kit/secrets)` });
}
