import { TrustKitError } from '../core/errors.js';
import { createGitHubClient } from './attestations.js';
import type { ProxySettings } from '../core/proxy.js';
import { githubReleases, type ReleasesPort } from './releases.js';
import type { SecretBuffer } from '../secrets/index.js';

/** Where a run publishes its GitHub release: the repository, and the servers the runner names. */
export interface ReleaseTarget {
  /** `owner/repo`, as GITHUB_REPOSITORY gives it. */
  readonly repository: string;
  /** Sent only in the Authorization header; best in protected memory (see createGitHubClient). */
  readonly token: SecretBuffer | string;
  /** GITHUB_SERVER_URL (default github.com). */
  readonly serverUrl?: string;
  /** GITHUB_API_URL (default the server's API). */
  readonly apiUrl?: string;
  /** The runner's HTTPS_PROXY, HTTP_PROXY and NO_PROXY: every request of the release goes as they say. */
  readonly proxy: ProxySettings;
}

/** The releases of the target repository through `@actions/github`; a repository not shaped `owner/repo` is a GITHUB_REPOSITORY_INVALID. */
export function releasesOf(target: ReleaseTarget): ReleasesPort {
  // An Enterprise Managed User's login is `handle_shortcode`: its own repositories' owner holds an underscore.
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9_-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(target.repository);
  if (match === null || match[2] === '.' || match[2] === '..') {
    throw new TrustKitError('GITHUB_REPOSITORY_INVALID', `the repository "${target.repository.slice(0, 200)}" is not owner/repo`, { hint: 'GITHUB_REPOSITORY names the repository in a GitHub Actions job; outside one, name it as owner/repo' });
  }
  const client = createGitHubClient({ token: target.token, proxy: target.proxy, ...(target.serverUrl === undefined ? {} : { serverUrl: target.serverUrl }), ...(target.apiUrl === undefined ? {} : { apiUrl: target.apiUrl }) });
  return githubReleases({ client, owner: match[1] ?? '', repo: match[2] ?? '' });
}
