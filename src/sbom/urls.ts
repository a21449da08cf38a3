/** Made once: a literal in the function was a new object for each of a lockfile's thousands of URLs. */
const USERINFO = /^((?:git\+)?([a-z][a-z0-9+.-]*):\/\/)([^/?#]*)@/i;
const HTTP_SCHEME = /(?:^|\+)https?$/i;

/**
 * A URL without the credentials a lockfile may carry in it (`https://ci:token@pypi.corp.example/simple`,
 * `https://TOKEN@npm.corp.example/...`): the userinfo of an http(s) URL (`registry+https` and `git+https` too), and any `user:password`,
 * is dropped before the URL becomes a purl qualifier or a download location, since an SBOM is
 * published where the repository may not be. An ssh user without a password (`git@github.com`)
 * names no secret and stays. One anchored match: linear in the URL.
 */
export function withoutCredentials(url: string): string {
  const match = USERINFO.exec(url);
  if (match === null) return url;
  const [whole, prefix = '', scheme = '', userinfo = ''] = match;
  return HTTP_SCHEME.test(scheme) || userinfo.includes(':') ? `${prefix}${url.slice(whole.length)}` : url;
}
