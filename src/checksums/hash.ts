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
}

/** Below this many bytes in all, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 16 * 1024 * 1024;
/** From this many files on, threads pay off whatever their sizes. */
const MANY_FILES = 64;
/**
 * Work is handed out in batches so that thousands of small files do not cost a message each, yet
 * small enough that the threads finish together.
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
  const workers = Math.min(options.concurrency ?? availableParallelism(), files.length);
  if (files.length < 2 || workers < 2 || !(await worthWorkers(files))) {
    const outcomes: HashOutcome[] = [];
    for (const file of files) outcomes.push(await hashInProcess(file, algorithms));
    return outcomes;
  }
  return hashOnWorkers(files, algorithms, workers);
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

function readFailed(path: string, reason: string, cause?: unknown): ChecksumsError {
  return new ChecksumsError('CHECKSUMS_READ_FAILED', `cannot read ${path}: ${reason}`, {
    cause,
    hint: reason === 'EACCES' ? 'make the file readable by the user running trust-kit' : 'check that the file exists and is readable',
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
 * The worker's code, self-contained so that it runs from a single-file bundle: it reads with
 * synchronous calls into one reused buffer (the thread has nothing else to do), feeds every
 * asked-for hash from the same read, and answers each batch with `[size, hexes]` or
 * `[-1, errno code]` per file.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const buffer = Buffer.allocUnsafe(1024 * 1024);
parentPort.on('message', (paths) => {
  const results = paths.map((path) => {
    let fd;
    try {
      fd = openSync(path, 'r');
      const hashes = workerData.algorithms.map((algorithm) => createHash(algorithm));
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
  });
  parentPort.postMessage(results);
});
`;

function batches(count: number, threads: number): number[][] {
  const size = Math.max(1, Math.min(MAX_BATCH_FILES, Math.floor(count / (threads * 8))));
  const result: number[][] = [];
  for (let start = 0; start < count; start += size) {
    result.push(Array.from({ length: Math.min(size, count - start) }, (_, offset) => start + offset));
  }
  return result;
}

async function hashOnWorkers(files: readonly ArtifactFile[], algorithms: readonly FileHashAlgorithm[], count: number): Promise<HashOutcome[]> {
  const queue = batches(files.length, count);
  const outcomes: HashOutcome[] = new Array<HashOutcome>(files.length);
  const threads = Array.from({ length: count }, () => new Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { algorithms } }));
  try {
    await Promise.all(
      threads.map(
        (thread) =>
          new Promise<void>((resolvePromise, reject) => {
            let batch: number[] | undefined;
            const next = (): void => {
              batch = queue.shift();
              if (batch === undefined) {
                resolvePromise();
                return;
              }
              thread.postMessage(batch.map((index) => files[index]?.path));
            };
            thread.on('message', (results: [number, string | string[]][]) => {
              for (const [position, [size, value]] of results.entries()) {
                const index = batch?.[position] ?? -1;
                const file = files[index];
                if (file === undefined) continue;
                outcomes[index] = typeof value === 'string' ? { ...file, error: readFailed(file.path, size < 0 ? value : 'unexpected answer') } : artifactOf(file, size, algorithms, value);
              }
              next();
            });
            thread.on('error', reject);
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
  return outcomes;
}
