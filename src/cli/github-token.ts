import { SecretBuffer, type Environment } from '../secrets/index.js';

/**
 * The GitHub API token of the environment, as gh reads it: GH_TOKEN, else GITHUB_TOKEN; undefined
 * when neither is set. Taken into protected memory without a string of it (out of the environment,
 * redacted and masked from here on), and shared: the registry client of the same run, which takes
 * GITHUB_TOKEN for ghcr.io, gets the same secret.
 */
export function githubApiToken(env: Environment): SecretBuffer | undefined {
  // Both are taken, the one unused too: left set, it would stay in /proc/<pid>/environ for the whole run (and ghcr.io may still want GITHUB_TOKEN, shared).
  const gh = SecretBuffer.sharedFromEnv('GH_TOKEN', env);
  const github = SecretBuffer.sharedFromEnv('GITHUB_TOKEN', env);
  return gh ?? github;
}
