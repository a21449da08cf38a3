/**
 * The published package's entry (`import ... from 'trust-kit'`): what docs/library.md documents,
 * named one by one so that no helper of the CLI or the actions becomes public by being exported
 * from a module they share (a test compares this list with the docs).
 */
import './core/runtime-guard.js';
export { fixedClock, clockFromSourceDateEpoch, systemClock, type Clock } from './core/clock.js';
export { DIGEST_ALGORITHMS, isDigestAlgorithm, parseDigestReference, type DigestAlgorithm, type DigestSet } from './core/digest.js';
export { TrustKitError, isTrustKitError, reportOf, type ErrorReport, type TrustKitErrorOptions } from './core/errors.js';
export { silentLogger, type Logger, type SourcePlace } from './core/logger.js';
export { VERSION } from './core/version.js';
export * as checksums from './checksums/public.js';
export * as sbom from './sbom/public.js';
export { runRelease, type ReleaseResult, type ReleasePorts } from './release/index.js';
export type { ReleaseConfig } from './config/release.js';
