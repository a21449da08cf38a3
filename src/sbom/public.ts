/**
 * The SBOM API of the published package (`import { sbom } from 'trust-kit'`): what
 * docs/library.md documents and keeps stable. The rest of index.ts serves the CLI, the actions and
 * the release, and may change in any release.
 */
export { SbomError, SbomParseError } from './errors.js';
export { encoderFor, FORMAT_NAMES, type FormatEncoder } from './formats/index.js';
export { encodeSbom, generateSbom, type GenerateSbomOptions, type SbomResult } from './index.js';
export type { LockfileSummary } from './catalog.js';
export type * from './model.js';
export type { ParseInput, Parser } from './parser.js';
export { PARSERS } from './parsers/index.js';
