import { join } from 'node:path';
import type { InputReader } from '../../config/inputs.js';
import { isTrustKitError } from '../../core/errors.js';
import type { RetryPolicy } from '../../core/retry.js';
import { RegistryClient, chainCredentials, loadDockerConfig, parseImageReference, staticCredentials, type CredentialSource, type ImageReference } from '../../oci/index.js';
import { SecretBuffer, type Environment } from '../../secrets/index.js';

/** The environment variable holding the password of --registry-username (a flag would show it in the process list). */
export const PASSWORD_VARIABLE = 'TRUST_KIT_REGISTRY_PASSWORD';

/** The registry flags of the image commands, named as cosign names them. */
export const REGISTRY_OPTIONS = {
  'registry-username': { type: 'string' },
  'allow-http-registry': { type: 'boolean' },
  'allow-insecure-registry': { type: 'boolean' },
} as const;

/** The help lines of {@link REGISTRY_OPTIONS} and where credentials come from. */
export const REGISTRY_HELP = `Registry credentials, the first that has some for a registry: --registry-username with the
password in ${PASSWORD_VARIABLE} (for the registries of the IMAGEs), GITHUB_TOKEN for
ghcr.io, docker's config.json ($DOCKER_CONFIG or ~/.docker: auths, credsStore, credHelpers).
      --registry-username USER    log in to the IMAGEs' registries as USER (password: ${PASSWORD_VARIABLE})
      --allow-http-registry       reach registries over plain HTTP (testing only)
      --allow-insecure-registry   accept any TLS certificate from registries (testing only)`;

/** Parses IMAGE arguments, reporting each bad one against `input`; checks --registry-username has its password. */
export function readImageArguments(reader: InputReader, images: readonly string[], input: string, env: Environment): ImageReference[] {
  const username = reader.string('registry-username');
  if (username !== undefined && !(PASSWORD_VARIABLE in env)) reader.report('registry-username', `needs the password in ${PASSWORD_VARIABLE}`);
  const references: ImageReference[] = [];
  for (const image of images) {
    try {
      references.push(parseImageReference(image));
    } catch (error) {
      if (!isTrustKitError(error)) throw error;
      reader.report(input, error.message);
    }
  }
  return references;
}

/** A registry client for the images' registries, as the registry flags say. */
export async function registryClientFor(values: Readonly<Record<string, unknown>>, env: Environment, references: readonly ImageReference[], retry?: RetryPolicy): Promise<RegistryClient> {
  const username = typeof values['registry-username'] === 'string' ? values['registry-username'] : undefined;
  return new RegistryClient({
    credentials: await registryCredentials(env, new Set(references.map((reference) => reference.registry)), username),
    plainHttp: values['allow-http-registry'] === true,
    skipTlsVerify: values['allow-insecure-registry'] === true,
    ...(retry === undefined ? {} : { retry }),
  });
}

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
