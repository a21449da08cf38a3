export * from './core/index.js';
export * as checksums from './checksums/index.js';
export * as sbom from './sbom/index.js';
export { runRelease, type ReleaseResult, type ReleasePorts } from './release/index.js';
export type { ReleaseConfig } from './config/release.js';
