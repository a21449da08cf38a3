/**
 * The checksums API of the published package (`import { checksums } from 'trust-kit'`): what
 * docs/library.md documents and keeps stable. The rest of index.ts serves the CLI, the actions and
 * the release, and may change in any release.
 */
export { checkChecksums, checkChecksumsFile, readChecksumEntries, type CheckCounts, type CheckFileOptions, type CheckOptions, type CheckResult, type CheckStatus, type ReadChecksumsOptions } from './check.js';
export { collectArtifacts, leftoverNotice, type ArtifactFile, type CollectOptions, type LeftoverFile } from './collect.js';
export { ChecksumsError, type ChecksumsErrorCode } from './errors.js';
export { formatChecksums, parseChecksums, type ChecksumEntry } from './format.js';
export { hashArtifacts, type Artifact, type HashOptions } from './hash.js';
export { createChecksums, toSubjects, type ChecksumsResult, type CreateChecksumsOptions, type Subject } from './index.js';
export type { ChecksumsConfig } from '../config/checksums.js';
