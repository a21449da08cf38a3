import { join } from 'node:path';
import { clockFromSourceDateEpoch, systemClock } from '../../core/clock.js';
import { InputReader, cliNamer } from '../../config/inputs.js';
import { isTrustKitError } from '../../core/errors.js';
import { requireNamedPaths, signingPaths } from '../../config/paths.js';
import { signConfig } from '../../config/sign.js';
import { readRunContext } from '../../github/context.js';
import {
  COSIGN_SIGN_PREDICATE_TYPE,
  RegistryClient,
  attachBundle,
  attachLegacySignature,
  chainCredentials,
  formatImageReference,
  imageSignatureStatement,
  legacySignatureAnnotations,
  loadDockerConfig,
  parseImageReference,
  simpleSigningPayload,
  staticCredentials,
  type CredentialSource,
  type ImageReference,
  type ImageSubject,
} from '../../oci/index.js';
import { SecretBuffer, type Environment } from '../../secrets/index.js';
import { openSigningSession } from '../../sigstore/sign/index.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { stderrLogger } from '../logger.js';

/** `trust-kit sign-image`: keyless or keyed signatures of container images, attached as cosign 3 does. */
export const signImageCommand: Command = {
  usage:
    'trust-kit sign-image [--signature-format both|cosign3|cosign2] [--recursive] [--allow-http-registry] [--allow-insecure-registry]\n         [--key KEY.pem] [--instance auto|public-good|github|key] [--fulcio-url URL] [--rekor-url URL]\n         [--tsa-url URL] [--trusted-root FILE] [--on-missing-token fail|warn|skip] IMAGE...',
  help: `Signs each IMAGE (a tag is resolved once to the digest of its manifest, which is what is signed
and printed) in cosign 3's format: a DSSE in-toto statement (predicate type
${COSIGN_SIGN_PREDICATE_TYPE}) in a Sigstore v0.3 bundle, attached as an OCI 1.1 referrer,
or under the sha256-<hex> referrers tag on registries without the referrers API; and, by
default while cosign 2 is widespread, in cosign 2's format too: a signed simple-signing payload
in the sha256-<hex>.sig manifest. One signing identity (one certificate when keyless) signs
every image. Verify with \`cosign verify\`.

Registry credentials, the first that has some for a registry: --registry-username with the
password in TRUST_KIT_REGISTRY_PASSWORD (for the registries of the IMAGEs), GITHUB_TOKEN for
ghcr.io, docker's config.json ($DOCKER_CONFIG or ~/.docker: auths, credsStore, credHelpers).

Options:
      --signature-format WHICH    both (default), cosign3 (referrer bundles) or cosign2 (.sig manifests)
      --recursive                 also sign each platform manifest of a multi-arch index
      --registry-username USER    log in to the IMAGEs' registries as USER (password: TRUST_KIT_REGISTRY_PASSWORD)
      --allow-http-registry       reach registries over plain HTTP (testing only)
      --allow-insecure-registry   accept any TLS certificate from registries (testing only)
  the signing options are those of \`trust-kit sign-blob\`.

Exit codes: 0 every image signed, 1 a failure (signatures already attached stay), 2 usage error.`,
  options: {
    'signature-format': { type: 'string' },
    'registry-username': { type: 'string' },
    recursive: { type: 'boolean' },
    'allow-http-registry': { type: 'boolean' },
    'allow-insecure-registry': { type: 'boolean' },
    key: { type: 'string' },
    instance: { type: 'string' },
    'fulcio-url': { type: 'string' },
    'rekor-url': { type: 'string' },
    'tsa-url': { type: 'string' },
    'trusted-root': { type: 'string' },
    'on-missing-token': { type: 'string' },
  },
  async run(args, context) {
    const nameOf = cliNamer({ 'subject-path': 'IMAGE' });
    const { recursive, 'allow-http-registry': allowHttp, 'allow-insecure-registry': allowInsecure, 'signature-format': _format, 'registry-username': _username, ...signing } = args.values;
    const config = signConfig({ ...signing, 'subject-path': args.positionals }, nameOf);
    const reader = new InputReader(args.values, nameOf);
    const format = reader.choice('signature-format', ['both', 'cosign3', 'cosign2'] as const, 'both');
    const username = reader.string('registry-username');
    if (username !== undefined && !(PASSWORD_VARIABLE in context.env)) reader.report('registry-username', `needs the password in ${PASSWORD_VARIABLE}`);
    const references: ImageReference[] = [];
    for (const image of args.positionals) {
      try {
        references.push(parseImageReference(image));
      } catch (error) {
        if (!isTrustKitError(error)) throw error;
        reader.report('subject-path', error.message);
      }
    }
    reader.finish();
    await requireNamedPaths(signingPaths(config), context.cwd, nameOf);
    const logger = stderrLogger(context.stderr, args.values.verbose === true);
    const epoch = context.env.SOURCE_DATE_EPOCH;
    const clock = epoch === undefined || epoch === '' ? systemClock : clockFromSourceDateEpoch(epoch);
    const client = new RegistryClient({
      credentials: await registryCredentials(context.env, new Set(references.map((reference) => reference.registry)), username),
      plainHttp: allowHttp === true,
      skipTlsVerify: allowInsecure === true,
      retry: config.retry,
    });
    try {
      // Every tag is resolved before anything is signed: a missing image fails the run before a certificate is asked for.
      const subjects: ImageSubject[] = [];
      for (const reference of references) {
        const resolved = await client.resolve(reference);
        logger.info(`${formatImageReference(reference)} is ${formatImageReference(resolved.reference)}`);
        subjects.push({ reference: resolved.reference, mediaType: resolved.mediaType, size: resolved.bytes.length });
        if (recursive === true && resolved.manifest.kind === 'index') {
          for (const child of resolved.manifest.manifest.manifests) {
            subjects.push({ reference: { ...resolved.reference, digest: child.digest }, mediaType: child.mediaType, size: child.size });
          }
        }
      }
      const opened = await openSigningSession(config, { cwd: context.cwd, env: context.env, run: await readRunContext(context.env), logger });
      if (opened.session === undefined) return EXIT.OK;
      logger.info(`signing with ${opened.description}`);
      for (const subject of subjects) {
        const shown = formatImageReference(subject.reference);
        if (format !== 'cosign2') {
          const signed = await opened.session.signStatement(imageSignatureStatement(subject), shown);
          const attached = await attachBundle(client, subject, Buffer.from(JSON.stringify(signed.bundle)), COSIGN_SIGN_PREDICATE_TYPE, clock.now());
          logger.info(`signed ${shown}: bundle ${attached.digest} (${attached.via === 'api' ? 'referrers API' : 'referrers tag'})`);
        }
        if (format !== 'cosign3') {
          const payload = simpleSigningPayload(subject);
          const signed = await opened.session.signBlob(payload, `${shown} (cosign 2 signature)`);
          const attached = await attachLegacySignature(client, subject, payload, legacySignatureAnnotations(signed.bundle));
          logger.info(`signed ${shown}: ${attached.tag}`);
        }
        context.stdout.write(`${shown}\n`);
      }
      opened.close();
      return EXIT.OK;
    } finally {
      client.close();
    }
  },
};

/** The environment variable holding the password of --registry-username (a flag would show it in the process list). */
const PASSWORD_VARIABLE = 'TRUST_KIT_REGISTRY_PASSWORD';

/**
 * The explicit login for the images' registries, GITHUB_TOKEN for ghcr.io when an image lives
 * there, then docker's config.json; secrets are taken out of the environment into protected memory.
 */
export async function registryCredentials(env: Environment, registries: ReadonlySet<string>, username: string | undefined): Promise<CredentialSource | undefined> {
  const sources: CredentialSource[] = [];
  if (username !== undefined) {
    const password = SecretBuffer.fromEnv(PASSWORD_VARIABLE, env);
    sources.push(staticCredentials(Object.fromEntries([...registries].map((registry) => [registry, { username, secret: password }]))));
  }
  if (registries.has('ghcr.io') && env.GITHUB_TOKEN !== undefined && env.GITHUB_TOKEN !== '') {
    sources.push(staticCredentials({ 'ghcr.io': { username: env.GITHUB_ACTOR ?? 'trust-kit', secret: SecretBuffer.fromEnv('GITHUB_TOKEN', env) } }));
  }
  const configDir = env.DOCKER_CONFIG ?? (env.HOME === undefined ? undefined : join(env.HOME, '.docker'));
  const dockerConfig = configDir === undefined ? undefined : await loadDockerConfig(join(configDir, 'config.json'));
  if (dockerConfig !== undefined) sources.push(dockerConfig);
  return sources.length === 0 ? undefined : chainCredentials(...sources);
}
