import { isUtf8 } from 'node:buffer';
import { availableParallelism } from 'node:os';
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, resolve, sep } from 'node:path';
import { type DigestAlgorithm } from '../core/digest.js';
import { isTrustKitError, systemErrorCode } from '../core/errors.js';
import { INPUT_LIMITS, regularFileChunks } from '../core/files.js';
import { isPathWithin } from '../core/paths.js';
import { shownFile } from '../core/quote.js';
import { checkArrayArgument, checkOptionsArgument, ChecksumsError, checksumsPlace, checkStringArgument } from './errors.js';
import { emptyChecksums, parseChecksumLine, reportedName, type ChecksumEntry } from './format.js';
import { checkAlgorithms, checkConcurrency, hashEach } from './hash.js';
import { HashPool, NOT_REGULAR, OUTSIDE, type FileAnswer } from './pool.js';

/** The outcome for one listed file: `ok`, a digest `mismatch`, `missing`, or `unreadable`. */
export type CheckStatus = 'ok' | 'mismatch' | 'missing' | 'unreadable';

/** One line of a check report. */
export interface CheckResult {
  entry: ChecksumEntry;
  status: CheckStatus;
  /** The digest found on disk, for mismatches. */
  actual?: string;
  /** Set when an unreadable file was not read because its real path is outside the base directory (an absolute name, a `..`, a link). */
  outside?: true;
  /** Why an unreadable file could not be read, as the system said it (EACCES, EISDIR, ...), when it said. */
  reason?: string;
}

/**
 * Whether a result is a file here that could not be read (a permission, a directory in its place):
 * a problem of this machine, not evidence against the file. A name leading out of the base, or too
 * long for any file to have it, is the checksums file's doing: a failure of its own.
 */
export function unreadableHere(result: CheckResult): boolean {
  return result.status === 'unreadable' && result.outside !== true && result.reason !== 'ENAMETOOLONG';
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
  return `${reportedName(result.entry.name)}: ${STATUS_TEXT[result.status]}${result.outside === true ? ' (outside the base directory)' : ''}`;
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
  /** The file as the user named it, for messages (quoted there when it holds control characters); defaults to the path. */
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

function lineTooLong(file: string, line: number, maxLineBytes: number, path: string): ChecksumsError {
  return new ChecksumsError('CHECKSUMS_LINE_TOO_LONG', `${file}:${line}: the line is longer than ${maxLineBytes} bytes, which no checksum line of a real file name is`, {
    hint: 'check that this is a checksums file written by sha256sum, sha512sum or trust-kit',
    ...checksumsPlace(path, line),
  });
}

/**
 * A line's bytes as text. A name whose bytes are not UTF-8 (sha256sum lists any) would be decoded
 * with U+FFFD in their place, a name no file has: refused, so that it is neither reported missing
 * nor skipped by `ignoreMissing` while sha256sum checks it.
 */
function lineText(bytes: Buffer, file: string, line: number, path: string): string {
  // A comment lists no name: sha256sum -c skips a line whose first byte is `#`, whatever its encoding (a Latin-1 title).
  if (isUtf8(bytes) || bytes[0] === 0x23) return bytes.toString('utf8');
  throw new ChecksumsError('CHECKSUMS_UNSAFE_NAME', `${file}:${line}: the line is not valid UTF-8, so the file name it lists cannot be looked up`, {
    hint: 'check such a file with sha256sum -c; trust-kit reads names written in UTF-8, as it writes them',
    ...checksumsPlace(path, line),
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
  checkStringArgument("readChecksumEntries's path", path);
  checkOptionsArgument("readChecksumEntries's options", options, { shown: 'string', maxLineBytes: 'number', onChunk: 'function' });
  const named = options.shown ?? path;
  const shown = shownFile(named);
  const maxLineBytes = options.maxLineBytes ?? INPUT_LIMITS.checksumsLine;
  let carry: Buffer = Buffer.alloc(0);
  let line = 0;
  let listed = 0;
  const chunks = regularFileChunks(path, { what: 'checksums file', shown: named });
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
        if (carry.length + end - start > maxLineBytes) throw lineTooLong(shown, line, maxLineBytes, path);
        const text = lineText(carry.length === 0 ? chunk.subarray(start, end) : Buffer.concat([carry, chunk.subarray(start, end)]), shown, line, path);
        carry = Buffer.alloc(0);
        start = end + 1;
        const entry = parseChecksumLine(text, line, shown, path);
        if (entry === undefined) continue;
        listed += 1;
        yield entry;
      }
      if (carry.length + chunk.length - start > maxLineBytes) throw lineTooLong(shown, line + 1, maxLineBytes, path);
      // Copied: the chunk's buffer is reused for the next one.
      carry = Buffer.concat([carry, chunk.subarray(start)]);
    }
    if (carry.length > 0) {
      const entry = parseChecksumLine(lineText(carry, shown, line + 1, path), line + 1, shown, path);
      if (entry !== undefined) {
        listed += 1;
        yield entry;
      }
    }
    if (listed === 0) throw emptyChecksums(shown, path);
  } finally {
    await chunks.return(undefined);
  }
}

/**
 * Verifies files against checksum entries like `sha256sum -c`: every entry gets a result, in the
 * entries' order, and nothing short-circuits, so the user sees every mismatch and missing file at
 * once. Reads as {@link checkChecksumsFile} does: a name whose real path is outside the base (an
 * absolute name, a `..`, a link leading out) or that is no regular file is reported unreadable
 * without being read, so entries parsed from a checksums file someone else wrote can be checked.
 * Digests compare without regard to case (the hex of a caller's own entries may be uppercase).
 */
export async function checkChecksums(entries: readonly ChecksumEntry[], options: CheckOptions): Promise<CheckResult[]> {
  checkArrayArgument("checkChecksums's entries", entries, 'entries { name, algorithm, hex }');
  checkOptionsArgument("checkChecksums's options", options, { base: 'string', ignoreMissing: 'boolean' }, ['base']);
  checkAlgorithms(entries.map((entry) => entry.algorithm));
  const results: CheckResult[] = [];
  await checkEntries(entries, { base: options.base, ...(options.ignoreMissing === undefined ? {} : { ignoreMissing: options.ignoreMissing }), onResult: (result) => results.push(result) });
  return results;
}

/**
 * Checks files the user named one by one (`verify-checksums SUMS dist/app.tgz`) against their
 * entries: each is read where the user pointed, a link followed, as `sha256sum` reads a file it is
 * given; only {@link checkChecksums} and {@link checkChecksumsFile}, which read names a checksums
 * file holds, keep to the base. Results in the files' order; not part of the library's API.
 */
export async function checkNamedFiles(files: readonly { entry: ChecksumEntry; path: string }[]): Promise<CheckResult[]> {
  const results = new Array<CheckResult>(files.length);
  const present: { index: number; path: string; name: string; algorithm: DigestAlgorithm }[] = [];
  await Promise.all(
    files.map(async ({ entry, path }, index) => {
      try {
        if ((await stat(path)).isFile()) present.push({ index, path, name: entry.name, algorithm: entry.algorithm });
        else results[index] = { entry, status: 'unreadable', reason: 'not a regular file' };
      } catch (error) {
        const code = systemErrorCode(error);
        results[index] = code === 'ENOENT' ? { entry, status: 'missing' } : { entry, status: 'unreadable', ...(code === undefined ? {} : { reason: code }) };
      }
    }),
  );
  for (const algorithm of new Set(present.map((file) => file.algorithm))) {
    const group = present.filter((file) => file.algorithm === algorithm);
    const hashed = await hashEach(group, algorithm, { followLinks: true });
    group.forEach((file, position) => {
      const { entry } = files[file.index] as { entry: ChecksumEntry };
      const artifact = hashed[position];
      if (artifact === undefined || 'error' in artifact) results[file.index] = { entry, status: 'unreadable', ...(artifact === undefined ? {} : { reason: systemErrorCode(artifact.error.cause) ?? artifact.error.message }) };
      else if (artifact.hex === entry.hex.toLowerCase()) results[file.index] = { entry, status: 'ok' };
      else results[file.index] = { entry, status: 'mismatch', actual: artifact.hex };
    });
  }
  return results;
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
  /** Receives each listed file skipped by `ignoreMissing`, in line order: a verifier says what it did not check. */
  onIgnored?: (entry: ChecksumEntry) => void;
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
 * pipe, a device, a directory), or whose real path is outside the base directory (an absolute
 * name, a `..`, a link leading out), is reported unreadable without being read.
 */
export async function checkChecksumsFile(path: string, options: CheckFileOptions): Promise<CheckCounts> {
  checkStringArgument("checkChecksumsFile's path", path);
  checkOptionsArgument("checkChecksumsFile's options", options, { base: 'string', ignoreMissing: 'boolean', onResult: 'function', onIgnored: 'function', shown: 'string', maxLineBytes: 'number', onChunk: 'function' }, ['base', 'onResult']);
  checkConcurrency(options.concurrency);
  return checkEntries(readChecksumEntries(path, options), options);
}

/** {@link checkChecksumsFile}'s check of entries however they come: read from a file as they are checked, or given whole. */
async function checkEntries(entries: AsyncIterable<ChecksumEntry> | Iterable<ChecksumEntry>, options: Omit<CheckFileOptions, keyof ReadChecksumsOptions>): Promise<CheckCounts> {
  const counts: CheckCounts = { ok: 0, mismatch: 0, missing: 0, unreadable: 0, ignored: 0 };
  // A listed name may be absolute, climb with '..' or go through a link: only files really under the base are read.
  const realBase = await realpath(options.base).catch(() => resolve(options.base));
  const within = realBase.endsWith(sep) ? realBase : `${realBase}${sep}`;
  const lexicalBase = resolve(options.base);
  // A name that leads out of the base as written (absolute elsewhere, or up with '..') is outside whether or not
  // its file exists: reported missing, it would tell whoever wrote the checksums file which paths exist out there.
  const leadsOut = (name: string): boolean => {
    const file = resolve(options.base, name);
    return !isPathWithin(lexicalBase, file) && !isPathWithin(realBase, file);
  };
  const report = (entry: ChecksumEntry, [size, value]: FileAnswer): void => {
    const hex = typeof value === 'string' ? undefined : value[0];
    const result: CheckResult =
      hex === undefined
        ? value === OUTSIDE || (value === 'ENOENT' && leadsOut(entry.name))
          ? { entry, status: 'unreadable', outside: true }
          : size < 0 && value === 'ENOENT'
            ? { entry, status: 'missing' }
            : { entry, status: 'unreadable', reason: value === NOT_REGULAR ? 'not a regular file' : typeof value === 'string' ? value : 'no answer' }
        : hex === entry.hex.toLowerCase()
          ? { entry, status: 'ok' }
          : { entry, status: 'mismatch', actual: hex };
    if (result.status === 'missing' && options.ignoreMissing === true) {
      counts.ignored += 1;
      options.onIgnored?.(entry);
      return;
    }
    counts[result.status] += 1;
    options.onResult(result);
  };
  const threads = options.concurrency ?? Math.min(availableParallelism(), MAX_THREADS);
  let pool: HashPool | undefined;
  // Batches in line order; each fills in as its threads answer, and is reported up to its first gap.
  const window: { entries: ChecksumEntry[]; answers: (FileAnswer | undefined)[]; reported: number; done: Promise<unknown> }[] = [];
  const flush = (): void => {
    for (let oldest = window[0]; oldest !== undefined; oldest = window[0]) {
      for (let answer = oldest.answers[oldest.reported]; answer !== undefined; answer = oldest.answers[oldest.reported]) {
        report(oldest.entries[oldest.reported] as ChecksumEntry, answer);
        oldest.reported += 1;
      }
      if (oldest.reported < oldest.entries.length) return;
      window.shift();
    }
  };
  let batch: ChecksumEntry[] = [];
  const dispatch = (): void => {
    pool ??= new HashPool(threads);
    const pending: (typeof window)[number] = { entries: batch, answers: new Array<FileAnswer | undefined>(batch.length), reported: 0, done: Promise.resolve() };
    batch = [];
    // Not normalized: the file system resolves the name as sha256sum -c has it resolve it (`sub/../a` through a linked `sub`
    // is not `a`, and `a/` is no file), and the real path it leads to is what must lie under the base.
    const paths = pending.entries.map((entry) => (isAbsolute(entry.name) ? entry.name : `${lexicalBase}${sep}${entry.name}`));
    pending.done = pool.hash(
      paths,
      pending.entries.map((entry) => [entry.algorithm]),
      (first, answers) => {
        answers.forEach((answer, position) => {
          pending.answers[first + position] = answer;
        });
        flush();
      },
      { within },
    );
    // Awaited in order below; marked handled here so a failure of a later batch is not unhandled meanwhile.
    pending.done.catch(() => undefined);
    window.push(pending);
  };
  try {
    for await (const entry of entries) {
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
