import { join, relative } from 'node:path';
import { checksumsFileText } from '../../checksums/index.js';
import { writeFileAtomic } from '../../core/files.js';
import { counted } from '../../core/plural.js';
import { checksumsFileName } from '../names.js';
import type { ReleaseStepRun } from '../state.js';

/**
 * Writes the checksums file: the artifacts, and the SBOMs and the verification kit by the names
 * they are published under beside them, so the signature covers them all. It is written also when the SBOMs failed: the
 * artifacts' checksums are kept.
 */
export const runChecksumsStep: ReleaseStepRun = async ({ config, ports, artifacts, sbom, verificationKit, staging, outputDir }) => {
  if (artifacts === undefined || staging === undefined) throw new Error('checksums runs after hash');
  const sbomEntries = sbom?.entries ?? [];
  const checksumsPath = join(staging, checksumsFileName(config.algorithm));
  const checksumsBytes = Buffer.from(checksumsFileText([...artifacts, ...sbomEntries, ...(verificationKit?.entries ?? [])]), 'utf8');
  await writeFileAtomic(checksumsPath, checksumsBytes);
  ports.logger.info(`checksums: ${counted(artifacts.length, 'artifact')}${sbomEntries.length === 0 ? '' : ` and ${counted(sbomEntries.length, 'SBOM')}`} -> ${relative(ports.cwd, join(outputDir, relative(staging, checksumsPath)))}`);
  return { checksumsPath, checksumsBytes, written: [checksumsPath] };
};
