import { cliNamer, ConfigError } from '../../config/inputs.js';
import { sbomConfig } from '../../config/sbom.js';
import { clockFromSourceDateEpoch } from '../../core/clock.js';
import { parseImageReference, type RegistryClient } from '../../oci/index.js';
import { registryImageSource } from '../../oci/image-source.js';
import { openImageSource, parsePlatform } from '../../sbom/image/index.js';
import { runImageSbom } from '../../sbom/image/run.js';
import { summaryText } from '../../sbom/run.js';
import type { CliContext, CommandArgs } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { registryClientFor } from './registry.js';

/** A directory's options, refused for an image. */
const DIRECTORY_ONLY = ['exclude', 'default-excludes', 'allow-empty', 'artifacts', 'base'] as const;

/** `trust-kit sbom IMAGE`: an image named with a source prefix, pulled or read in place. */
export async function runImageSbomCommand(image: string, args: CommandArgs, context: CliContext): Promise<number> {
  const { platform: platformText, 'allow-http-registry': allowHttp, 'allow-insecure-registry': allowInsecure, ...values } = args.values;
  const misplaced = DIRECTORY_ONLY.filter((name) => values[name] !== undefined);
  if (misplaced.length > 0) throw new ConfigError(misplaced.map((name) => ({ input: `--${name}`, message: 'applies to a directory, not to an image' })));
  const config = sbomConfig({ ...values, path: '.' }, cliNamer({ path: 'IMAGE' }), { path: '.', format: 'spdx-json' });
  const platform = typeof platformText === 'string' ? parsePlatform(platformText) : undefined;
  const sourceDateEpoch = context.env.SOURCE_DATE_EPOCH;
  const clock = sourceDateEpoch === undefined || sourceDateEpoch === '' ? undefined : clockFromSourceDateEpoch(sourceDateEpoch);
  let client: RegistryClient | undefined;
  let run: Awaited<ReturnType<typeof runImageSbom>>;
  try {
    const source = await openImageSource(image, platform, async (reference, wanted) => {
      // The image commands' client: with their total budget, so a registry answering slowly call after call cannot hold the run.
      client = await registryClientFor({ 'allow-http-registry': allowHttp, 'allow-insecure-registry': allowInsecure }, context.env, [parseImageReference(reference)]);
      return registryImageSource(client, reference, wanted);
    }, context.cwd);
    run = await runImageSbom(source, config, { cwd: context.cwd, ...(clock === undefined ? {} : { clock }) });
  } finally {
    // The layers are read: the registry's tokens and the credentials looked up for it are wiped, and its connections closed.
    client?.close();
  }
  context.stderr.write(summaryText(run));
  for (const output of run.outputs) {
    if (output.path === undefined) context.stdout.write(output.text);
    else context.stderr.write(`trust-kit: wrote ${output.format} to ${output.path}\n`);
  }
  return EXIT.OK;
}

