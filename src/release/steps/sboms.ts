import { rm } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { digestChunks } from '../../core/digest.js';
import { writeFileAtomic } from '../../core/files.js';
import { counted } from '../../core/plural.js';
import { catalogSbom, DigestPlaceholders, encodeAhead, encoderFor, goModuleCacheDir, listedFiles, MAX_UNKNOWN_WARNINGS, type ListedDigest } from '../../sbom/index.js';
import type { ArtifactFile } from '../../checksums/index.js';
import type { ReleaseStepRun, SbomEntry } from '../state.js';

/** Catalogs the lockfiles and encodes each format with stand-ins for the artifacts' digests, to be finished once they are hashed. */
async function encodeBeforeHashed(options: Parameters<typeof catalogSbom>[0], files: readonly ArtifactFile[], listed: readonly ListedDigest[], formats: readonly string[]) {
  const cataloged = await catalogSbom(options, files);
  const placeholders = new DigestPlaceholders();
  const draft = cataloged.withFiles(files.map((file) => ({ name: file.name, size: 0, digest: placeholders.digestSet(listed) })));
  const finishers = formats.map((format) => {
    const encoder = encoderFor(format);
    return { encoder, finish: encodeAhead(encoder, draft, placeholders) };
  });
  return { cataloged, finishers };
}

/**
 * Catalogs the project's lockfiles into every SBOM format asked for while the artifacts are
 * hashed: the documents are encoded before the digests arrive, with stand-ins for them, and
 * finished with the digests once made (the SBOMs list the artifacts as files). Only then does
 * this thread help the hashing: the SBOM's work is done beside it, not after it.
 */
export const runSbomsStep: ReleaseStepRun = async ({ config, ports, artifactFiles: files, hashing, staging, lockfilesCataloged }) => {
  const sbomConfig = config.sbom;
  if (sbomConfig === undefined || files === undefined || hashing === undefined || staging === undefined) throw new Error('sbom runs after collect, when asked for');
  const goModuleCache = goModuleCacheDir(ports.env);
  const sbomOptions = {
    dir: sbomConfig.path,
    cwd: ports.cwd,
    exclude: sbomConfig.exclude,
    includeDev: sbomConfig.includeDev,
    strict: sbomConfig.strict,
    ...(sbomConfig.organization === undefined ? {} : { organization: sbomConfig.organization }),
    ...(ports.clock === undefined ? {} : { clock: ports.clock }),
    ...(goModuleCache === undefined ? {} : { goModuleCache }),
  };
  // The artifacts are hashed with SHA-256 for the SBOM, and with SHA-512 too when that is the release's algorithm.
  const listed: ListedDigest[] = config.algorithm === 'sha512' ? ['sha256', 'sha512'] : ['sha256'];
  const { cataloged, finishers } = await encodeBeforeHashed(sbomOptions, files, listed, sbomConfig.formats).finally(() => lockfilesCataloged?.());
  const sbom = cataloged.withFiles(listedFiles(await hashing));
  // As the sbom action does: a lockfile that could not be cataloged is said on its file and line (an annotation in a job),
  // not only left out of the SBOMs. The first few: GitHub shows ten annotations of a kind per step.
  for (const unknown of sbom.unknowns.slice(0, MAX_UNKNOWN_WARNINGS)) {
    const file = relative(ports.cwd, resolve(ports.cwd, sbomConfig.path, unknown.path)).split(sep).join('/');
    ports.logger.warn(`sbom: ${file}${unknown.line === undefined ? '' : `:${unknown.line}`}: could not be cataloged (the SBOMs lack its dependencies): ${unknown.reason}`, { file, ...(unknown.line === undefined ? {} : { line: unknown.line }) });
  }
  if (sbom.unknowns.length > MAX_UNKNOWN_WARNINGS) ports.logger.warn(`sbom: ${counted(sbom.unknowns.length - MAX_UNKNOWN_WARNINGS, 'more unknown')} not shown; the SBOMs list every one`);
  // The checksums are written even so, so an empty catalog warns here where `trust-kit sbom` fails.
  if (cataloged.lockfiles.length === 0) ports.logger.warn(`sbom: found no lockfile in ${sbomConfig.path}: the SBOMs list no dependency (check sbom-path and sbom-exclude, or set sbom-format: none)`);
  // Every document is finished before any is written: a format that fails leaves no SBOM that the checksums file does not list.
  const documents = finishers.map(({ encoder, finish }) => ({ name: encoder.fileName, path: join(staging, encoder.fileName), ...finish(sbom) }));
  const written = await Promise.allSettled(documents.map((document) => writeFileAtomic(document.path, document.chunks)));
  const failedWrite = written.find((outcome) => outcome.status === 'rejected');
  if (failedWrite !== undefined) {
    await Promise.all(documents.map((document) => rm(document.path, { force: true })));
    throw failedWrite.reason;
  }
  // The documents' SHA-256 came with their UUIDs: the text is not hashed again for the checksums file when that is its algorithm.
  const entries: SbomEntry[] = documents.map((document) => ({ name: document.name, hex: config.algorithm === 'sha256' ? document.sha256 : digestChunks(config.algorithm, document.chunks) }));
  ports.logger.info(`sbom: ${counted(sbom.packages.length, 'package')} from ${counted(cataloged.lockfiles.length, 'lockfile')} -> ${entries.map((entry) => entry.name).join(', ')}`);
  return { sbom: { entries, lockfiles: cataloged.lockfiles }, sbomDigests: Object.fromEntries(documents.map((document) => [document.path, document.sha256])), written: documents.map((document) => document.path) };
};
