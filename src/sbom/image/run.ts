import { resolve } from 'node:path';
import type { SbomConfig } from '../../config/sbom.js';
import { fixedClock, type Clock } from '../../core/clock.js';
import { writeFileAtomic } from '../../core/files.js';
import { printable } from '../../core/logger.js';
import { SbomError } from '../errors.js';
import { encoderFor } from '../formats/index.js';
import { commitTime } from '../index.js';
import { staleDocuments, type SbomOutput, type SbomRun } from '../run.js';
import { imageSbom } from './image.js';
import type { ImageSource } from './manifest.js';

/**
 * The image SBOM use case: catalog the image once, fail on unknowns with `strict`, encode each
 * asked-for format and write it atomically (a failed write does not stop the other formats). Without
 * a clock it is dated as a directory's SBOM is: by the last commit of the working directory's
 * repository, else now.
 */
export async function runImageSbom(source: ImageSource, config: SbomConfig, ports: { cwd: string; clock?: Clock }): Promise<SbomRun> {
  const committed = ports.clock === undefined ? await commitTime(ports.cwd) : undefined;
  const clock = ports.clock ?? (committed === undefined ? undefined : fixedClock(committed));
  const result = await imageSbom(source, { includeDev: config.includeDev, ...(clock === undefined ? {} : { clock }), ...(config.organization === undefined ? {} : { organization: config.organization }) });
  if (config.strict && result.sbom.unknowns.length > 0) {
    // Paths and reasons come from the image: quoted without the control characters a terminal would obey.
    const listed = result.sbom.unknowns.map((unknown) => printable(`${unknown.path}${unknown.line === undefined ? '' : `:${unknown.line}`}: ${unknown.reason}`));
    throw new SbomError('SBOM_UNKNOWNS', `${source.name}: ${listed.length} file${listed.length === 1 ? '' : 's'} could not be cataloged: ${listed.join('; ')}`, {
      hint: 'run without --strict to record them as unknowns in the SBOM',
    });
  }
  const outputs: SbomOutput[] = [];
  let failedWrite: { error: unknown } | undefined;
  for (const format of config.formats) {
    const encoder = encoderFor(format);
    // In the chunks it is made in, never one string: an image's packages may make a document longer than one string can be.
    const chunks = [...encoder.chunks(result.sbom)];
    const path = config.output !== undefined ? resolve(ports.cwd, config.output) : config.outputDir !== undefined ? resolve(ports.cwd, config.outputDir, encoder.fileName) : undefined;
    if (path === undefined) {
      outputs.push({ format, path, chunks });
      continue;
    }
    try {
      await writeFileAtomic(path, chunks);
    } catch (error) {
      failedWrite ??= { error };
    }
    outputs.push({ format, path });
  }
  if (failedWrite !== undefined) throw failedWrite.error;
  return { ...result, outputs, stale: staleDocuments(config, ports.cwd, outputs) };
}
