import { TrustKitError, type TrustKitErrorOptions } from '../core/errors.js';

/** Stable codes of checksums errors. */
export type ChecksumsErrorCode =
  | 'CHECKSUMS_PATH_NOT_FOUND'
  | 'CHECKSUMS_NO_MATCH'
  | 'CHECKSUMS_UNSAFE_NAME'
  | 'CHECKSUMS_OUTSIDE_BASE'
  | 'CHECKSUMS_DUPLICATE_NAME'
  | 'CHECKSUMS_READ_FAILED'
  | 'CHECKSUMS_MALFORMED_LINE'
  | 'CHECKSUMS_LINE_TOO_LONG'
  | 'CHECKSUMS_EMPTY'
  | 'CHECKSUMS_MIXED_ALGORITHMS'
  | 'CHECKSUMS_DUPLICATE_ENTRY'
  | 'CHECKSUMS_MISMATCH';

/** An error hashing artifacts or reading or checking a checksums file. */
export class ChecksumsError extends TrustKitError<ChecksumsErrorCode> {
  constructor(code: ChecksumsErrorCode, message: string, options?: TrustKitErrorOptions) {
    super(code, message, options);
    this.name = 'ChecksumsError';
  }
}
