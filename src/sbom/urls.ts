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
  const withoutQueryCredentials = /[?#;]/.test(url) ? withoutCredentialParameters(url) : url;
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
 * The URL without the parameters that carry a credential ({@link CREDENTIAL_WORD}, {@link CREDENTIAL_NAME}): in its query,
 * in a fragment of `name=value` pairs (`...tgz#access_token=...`) and as a path segment's `;name=value` parameter
 * (`.../x.tgz;token=...`), the others kept in their order; a `?` or `#` goes when nothing is left after it. A signed
 * download URL in a lockfile (`...whl?sv=...&sig=...`) was published whole in the purl and download location. A token
 * that is a path segment of its own (`npm-proxy.fury.io/<token>/...`) is not told from a name, and stays.
 */
function withoutCredentialParameters(url: string): string {
  const hash = url.indexOf('#');
  const beforeFragment = hash === -1 ? url : url.slice(0, hash);
  const question = beforeFragment.indexOf('?');
  const path = question === -1 ? beforeFragment : beforeFragment.slice(0, question);
  const query = question === -1 ? undefined : keptParameters(beforeFragment.slice(question + 1));
  // A fragment without a pair (a git commit, `sha256=...` aside, a digest) is kept as written.
  const fragment = hash === -1 ? undefined : url.includes('=', hash) ? keptParameters(url.slice(hash + 1)) : url.slice(hash + 1);
  return `${path.includes(';') ? path.replace(MATRIX_PARAMETER, (whole: string, name: string) => (isCredentialName(name) ? '' : whole)) : path}${query === undefined || query === '' ? '' : `?${query}`}${fragment === undefined || fragment === '' ? '' : `#${fragment}`}`;
}

/** A path segment's `;name=value` parameter (RFC 3986 3.3), the name its first group. */
const MATRIX_PARAMETER = /;([^;/?#=]*)(?:=[^;/?#]*)?/g;

/** The `&`-separated `name=value` pairs whose name carries no credential, joined again. */
function keptParameters(pairs: string): string {
  return pairs
    .split('&')
    .filter((parameter) => !isCredentialName(parameter.split('=', 1)[0] ?? ''))
    .join('&');
}

/** Whether a parameter's name, its escapes decoded, names a credential. */
function isCredentialName(name: string): boolean {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // A malformed escape is matched as written.
  }
  return CREDENTIAL_WORD.test(decoded) || CREDENTIAL_NAME.test(decoded);
}

/** A URL's scheme and authority up to an IP literal host (`http://[::1]:4873`), whose brackets are its syntax, never to escape; the address is the second group. */
const IP_LITERAL_AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/(?:[^/?#@[\]]*@)?\[)([0-9A-Fa-f:.]+)\]/i;

/**
 * An IPv6 address written in full (`fd00:0:0:0:0:0:0:17` for `fd00::17`): the CycloneDX project's
 * validator (its IRI checker, rfc3987-syntax) refuses every address written with `::`, though RFC
 * 3986 allows it. Anything else is returned as it is.
 */
export function fullIpv6(address: string): string {
  const halves = address.split('::');
  if (halves.length !== 2) return address;
  const groups = (half: string): string[] => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0] as string);
  const tail = groups(halves[1] as string);
  // A dotted IPv4 tail (`::ffff:1.2.3.4`) takes two groups' room.
  const width = [...head, ...tail].reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);
  return width > 7 ? address : [...head, ...Array.from({ length: 8 - width }, () => '0'), ...tail].join(':');
}

/**
 * A URL as the IRI reference a CycloneDX external reference holds: {@link escapeIri}'s, with an
 * IPv6 host's brackets kept (escaped, `http://%5B::1%5D` was no URL) and its address written in full.
 */
export function iriReference(url: string): string {
  const literal = IP_LITERAL_AUTHORITY.exec(url);
  if (literal === null) return escapeIri(url);
  return `${literal[1] as string}${fullIpv6(literal[2] as string)}]${escapeIri(url.slice(literal[0].length))}`;
}

/** Whether `url` is an IRI reference as {@link iriReference} writes one: a CycloneDX document's check. */
export function isIriReference(url: string): boolean {
  return iriReference(url) === url;
}

/** An ASCII character a URI may hold as it is (RFC 3986's unreserved and reserved ones, but `#`, looked at apart, and `'`, `[` and `]`, which the library escapes), and the two hex digits of an escape. */
const URI_CHARACTER = /^[A-Za-z0-9\-._~:/?@!$&()*+,;=]$/;
const ESCAPE_DIGITS = /^[0-9A-Fa-f]{2}$/;

/** Text that is a URI reference as it is, in RFC 3986's characters only, with at most one `#` and every `%` an escape: nearly every lockfile URL. */
const PLAIN_URI = /^(?:[A-Za-z0-9\-._~:/?@!$&()*+,;=]|%[0-9A-Fa-f]{2})*(?:#(?:[A-Za-z0-9\-._~:/?@!$&()*+,;=]|%[0-9A-Fa-f]{2})*)?$/;

/**
 * Whether a code point other than ASCII may stand as it is in an IRI reference (RFC 3987's
 * `ucschar`): not a C1 control, a private-use character (which only a query may hold), a
 * surrogate or a noncharacter.
 */
function isUcsChar(code: number): boolean {
  if (code < 0x10000) return (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xf900 && code <= 0xfdcf) || (code >= 0xfdf0 && code <= 0xffef);
  return code < 0xe0000 ? (code & 0xffff) <= 0xfffd : code >= 0xe1000 && code <= 0xefffd;
}

/** What one code point becomes in {@link escapeIri}: its UTF-8 bytes as `%XX`, a lone surrogate as U+FFFD's. */
function percentEncoded(character: string): string {
  return [...Buffer.from(character, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/**
 * `url` as an IRI reference the CycloneDX schemas' `iri-reference` format takes: every character
 * no IRI may hold as it is (controls, a blank, `"'<>[\]^`{|}`, a non-character), a `%` that begins
 * no escape and every `#` after the first percent-encoded, nothing else changed. A lockfile's URL
 * with a line break or a `|` in it made the whole document fail the official validator.
 */
function escapeIri(url: string): string {
  if (PLAIN_URI.test(url)) return url;
  let fragment = false;
  let escaped = '';
  for (let index = 0; index < url.length; index++) {
    const code = url.codePointAt(index) as number;
    const character = String.fromCodePoint(code);
    if (code > 0xffff) index++;
    if (character === '#' && !fragment) {
      fragment = true;
      escaped += character;
    } else if (character === '%' && ESCAPE_DIGITS.test(url.slice(index + 1, index + 3))) escaped += character;
    else if (code < 0x80 ? URI_CHARACTER.test(character) : isUcsChar(code)) escaped += character;
    else escaped += percentEncoded(character);
  }
  return escaped;
}

/** A URI as SPDX's `downloadLocation` grammar wants one: a scheme, then RFC 3986's characters only, every `%` an escape, at most one `#`. */
const SPDX_URI = /^[a-z][a-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?:#(?:[A-Za-z0-9\-._~:/?[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*)?$/i;

/** Whether `text` is a URI as SPDX's `downloadLocation` takes one (see {@link SPDX_URI}); a lockfile's URL with a blank, a control character or a `|` is not. */
export function isSpdxUri(text: string): boolean {
  return SPDX_URI.test(text);
}
