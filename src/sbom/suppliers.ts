import type { PackageProperty, PackageSupplier } from './model.js';

/** The property that says where a derived supplier comes from, so that no reader takes it for a claim of authorship. */
export const SUPPLIER_FROM_PROPERTY = 'trust-kit:supplier-from';

/** Code hosts whose first path element is the account that owns the repository: `host/owner/repo`. */
const OWNER_HOSTS: ReadonlySet<string> = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'gitee.com', 'git.sr.ht']);

/** A DNS name as module paths and URLs use it: dot-separated labels of letters, digits and `-`. */
const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i;
/** An account name on a code host (GitHub's and GitLab's rules are looser than this; nothing else is needed). */
const OWNER = /^~?[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/**
 * Who controls the place a package is fetched from, from its host and path elements: the owning
 * account on a code host (`github.com/spf13`), the host itself elsewhere (`golang.org`, `k8s.io`).
 * Undefined when the host is not a DNS name or a code host's owner is missing.
 */
export function sourceOwner(host: string, elements: readonly string[]): string | undefined {
  const lower = host.toLowerCase();
  if (!HOST.test(lower)) return undefined;
  if (!OWNER_HOSTS.has(lower)) return lower;
  const owner = elements[0];
  return owner !== undefined && OWNER.test(owner) ? `${lower}/${owner}` : undefined;
}

/**
 * The supplier a Go module path names, with the property that says so. A module path is where the
 * go command fetches the module from, so its owner (`github.com/spf13` for
 * `github.com/spf13/cobra`, the domain for a vanity path like `golang.org/x/net`) is who supplies
 * that path. `gopkg.in/pkg.vN` and `gopkg.in/user/pkg.vN` are gopkg.in's documented redirects to
 * `github.com/go-pkg/pkg` and `github.com/user/pkg`. Paths without a dotted first element (the
 * standard library, local names) have none.
 */
export function goModuleSupplier(modulePath: string): { supplier: PackageSupplier; property: PackageProperty } | undefined {
  const [host = '', ...rest] = modulePath.split('/');
  let owner: string | undefined;
  if (host === 'gopkg.in') {
    const redirected = rest.length === 1 ? `go-${(rest[0] ?? '').replace(/\.v\d+$/, '')}` : rest.length === 2 ? rest[0] : undefined;
    owner = redirected === undefined ? undefined : sourceOwner('github.com', [redirected]);
  } else {
    owner = sourceOwner(host, rest);
  }
  if (owner === undefined) return undefined;
  return {
    supplier: { type: 'Organization', name: owner },
    property: { name: SUPPLIER_FROM_PROPERTY, value: `the Go module path: ${owner} controls where the module is fetched from (not a statement of authorship)` },
  };
}

/**
 * The supplier a git source URL names (`https://github.com/owner/repo`, `ssh://git@host/owner/repo`),
 * with the property that says so; undefined for URLs without a DNS host or, on a code host, an owner.
 */
export function gitSourceSupplier(url: string, what: string): { supplier: PackageSupplier; property: PackageProperty } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const owner = sourceOwner(parsed.hostname, parsed.pathname.split('/').filter((element) => element !== ''));
  if (owner === undefined) return undefined;
  return {
    supplier: { type: 'Organization', name: owner },
    property: { name: SUPPLIER_FROM_PROPERTY, value: `${what}: ${owner} controls the repository it is built from (not a statement of authorship)` },
  };
}

/** The longest author name or email taken from a package.json: real ones are tens of characters. */
const MAX_AUTHOR_TEXT = 200;

/** An email address as npm's `author` field holds one: no spaces, brackets or parentheses, one `@`. */
const EMAIL = /^[^\s<>()@,;:"[\]]+@[^\s<>()@,;:"[\]]+$/;

/**
 * Names that are a legal entity, not a person, by their last word (`Google LLC`, `Microsoft Corporation`):
 * npm calls the author "one person", so only these are written as an organisation.
 */
const ORGANIZATION_SUFFIX = /[\s,](?:inc|llc|ltd|limited|corp|corporation|gmbh|ag|sa|s\.a|bv|b\.v|plc|co|company|foundation)\.?$/i;

/** Text fit for an SBOM field: no control characters, whitespace collapsed, bounded; undefined when nothing is left. */
function cleanText(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const cleaned = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim();
  return cleaned === '' || cleaned.length > MAX_AUTHOR_TEXT ? undefined : cleaned;
}

/**
 * The supplier an npm package declares as its `author` (a string `Name <email> (url)` or an object
 * `{ name, email, url }`, as npm reads them), with the property that says where it comes from:
 * a person (an organisation when the name ends in a legal form such as `Inc.` or `LLC`), the email
 * when it looks like one. Undefined when no name is given.
 */
export function npmAuthorSupplier(author: unknown, where: string): { supplier: PackageSupplier; property: PackageProperty } | undefined {
  let name: string | undefined;
  let email: string | undefined;
  if (typeof author === 'string') {
    if (author.length > 4 * MAX_AUTHOR_TEXT) return undefined;
    // npm's own split: the name is what precedes `<` and `(`.
    const match = /^([^<(]*)(?:<([^>]*)>)?\s*(?:\(([^)]*)\))?/.exec(author);
    name = cleanText(match?.[1]);
    email = cleanText(match?.[2]);
  } else if (typeof author === 'object' && author !== null && !Array.isArray(author)) {
    const fields = author as Record<string, unknown>;
    name = cleanText(fields.name);
    email = cleanText(fields.email);
  }
  if (name === undefined) return undefined;
  const supplier: PackageSupplier = { type: ORGANIZATION_SUFFIX.test(name) ? 'Organization' : 'Person', name, author: true };
  if (email !== undefined && EMAIL.test(email)) supplier.email = email;
  return { supplier, property: { name: SUPPLIER_FROM_PROPERTY, value: `declared by the package: the author field of ${where}` } };
}
