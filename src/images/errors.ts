import { TrustKitError, type TrustKitErrorOptions } from '../core/errors.js';

/** Codes of image signing and verification failures: VERIFY_* exit as verification failures (3). */
export type ImagesErrorCode = 'VERIFY_IMAGE_UNSIGNED' | 'IMAGES_DIGEST_UNSUPPORTED' | 'IMAGES_INDEX_TOO_DEEP' | 'IMAGES_TOO_MANY' | 'IMAGES_INTERNAL';

/** Why an image could not be attested or verified. */
export class ImagesError extends TrustKitError<ImagesErrorCode> {
  constructor(code: ImagesErrorCode, message: string, options: TrustKitErrorOptions = {}) {
    super(code, message, options);
    this.name = 'ImagesError';
  }
}
