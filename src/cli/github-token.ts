import { SecretBuffer, type Environment } from '../secrets/index.js';

/**
 * The GitHub API token of the environment, as gh reads it: GH_TOKEN, else GITHUB_TOKEN; undefined
 * when neither is set. Taken into protected memory without a string of it (out of the environment,
 * redacted and masked from here on), and shared: the registry client of the same run, which takes
 * GITHUB_TOKEN for ghcr.io, gets the same secret.
 */
export function githubApiToken(env: Environment): SecretBuffer | undefined {
  return SecretBuffer.sharedFromEnv('GH_TOKEN', env) ?? SecretBuffer.sharedFromEnv('GITHUB_TOKEN', env);
}
