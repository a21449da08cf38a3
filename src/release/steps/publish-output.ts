import { relative } from 'node:path';
import { hashFile } from '../../core/digest.js';
import { reportOf } from '../../core/errors.js';
import { discardStagingDirectory, publishStagingDirectory } from '../output.js';
import type { ReleaseStepRun } from '../state.js';

/**
 * Moves the staging directory into place as the output directory, also after a failed step once
 * the checksums were written: what the run produced is kept, and no file of an earlier run is
 * left beside it. A run that wrote no checksums file leaves the output directory as it was.
 */
export const runPublishOutputStep: ReleaseStepRun = async ({ plan, staging, staged, sbomDigests, checksumsPath, failure, ports, outputDir, aborted }) => {
  if (plan === undefined || staging === undefined) return {};
  // An aborted run keeps nothing: its caller asked it to stop, not to finish what it can.
  if (checksumsPath === undefined || aborted === true) {
    await discardStagingDirectory(staging);
    return {};
  }
  try {
    // The files' digests, for the outputs: read in the staging directory, which only this run writes; the SBOMs' came
    // with their text (SPDX of 20,000 release files is 16 MB to read back).
    const digests: Record<string, string> = {};
    for (const path of staged) digests[path] = sbomDigests?.[path] ?? (await hashFile(path, ['sha256'])).digest.sha256 ?? '';
    const leftover = await publishStagingDirectory(plan, staging);
    if (leftover !== undefined) ports.logger.warn(`the earlier ${relative(ports.cwd, outputDir) || '.'} was replaced but could not be removed: it is left in ${leftover} (never hashed); remove it`);
    return { published: true, digests };
  } catch (error) {
    // After an earlier failure, that failure is what the run reports; this one is told.
    if (failure === undefined) throw error;
    ports.logger.warn(reportOf(error).message);
    return {};
  }
};
