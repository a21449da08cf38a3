import { TrustKitError, type TrustKitErrorOptions } from '../core/errors.js';
import type { GateReport } from './gate.js';

/** Stable codes of release errors. */
export type ReleaseErrorCode =
  | 'RELEASE_OUTPUT_NOT_EMPTY'
  | 'RELEASE_OUTPUT_NOT_DIRECTORY'
  | 'RELEASE_OUTPUT_OVERLAPS'
  | 'RELEASE_OUTPUT_MOUNT_POINT'
  | 'RELEASE_OUTPUT_FAILED'
  | 'RELEASE_NAME_CLASH'
  | 'RELEASE_NAME_TOO_LONG'
  | 'RELEASE_ASSET_NAME_NESTED'
  | 'RELEASE_ASSET_NAME_REWRITTEN'
  | 'RELEASE_TOO_MANY_ASSETS'
  | 'RELEASE_ASSET_EMPTY'
  | 'RELEASE_ASSET_TOO_LARGE'
  | 'RELEASE_PUBLISHED_DIFFERS'
  | 'RELEASE_DRAFT_DIFFERS'
  | 'RELEASE_NO_ARTIFACTS'
  | 'RELEASE_KEY_IS_ARTIFACT'
  | 'RELEASE_ARTIFACT_CHANGED'
  | 'RELEASE_BUNDLE_UNREADABLE'
  | 'RELEASE_NOT_A_TAG'
  | 'RELEASE_TAG_MISSING'
  | 'RELEASE_TAG_OTHER_COMMIT'
  | 'RELEASE_IMAGE_REFERENCE'
  | 'RELEASE_TRUST_DOWNGRADE'
  | 'RELEASE_PORTS_INVALID'
  | 'RELEASE_CONFIG_INVALID'
  | 'RELEASE_OUTPUT_NAME_TOO_LONG'
  | 'RELEASE_ABORTED';

/** An error of the release use case itself: where its output goes, and what it may publish. */
export class ReleaseError extends TrustKitError<ReleaseErrorCode> {
  constructor(code: ReleaseErrorCode, message: string, options?: TrustKitErrorOptions) {
    super(code, message, options);
    this.name = 'ReleaseError';
  }
}

/** Stable codes of the publish step's own refusals. */
export type PublishErrorCode = 'PUBLISH_ASSET_NAME_CLASH' | 'PUBLISH_ASSET_DIGEST_MISMATCH' | 'PUBLISH_IMMUTABLE_RELEASE_DIFFERS' | 'PUBLISH_UPLOAD_UNSETTLED' | 'PUBLISH_DRAFT_CHANGED' | 'PUBLISH_NOTES_TOO_LONG' | 'PUBLISH_RELEASE_ATTESTATION_MISSING' | 'PUBLISH_RELEASE_ATTESTATION_INVALID' | 'PUBLISH_RELEASE_ATTESTATION_UNVERIFIED' | 'PUBLISH_GATE_FAILED';

/** A refusal of the publish step: what is on the release is not what this run would publish. */
export class PublishError extends TrustKitError<PublishErrorCode> {
  constructor(code: PublishErrorCode, message: string, options?: TrustKitErrorOptions) {
    super(code, message, options);
    this.name = 'PublishError';
  }
}

/** The gate's refusal: PUBLISH_GATE_FAILED, with the report of every check and command. */
export class PublishGateError extends PublishError {
  readonly report: GateReport;

  constructor(message: string, report: GateReport) {
    super('PUBLISH_GATE_FAILED', message, { hint: 'the release is left as a draft on GitHub: look at its assets, fix what failed, and re-run (uploads of unchanged assets are skipped, and what this run signed is replaced); a build made again has other files: delete the draft release first; `gate: false` publishes without this check' });
    this.report = report;
  }
}

/** The failure of a run its caller aborted, naming the reason it gave (an Error's message, or the value). */
export function abortedError(signal: AbortSignal): ReleaseError {
  const reason: unknown = signal.reason;
  const said = reason instanceof Error ? reason.message : String(reason);
  return new ReleaseError('RELEASE_ABORTED', `the release was aborted by its caller (${said.slice(0, 200)}) before it was done`, {
    cause: reason,
    hint: 'nothing of this run was left in the output directory unless it was in place before the abort; a draft GitHub release it filled stays for the next run to reuse: run it again',
  });
}
