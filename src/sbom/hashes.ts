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

/** Made once, as the other expressions here: a literal in a function is a new object at each of thousands of calls. */
const HEX = /^[0-9a-fA-F]+$/;
const WHITE_SPACE = /\s/;

/** A package hash from hex, or undefined when the hex is not a digest of that algorithm (wrong length, not hex). */
export function hexHash(algorithm: PackageHashAlgorithm, hex: string): PackageHash | undefined {
  if (hex.length !== HASH_HEX_LENGTH[algorithm] || !HEX.test(hex)) return undefined;
  return { algorithm, hex: hex.toLowerCase() };
}

const BASE64_DIGEST = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Where {@link base64Hash} decodes: one buffer for the thousands of digests of a lockfile rather
 * than one each. It holds as many bytes as the longest digest has hex digits (twice its length),
 * so a longer input decodes to more bytes than any digest has and is refused, never cut to a digest's length.
 */
const DECODED = Buffer.alloc(Math.max(...Object.values(HASH_HEX_LENGTH)));

/** A package hash from base64 (standard or URL-safe alphabet), or undefined when it does not decode to a digest of that algorithm. */
export function base64Hash(algorithm: PackageHashAlgorithm, base64: string): PackageHash | undefined {
  if (!BASE64_DIGEST.test(base64)) return undefined;
  const length = DECODED.write(base64, 0, 'base64');
  // Hex from bytes is always lowercase hex: only the length can be wrong.
  return length * 2 === HASH_HEX_LENGTH[algorithm] ? { algorithm, hex: DECODED.toString('hex', 0, length) } : undefined;
}

/** One SRI token (`sha512-<base64>`, maybe with `?options`) as a hash, or undefined when it is not one we know. */
function sriHash(token: string): PackageHash | undefined {
  const dash = token.indexOf('-');
  if (dash <= 0) return undefined;
  const algorithm = SRI_ALGORITHMS[token.slice(0, dash).toLowerCase()];
  if (algorithm === undefined) return undefined;
  // SRI allows `?options` after the digest; they carry no hash bits.
  const query = token.indexOf('?', dash);
  return base64Hash(algorithm, query === -1 ? token.slice(dash + 1) : token.slice(dash + 1, query));
}

/**
 * The hashes of a Subresource Integrity string (`sha512-<base64> sha1-<base64>`, what npm, yarn,
 * pnpm and bun record), as hex, sorted by algorithm; unknown algorithms and malformed digests are skipped.
 */
export function sriHashes(integrity: string): PackageHash[] {
  // Nearly every lockfile entry has one token: no splitting, no sorting.
  if (!WHITE_SPACE.test(integrity)) {
    const hash = sriHash(integrity);
    return hash === undefined ? [] : [hash];
  }
  const hashes = new Map<PackageHashAlgorithm, PackageHash>();
  for (const token of integrity.split(/\s+/)) {
    const hash = sriHash(token);
    if (hash !== undefined && !hashes.has(hash.algorithm)) hashes.set(hash.algorithm, hash);
  }
  return sortHashes([...hashes.values()]);
}

/** Hashes in a stable order (by algorithm name), one per algorithm. */
export function sortHashes(hashes: readonly PackageHash[]): PackageHash[] {
  const byAlgorithm = new Map<PackageHashAlgorithm, PackageHash>();
  for (const hash of hashes) if (!byAlgorithm.has(hash.algorithm)) byAlgorithm.set(hash.algorithm, hash);
  return [...byAlgorithm.values()].sort((a, b) => (a.algorithm < b.algorithm ? -1 : a.algorithm > b.algorithm ? 1 : 0));
}
