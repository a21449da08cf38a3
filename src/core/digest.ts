import { createHash } from 'node:crypto';
import { fstatSync, readSync } from 'node:fs';
import { setImmediate } from 'node:timers/promises';
import { TrustKitError } from './errors.js';
import { changedWhileRead, fileChanged, openRegularFile } from './files.js';
import { typeName } from './quote.js';

/** The digest algorithms trust-kit produces; in-toto and the checksums tools share these names. Frozen: a caller pushing 'md5' onto it got past the algorithm check, to a crash inside. */
export const DIGEST_ALGORITHMS = Object.freeze(['sha256', 'sha512'] as const);

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

/** The digest of a text in memory in chunks (as UTF-8), without joining them: a text may be longer than one string can be. */
export function digestChunks(algorithm: DigestAlgorithm, chunks: Iterable<string>): string {
  const hash = createHash(algorithm);
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
}

/**
 * An artifact argument that names a digest rather than a file (`sha256:<hex>`, `sha512:<hex>`, the
 * algorithm in any case, as cosign reads it), with the algorithm in lower case; undefined for a path.
 * Any `sha<digits>:` is taken for one (`sha384:<hex>`, `sha:`), so that an algorithm trust-kit does
 * not take is refused as the argument it is, not looked for as a file.
 */
export function digestArgument(value: string): string | undefined {
  const algorithm = /^sha\d*:/i.exec(value)?.[0];
  return algorithm === undefined ? undefined : `${algorithm.toLowerCase()}${value.slice(algorithm.length)}`;
}

/** Parses `sha256:<hex>` (the OCI and in-toto reference form) into its parts. */
export function parseDigestReference(value: string): { algorithm: DigestAlgorithm; hex: string } {
  // A library caller in plain JavaScript: a number or undefined failed on `slice` with a TypeError.
  if (typeof value !== 'string') throw new TrustKitError('DIGEST_INVALID', `the digest is ${typeName(value)}, not a string of the form sha256:<64 hex> or sha512:<128 hex>`, { hint: 'give the digest as a string algorithm:hex, e.g. sha256:e3b0c442...' });
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

/**
 * Bytes per read: small enough that a chunk is still in the CPU's cache when it is hashed, big
 * enough that calls cost little. On 1 GiB, 256 KiB reads hash at openssl's speed; 64 KiB reads
 * cost 3% more, 4 MiB reads about 5% (the chunk no longer fits the cache).
 */
const READ_CHUNK = 256 * 1024;
/** Bytes hashed between two turns of the event loop: a few milliseconds, so signals and timers are never held up for long. */
const BYTES_PER_TURN = 16 * 1024 * 1024;

/**
 * Streams a file through one or more hashes without holding it in memory, returning the digests
 * and the number of bytes read. Reads are synchronous into one buffer, in runs of
 * {@link BYTES_PER_TURN} with a turn of the event loop between them: reads handed to the thread
 * pool, with two buffers taking turns, were 5% slower and noisier on 1 GiB (each chunk is copied
 * on one core and hashed on another, and no longer fits either's cache). A file written to while
 * it is read (grown, shrunk, rewritten in place) is refused (FILE_CHANGED): its digest would be of
 * bytes it never held at one moment. `named` words a refusal (FILE_NOT_REGULAR, FILE_CHANGED) as
 * the user knows the file: what it is, and the path as they wrote it.
 */
export async function hashFile<A extends FileHashAlgorithm | 'sha384'>(
  path: string,
  algorithms: readonly A[],
  named: { what?: string; shown?: string; noFollow?: boolean } = {},
): Promise<{ digest: Partial<Record<A, string>>; size: number }> {
  const hashes = algorithms.map((algorithm) => [algorithm, createHash(algorithm)] as const);
  // Never a pipe or a device: one would block the open or never end.
  const opened = await openRegularFile(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: named.what ?? 'file', ...(named.shown === undefined ? {} : { shown: named.shown }), ...(named.noFollow === true ? { noFollow: true } : {}) });
  const { handle, size: expected } = opened;
  let size = 0;
  try {
    const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, Math.max(expected, 64 * 1024)));
    let sinceTurn = 0;
    for (let read = readSync(handle.fd, buffer); read > 0; read = readSync(handle.fd, buffer)) {
      const bytes = buffer.subarray(0, read);
      for (const [, hash] of hashes) hash.update(bytes);
      size += read;
      sinceTurn += read;
      if (sinceTurn >= BYTES_PER_TURN) {
        sinceTurn = 0;
        await setImmediate();
      }
    }
    if (changedWhileRead(opened, fstatSync(handle.fd), size)) throw fileChanged(named.what ?? 'file', named.shown ?? path, size, expected);
  } finally {
    await handle.close();
  }
  const digest: Partial<Record<A, string>> = {};
  for (const [algorithm, hash] of hashes) digest[algorithm] = hash.digest('hex');
  return { digest, size };
}
