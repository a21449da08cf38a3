import { TrustKitError, type TrustKitErrorOptions } from '../../core/errors.js';

/** The stable codes of image SBOM failures. */
export type ImageSbomErrorCode =
  /** The image argument has no known source prefix, or its source cannot be read. */
  | 'IMAGE_SOURCE_INVALID'
  /** The layout, archive, manifest or config is not what an image holds. */
  | 'IMAGE_MANIFEST_INVALID'
  /** No manifest of the image is for the platform asked for. */
  | 'IMAGE_PLATFORM_NOT_FOUND'
  /** Several images of one index (or layout) are for the platform asked for: which one is meant is not said. */
  | 'IMAGE_PLATFORM_AMBIGUOUS'
  /** A blob's bytes do not hash to the digest its descriptor (or the config's diff_ids) names. */
  | 'IMAGE_DIGEST_MISMATCH'
  /** A layer is not a tar archive, or is compressed in a way that cannot be read. */
  | 'IMAGE_LAYER_INVALID'
  /** A layer entry names a path outside the image's root (`..`). */
  | 'IMAGE_LAYER_UNSAFE_PATH'
  /** The image has more entries, bytes or metadata than the limits allow. */
  | 'IMAGE_LIMIT_EXCEEDED';

/** An image could not be read for an SBOM; the code says why, the message names the image, layer and entry. */
export class ImageSbomError extends TrustKitError<ImageSbomErrorCode> {
  constructor(code: ImageSbomErrorCode, message: string, options?: TrustKitErrorOptions) {
    super(code, message, options);
    this.name = 'ImageSbomError';
  }
}
