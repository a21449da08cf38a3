import { hexHash } from '../../hashes.js';
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
