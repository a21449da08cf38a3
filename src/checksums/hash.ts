import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { DIGEST_ALGORITHMS, hashFile, isDigestAlgorithm, type DigestAlgorithm, type FileDigests, type FileHashAlgorithm } from '../core/digest.js';
import { systemErrorCode } from '../core/errors.js';
import { quoted, typeName } from '../core/quote.js';
import type { ArtifactFile } from './collect.js';
import { CHANGED_HINT, checkArrayArgument, checkEntries, checkOptionsArgument, ChecksumsError, shownPath } from './errors.js';
import { CHANGED, FileHashes, HashPool, MANY_FILES, NOT_REGULAR, type CallerHelp } from './pool.js';

/** A hashed release artifact: its name in the checksums file, where it is, its size and digest. */
export interface Artifact extends ArtifactFile {
  size: number;
  /** Lowercase hex digest made with the run's algorithm. */
  hex: string;
  /** Every digest made in the one read of the file: the run's algorithm and those asked for with {@link HashOptions.also}. */
  digests: FileDigests;
}

/** Options of {@link hashArtifacts}. */
export interface HashOptions {
  /** Threads to hash with, the calling one included when it helps; defaults to the available cores. */
  concurrency?: number;
  /**
   * Whether the calling thread hashes too, a claim per turn of its event loop: one worker thread
   * fewer to start. A promise: from when it settles, once the calling thread's own work is done (a
   * release cataloging its lockfiles, which a claim per turn would starve).
   */
  callerHelps?: CallerHelp;
  /** More digests to make in the same pass over each file (the SBOM's SHA-1), so no file is read twice. */
  also?: readonly FileHashAlgorithm[];
  /** Threads started ahead of time ({@link HashPool.start}) to hash on instead of starting new ones (besides the calling thread, when it helps); the caller closes them. */
  workers?: HashPool;
  /**
   * Read a path that is a symbolic link through it: for files a user names one by one
   * (`verify-checksums SUMS dist/app.tgz`). Otherwise one is refused, unread: files are listed by
   * collectArtifacts (which gives a link's checked `target`), and one swapped for a link since could lead anywhere.
   */
  followLinks?: boolean;
}

/** Below this many bytes in all, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 16 * 1024 * 1024;
export { MANY_FILES };

/**
 * Fails with CHECKSUMS_ALGORITHM_UNSUPPORTED unless every algorithm is one a checksums file may
 * use: node:crypto hashes with any name OpenSSL knows, so a caller in plain JavaScript passing
 * `md5` or `sha1` got a checksums file holding those digests where SHA-256 ones belong.
 */
export function checkAlgorithms(algorithms: readonly unknown[]): void {
  for (const algorithm of algorithms) {
    if (typeof algorithm === 'string' && isDigestAlgorithm(algorithm)) continue;
    throw new ChecksumsError('CHECKSUMS_ALGORITHM_UNSUPPORTED', typeof algorithm === 'string' ? `hash algorithm ${quoted(algorithm, 40)} is not one trust-kit hashes artifacts with` : `the hash algorithm is ${typeName(algorithm)}, not one name`, {
      hint: `pass ${DIGEST_ALGORITHMS.map((name) => `"${name}"`).join(' or ')} (lowercase)`,
    });
  }
}

/**
 * The most threads one call hashes with: each takes about 9 MB, and a `concurrency` of 10,000
 * started as many (90 GB); no machine has the cores for more to help.
 */
export const MAX_HASH_THREADS = 256;

/** The threads a call hashes with when not told: one per core, at most {@link MAX_HASH_THREADS}. */
export function defaultHashThreads(): number {
  return Math.min(availableParallelism(), MAX_HASH_THREADS);
}

/**
 * Fails with CHECKSUMS_ARGUMENT_INVALID unless `concurrency` is unset or a whole number of threads
 * from 1 to {@link MAX_HASH_THREADS}: NaN (`Number()` of an unset variable) made a pool of NaN
 * threads, which never hashed a file, and the call never settled.
 */
export function checkConcurrency(concurrency: unknown): void {
  if (concurrency === undefined || (Number.isSafeInteger(concurrency) && (concurrency as number) >= 1 && (concurrency as number) <= MAX_HASH_THREADS)) return;
  if (typeof concurrency === 'number' && Number.isSafeInteger(concurrency) && concurrency > MAX_HASH_THREADS) {
    throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `concurrency is ${concurrency}, more threads than trust-kit hashes with (at most ${MAX_HASH_THREADS}, each about 9 MB of memory)`, {
      hint: 'pass at most the number of cores (or leave it out for one per core)',
    });
  }
  throw new ChecksumsError('CHECKSUMS_ARGUMENT_INVALID', `concurrency is ${typeof concurrency === 'number' ? String(concurrency) : `a ${typeof concurrency}`}, not a whole number of threads from 1 up`, {
    hint: 'pass the number of threads to hash with (1 hashes on the calling thread alone), or leave it out for one per core',
  });
}

/** The outcome of hashing one file: the artifact, or why it could not be read. */
export type HashOutcome = Artifact | { path: string; name: string; error: ChecksumsError };

/**
 * Hashes every file, streaming (a 10 GiB artifact never sits in memory) and, for many files,
 * on all cores; fails with the first file that cannot be read. The result keeps the input order.
 */
export async function hashArtifacts(files: readonly ArtifactFile[], algorithm: DigestAlgorithm, options: HashOptions = {}): Promise<Artifact[]> {
  checkArrayArgument("hashArtifacts's files", files, 'files { name, path } (what collectArtifacts returns)');
  checkEntries("hashArtifacts's files", files, { name: 'string', path: 'string' }, 'a file { name, path } (what collectArtifacts returns)');
  checkOptionsArgument("hashArtifacts's options", options, { also: 'strings', followLinks: 'boolean' });
  const outcomes = await hashEach(files, algorithm, options);
  for (const outcome of outcomes) if ('error' in outcome) throw outcome.error;
  return outcomes as Artifact[];
}

/**
 * Like {@link hashArtifacts}, but reports a file that cannot be read in its place and goes on.
 * Many files on threads started ahead are handed to them before it returns (and the calling thread,
 * when it helps, has hashed its first claim), so that the caller can do other work meanwhile.
 */
export async function hashEach(files: readonly ArtifactFile[], algorithm: DigestAlgorithm, options: HashOptions = {}): Promise<HashOutcome[]> {
  const hashes = await hashFiles(files, algorithm, options);
  return files.map((file, index) => outcomeAt(file, hashes, index));
}

/**
 * What {@link hashEach} does, the results kept by file index in {@link FileHashes} rather than as
 * an object a file: for a caller that writes them out at once (a checksums file), or picks them.
 */
export async function hashFiles(files: readonly ArtifactFile[], algorithm: DigestAlgorithm, options: HashOptions = {}): Promise<FileHashes> {
  const algorithms = [algorithm, ...(options.also ?? []).filter((extra) => extra !== algorithm)];
  checkAlgorithms(algorithms);
  checkConcurrency(options.concurrency);
  const help = options.callerHelps ?? false;
  const follow = options.followLinks === true;
  const callerHelps = help === false ? 0 : 1;
  const threads = Math.min((options.workers === undefined ? (options.concurrency ?? defaultHashThreads()) : options.workers.size + callerHelps), files.length);
  // Many files go to the pool's synchronous reads without a look at their sizes, before the first await, even with
  // one core (on this thread alone when it helps): read one by one through the event loop, a small file costs ten
  // times as much (20,000 files of 4 KiB: 1.9 s against 0.2 s).
  if (files.length < MANY_FILES && (files.length < 2 || threads < 2 || !(await worthWorkers(files)))) {
    const hashes = new FileHashes(files.length, [algorithms], undefined, false);
    for (const [index, file] of files.entries()) await hashInProcess(file, algorithms, hashes, index, follow);
    return hashes;
  }
  if (options.workers !== undefined) return hashOnPool(options.workers, files, algorithms, help, follow);
  const started = HashPool.start(Math.max(threads - callerHelps, 1 - callerHelps));
  try {
    return await hashOnPool(started, files, algorithms, help, follow);
  } finally {
    await started.close();
  }
}

/** Hashes the files through `algorithms` on a pool's threads (and this one, when it helps). */
function hashOnPool(pool: HashPool, files: readonly ArtifactFile[], algorithms: readonly FileHashAlgorithm[], callerHelps: CallerHelp, followLinks: boolean): Promise<FileHashes> {
  // Fewer files than that reach the threads only when they are large (worthWorkers).
  return pool.hash(
    files.map((file) => file.target ?? file.path),
    [algorithms],
    undefined,
    { callerHelps, oneFilePerClaim: files.length < MANY_FILES, ...(followLinks ? { followLinks } : {}) },
  );
}

/** The outcome of hashing `file`, the file at `index` of `hashes`. */
export function outcomeAt(file: ArtifactFile, hashes: FileHashes, index: number): HashOutcome {
  if ((hashes.sizes[index] ?? -1) < 0) {
    const failure = hashes.failures.get(index);
    return { ...file, error: readFailed(file.path, failure?.code ?? 'unexpected answer', failure?.cause) };
  }
  return artifactOf(file, hashes.sizes[index] ?? 0, hashes.algorithmsOf(index), hashes.hexesOf(index));
}

/** The artifact for a file read through `algorithms`, the first being the run's own. */
function artifactOf(file: ArtifactFile, size: number, algorithms: readonly FileHashAlgorithm[], hexes: readonly string[]): Artifact {
  const digests: FileDigests = {};
  algorithms.forEach((algorithm, index) => {
    digests[algorithm] = hexes[index];
  });
  return { path: file.path, name: file.name, size, hex: hexes[0] ?? '', digests };
}

/** Whether files are worth hashing on threads: many files, or a few big enough in all to pay for starting threads. */
export async function worthThreads(files: readonly ArtifactFile[]): Promise<boolean> {
  return files.length >= MANY_FILES || worthWorkers(files);
}

/** Whether a few files are big enough in all to pay for starting threads. */
async function worthWorkers(files: readonly ArtifactFile[]): Promise<boolean> {
  const sizes = await Promise.all(files.map(async (file) => (await stat(file.path).catch(() => undefined))?.size ?? 0));
  return sizes.reduce((sum, size) => sum + size, 0) >= WORKER_THRESHOLD_BYTES;
}

function readFailed(path: string, code: string, cause?: unknown): ChecksumsError {
  if (code === CHANGED || code === 'FILE_CHANGED') {
    return new ChecksumsError('CHECKSUMS_FILE_CHANGED', `${shownPath(path)} changed while it was hashed: its checksum would be of bytes it never held at one moment`, {
      cause,
      hint: "something wrote to it meanwhile (a build still writing, another job): make sure nothing writes to the artifacts until their checksums are written, then run again",
    });
  }
  if (code === 'ELOOP') {
    return new ChecksumsError('CHECKSUMS_READ_FAILED', `cannot read ${shownPath(path)}: it is a symbolic link, which is never followed once listed (it may lead out of the base)`, {
      cause,
      hint: "something replaced it with a link after it was listed: make sure nothing writes to the artifacts' directories until their checksums are written (a library caller lists files with collectArtifacts, which gives a link's checked target)",
    });
  }
  const reason = code === NOT_REGULAR || code === 'FILE_NOT_REGULAR' ? 'not a regular file (a pipe, a device or a directory is never read)' : code;
  return new ChecksumsError('CHECKSUMS_READ_FAILED', `cannot read ${shownPath(path)}: ${reason}`, {
    cause,
    // Every file hashed was found moments before (listed, matched or named): one gone since was removed or renamed meanwhile.
    // Found by a walk, then gone, it was removed meanwhile; a path a library caller gave may never have been there.
    hint: code === 'EACCES' ? 'make the file readable by the user running trust-kit' : code === 'ENOENT' ? `check the path (collectArtifacts finds the files to hash); if it was there, ${CHANGED_HINT}` : 'check that the file exists and is readable',
  });
}

async function hashInProcess(file: ArtifactFile, algorithms: readonly FileHashAlgorithm[], hashes: FileHashes, index: number, followLinks: boolean): Promise<void> {
  try {
    const { digest, size } = await hashFile(file.target ?? file.path, algorithms, followLinks ? {} : { noFollow: true });
    hashes.set(index, size, algorithms.map((algorithm) => digest[algorithm] ?? ''));
  } catch (error) {
    hashes.fail(index, { code: systemErrorCode(error) ?? String(error), cause: error });
  }
}
