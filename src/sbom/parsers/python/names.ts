import { hexHash } from '../../hashes.js';
import { withoutCredentials } from '../../urls.js';
import type { PackageHash, PackageHashAlgorithm } from '../../model.js';

/** A Python project name in its PEP 503 normal form: lowercase, runs of `-`, `_` and `.` become one `-`. */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const PYTHON_HASH_ALGORITHMS: Readonly<Record<string, PackageHashAlgorithm>> = {
  sha256: 'SHA256',
  sha384: 'SHA384',
  sha512: 'SHA512',
  sha1: 'SHA1',
  md5: 'MD5',
};

/** A `sha256:<hex>` hash as pip, Pipfile.lock, poetry and uv write them; undefined for other algorithms or malformed digests. */
export function pythonHash(text: string): PackageHash | undefined {
  const colon = text.indexOf(':');
  const algorithm = PYTHON_HASH_ALGORITHMS[text.slice(0, colon).toLowerCase()];
  if (colon <= 0 || algorithm === undefined) return undefined;
  const digest = text.slice(colon + 1);
  return hexHash(algorithm, digest);
}

/**
 * The hash of a package when the lockfile pins exactly one archive per algorithm. Lockfiles list one
 * hash per wheel and sdist; any single one of several would not match the other archives, so
 * several are recorded as none rather than one chosen arbitrarily.
 */
export function singleArchiveHashes(hashes: readonly string[]): PackageHash[] {
  const parsed = hashes.map(pythonHash).filter((hash): hash is PackageHash => hash !== undefined);
  const counts = new Map<PackageHashAlgorithm, number>();
  for (const hash of parsed) counts.set(hash.algorithm, (counts.get(hash.algorithm) ?? 0) + 1);
  return parsed.filter((hash) => counts.get(hash.algorithm) === 1);
}

/**
 * Where a package came from when not from a package index, as the purl spec qualifies it, so that
 * a scanner never takes it for the index's package of the same name and version: a git repository
 * at a commit (`vcs_url=git+URL@commit`, the download location `git+URL#commit`), an archive URL
 * (`download_url`, also the download location) or a local path (`download_url` as the lockfile
 * spells it, relative to it, and no download location).
 */
export interface PythonOrigin {
  qualifiers: Record<string, string>;
  downloadLocation: string | undefined;
}

/** The origin of a git source: `URL[?rev=..|tag=..|branch=..]#commit` (uv) or a URL and a resolved commit (poetry). */
export function gitOrigin(spelled: string, commit: string | undefined): PythonOrigin {
  const location = withoutCredentials(spelled);
  // The query says how the commit was chosen (and a sub-directory); the commit pins what was built.
  const end = /[?#]/.exec(location)?.index ?? location.length;
  const url = location.slice(0, end);
  const pinned = commit ?? (location.includes('#') ? location.slice(location.indexOf('#') + 1) : undefined);
  const repository = url.startsWith('git+') ? url : `git+${url}`;
  const at = pinned === undefined || pinned === '' ? '' : pinned;
  return { qualifiers: { vcs_url: at === '' ? repository : `${repository}@${at}` }, downloadLocation: at === '' ? repository : `${repository}#${at}` };
}

/** The origin of an archive URL source. */
export function urlOrigin(spelled: string): PythonOrigin {
  const url = withoutCredentials(spelled);
  return { qualifiers: { download_url: url }, downloadLocation: url };
}

/** PyPI's own index, under the names lockfiles write it with: the pypi purl type's default repository. */
const PYPI_INDEX = /^https?:\/\/(?:pypi\.org|pypi\.python\.org)(?:\/simple)?\/*$/i;

/**
 * The origin of a package locked from a package index: none for PyPI, `repository_url` (the index
 * URL without trailing slashes) for any other, which the purl spec requires so that a private
 * index's package is never taken for PyPI's of the same name. An index is no download location.
 */
export function indexOrigin(spelled: string): PythonOrigin | undefined {
  const url = withoutCredentials(spelled);
  if (PYPI_INDEX.test(url)) return undefined;
  // Not a regex: `\/+$` is retried from every slash of a long run (quadratic on hostile input).
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return end === 0 ? undefined : { qualifiers: { repository_url: url.slice(0, end) }, downloadLocation: undefined };
}

/** The origin of a local archive or folder, by its path as the lockfile spells it. */
export function localOrigin(path: string): PythonOrigin {
  return { qualifiers: { download_url: path }, downloadLocation: undefined };
}

/** A PEP 440 version as archive file names carry it. */
const FILE_VERSION = /^\d[0-9A-Za-z.!+]*$/;

/**
 * The version a direct reference's archive names: a wheel's file name is `name-version-...whl`
 * (the wheel spec), an sdist's `name-version.tar.gz` (or `.zip`); undefined when the file is not
 * named for this project (a git URL, a download endpoint), since the URL then says no version.
 */
export function versionFromUrl(name: string, url: string): string | undefined {
  const last = url.replace(/[?#].*$/s, '').split('/').pop() ?? '';
  let file: string;
  try {
    file = decodeURIComponent(last);
  } catch {
    // A malformed escape (`%E0%A4%A`) names no file a version can be read from; it must not cost the rest of the lockfile.
    return undefined;
  }
  const base = file.endsWith('.whl') ? file.slice(0, -4).split('-').slice(0, 2).join('-') : file.replace(/\.(?:tar\.gz|tar\.bz2|tgz|zip)$/, '');
  if (base === file || base[name.length] !== '-' || normalizePythonName(base.slice(0, name.length)) !== name) return undefined;
  const version = base.slice(name.length + 1);
  return FILE_VERSION.test(version) ? version : undefined;
}
