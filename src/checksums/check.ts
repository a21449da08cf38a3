import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type DigestAlgorithm } from '../core/digest.js';
import { isTrustKitError, systemErrorCode } from '../core/errors.js';
import { INPUT_LIMITS, regularFileChunks } from '../core/files.js';
import { ChecksumsError } from './errors.js';
import { emptyChecksums, parseChecksumLine, reportedName, type ChecksumEntry } from './format.js';
import { hashEach } from './hash.js';

/** The outcome for one listed file: `ok`, a digest `mismatch`, `missing`, or `unreadable`. */
export type CheckStatus = 'ok' | 'mismatch' | 'missing' | 'unreadable';

/** One line of a check report. */
export interface CheckResult {
  entry: ChecksumEntry;
  status: CheckStatus;
  /** The digest found on disk, for mismatches. */
  actual?: string;
}

/** How `sha256sum -c` words each outcome in its report. */
const STATUS_TEXT: Record<CheckStatus, string> = {
  ok: 'OK',
  mismatch: 'FAILED',
  missing: 'FAILED open or read (missing)',
  unreadable: 'FAILED open or read',
};

/** One line of a check report, as `sha256sum -c` prints it: `<name>: OK`, `<name>: FAILED`, ... (no line feed). */
export function reportLine(result: CheckResult): string {
  return `${reportedName(result.entry.name)}: ${STATUS_TEXT[result.status]}`;
}

/** Options of {@link checkChecksums}. */
export interface CheckOptions {
  /** Directory the listed names are relative to. */
  base: string;
  /** Skip listed files that are not on disk instead of reporting them, like `sha256sum --ignore-missing`. */
  ignoreMissing?: boolean;
}

/** Options of {@link readChecksumEntries}. */
export interface ReadChecksumsOptions {
  /** The file as the user named it, for messages; defaults to the path. */
  shown?: string;
  /** Longest line accepted, in bytes (default {@link INPUT_LIMITS.checksumsLine}). */
  maxLineBytes?: number;
  /** Sees every chunk of the file's bytes as it is read: to digest exactly the bytes that were parsed. */
  onChunk?: (chunk: Buffer) => void;
}

function unreadableChecksums(path: string, error: unknown): ChecksumsError {
  const code = systemErrorCode(error);
  return new ChecksumsError(code === 'ENOENT' ? 'CHECKSUMS_PATH_NOT_FOUND' : 'CHECKSUMS_READ_FAILED', `cannot read checksums file ${path}: ${code ?? String(error)}`, {
    cause: error,
    hint: 'check the path to the checksums file',
  });
}

function lineTooLong(file: string, line: number, maxLineBytes: number): ChecksumsError {
  return new ChecksumsError('CHECKSUMS_LINE_TOO_LONG', `${file}:${line}: the line is longer than ${maxLineBytes} bytes, which no checksum line of a real file name is`, {
    hint: 'check that this is a checksums file written by sha256sum, sha512sum or trust-kit',
  });
}

/**
 * Reads a checksums file line by line, yielding each entry as its line is read: memory holds one
 * chunk and one line whatever the file's length. The file must be a regular file (a pipe or
 * device is refused before reading); a line longer than the cap is an error naming its number.
 * Names listed twice are not detected (that would take memory growing with the file); every
 * line is checked, so a second, different digest for a name fails as `sha256sum -c` fails it.
 */
export async function* readChecksumEntries(path: string, options: ReadChecksumsOptions = {}): AsyncGenerator<ChecksumEntry> {
  const shown = options.shown ?? path;
  const maxLineBytes = options.maxLineBytes ?? INPUT_LIMITS.checksumsLine;
  let carry: Buffer = Buffer.alloc(0);
  let line = 0;
  let listed = 0;
  const chunks = regularFileChunks(path, { what: 'checksums file', shown });
  // Closes the file also when the caller stops early or a line is refused.
  try {
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await chunks.next();
      } catch (error) {
        throw isTrustKitError(error) ? error : unreadableChecksums(shown, error);
      }
      if (next.done === true) break;
      const chunk = next.value;
      options.onChunk?.(chunk);
      let start = 0;
      for (let end = chunk.indexOf(0x0a, start); end !== -1; end = chunk.indexOf(0x0a, start)) {
        line += 1;
        if (carry.length + end - start > maxLineBytes) throw lineTooLong(shown, line, maxLineBytes);
        const text = carry.length === 0 ? chunk.toString('utf8', start, end) : Buffer.concat([carry, chunk.subarray(start, end)]).toString('utf8');
        carry = Buffer.alloc(0);
        start = end + 1;
        const entry = parseChecksumLine(text, line, shown);
        if (entry === undefined) continue;
        listed += 1;
        yield entry;
      }
      if (carry.length + chunk.length - start > maxLineBytes) throw lineTooLong(shown, line + 1, maxLineBytes);
      // Copied: the chunk's buffer is reused for the next one.
      carry = Buffer.concat([carry, chunk.subarray(start)]);
    }
    if (carry.length > 0) {
      const entry = parseChecksumLine(carry.toString('utf8'), line + 1, shown);
      if (entry !== undefined) {
        listed += 1;
        yield entry;
      }
    }
    if (listed === 0) throw emptyChecksums(shown);
  } finally {
    await chunks.return(undefined);
  }
}

/**
 * Verifies files against checksum entries like `sha256sum -c`: every entry gets a result, and
 * nothing short-circuits, so the user sees every mismatch and missing file at once.
 */
export async function checkChecksums(entries: readonly ChecksumEntry[], options: CheckOptions): Promise<CheckResult[]> {
  const results: CheckResult[] = new Array<CheckResult>(entries.length);
  const present: { index: number; path: string; name: string; algorithm: DigestAlgorithm }[] = [];
  await Promise.all(
    entries.map(async (entry, index) => {
      const path = resolve(options.base, entry.name);
      try {
        if ((await stat(path)).isFile()) {
          present.push({ index, path, name: entry.name, algorithm: entry.algorithm });
          return;
        }
        results[index] = { entry, status: 'unreadable' };
      } catch (error) {
        results[index] = { entry, status: systemErrorCode(error) === 'ENOENT' ? 'missing' : 'unreadable' };
      }
    }),
  );
  for (const algorithm of new Set(present.map((file) => file.algorithm))) {
    const group = present.filter((file) => file.algorithm === algorithm);
    const hashed = await hashEach(group, algorithm);
    group.forEach((file, position) => {
      const entry = entries[file.index] as ChecksumEntry;
      const artifact = hashed[position];
      if (artifact === undefined || 'error' in artifact) results[file.index] = { entry, status: 'unreadable' };
      else if (artifact.hex === entry.hex) results[file.index] = { entry, status: 'ok' };
      else results[file.index] = { entry, status: 'mismatch', actual: artifact.hex };
    });
  }
  return options.ignoreMissing === true ? results.filter((result) => result.status !== 'missing') : results;
}

/** How many listed files a check found in each state; `ignored` counts missing files skipped by `ignoreMissing`. */
export interface CheckCounts {
  ok: number;
  mismatch: number;
  missing: number;
  unreadable: number;
  ignored: number;
}

/** Options of {@link checkChecksumsFile}. */
export interface CheckFileOptions extends CheckOptions, ReadChecksumsOptions {
  /** Receives each result in the file's line order, as soon as it and every line before it are checked. */
  onResult: (result: CheckResult) => void;
  /** Threads hashing the listed files (default: the available cores, at most 8). */
  concurrency?: number;
}

/** Hashing threads by default: each costs tens of MiB, and past a few the disk, not the CPU, sets the pace. */
const MAX_THREADS = 8;
/** Lines handed to a hashing thread at once: few messages for a million tiny files, yet threads finish together. */
const BATCH_LINES = 256;
/** Batches queued per thread: enough to keep every thread busy while results wait to be reported in order. */
const BATCHES_PER_THREAD = 4;

/**
 * Checks every file a checksums file lists, streaming: lines are parsed as they are read, hashed
 * on worker threads in batches, and reported in line order; memory holds the counts and a window
 * of a few thousand lines, however long the file. A listed path that is not a regular file (a
 * pipe, a device, a directory) is reported unreadable without being read.
 */
export async function checkChecksumsFile(path: string, options: CheckFileOptions): Promise<CheckCounts> {
  const counts: CheckCounts = { ok: 0, mismatch: 0, missing: 0, unreadable: 0, ignored: 0 };
  const report = (entry: ChecksumEntry, answer: HashAnswer): void => {
    const failed = answer.startsWith('!');
    const result: CheckResult = failed ? { entry, status: answer === '!ENOENT' ? 'missing' : 'unreadable' } : answer === entry.hex ? { entry, status: 'ok' } : { entry, status: 'mismatch', actual: answer };
    if (result.status === 'missing' && options.ignoreMissing === true) {
      counts.ignored += 1;
      return;
    }
    counts[result.status] += 1;
    options.onResult(result);
  };
  const threads = Math.max(1, options.concurrency ?? Math.min(availableParallelism(), MAX_THREADS));
  let pool: HashPool | undefined;
  // Batches in line order; each fills in as its thread answers, and is reported up to its first gap.
  const window: { entries: ChecksumEntry[]; answers: HashAnswer[]; reported: number; done: Promise<void> }[] = [];
  const flush = (): void => {
    for (let oldest = window[0]; oldest !== undefined; oldest = window[0]) {
      while (oldest.reported < oldest.answers.length) {
        report(oldest.entries[oldest.reported] as ChecksumEntry, oldest.answers[oldest.reported] ?? '!EIO');
        oldest.reported += 1;
      }
      if (oldest.reported < oldest.entries.length) return;
      window.shift();
    }
  };
  let batch: ChecksumEntry[] = [];
  const dispatch = (): void => {
    pool ??= new HashPool(threads);
    const pending = { entries: batch, answers: [] as HashAnswer[], reported: 0, done: Promise.resolve() };
    batch = [];
    pending.done = pool.hash({ paths: pending.entries.map((entry) => resolve(options.base, entry.name)), algorithms: pending.entries.map((entry) => entry.algorithm) }, (answers) => {
      pending.answers.push(...answers);
      flush();
    });
    // Awaited in order below; marked handled here so a failure of a later batch is not unhandled meanwhile.
    pending.done.catch(() => undefined);
    window.push(pending);
  };
  try {
    for await (const entry of readChecksumEntries(path, options)) {
      batch.push(entry);
      if (batch.length < BATCH_LINES) continue;
      dispatch();
      while (window.length >= threads * BATCHES_PER_THREAD) await window[0]?.done;
    }
    if (batch.length > 0) dispatch();
    while (window.length > 0) await window[0]?.done;
  } finally {
    await pool?.close();
  }
  return counts;
}

/** What hashing one listed file gave: its lowercase hex digest, or `!` and the error code it could not be read with. */
type HashAnswer = string;

/** A batch for a hashing thread: paths and the algorithm of each, as two arrays (cheaper to pass than objects). */
interface HashBatch {
  paths: string[];
  algorithms: DigestAlgorithm[];
}

/**
 * The hashing threads' code, self-contained so that it runs from a single-file bundle. Each file
 * is opened without blocking and checked on its descriptor to be a regular file (a listed pipe or
 * device would block or never end), then read with synchronous calls into one reused buffer.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync, fstatSync, constants } = require('node:fs');
const { createHash, hash } = require('node:crypto');
const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
const buffer = Buffer.allocUnsafe(1024 * 1024);
// Answers go back as they come: before a file too big for one read, and at least every 50 ms, so
// a huge file does not hold up the report of those before it.
let answers = [];
let posted = Date.now();
function post() {
  if (answers.length > 0) parentPort.postMessage(answers);
  answers = [];
  posted = Date.now();
}
function digest(path, algorithm) {
  let fd;
  try {
    fd = openSync(path, FLAGS);
    const info = fstatSync(fd);
    if (!info.isFile()) return '!ENOTREG';
    let read = readSync(fd, buffer, 0, buffer.length, null);
    // A file that fits one read (the size fstat gave) is hashed in one call: half the cost for tiny files.
    if (read < buffer.length && read >= info.size) return hash(algorithm, buffer.subarray(0, read));
    post();
    const streaming = createHash(algorithm);
    while (read > 0) {
      streaming.update(buffer.subarray(0, read));
      read = readSync(fd, buffer, 0, buffer.length, null);
    }
    return streaming.digest('hex');
  } catch (error) {
    return '!' + ((error && error.code) || String(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
parentPort.on('message', ({ paths, algorithms }) => {
  posted = Date.now();
  paths.forEach((path, index) => {
    answers.push(digest(path, algorithms[index]));
    if (Date.now() - posted >= 50) post();
  });
  post();
});
`;
/** Worker threads hashing batches of files; a batch waits for the next idle thread. */
class HashPool {
  readonly #idle: Worker[] = [];
  readonly #all: Worker[] = [];
  readonly #queue: { batch: HashBatch; onAnswers: (answers: HashAnswer[]) => void; settle: () => void; fail: (error: unknown) => void }[] = [];
  readonly #size: number;

  constructor(size: number) {
    this.#size = size;
  }

  /** Hashes a batch; `onAnswers` gets the answers in order, a run at a time; the promise settles after the last. */
  hash(batch: HashBatch, onAnswers: (answers: HashAnswer[]) => void): Promise<void> {
    return new Promise((settle, fail) => {
      this.#queue.push({ batch, onAnswers, settle, fail });
      this.#next();
    });
  }

  #next(): void {
    if (this.#queue.length === 0) return;
    // Threads start as batches arrive: a short checksums file (one batch) starts one.
    if (this.#idle.length === 0 && this.#all.length < this.#size) this.#idle.push(this.#start());
    const thread = this.#idle.pop();
    if (thread === undefined) return;
    const job = this.#queue.shift();
    if (job === undefined) {
      this.#idle.push(thread);
      return;
    }
    let received = 0;
    let callbackError: { error: unknown } | undefined;
    const answered = (answers: HashAnswer[]): void => {
      received += answers.length;
      // A failing callback (an output that cannot be written) fails the batch rather than the process.
      try {
        if (callbackError === undefined) job.onAnswers(answers);
      } catch (error) {
        callbackError = { error };
      }
      if (received < job.batch.paths.length) return;
      thread.off('message', answered);
      thread.off('error', failed);
      this.#idle.push(thread);
      if (callbackError === undefined) job.settle();
      else job.fail(callbackError.error);
      this.#next();
    };
    const failed = (error: unknown): void => {
      thread.off('message', answered);
      job.fail(error);
    };
    thread.on('message', answered);
    thread.once('error', failed);
    thread.postMessage(job.batch);
  }

  #start(): Worker {
    const thread = new Worker(WORKER_SOURCE, { eval: true, execArgv: [] });
    this.#all.push(thread);
    return thread;
  }

  async close(): Promise<void> {
    await Promise.all(this.#all.map((thread) => thread.terminate()));
  }
}
