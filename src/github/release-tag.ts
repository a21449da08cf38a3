// Apart from release-target.ts: a run that publishes no GitHub release reads its tag without loading the GitHub client.

/** The web page of the release of `tag` (a published release's URL). */
export function releaseUrl(serverUrl: string, repository: string, tag: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repository}/releases/tag/${encodeURIComponent(tag)}`;
}

/** The tag a run for a tag push was started by (GITHUB_REF `refs/tags/<tag>`); undefined for any other run. */
export function pushedTag(ref: string | undefined): string | undefined {
  return ref !== undefined && ref.startsWith('refs/tags/') && ref.length > 'refs/tags/'.length ? ref.slice('refs/tags/'.length) : undefined;
}
