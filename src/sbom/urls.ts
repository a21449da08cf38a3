/** Made once: a literal in the function was a new object for each of a lockfile's thousands of URLs. */
const USERINFO = /^((?:git\+)?([a-z][a-z0-9+.-]*):\/\/)([^/?#]*)@/i;
const HTTP_SCHEME = /(?:^|\+)https?$/i;

/**
 * A URL without the credentials a lockfile may carry in it (`https://ci:token@pypi.corp.example/simple`,
 * `https://TOKEN@npm.corp.example/...`, `...?token=...`): the userinfo of an http(s) URL (`registry+https` and `git+https` too), any `user:password`,
 * and the query parameters that carry a credential are dropped before the URL becomes a purl qualifier or a download location, since an SBOM is
 * published where the repository may not be. An ssh user without a password (`git@github.com`)
 * names no secret and stays. One anchored match: linear in the URL.
 */
export function withoutCredentials(url: string): string {
  const withoutQueryCredentials = url.includes('?') ? withoutCredentialParameters(url) : url;
  const match = USERINFO.exec(withoutQueryCredentials);
  if (match === null) return withoutQueryCredentials;
  const [whole, prefix = '', scheme = '', userinfo = ''] = match;
  return HTTP_SCHEME.test(scheme) || userinfo.includes(':') ? `${prefix}${withoutQueryCredentials.slice(whole.length)}` : withoutQueryCredentials;
}

/**
 * Query parameters that carry a credential, by a word in their name (searched, not matched whole
 * with what may surround it, which backtracked quadratically on a long hostile name): tokens (`token`, `access_token`, GitLab's
 * `private_token`), passwords and keys, and signed-URL signatures and credentials (an Azure SAS
 * `sig`, S3's `X-Amz-Signature`/`X-Amz-Credential`/`X-Amz-Security-Token`, GCS's `X-Goog-*`).
 */
const CREDENTIAL_WORD = /token|secret|passw(?:or)?d|credential|signature|api[_-]?key|access[_-]?key/i;
/** Names that are a credential only whole: `sig`, `key`, `auth` (a `keyword` or `author` parameter is none). */
const CREDENTIAL_NAME = /^(?:pass|auth|authorization|key|sig)$/i;

/**
 * The URL without the query parameters that carry a credential ({@link CREDENTIAL_WORD}, {@link CREDENTIAL_NAME}),
 * the others kept in their order; the `?` goes when none is left. A signed download URL in a
 * lockfile (`...whl?sv=...&sig=...`) was published whole in the purl and download location.
 */
function withoutCredentialParameters(url: string): string {
  const query = url.indexOf('?');
  const fragment = url.indexOf('#', query);
  const end = fragment === -1 ? url.length : fragment;
  const kept = url
    .slice(query + 1, end)
    .split('&')
    .filter((parameter) => {
      const name = parameter.split('=', 1)[0] ?? '';
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // A malformed escape is matched as written.
      }
      return !CREDENTIAL_WORD.test(decoded) && !CREDENTIAL_NAME.test(decoded);
    });
  return `${url.slice(0, query)}${kept.length === 0 || (kept.length === 1 && kept[0] === '') ? '' : `?${kept.join('&')}`}${url.slice(end)}`;
}
