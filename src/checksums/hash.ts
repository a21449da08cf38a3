import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { hashFile, type DigestAlgorithm, type FileDigests, type FileHashAlgorithm } from '../core/digest.js';
import { systemErrorCode } from '../core/errors.js';
import type { ArtifactFile } from './collect.js';
import { ChecksumsError } from './errors.js';

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
  /** Worker threads to hash with; defaults to the available cores. */
  concurrency?: number;
  /** More digests to make in the same pass over each file (the SBOM's SHA-1), so no file is read twice. */
  also?: readonly FileHashAlgorithm[];
  /** Threads started ahead of time ({@link HashWorkers.start}) to hash on instead of starting new ones; the caller closes them. */
  workers?: HashWorkers;
}

/** Below this many bytes in all, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 16 * 1024 * 1024;
/** From this many files on, hashing threads pay off whatever the files' sizes. */
export const MANY_FILES = 64;
/**
 * Work is taken in batches so that thousands of small files do not cost a message each, yet small
 * enough that the threads finish together.
 */
const MAX_BATCH_FILES = 64;

/** The outcome of hashing one file: the artifact, or why it could not be read. */
export type HashOutcome = Artifact | { path: string; name: string; error: ChecksumsError };

/**
 * Hashes every file, streaming (a 10 GiB artifact never sits in memory) and, for many files,
 * on all cores; fails with the first file that cannot be read. The result keeps the input order.
 */
export async function hashArtifacts(files: readonly ArtifactFile[], algorithm: DigestAlgorithm, options: HashOptions = {}): Promise<Artifact[]> {
  const outcomes = await hashEach(files, algorithm, options);
  for (const outcome of outcomes) if ('error' in outcome) throw outcome.error;
  return outcomes as Artifact[];
}

/** Like {@link hashArtifacts}, but reports a file that cannot be read in its place and goes on. */
export async function hashEach(files: readonly ArtifactFile[], algorithm: DigestAlgorithm, options: HashOptions = {}): Promise<HashOutcome[]> {
  const algorithms = [algorithm, ...(options.also ?? []).filter((extra) => extra !== algorithm)];
  const workers = Math.min(options.workers?.size ?? options.concurrency ?? availableParallelism(), files.length);
  if (files.length < 2 || workers < 2 || !(await worthWorkers(files))) {
    const outcomes: HashOutcome[] = [];
    for (const file of files) outcomes.push(await hashInProcess(file, algorithms));
    return outcomes;
  }
  if (options.workers !== undefined) return options.workers.hash(files, algorithms);
  const started = HashWorkers.start(workers);
  try {
    return await started.hash(files, algorithms);
  } finally {
    await started.close();
  }
}

/** The artifact for a file read through `algorithms`, the first being the run's own. */
function artifactOf(file: ArtifactFile, size: number, algorithms: readonly FileHashAlgorithm[], hexes: readonly string[]): Artifact {
  const digests: FileDigests = {};
  algorithms.forEach((algorithm, index) => {
    digests[algorithm] = hexes[index];
  });
  return { path: file.path, name: file.name, size, hex: hexes[0] ?? '', digests };
}

/** Whether there is enough to hash to pay for starting threads; many files always are. */
async function worthWorkers(files: readonly ArtifactFile[]): Promise<boolean> {
  if (files.length >= MANY_FILES) return true;
  const sizes = await Promise.all(files.map(async (file) => (await stat(file.path).catch(() => undefined))?.size ?? 0));
  return sizes.reduce((sum, size) => sum + size, 0) >= WORKER_THRESHOLD_BYTES;
}

/** The reason a thread gives for a path that is not a regular file (a pipe, a device), as errno codes are given. */
const NOT_REGULAR = 'ENOTREG';

function readFailed(path: string, code: string, cause?: unknown): ChecksumsError {
  const reason = code === NOT_REGULAR || code === 'FILE_NOT_REGULAR' ? 'not a regular file (a pipe, a device or a directory is never read)' : code;
  return new ChecksumsError('CHECKSUMS_READ_FAILED', `cannot read ${path}: ${reason}`, {
    cause,
    hint: code === 'EACCES' ? 'make the file readable by the user running trust-kit' : 'check that the file exists and is readable',
  });
}

async function hashInProcess(file: ArtifactFile, algorithms: readonly FileHashAlgorithm[]): Promise<HashOutcome> {
  try {
    const { digest, size } = await hashFile(file.path, algorithms);
    return artifactOf(file, size, algorithms, algorithms.map((algorithm) => digest[algorithm] ?? ''));
  } catch (error) {
    return { ...file, error: readFailed(file.path, systemErrorCode(error) ?? String(error), error) };
  }
}

/**
 * The worker's code, self-contained so that it runs from a single-file bundle. For each job, the
 * threads take the next batch of files from a shared counter, so none ever waits for the main
 * thread to hand out work (on a busy machine that round trip, not hashing, was most of the time);
 * paths come in one shared buffer of UTF-8. Each file is opened without blocking and checked on
 * its descriptor to be a regular file (one swapped for a pipe or a device since the walk would
 * block the open or never end), then read with synchronous calls into one reused buffer (the thread has nothing else to do) and every asked-for hash is fed from the same
 * read. A batch is answered with `[first index, [size, hexes] or [-1, errno code] per file]`, and
 * the job with `null`.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync, fstatSync, constants } = require('node:fs');
const { createHash } = require('node:crypto');
const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
const buffer = Buffer.allocUnsafe(1024 * 1024);
const hashOne = (path, algorithms) => {
  let fd;
  try {
    fd = openSync(path, FLAGS);
    if (!fstatSync(fd).isFile()) return [-1, '${NOT_REGULAR}'];
    const hashes = algorithms.map((algorithm) => createHash(algorithm));
    let size = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      size += read;
      const bytes = buffer.subarray(0, read);
      for (const hash of hashes) hash.update(bytes);
    }
    return [size, hashes.map((hash) => hash.digest('hex'))];
  } catch (error) {
    return [-1, (error && error.code) || String(error)];
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
};
parentPort.on('message', ({ algorithms, paths, offsets, next, batchSize }) => {
  const pathBytes = Buffer.from(paths);
  const counter = new Int32Array(next);
  const count = offsets.length - 1;
  for (;;) {
    const start = Atomics.add(counter, 0, batchSize);
    if (start >= count) break;
    const results = [];
    for (let index = start; index < Math.min(count, start + batchSize); index++) results.push(hashOne(pathBytes.toString('utf8', offsets[index], offsets[index + 1]), algorithms));
    parentPort.postMessage([start, results]);
  }
  parentPort.postMessage(null);
});
`;

/** The files' paths as one shared buffer of UTF-8 and the offset of each (and of the end), for the threads to share. */
function sharedPaths(files: readonly ArtifactFile[]): { paths: SharedArrayBuffer; offsets: Float64Array } {
  const offsets = new Float64Array(new SharedArrayBuffer(8 * (files.length + 1)));
  let total = 0;
  files.forEach((file, index) => {
    offsets[index] = total;
    total += Buffer.byteLength(file.path, 'utf8');
  });
  offsets[files.length] = total;
  const paths = new SharedArrayBuffer(total);
  const bytes = Buffer.from(paths);
  files.forEach((file, index) => bytes.write(file.path, offsets[index] ?? 0, 'utf8'));
  return { paths, offsets };
}

type WorkerAnswer = [number, [number, string | string[]][]] | null;

/**
 * Threads that hash files, started ahead of the files they will hash, so that starting them
 * (tens of milliseconds) overlaps finding the files. One job at a time; {@link close} ends them.
 */
export class HashWorkers {
  private constructor(private readonly threads: readonly Worker[]) {}

  /** Starts `count` threads (default: the available cores). */
  static start(count = availableParallelism()): HashWorkers {
    return new HashWorkers(Array.from({ length: Math.max(1, count) }, () => new Worker(WORKER_SOURCE, { eval: true, execArgv: [] })));
  }

  /** How many threads there are. */
  get size(): number {
    return this.threads.length;
  }

  /** Hashes the files through `algorithms` on every thread; the outcomes keep the files' order. */
  async hash(files: readonly ArtifactFile[], algorithms: readonly FileHashAlgorithm[]): Promise<HashOutcome[]> {
    const batchSize = Math.max(1, Math.min(MAX_BATCH_FILES, Math.floor(files.length / (this.threads.length * 8))));
    const job = { algorithms, ...sharedPaths(files), next: new SharedArrayBuffer(4), batchSize };
    const outcomes: HashOutcome[] = new Array<HashOutcome>(files.length);
    const record = ([start, results]: [number, [number, string | string[]][]]): void => {
      results.forEach(([size, value], position) => {
        const file = files[start + position];
        if (file === undefined) return;
        outcomes[start + position] = typeof value === 'string' ? { ...file, error: readFailed(file.path, size < 0 ? value : 'unexpected answer') } : artifactOf(file, size, algorithms, value);
      });
    };
    await Promise.all(
      this.threads.map(
        (thread) =>
          new Promise<void>((resolvePromise, reject) => {
            const stop = (): void => {
              thread.off('message', onMessage).off('error', onError).off('exit', onExit);
            };
            const onMessage = (message: WorkerAnswer): void => {
              if (message !== null) return record(message);
              stop();
              resolvePromise();
            };
            const onError = (error: unknown): void => {
              stop();
              reject(error instanceof Error ? error : new Error(String(error)));
            };
            const onExit = (code: number): void => onError(new Error(`a hashing thread stopped early (exit code ${code})`));
            thread.on('message', onMessage).on('error', onError).on('exit', onExit);
            thread.postMessage(job);
          }),
      ),
    );
    return outcomes;
  }

  /** Ends the threads. */
  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.terminate()));
  }
}
