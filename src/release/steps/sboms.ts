import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { digestBytes } from '../../core/digest.js';
import { writeFileAtomic } from '../../core/files.js';
import { counted } from '../../core/plural.js';
import { encoderFor, generateSbom, goModuleCacheDir } from '../../sbom/index.js';
import type { ReleaseStepRun, SbomEntry } from '../state.js';

/**
 * Catalogs the project's lockfiles into every SBOM format asked for, while the artifacts are
 * hashed (their digests arrive as they are made); the SBOMs list the artifacts as files.
 */
export const runSbomsStep: ReleaseStepRun = async ({ config, ports, artifactFiles: files, hashing, staging, lockfilesCataloged }) => {
  const sbomConfig = config.sbom;
  if (sbomConfig === undefined || files === undefined || hashing === undefined || staging === undefined) throw new Error('sbom runs after collect, when asked for');
  const goModuleCache = goModuleCacheDir(ports.env);
  const generated = await generateSbom({
    ...(lockfilesCataloged === undefined ? {} : { onCataloged: lockfilesCataloged }),
    dir: sbomConfig.path,
    cwd: ports.cwd,
    exclude: sbomConfig.exclude,
    includeDev: sbomConfig.includeDev,
    strict: sbomConfig.strict,
    hashedArtifacts: { files, digests: hashing },
    ...(ports.clock === undefined ? {} : { clock: ports.clock }),
    ...(goModuleCache === undefined ? {} : { goModuleCache }),
  });
  // The checksums are written even so, so an empty catalog warns here where `trust-kit sbom` fails.
  if (generated.lockfiles.length === 0) ports.logger.warn(`sbom: found no lockfile in ${sbomConfig.path}: the SBOMs list no dependency (check sbom-path and sbom-exclude, or set sbom-format: none)`);
  // Every document is encoded before any is written: a format that fails leaves no SBOM that the checksums file does not list.
  const documents = sbomConfig.formats.map((format) => {
    const encoder = encoderFor(format);
    return { name: encoder.fileName, path: join(staging, encoder.fileName), text: encoder.encode(generated.sbom) };
  });
  const written = await Promise.allSettled(documents.map((document) => writeFileAtomic(document.path, document.text)));
  const failedWrite = written.find((outcome) => outcome.status === 'rejected');
  if (failedWrite !== undefined) {
    await Promise.all(documents.map((document) => rm(document.path, { force: true })));
    throw failedWrite.reason;
  }
  const entries: SbomEntry[] = documents.map((document) => ({ name: document.name, hex: digestBytes(config.algorithm, document.text) }));
  ports.logger.info(`sbom: ${counted(generated.sbom.packages.length, 'package')} from ${counted(generated.lockfiles.length, 'lockfile')} -> ${entries.map((entry) => entry.name).join(', ')}`);
  return { sbom: { entries, lockfiles: generated.lockfiles }, written: documents.map((document) => document.path) };
};
