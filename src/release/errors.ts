import { TrustKitError, type TrustKitErrorOptions } from '../core/errors.js';

/** Stable codes of release errors. */
export type ReleaseErrorCode =
  | 'RELEASE_OUTPUT_NOT_EMPTY'
  | 'RELEASE_OUTPUT_NOT_DIRECTORY'
  | 'RELEASE_OUTPUT_OVERLAPS'
  | 'RELEASE_OUTPUT_FAILED'
  | 'RELEASE_NAME_CLASH'
  | 'RELEASE_ASSET_NAME_NESTED'
  | 'RELEASE_PUBLISHED_DIFFERS'
  | 'RELEASE_NO_ARTIFACTS'
  | 'RELEASE_ARTIFACT_CHANGED'
  | 'RELEASE_BUNDLE_UNREADABLE'
  | 'RELEASE_NOT_A_TAG'
  | 'RELEASE_IMAGE_REFERENCE'
  | 'RELEASE_TRUST_DOWNGRADE';

/** An error of the release use case itself: where its output goes, and what it may publish. */
export class ReleaseError extends TrustKitError<ReleaseErrorCode> {
  constructor(code: ReleaseErrorCode, message: string, options?: TrustKitErrorOptions) {
    super(code, message, options);
    this.name = 'ReleaseError';
  }
}
