import { createHash } from 'node:crypto';
import { TrustKitError } from './errors.js';
import { openRegularFile } from './files.js';

/** The digest algorithms trust-kit produces; in-toto and the checksums tools share these names. */
export const DIGEST_ALGORITHMS = ['sha256', 'sha512'] as const;

/** One of {@link DIGEST_ALGORITHMS}. */
export type DigestAlgorithm = (typeof DIGEST_ALGORITHMS)[number];

/** Lowercase hex digests keyed by algorithm: the in-toto `DigestSet` shape. */
export type DigestSet = Partial<Record<DigestAlgorithm, string>>;

/** Every hash a file may be read through: the digest algorithms (the SBOMs list release files as SPDX packages, which need no SHA-1). */
export type FileHashAlgorithm = DigestAlgorithm;

/** Lowercase hex digests of one file, keyed by algorithm. */
export type FileDigests = Partial<Record<FileHashAlgorithm, string>>;

const HEX_LENGTH: Record<DigestAlgorithm, number> = { sha256: 64, sha512: 128 };

/** Whether a string names a supported digest algorithm. */
export function isDigestAlgorithm(value: string): value is DigestAlgorithm {
  return (DIGEST_ALGORITHMS as readonly string[]).includes(value);
}

/** The length in hex characters of a digest made with `algorithm`. */
export function hexLength(algorithm: DigestAlgorithm): number {
  return HEX_LENGTH[algorithm];
}

/** Whether `hex` is a well-formed lowercase-or-uppercase hex digest for `algorithm`. */
export function isHexDigest(algorithm: DigestAlgorithm, hex: string): boolean {
  return hex.length === HEX_LENGTH[algorithm] && /^[0-9a-fA-F]+$/.test(hex);
}

/** The digest of bytes already in memory. */
export function digestBytes(algorithm: DigestAlgorithm, bytes: Uint8Array | string): string {
  return createHash(algorithm).update(bytes).digest('hex');
}

/** Parses `sha256:<hex>` (the OCI and in-toto reference form) into its parts. */
export function parseDigestReference(value: string): { algorithm: DigestAlgorithm; hex: string } {
  const match = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value);
  const algorithm = match?.[1];
  const hex = match?.[2];
  if (algorithm === undefined || hex === undefined || !isDigestAlgorithm(algorithm) || !isHexDigest(algorithm, hex)) {
    throw new TrustKitError('DIGEST_INVALID', `"${value.slice(0, 160)}" is not a digest of the form sha256:<64 hex> or sha512:<128 hex>`, {
      hint: 'give the digest as algorithm:hex, e.g. sha256:e3b0c442...',
    });
  }
  return { algorithm, hex: hex.toLowerCase() };
}

/** Reads with big chunks: hashing 1 GiB in 64 KiB reads costs about 10% in call overhead. */
const READ_CHUNK = 4 * 1024 * 1024;

/**
 * Streams a file through one or more hashes without holding it in memory, returning the digests
 * and the number of bytes read. Two buffers sized to the file (4 MiB at most) take turns, so the
 * next read runs while the current chunk is hashed and memory stays flat whatever the file size.
 */
export async function hashFile<A extends FileHashAlgorithm>(path: string, algorithms: readonly A[]): Promise<{ digest: Partial<Record<A, string>>; size: number }> {
  const hashes = algorithms.map((algorithm) => [algorithm, createHash(algorithm)] as const);
  // Never a pipe or a device: one would block the open or never end.
  const { handle, size: expected } = await openRegularFile(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: 'file' });
  let size = 0;
  try {
    const chunk = Math.min(READ_CHUNK, Math.max(expected, 64 * 1024));
    const buffers = [Buffer.allocUnsafe(chunk), Buffer.allocUnsafe(chunk)] as const;
    let turn = 0;
    let pending = handle.read(buffers[0], 0, chunk, null);
    for (;;) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) break;
      turn ^= 1;
      pending = handle.read(turn === 0 ? buffers[0] : buffers[1], 0, chunk, null);
      const bytes = buffer.subarray(0, bytesRead);
      for (const [, hash] of hashes) hash.update(bytes);
      size += bytesRead;
    }
  } finally {
    await handle.close();
  }
  const digest: Partial<Record<A, string>> = {};
  for (const [algorithm, hash] of hashes) digest[algorithm] = hash.digest('hex');
  return { digest, size };
}
