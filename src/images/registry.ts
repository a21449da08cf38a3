import { join } from 'node:path';
import { proxySettingsFrom } from '../core/proxy.js';
import type { RetryPolicy } from '../core/retry.js';
import { RegistryClient, chainCredentials, loadDockerConfig, staticCredentials, type CredentialSource, type ImageReference } from '../oci/index.js';
import { SecretBuffer, type Environment } from '../secrets/index.js';

/** How long a command may wait on registries' answers in all: far more than signing or verifying images takes, far less than a registry answering every call as slowly as it may would hold a job. */
export const REGISTRY_TOTAL_BUDGET_MS = 15 * 60_000;

/** The environment variable holding the password of a registry username (a flag or input would show it). */
export const PASSWORD_VARIABLE = 'TRUST_KIT_REGISTRY_PASSWORD';

/** A registry client for the images' registries, as the registry flags (or inputs) say: `registry-username`, `allow-http-registry`, `allow-insecure-registry`. */
export async function registryClientFor(values: Readonly<Record<string, unknown>>, env: Environment, references: readonly ImageReference[], retry?: RetryPolicy): Promise<RegistryClient> {
  const username = typeof values['registry-username'] === 'string' ? values['registry-username'] : undefined;
  return new RegistryClient({
    credentials: await registryCredentials(env, new Set(references.map((reference) => reference.registry)), username),
    plainHttp: values['allow-http-registry'] === true,
    skipTlsVerify: values['allow-insecure-registry'] === true,
    proxy: proxySettingsFrom(env),
    totalBudgetMs: REGISTRY_TOTAL_BUDGET_MS,
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
    // Taken for this source alone, so wiped with it (GITHUB_TOKEN below is shared, and stays).
    sources.push({ ...staticCredentials(Object.fromEntries([...registries].map((registry) => [registry, { username, secret: password }]))), close: () => password.destroy() });
  }
  // Taken without a string of it, and shared: a release's second registry client (and its GitHub API client) needs it too.
  const githubToken = registries.has('ghcr.io') ? SecretBuffer.sharedFromEnv('GITHUB_TOKEN', env) : undefined;
  if (githubToken !== undefined) sources.push(staticCredentials({ 'ghcr.io': { username: env.GITHUB_ACTOR ?? 'trust-kit', secret: githubToken } }));
  const configDir = env.DOCKER_CONFIG ?? (env.HOME === undefined ? undefined : join(env.HOME, '.docker'));
  const dockerConfig = configDir === undefined ? undefined : await loadDockerConfig(join(configDir, 'config.json'));
  if (dockerConfig !== undefined) sources.push(dockerConfig);
  return sources.length === 0 ? undefined : chainCredentials(...sources);
}
