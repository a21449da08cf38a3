import type { PackageHash, PackageHashAlgorithm } from './model.js';

/** How many hex characters a digest of each algorithm has: what a well-formed hash must be. */
export const HASH_HEX_LENGTH: Readonly<Record<PackageHashAlgorithm, number>> = {
  MD5: 32,
  SHA1: 40,
  SHA256: 64,
  SHA384: 96,
  SHA512: 128,
  'BLAKE2b-256': 64,
};

/** The algorithm names Subresource Integrity strings use, mapped to ours. */
const SRI_ALGORITHMS: Readonly<Record<string, PackageHashAlgorithm>> = {
  sha1: 'SHA1',
  sha256: 'SHA256',
  sha384: 'SHA384',
  sha512: 'SHA512',
  md5: 'MD5',
};

/** A package hash from hex, or undefined when the hex is not a digest of that algorithm (wrong length, not hex). */
export function hexHash(algorithm: PackageHashAlgorithm, hex: string): PackageHash | undefined {
  if (hex.length !== HASH_HEX_LENGTH[algorithm] || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
  return { algorithm, hex: hex.toLowerCase() };
}

/** A package hash from base64 (standard or URL-safe alphabet), or undefined when it does not decode to a digest of that algorithm. */
export function base64Hash(algorithm: PackageHashAlgorithm, base64: string): PackageHash | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(base64)) return undefined;
  const bytes = Buffer.from(base64, 'base64');
  return hexHash(algorithm, bytes.toString('hex'));
}

/**
 * The hashes of a Subresource Integrity string (`sha512-<base64> sha1-<base64>`, what npm, yarn,
 * pnpm and bun record), as hex, sorted by algorithm; unknown algorithms and malformed digests are skipped.
 */
export function sriHashes(integrity: string): PackageHash[] {
  const hashes = new Map<PackageHashAlgorithm, PackageHash>();
  for (const token of integrity.split(/\s+/)) {
    const dash = token.indexOf('-');
    if (dash <= 0) continue;
    const algorithm = SRI_ALGORITHMS[token.slice(0, dash).toLowerCase()];
    if (algorithm === undefined) continue;
    // SRI allows `?options` after the digest; they carry no hash bits.
    const digest = token.slice(dash + 1).split('?')[0] ?? '';
    const hash = base64Hash(algorithm, digest);
    if (hash !== undefined && !hashes.has(algorithm)) hashes.set(algorithm, hash);
  }
  return sortHashes([...hashes.values()]);
}

/** Hashes in a stable order (by algorithm name), one per algorithm. */
export function sortHashes(hashes: readonly PackageHash[]): PackageHash[] {
  const byAlgorithm = new Map<PackageHashAlgorithm, PackageHash>();
  for (const hash of hashes) if (!byAlgorithm.has(hash.algorithm)) byAlgorithm.set(hash.algorithm, hash);
  return [...byAlgorithm.values()].sort((a, b) => (a.algorithm < b.algorithm ? -1 : a.algorithm > b.algorithm ? 1 : 0));
}
