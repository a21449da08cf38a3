import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SbomConfig } from '../config/sbom.js';
import type { Clock } from '../core/clock.js';
import { commitTogether, prepareFileAtomic, type PreparedFile } from '../core/files.js';
import { printable } from '../core/logger.js';
import { counted } from '../core/plural.js';
import type { LockfileSummary } from './catalog.js';
import { SbomError } from './errors.js';
import { encoderFor, FORMATS } from './formats/index.js';
import { generateSbom, MAX_UNKNOWN_WARNINGS, type SbomResult } from './index.js';
import type { Unknown } from './model.js';
import { ntiaCoverage, ntiaCoverageText } from './ntia.js';
import { unlistedUnknowns } from './parsers/unknowns.js';

/**
 * One SBOM document made by {@link runSbom}: where it was written (absolute), or its text to be
 * printed, in the chunks it was made in (a document may be longer than one string can be).
 */
export type SbomOutput = { format: string; path: string } | { format: string; path: undefined; chunks: string[] };

/** Everything {@link runSbom} made. */
export interface SbomRun extends SbomResult {
  outputs: SbomOutput[];
  /**
   * Documents of the formats this run did not write that lie in its output directory under
   * trust-kit's names (an earlier run's `sbom.spdx.json` beside this one's `sbom.cdx.json`):
   * left as they are, since they may be the user's, and named for the surfaces to warn about.
   */
  stale: string[];
}

/**
 * The SBOM use case both surfaces run: catalog the directory once, encode each asked-for format,
 * and write each file atomically (a format that fails never removes one already written).
 */
export async function runSbom(config: SbomConfig, ports: { cwd: string; clock?: Clock; goModuleCache?: string }): Promise<SbomRun> {
  const result = await generateSbom({
    dir: config.path,
    cwd: ports.cwd,
    includeDev: config.includeDev,
    strict: config.strict,
    artifacts: config.artifacts,
    artifactBase: config.artifactBase,
    exclude: config.exclude,
    ...(ports.clock === undefined ? {} : { clock: ports.clock }),
    ...(config.organization === undefined ? {} : { organization: config.organization }),
    ...(ports.goModuleCache === undefined ? {} : { goModuleCache: ports.goModuleCache }),
  });
  if (result.lockfiles.length === 0 && !config.allowEmpty) {
    const excluded = config.exclude.length === 0 ? '' : ` (excluded: ${config.exclude.join(', ')})`;
    // Files with a lockfile's name that could not be read (a pipe, too big, no permission) are what the user has to fix, not where they pointed.
    const unread = result.sbom.unknowns;
    if (unread.length > 0) {
      const shown = unread.slice(0, MAX_UNKNOWN_WARNINGS).map((unknown) => `${printable(unknown.path)}: ${unknown.reason}`);
      const more = unread.length > MAX_UNKNOWN_WARNINGS ? `; and ${counted(unread.length - MAX_UNKNOWN_WARNINGS, 'more file')}` : '';
      throw new SbomError('SBOM_NO_LOCKFILE', `found no lockfile it could read in ${resolve(ports.cwd, config.path)}${excluded}, so the SBOM would list no dependency: ${shown.join('; ')}${more}`, {
        hint: 'make each file named a readable regular file (at most 256 MiB), or exclude it (--exclude); or accept an SBOM without dependencies, listing these as unknowns, with --allow-empty (input `allow-empty: true`)',
      });
    }
    throw new SbomError('SBOM_NO_LOCKFILE', `found no lockfile in ${resolve(ports.cwd, config.path)}${excluded}, so the SBOM would list no dependency`, {
      hint: 'catalog the project directory (the one holding package-lock.json, go.mod, Cargo.lock, ...); check the exclude patterns (the defaults go with --no-default-excludes, input `default-excludes: false`); or accept an SBOM without dependencies with --allow-empty (input `allow-empty: true`)',
    });
  }
  const outputs: SbomOutput[] = [];
  const writes: Promise<PreparedFile>[] = [];
  for (const format of config.formats) {
    const encoder = encoderFor(format);
    const path = config.output !== undefined ? resolve(ports.cwd, config.output) : config.outputDir !== undefined ? resolve(ports.cwd, config.outputDir, encoder.fileName) : undefined;
    if (path === undefined) {
      // Made whole before any of it is printed: a document that fails its checks prints nothing.
      outputs.push({ format, path, chunks: [...encoder.chunks(result.sbom)] });
      continue;
    }
    // Each document is streamed to its temporary file as it is made: no document is ever held
    // whole. The documents are made side by side, so that one's writes and flush wait while the
    // other is encoded, not in turn. A document that fails its checks is not left behind (the
    // atomic write drops it); a failure does not stop the other formats being made, and the first
    // one (in the order asked for) is reported once all are done. All are put in place together.
    writes.push(prepareFileAtomic(path, encoder.chunks(result.sbom)));
    outputs.push({ format, path });
  }
  const prepared = await Promise.allSettled(writes);
  const failed = prepared.find((write) => write.status === 'rejected');
  if (failed !== undefined) {
    await Promise.all(prepared.map((write) => (write.status === 'fulfilled' ? write.value.discard() : undefined)));
    throw failed.reason;
  }
  // Once all are written, in the order asked for, without yielding: a signal never leaves one format of this run beside another of an earlier one.
  await commitTogether(prepared.map((write) => (write as PromiseFulfilledResult<PreparedFile>).value));
  return { ...result, outputs, stale: staleDocuments(config, ports.cwd, outputs) };
}

/** The documents of other formats than those written that lie in the run's output directory under trust-kit's names (see {@link SbomRun.stale}). */
export function staleDocuments(config: Pick<SbomConfig, 'outputDir'>, cwd: string, outputs: readonly SbomOutput[]): string[] {
  if (config.outputDir === undefined) return [];
  const written = new Set(outputs.map((output) => output.path));
  return FORMATS.map((format) => resolve(cwd, config.outputDir ?? '.', format.fileName)).filter((path) => !written.has(path) && lstatSync(path, { throwIfNoEntry: false })?.isFile() === true);
}

/** The warning about an earlier run's document beside this run's (see {@link SbomRun.stale}). */
export function staleText(path: string): string {
  return `${printable(path)} is not from this run (it did not write that format): an earlier run's SBOM, or another tool's, left as it is; remove it if it is not meant to be published with this run's`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${Math.round((part / whole) * 100)}%`;
}

/**
 * How many unknowns a run found: those the SBOM lists, and those a lockfile had past the ones it
 * lists (counted in one of them), so that the total is not smaller than a lockfile's own count.
 */
export function unknownTotal(result: Pick<SbomResult, 'sbom' | 'lockfiles'>): number {
  return result.lockfiles.reduce((total, lockfile) => total + unlistedUnknowns(lockfile.unresolved), result.sbom.unknowns.length);
}

/** One line per lockfile (packages, edges, licenses %, hashes %, unknowns), a total and the NTIA minimum elements coverage: the CLI's stderr summary. */
export function summaryText(result: SbomResult): string {
  // The first unknown of each path, found once: a search per file was quadratic (an image can hold a million databases).
  const unknownByPath = new Map<string, Unknown>();
  for (const entry of result.sbom.unknowns) if (!unknownByPath.has(entry.path)) unknownByPath.set(entry.path, entry);
  const rows = result.lockfiles.map((lockfile: LockfileSummary) => {
    const unknown = unknownByPath.get(lockfile.path);
    const incomplete = lockfile.unresolved === 0 ? '' : `, INCOMPLETE: ${counted(lockfile.unresolved, 'unknown')} (first: ${unknown?.reason ?? ''})`;
    const detail = unknown === undefined || lockfile.unknowns === 0
      ? `${counted(lockfile.packages, 'package')}, ${counted(lockfile.edges, 'edge')}, licenses ${percent(lockfile.licensed, lockfile.packages)}, hashes ${percent(lockfile.hashed, lockfile.packages)}${incomplete}`
      : `UNKNOWN${unknown.line === undefined ? '' : ` (line ${unknown.line})`}: ${unknown.reason}`;
    // A path and a parser's reason quote what a file (or an image) holds: one line each, no control character a terminal would obey.
    return `  ${printable(lockfile.path)} [${lockfile.parser}]: ${printable(detail)}`;
  });
  // Unknowns of no lockfile (a directory that could not be listed): the first few, with the reason, so that the run says where the SBOM is incomplete.
  const lockfilePaths = new Set(result.lockfiles.map((lockfile) => lockfile.path));
  const elsewhere = [...unknownByPath.values()].filter((unknown) => !lockfilePaths.has(unknown.path));
  for (const unknown of elsewhere.slice(0, MAX_UNKNOWN_WARNINGS)) rows.push(`  ${printable(unknown.path)}: ${printable(`UNKNOWN: ${unknown.reason}`)}`);
  if (elsewhere.length > MAX_UNKNOWN_WARNINGS) rows.push(`  and ${counted(elsewhere.length - MAX_UNKNOWN_WARNINGS, 'more path')} with unknowns: the SBOM lists every one`);
  const { sbom } = result;
  // The root's name and version are its manifest's, which may be another party's (a downloaded tree, an image).
  const total = `trust-kit: sbom of ${printable(`${sbom.root.name}${sbom.root.version === '' ? '' : `@${sbom.root.version}`}`)}: ${counted(result.lockfiles.length, 'lockfile')}, ${counted(sbom.packages.length, 'package')}, ${counted(sbom.relationships.length, 'relationship')}, ${counted(sbom.files.length, 'release file')}, ${counted(unknownTotal(result), 'unknown')}${sbom.unknowns.length === 0 ? '' : ' (the SBOM is INCOMPLETE: --strict fails on this)'}`;
  return `${[total, ...rows, `  ${printable(ntiaCoverageText(ntiaCoverage(sbom)))}`].join('\n')}\n`;
}
