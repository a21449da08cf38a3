import { keyedSigningIssues, SIGNING_OPTIONS } from '../signing-options.js';
import { clockFromSourceDateEpoch, systemClock } from '../../core/clock.js';
import { InputReader, cliNamer, withEarlierIssues } from '../../config/inputs.js';
import { rawSigningPaths, readWithNamedPaths, requireNamedPaths, signingPaths } from '../../config/paths.js';
import { signConfig } from '../../config/sign.js';
import { readRunContext } from '../../github/context.js';
import { resolveImages } from '../../images/resolve.js';
import { signImages } from '../../images/sign.js';
import { COSIGN_SIGN_PREDICATE_TYPE, formatImageReference } from '../../oci/index.js';
import { openSigningSession } from '../../sigstore/sign/index.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { stderrLogger } from '../logger.js';
import { REGISTRY_HELP, REGISTRY_OPTIONS, readImageArguments, registryClientFor } from './registry.js';

export { registryCredentials } from './registry.js';

/** `trust-kit sign-image`: keyless or keyed signatures of container images, attached as cosign 3 does. */
export const signImageCommand: Command = {
  usage:
    'trust-kit sign-image [--signature-format both|cosign3|cosign2] [--recursive] [--allow-http-registry] [--allow-insecure-registry]\n         [--key KEY.pem] [--instance auto|public-good|github|key] [--fulcio-url URL] [--rekor-url URL [--rekor-version 1|2]]\n         [--tsa-url URL] [--signing-config FILE] [--trusted-root FILE] [--on-missing-token fail|warn|skip] [--timeout TIME] IMAGE...',
  help: `Signs each IMAGE (a tag is resolved once to the digest of its manifest, which is what is signed
and printed) in cosign 3's format: a DSSE in-toto statement (predicate type
${COSIGN_SIGN_PREDICATE_TYPE}) in a Sigstore v0.3 bundle, attached as an OCI 1.1 referrer,
or under the sha256-<hex> referrers tag on registries without the referrers API; and, by
default while cosign 2 is widespread, in cosign 2's format too: a signed simple-signing payload
in the sha256-<hex>.sig manifest. One signing identity (one certificate when keyless) signs
every image. Verify with \`cosign verify\` or \`trust-kit verify-image\`; with --key, add
--insecure-ignore-tlog to either (a key signs offline: there is no transparency-log entry).

Options:
      --signature-format WHICH    both (default), cosign3 (referrer bundles) or cosign2 (.sig manifests)
      --recursive                 also sign each platform manifest of a multi-arch index
  the signing options are those of \`trust-kit sign-blob\`.

${REGISTRY_HELP}

Exit codes: 0 every image signed, 1 a failure (signatures already attached stay, and the images
holding them were printed), 2 usage error.`,
  options: {
    ...REGISTRY_OPTIONS,
    'signature-format': { type: 'string' },
    recursive: { type: 'boolean' },
    ...SIGNING_OPTIONS,
  },
  reportsFlagIssues: true,
  async run(args, context) {
    const nameOf = cliNamer({ 'subject-path': 'IMAGE' });
    const { recursive, 'allow-http-registry': _http, 'allow-insecure-registry': _insecure, 'signature-format': _format, 'registry-username': _username, ...signing } = args.values;
    const reader = new InputReader(args.values, nameOf);
    const format = reader.choice('signature-format', ['both', 'cosign3', 'cosign2'] as const, 'both');
    const references = readImageArguments(reader, args.positionals, 'subject-path', context.env);
    // The image flags' problems and the signing flags' are reported together.
    const config = await readWithNamedPaths(() => withEarlierIssues([...args.issues, ...reader.collected(), ...keyedSigningIssues(args.values)], () => signConfig({ ...signing, 'subject-path': args.positionals }, nameOf, 'image')), rawSigningPaths(args.values), context.cwd, nameOf);
    await requireNamedPaths(signingPaths(config), context.cwd, nameOf);
    const logger = stderrLogger(context.stderr, args.values.verbose === true);
    const epoch = context.env.SOURCE_DATE_EPOCH;
    const clock = epoch === undefined || epoch === '' ? systemClock : clockFromSourceDateEpoch(epoch);
    const client = await registryClientFor(args.values, context.env, references, config.retry);
    try {
      const subjects = await resolveImages(client, references, { recursive: recursive === true, logger });
      const opened = await openSigningSession(config, { cwd: context.cwd, env: context.env, run: await readRunContext(context.env), logger });
      if (opened.session === undefined) return EXIT.OK;
      logger.info(`signing with ${opened.description}`);
      await signImages(client, opened.session, subjects, { format, created: clock.now(), logger, onSigned: (signed) => context.stdout.write(`${formatImageReference(signed.subject.reference)}\n`) });
      opened.close();
      return EXIT.OK;
    } finally {
      client.close();
    }
  },
};
