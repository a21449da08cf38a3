import { cliNamer, withEarlierIssues, type ConfigIssue } from '../../config/inputs.js';
import { requireNamedPaths, sbomOutputPaths } from '../../config/paths.js';
import { sbomConfig } from '../../config/sbom.js';
import { clockFromSourceDateEpoch } from '../../core/clock.js';
import { isTrustKitError } from '../../core/errors.js';
import { quoted } from '../../core/quote.js';
import { parseImageReference, type RegistryClient } from '../../oci/index.js';
import { registryImageSource } from '../../oci/image-source.js';
import { openImageSource, parsePlatform, type Platform } from '../../sbom/image/index.js';
import { runImageSbom } from '../../sbom/image/run.js';
import { summaryText } from '../../sbom/run.js';
import type { CliContext, CommandArgs } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { registryClientFor, registryUsernameProblem } from './registry.js';

/** A directory's options, refused for an image. */
const DIRECTORY_ONLY = ['exclude', 'default-excludes', 'allow-empty', 'artifacts', 'base'] as const;

/** `trust-kit sbom IMAGE`: an image named with a source prefix, pulled or read in place. */
export async function runImageSbomCommand(image: string, args: CommandArgs, context: CliContext): Promise<number> {
  const { platform: platformText, 'allow-http-registry': allowHttp, 'allow-insecure-registry': allowInsecure, 'registry-username': username, ...values } = args.values;
  // Bad flags and a bad IMAGE are usage errors, reported together before anything is read.
  const issues: ConfigIssue[] = [...args.issues, ...DIRECTORY_ONLY.filter((name) => values[name] !== undefined).map((name) => ({ input: `--${name}`, message: 'applies to a directory, not to an image' }))];
  let platform: Platform | undefined;
  if (typeof platformText === 'string') {
    try {
      platform = parsePlatform(platformText);
    } catch (error) {
      if (!isTrustKitError(error)) throw error;
      issues.push({ input: '--platform', message: `is ${quoted(platformText, 100)}, not os/arch[/variant] (such as linux/amd64 or linux/arm64/v8)` });
    }
  }
  const pulled = image.startsWith('registry:');
  for (const [name, given] of [['allow-http-registry', allowHttp === true], ['allow-insecure-registry', allowInsecure === true], ['registry-username', username !== undefined]] as const) {
    if (given && !pulled) issues.push({ input: `--${name}`, message: 'applies to a registry: image, which is pulled; an oci-dir: or docker-archive: image is read from disk' });
  }
  if (pulled && typeof username === 'string') {
    const problem = registryUsernameProblem(username, context.env);
    if (problem !== undefined) issues.push({ input: '--registry-username', message: problem });
  }
  const rest = image.slice(image.indexOf(':') + 1);
  if (rest === '') issues.push({ input: 'argument IMAGE', message: `${quoted(image, 200)} names no image after ${image}` });
  else if (image.startsWith('registry:')) {
    try {
      parseImageReference(rest);
    } catch (error) {
      if (!isTrustKitError(error)) throw error;
      issues.push({ input: 'argument IMAGE', message: error.message });
    }
  }
  // The directory's flags are refused above, not read a second time.
  const imageValues = Object.fromEntries(Object.entries(values).filter(([name]) => !(DIRECTORY_ONLY as readonly string[]).includes(name)));
  const config = withEarlierIssues(issues, () => sbomConfig({ ...imageValues, path: '.' }, cliNamer({ path: 'IMAGE' }), { path: '.', format: 'spdx-json' }));
  // Before the image is pulled or read.
  await requireNamedPaths(sbomOutputPaths(config), context.cwd, cliNamer({}));
  const sourceDateEpoch = context.env.SOURCE_DATE_EPOCH;
  const clock = sourceDateEpoch === undefined || sourceDateEpoch === '' ? undefined : clockFromSourceDateEpoch(sourceDateEpoch);
  let client: RegistryClient | undefined;
  let run: Awaited<ReturnType<typeof runImageSbom>>;
  try {
    const source = await openImageSource(image, platform, async (reference, wanted) => {
      // The image commands' client: with their total budget, so a registry answering slowly call after call cannot hold the run.
      client = await registryClientFor({ 'allow-http-registry': allowHttp, 'allow-insecure-registry': allowInsecure, 'registry-username': username }, context.env, [parseImageReference(reference)]);
      return registryImageSource(client, reference, wanted);
    }, context.cwd);
    run = await runImageSbom(source, config, { cwd: context.cwd, ...(clock === undefined ? {} : { clock }) });
  } finally {
    // The layers are read: the registry's tokens and the credentials looked up for it are wiped, and its connections closed.
    client?.close();
  }
  context.stderr.write(summaryText(run));
  for (const output of run.outputs) {
    if (output.path === undefined) for (const chunk of output.chunks) context.stdout.write(chunk);
    else context.stderr.write(`trust-kit: wrote ${output.format} to ${output.path}\n`);
  }
  return EXIT.OK;
}

