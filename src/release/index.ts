import { join, resolve } from 'node:path';
import { createChecksums, toSubjects, type ChecksumsResult, type Subject } from '../checksums/index.js';
import type { ReleaseConfig } from '../config/release.js';
import type { Logger } from '../core/logger.js';

/** The ports a release run talks to the world through. */
export interface ReleasePorts {
  cwd: string;
  logger: Logger;
}

/** Everything a release run produced, in the order it was made. */
export interface ReleaseResult {
  checksums: ChecksumsResult;
  /** The checksums file, absolute. */
  checksumsPath: string;
  subjects: Subject[];
  /** Every file written, absolute. */
  produced: string[];
}

/** The checksums file's conventional name for an algorithm: `SHA256SUMS`, `SHA512SUMS`. */
export function checksumsFileName(algorithm: ReleaseConfig['algorithm']): string {
  return `${algorithm.toUpperCase()}SUMS`;
}

/**
 * Runs the release pipeline: hash every artifact once and write the checksums file. Each later
 * step (SBOM, signatures, attestations) builds on what earlier steps wrote and never removes it.
 */
export async function runRelease(config: ReleaseConfig, ports: ReleasePorts): Promise<ReleaseResult> {
  const outputDir = resolve(ports.cwd, config.outputDir);
  const checksumsPath = join(outputDir, checksumsFileName(config.algorithm));
  const checksums = await createChecksums(
    { subjects: config.subjects, algorithm: config.algorithm, base: config.base, output: checksumsPath },
    ports.cwd,
  );
  ports.logger.info(`checksums: ${checksums.artifacts.length} artifacts -> ${checksumsPath}`);
  return { checksums, checksumsPath, subjects: toSubjects(checksums.artifacts, config.algorithm), produced: [checksumsPath] };
}
