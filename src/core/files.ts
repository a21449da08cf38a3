import { randomBytes } from 'node:crypto';
// fs.promises rather than node:fs/promises: bundled, it then loads on first use, and it pulls in
// readline and the REPL history (about 2 ms) that a command reading only small inputs never needs.
import { closeSync, constants, fstatSync, linkSync, lstatSync, opendirSync, openSync, promises as fsp, readFileSync, readSync, renameSync, rmSync, writeSync, type Dir, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { TrustKitError, isTrustKitError, messageOf, systemErrorCode } from './errors.js';
import { makeDirectories } from './directories.js';
import { processPlace } from './process-place.js';
import { shownFile } from './quote.js';

export { makeDirectories } from './directories.js';

/** What trust-kit's bundle names end in: `.sigstore.json`, the name cosign and gh look for (`<file>.sigstore.json` signs `<file>`). */
export const BUNDLE_SUFFIX = '.sigstore.json';

/**
 * Writes a file so that readers see either the old content or the whole new one, never a half:
 * the bytes go to a temporary sibling, are flushed, then renamed over the target. With
 * `overwrite: false` they are linked into place instead, which fails (FILE_EXISTS) if the target
 * appeared in the meantime: no check-then-write race. `data` may come in chunks of text, written
 * one after the other as they are made (an error while making them leaves the target as it was).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>, mode = 0o644, options: { overwrite?: boolean } = {}): Promise<void> {
  await (await prepareFileAtomic(path, data, mode, options)).commit();
}

/**
 * A file whose bytes are written and flushed beside its target, waiting to be put in place. Files
 * that belong together (a key pair) are all prepared first, so that running out of space or
 * permission on one leaves every target as it was.
 */
export interface PreparedFile {
  /** The target: where the file is put in place. */
  readonly path: string;
  /** Puts the file in place (rename, or link without `overwrite`); on failure the temporary file is removed. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target is untouched. */
  discard(): Promise<void>;
  /**
   * {@link commit} without yielding to the event loop. Files put in place with it one right after
   * the other are all in place before a SIGINT or SIGTERM handler (which runs between turns of the
   * loop) can end the process: see {@link commitTogether}.
   */
  commitSync(): void;
}

/** How many files {@link prepareFilesAtomic} writes at once: each holds a descriptor while it is written. */
const PREPARE_AT_ONCE = 32;

/**
 * Prepares many files (see {@link prepareFileAtomic}), at most {@link PREPARE_AT_ONCE} at a time:
 * thousands at once (`attest --per-subject`) ran out of file descriptors (EMFILE). When one cannot
 * be written, the others are discarded and its error is thrown.
 */
export async function prepareFilesAtomic(files: readonly { path: string; data: string | Uint8Array }[]): Promise<PreparedFile[]> {
  const prepared: PreparedFile[] = [];
  let next = 0;
  let failure: { error: unknown } | undefined;
  const writer = async (): Promise<void> => {
    while (failure === undefined && next < files.length) {
      const index = next++;
      const file = files[index] as { path: string; data: string | Uint8Array };
      try {
        prepared[index] = await prepareFileAtomic(file.path, file.data);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PREPARE_AT_ONCE, files.length) }, writer));
  if (failure !== undefined) {
    await Promise.all(prepared.map((file) => file.discard()));
    throw failure.error;
  }
  return prepared;
}

/**
 * Puts files that belong together (several SBOM formats, attestations and their bundle, a key
 * pair) in place one right after the other, synchronously: a SIGINT or SIGTERM leaves all of them
 * old or all new, never half of each (only a SIGKILL between two renames can). Another trust-kit
 * putting files in the same directories at once waits for these (see {@link underCommitLock}), so
 * they end up all this run's or all the other's. When one cannot be put in place, the ones after
 * it are discarded and its error is thrown.
 */
export async function commitTogether(files: readonly PreparedFile[]): Promise<void> {
  let started = false;
  const commit = async (): Promise<void> => {
    started = true;
    // What stands where one goes that no rename replaces (a directory, a link, a device) is found before the first is put in place:
    // a later one failing left the earlier ones of this run beside the older ones of another.
    for (const file of files) {
      try {
        expectReplaceableOutput(file.path);
        if (lstatSync(file.path, { throwIfNoEntry: false })?.isDirectory() === true) {
          throw new TrustKitError('FILE_NOT_REGULAR', `output ${shownFile(file.path)} is a directory; trust-kit writes an output as a new regular file in its place`, { hint: 'name a file, not a directory, or remove the directory' });
        }
      } catch (error) {
        await Promise.all(files.map((each) => each.discard()));
        // A name too long to look at (ENAMETOOLONG) is one too long to write: the system's error, told as a write's.
        throw isTrustKitError(error) ? error : writeFailed(file.path, error);
      }
    }
    for (const [index, file] of files.entries()) {
      try {
        file.commitSync();
      } catch (error) {
        await Promise.all(files.slice(index + 1).map((rest) => rest.discard()));
        throw error;
      }
    }
  };
  try {
    await underCommitLock(files.map((file) => dirname(file.path)), commit);
  } catch (error) {
    // The lock was refused or could not be made: nothing was put in place.
    if (!started) await Promise.all(files.map((file) => file.discard()));
    throw error;
  }
}

/** The file that says a trust-kit is putting files that belong together in place in its directory. */
export const COMMIT_LOCK = '.trust-kit-commit.lock';
/** How long a run waits for another's commit lock: putting files in place takes microseconds, so only a stopped or hung holder keeps it this long. */
const COMMIT_LOCK_WAIT_MS = 10_000;
/** A lock file is a short line of JSON; anything longer is not one. */
const MAX_LOCK_BYTES = 256;

/** Who holds a commit lock: a process, where its id means something, when it started (Linux), and a nonce telling this holding from a later one by the same process. */
interface LockHolder {
  pid: number;
  place: string;
  nonce: string;
  /** The process's start time ({@link processStart}): a process id now another process's is told from the holder. */
  start?: string;
}

/** A process's start time in clock ticks since boot (`/proc/<pid>/stat` field 22), or undefined where it cannot be read (no /proc, no such process). */
function processStart(pid: number | 'self'): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    // The command name (field 2) may hold spaces and parentheses: fields are counted after its closing one.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** A lock file as read: its text and modification time, which tell it from a later lock at the same path, and the holder it names. */
interface LockFile {
  text: string;
  mtimeMs: number;
  holder: LockHolder | undefined;
}

/** The nonces of the commit locks this process holds now (see {@link isStale}). */
const heldNonces = new Set<string>();

/** A lock its maker has not written its holder into (made and written in one go, microseconds apart) after this long was left by a killed process. */
const UNWRITTEN_LOCK_MS = 2000;

/** The lock file at `path`, or undefined when it cannot be opened (gone, another user's); never through a link, never blocking. */
function readLock(path: string): LockFile | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    const bytes = Buffer.alloc(MAX_LOCK_BYTES + 1);
    const read = info.isFile() ? readSync(fd, bytes, 0, bytes.length, 0) : 0;
    const text = bytes.toString('utf8', 0, read);
    let holder: LockHolder | undefined;
    try {
      const { pid, place, nonce, start } = JSON.parse(text) as Record<string, unknown>;
      if (Number.isSafeInteger(pid) && typeof place === 'string' && typeof nonce === 'string') holder = { pid: pid as number, place, nonce, ...(typeof start === 'string' ? { start } : {}) };
    } catch {
      // Not written yet, or not a lock trust-kit wrote: no holder.
    }
    return { text, mtimeMs: info.mtimeMs, holder };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether a lock was left by a killed process: its holder is known to have ended (asked only in
 * this place; a process id now another process's, known from its start time, counts as ended), or
 * it was never written.
 */
function isStale(lock: LockFile): boolean {
  const { holder } = lock;
  if (holder === undefined) return Date.now() - lock.mtimeMs > UNWRITTEN_LOCK_MS;
  if (holder.place !== processPlace()) return false;
  // This process holds it only under a nonce it holds now: any other is a holding of it since
  // ended (or of an earlier process of this id), which it would otherwise wait for, then refuse.
  if (holder.pid === process.pid) return !heldNonces.has(holder.nonce);
  if (!processRuns(holder.pid)) return true;
  const start = holder.start === undefined ? undefined : processStart(holder.pid);
  return start !== undefined && start !== holder.start;
}

/**
 * The name of a temporary file beside `path`, as trust-kit names every one: after the target when that
 * fits (a name takes at most 255 bytes, and this adds up to 40), and after this process and its place,
 * so that a later write from the same place removes it if a SIGKILL left it (see temporaryNameParts).
 */
export function temporaryBeside(path: string): string {
  const named = Buffer.byteLength(basename(path)) <= MAX_NAMED_TEMPORARY_BYTES ? basename(path) : 'trust-kit';
  return join(dirname(path), `.${named}.${randomBytes(6).toString('hex')}.${process.pid}.${processPlace()}.tmp`);
}

/**
 * Removes the lock a killed holder left (SIGKILL; other signals remove it), unless another process
 * took it meanwhile: it is moved aside first (only one process can move it), and put back when what
 * was moved is not the stale lock that was read (other text or time: a new holder's). Returns
 * false when it cannot be moved (another user's, in a sticky directory such as /tmp): it stays.
 */
function removeStaleLock(path: string, stale: LockFile): boolean {
  // Named as a temporary file: a SIGKILL right now leaves it for the next write there to remove.
  const aside = temporaryBeside(path);
  try {
    renameSync(path, aside);
  } catch (error) {
    // Gone meanwhile (another run removed it): worth another try at once.
    return systemErrorCode(error) === 'ENOENT';
  }
  const moved = readLock(aside);
  if (moved?.text !== stale.text || moved.mtimeMs !== stale.mtimeMs) {
    try {
      linkSync(aside, path);
    } catch {
      // A third process made a lock in the instant between: this one is dropped, as a killed holder's would be.
    }
  }
  try {
    rmSync(aside, { force: true });
  } catch {
    // Left for the next write there to remove (named as a temporary file).
  }
  return true;
}

/**
 * Runs `commit` holding the commit lock of each directory (`.trust-kit-commit.lock`, made in order
 * of their names so that two runs never each hold one the other waits for). A lock held by another
 * process is waited for up to `waitMs`, then refused (FILE_LOCKED, naming the holder); one whose
 * holder is known to have ended (same host, boot and pid namespace, and no such process) is
 * removed. A signal removes this run's locks with its temporary files.
 */
export async function underCommitLock<T>(directories: readonly string[], commit: () => Promise<T>, waitMs = COMMIT_LOCK_WAIT_MS): Promise<T> {
  const held: { lock: string; nonce: string }[] = [];
  try {
    // Resolved first: one directory named two ways is one lock, never one this process would wait for.
    for (const dir of [...new Set(directories.map((directory) => resolve(directory)))].sort()) held.push(await takeCommitLock(dir, Date.now() + waitMs));
    return await commit();
  } finally {
    for (const { lock, nonce } of held.reverse()) {
      try {
        rmSync(lock, { force: true });
      } catch {
        // The files are in place: a lock that cannot be removed is taken for a killed run's by the next run (its process has ended).
      }
      temporaries.delete(lock);
      heldNonces.delete(nonce);
    }
  }
}

/** Takes `dir`'s commit lock before `deadline` (see {@link underCommitLock}); returns the lock's path and the nonce it holds it under. */
async function takeCommitLock(dir: string, deadline: number): Promise<{ lock: string; nonce: string }> {
  const lock = join(dir, COMMIT_LOCK);
  const start = processStart('self');
  const holder: LockHolder = { pid: process.pid, place: processPlace(), nonce: randomBytes(6).toString('hex'), ...(start === undefined ? {} : { start }) };
  for (;;) {
    // Registered before it is made: a signal (whose handler runs between turns of the event loop, never inside this synchronous part) removes it.
    temporaries.add(lock);
    let fd: number | undefined;
    try {
      fd = openSync(lock, 'wx', 0o644);
      writeSync(fd, JSON.stringify(holder));
      // In the same synchronous run as the lock's making: no other holding of this process sees it without its nonce.
      heldNonces.add(holder.nonce);
      return { lock, nonce: holder.nonce };
    } catch (error) {
      if (fd !== undefined) rmSync(lock, { force: true });
      temporaries.delete(lock);
      if (fd !== undefined || systemErrorCode(error) !== 'EEXIST') throw writeFailed(lock, error);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    const other = readLock(lock);
    // One that cannot be removed is waited for as a live one is, then refused: retried at once, it kept this synchronous loop busy forever.
    const stale = other !== undefined && isStale(other);
    if (stale && removeStaleLock(lock, other)) continue;
    if (Date.now() >= deadline) {
      const who = other?.holder === undefined ? 'another trust-kit' : `trust-kit process ${other.holder.pid}${stale ? ' (which has ended, but this user cannot remove its lock)' : other.holder.place === processPlace() ? '' : ' (of another host, boot or pid namespace: another container sharing the volume)'}`;
      throw new TrustKitError('FILE_LOCKED', `${dir} is locked by ${who}, which is putting files in place there (${lock})`, {
        hint: `wait for it to finish and run again, or write to another directory; if no trust-kit writes there, remove ${lock}`,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Options of {@link prepareFileAtomic}. */
export interface PrepareOptions {
  /** False: put the file in place only if the target does not exist. */
  overwrite?: boolean;
  /**
   * For secret bytes: given a synchronous removal of the temporary file before the file is made,
   * returns what undoes the registration, called once the file is gone (put in place or
   * removed). The CLI passes secrets' onPurge, so that a signal leaves no key file behind.
   */
  whileTemporary?: (remove: () => void) => () => void;
}

/** Temporary files of writes not yet put in place or removed: what {@link removeTemporaryFiles} removes. */
const temporaries = new Set<string>();

/**
 * Registers a file this run made for its own use (a claim on a directory) to be removed by
 * {@link removeTemporaryFiles}, as temporary files are, so a SIGINT or SIGTERM does not leave it
 * behind; returns what unregisters it, for once the run has removed it or failed to make it (a
 * file another run made must never be removed by this one's signal).
 */
export function removedOnSignal(path: string): () => void {
  temporaries.add(path);
  return () => {
    temporaries.delete(path);
  };
}

/** Private temporary directories of this run (a TUF cache of its own): what {@link removeTemporaryFiles} removes, with what they hold. */
const temporaryDirectories = new Set<string>();

/**
 * Registers a private temporary directory this run made (with mkdtemp) to be removed with all it
 * holds by {@link removeTemporaryFiles}, so that a SIGINT or SIGTERM does not leave it behind;
 * returns what unregisters it, for once the run has removed it.
 */
export function directoryRemovedOnSignal(path: string): () => void {
  temporaryDirectories.add(path);
  return () => {
    temporaryDirectories.delete(path);
  };
}

/** A private temporary directory of this run, removed on SIGINT and SIGTERM too until `remove` is called. */
export interface TemporaryDirectory {
  readonly path: string;
  /** Removes it with all it holds (errors ignored) and forgets it. */
  remove(): Promise<void>;
}

/**
 * Makes a private temporary directory (`mkdtemp` under the system's, named `prefix` and six random
 * characters) that a SIGINT or SIGTERM removes with the rest of the run's temporary files: one
 * removed in a `finally` only is left behind by a signal, whose handler ends the process.
 */
export async function makeTemporaryDirectory(prefix: string): Promise<TemporaryDirectory> {
  const path = await fsp.mkdtemp(join(tmpdir(), prefix));
  const unregister = directoryRemovedOnSignal(path);
  return {
    path,
    async remove() {
      await fsp.rm(path, { recursive: true, force: true }).catch(() => undefined);
      unregister();
    },
  };
}

/**
 * Removes, synchronously, the temporary file of every write not yet put in place: for the SIGINT
 * and SIGTERM handlers of entry points, which end the process before those writes finish (their
 * targets stay as they were). A SIGKILL leaves them (`.NAME.XXXXXXXXXXXX.PID.PLACE.tmp` beside the
 * target), for the next write in that directory from the same place to remove.
 */
export function removeTemporaryFiles(): void {
  for (const path of temporaries) {
    temporaries.delete(path);
    try {
      rmSync(path, { force: true });
    } catch {
      // A file that cannot be removed (a read-only directory) must not stop the others' removal.
    }
  }
  for (const path of temporaryDirectories) {
    temporaryDirectories.delete(path);
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // As for files: the others are still removed.
    }
  }
}

/** The most bytes a file's name may have on the file systems a run writes to (ext4, xfs, APFS). */
export const MAX_NAME_BYTES = 255;

/** Whether a path's last part is longer than a file's name may be: writing it fails with ENAMETOOLONG. */
export function nameTooLong(path: string): boolean {
  return Buffer.byteLength(basename(path)) > MAX_NAME_BYTES;
}

/** FILE_WRITE_FAILED for `path`, saying what stands in the way: the system's words name the temporary file or the directory being made, which the user never named. */
function writeFailed(path: string, error: unknown, making?: 'directory'): TrustKitError {
  const code = systemErrorCode(error);
  const [why, hint] =
    making === 'directory' && (code === 'EEXIST' || code === 'ENOTDIR')
      ? ['a file stands where a directory of its path must be', 'give a path whose directories are directories, or move the file in the way']
      : code === 'EISDIR'
        ? ['it is a directory', 'give the path of a file to write, not a directory']
        : code === 'ENAMETOOLONG'
          ? [`its name is longer than the ${MAX_NAME_BYTES} bytes a file name may have, or its path longer than the system takes`, 'give it a shorter name or path']
          : [messageOf(error), 'check that the directory exists, is writable and has free space'];
  return new TrustKitError('FILE_WRITE_FAILED', `could not write ${path}: ${why}`, { cause: error, hint });
}

/** The longest target name (in bytes) a temporary file is named after: with the at most 40 bytes added it stays within the 255 a name may have. */
const MAX_NAMED_TEMPORARY_BYTES = 200;

/** Whether a process of this id runs (as any user); false only when there is none. */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return systemErrorCode(error) !== 'ESRCH';
  }
}

/**
 * A temporary file of this module: `.NAME.XXXXXXXXXXXX.PID.PLACE.tmp`, with the target's name (or
 * `trust-kit`), the id of the process writing it and where that id means something
 * ({@link processPlace}).
 */
const TEMPORARY_NAME = /^\.(.+)\.[0-9a-f]{12}\.([1-9][0-9]{0,9})\.([0-9a-f]{8})\.tmp$/;

/** The process id and place a temporary file of this module is named with, or undefined for a name this module never gives one (a target's name longer than it names one after is not). */
function temporaryNameParts(name: string): { pid: number; place: string } | undefined {
  const [, target, pid, place] = TEMPORARY_NAME.exec(name) ?? [];
  if (target === undefined || pid === undefined || place === undefined || Buffer.byteLength(target) > MAX_NAMED_TEMPORARY_BYTES) return undefined;
  return { pid: Number(pid), place };
}

/**
 * What trust-kit itself writes under the name `name` beside the files it puts in place: the
 * directory's commit lock or an unfinished write's temporary file, which only a SIGKILL leaves (or a
 * trust-kit still writing there holds); undefined for any other name. The shapes are matched exactly
 * (`.trust-kit-commit.lock`; `.NAME.` 12 hexadecimal digits, a process id, 8 hexadecimal digits,
 * `.tmp`), so that a user's file named alike is not taken for one. The shapes of development builds
 * before the place was added (`.NAME.XXXXXXXXXXXX.PID.tmp`, `.NAME.XXXXXXXXXXXX.tmp`) are not
 * matched: looser, they would take more of users' own names, and their process ids name no place,
 * so no sweep could tell a killed writer's from a live one's in another container.
 */
export function trustKitFileKind(name: string): 'commit lock' | 'temporary file' | undefined {
  // Both shapes start with a dot: a walk of many files asks of each, and most are told at their first character.
  if (name.charCodeAt(0) !== 0x2e) return undefined;
  if (name === COMMIT_LOCK) return 'commit lock';
  return temporaryNameParts(name) === undefined ? undefined : 'temporary file';
}

/** What trust-kit makes a directory of each name for (see {@link trustKitDirectoryKind}). */
const TRUST_KIT_DIRECTORY_KINDS = { staging: 'staging directory', replaced: 'replaced output directory', kept: 'kept output directory' } as const;

/**
 * What trust-kit made a directory of this name for, if it did: a release's staging directory
 * (`.OUT.trust-kit-staging-XXXXXXXXXXXX`, its files before they become the output directory), the
 * earlier output it moved aside while replacing it (`.OUT.trust-kit-replaced-XXXXXXXXXXXX`, which
 * the next release into OUT puts back), or such an earlier output kept for the user because OUT was
 * made again since (`.OUT.trust-kit-kept-XXXXXXXXXXXX`). Only a run that was killed leaves any.
 */
export function trustKitDirectoryKind(name: string): (typeof TRUST_KIT_DIRECTORY_KINDS)[keyof typeof TRUST_KIT_DIRECTORY_KINDS] | undefined {
  if (name.charCodeAt(0) !== 0x2e) return undefined;
  const kind = /^\..+\.trust-kit-(staging|replaced|kept)-[0-9a-f]{12}$/s.exec(name)?.[1] as keyof typeof TRUST_KIT_DIRECTORY_KINDS | undefined;
  return kind === undefined ? undefined : TRUST_KIT_DIRECTORY_KINDS[kind];
}

/**
 * Directories this process looked in for dead writers' temporary files: each once, so that many
 * writes into one directory (a bundle per artifact) read it once, not once per write.
 */
const swept = new Set<string>();

/** Removes a file, if this process may. */
function removeIfAllowed(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Not ours to remove after all (another user's directory): the write does not depend on it.
  }
}

/**
 * Removes the temporary files that writers killed by SIGKILL left in `dir` (nothing else can
 * remove them): those named as this module names them, by a process of this place (host, boot and
 * pid namespace) whose id no longer runs. Another place's files are left: its process ids cannot
 * be asked about from here (in another container sharing the volume, a live writer's id may be
 * free here), and a live writer's file must never go. A process id now reused keeps its file
 * until a later process writes there. Only regular
 * files are removed, never through a link; the listing is streamed (constant memory, however many
 * files the directory holds); failures are ignored (the write does not depend on it). Synchronous:
 * a directory of a few entries is read in microseconds, where each wait on the thread pool cost a
 * write a millisecond or more; one of 20,000 keeps the event loop for a few milliseconds.
 */
function removeDeadWritersTemporaries(dir: string): void {
  if (swept.has(dir)) return;
  swept.add(dir);
  let entries: Dir;
  try {
    entries = opendirSync(dir);
  } catch {
    return;
  }
  try {
    for (let entry = entries.readSync(); entry !== null; entry = entries.readSync()) {
      const parts = temporaryNameParts(entry.name);
      if (parts !== undefined && parts.place === processPlace() && entry.isFile() && parts.pid !== process.pid && !processRuns(parts.pid)) removeIfAllowed(join(dir, entry.name));
    }
  } catch {
    // A directory that cannot be listed to its end: what was found is removed.
  } finally {
    try {
      entries.closeSync();
    } catch {
      // Only listed: nothing is lost.
    }
  }
}

/** Writes `data` to a flushed temporary sibling of `path`, to be put in place by {@link PreparedFile.commit}. */
export async function prepareFileAtomic(path: string, data: string | Uint8Array | Iterable<string>, mode = 0o644, options: PrepareOptions = {}): Promise<PreparedFile> {
  const dir = dirname(path);
  expectReplaceableOutput(path);
  const temporary = temporaryBeside(path);
  const unregisterSecret = options.whileTemporary?.(() => rmSync(temporary, { force: true }));
  // Before the file is made: a signal between its creation and the end of this write removes it.
  temporaries.add(temporary);
  const unregister = (): void => {
    temporaries.delete(temporary);
    unregisterSecret?.();
  };
  const discard = async (): Promise<void> => {
    await fsp.rm(temporary, { force: true }).catch(() => undefined);
    unregister();
  };
  const failed = async (error: unknown, making?: 'directory'): Promise<never> => {
    await discard();
    if (isTrustKitError(error)) throw error;
    throw writeFailed(path, error, making);
  };
  try {
    await makeDirectories(dir);
  } catch (error) {
    return failed(error, 'directory');
  }
  try {
    removeDeadWritersTemporaries(dir);
    // Made synchronously: a SIGINT or SIGTERM handler (which runs between turns of the event loop)
    // then finds the file made and registered, never a creation still under way on the thread pool
    // that would make it after the handler removed the temporary files.
    closeSync(openSync(temporary, 'wx', mode));
    const handle = await fsp.open(temporary, 'r+');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return failed(error);
  }
  const commit = async (): Promise<void> => {
    try {
      if (options.overwrite === false) {
        await fsp.link(temporary, path).catch((error: unknown) => {
          if (systemErrorCode(error) !== 'EEXIST') throw error;
          throw new TrustKitError('FILE_EXISTS', `${path} already exists; not overwriting it`, { cause: error, hint: 'remove it or choose another path' });
        });
        await fsp.rm(temporary, { force: true });
      } else {
        // Again at the last moment: a device or a link put there while the file was written is not replaced either.
        expectReplaceableOutput(path);
        await fsp.rename(temporary, path);
      }
      unregister();
    } catch (error) {
      await failed(error);
    }
  };
  const commitSync = (): void => {
    try {
      if (options.overwrite === false) {
        try {
          linkSync(temporary, path);
        } catch (error) {
          if (systemErrorCode(error) !== 'EEXIST') throw error;
          throw new TrustKitError('FILE_EXISTS', `${path} already exists; not overwriting it`, { cause: error, hint: 'remove it or choose another path' });
        }
        rmSync(temporary, { force: true });
      } else {
        expectReplaceableOutput(path);
        renameSync(temporary, path);
      }
      unregister();
    } catch (error) {
      rmSync(temporary, { force: true });
      unregister();
      if (isTrustKitError(error)) throw error;
      throw writeFailed(path, error);
    }
  };
  return { path, commit, discard, commitSync };
}

const MiB = 1024 * 1024;

/**
 * The most trust-kit reads of each kind of input file (docs/security/limits.md lists them). Each
 * is far above any real file of its kind, and small enough that a hostile one costs little.
 */
export const INPUT_LIMITS = {
  /** A Sigstore bundle: room for a DSSE attestation whose predicate is at GitHub's 16 MB limit, base64-encoded. */
  bundle: 32 * MiB,
  /** A file of attestation bundles, one a line (`.intoto.jsonl`): `attest --per-subject` writes about 9 KiB a file, so 10,000 lines of it and room to spare. */
  attestationLines: 256 * MiB,
  /** The bundles read from one such file (gh reads any number), and so the statements one `attest` run makes at most: it never writes a file its verifier refuses. */
  attestationBundles: 10_000,
  /** A trusted root, JSON or the JSONL `gh attestation trusted-root` prints (real ones are tens of KiB). */
  trustedRoot: 4 * MiB,
  /** A PEM public key (real ones are under 1 KiB). */
  publicKey: 64 * 1024,
  /** A PEM private key or cosign key file (real ones are under 1 KiB). */
  privateKey: 64 * 1024,
  /** One line of a checksums file, which is streamed and has no total cap: a 4096-byte path escaped, its digest and markers. */
  checksumsLine: 16 * 1024,
  /** A checksums file read whole, when its signature cannot be checked from a digest (Ed25519 or RSA keys). */
  checksumsWhole: 256 * MiB,
  /** A lockfile or manifest an SBOM is made from (the biggest real ones are tens of MiB); a symbolic link to a device is refused. */
  lockfile: 256 * MiB,
  /** A module's go.mod read from the Go module cache for the SBOM's module edges (real ones are a few KiB). */
  cachedGoMod: MiB,
  /** An artifact read whole (signing, or a key that cannot verify a digest): the most Node reads into one buffer. */
  artifactWhole: 2 ** 31 - 1,
} as const;

/** Options of {@link openRegularFile} and {@link readRegularFile}. */
export interface RegularFileOptions {
  /** Refuse the file when it holds more bytes than this. */
  maxBytes: number;
  /** What the file is, for messages: "bundle", "trusted root", "private key". */
  what: string;
  /** The path as the user wrote it, for messages; defaults to `path`. */
  shown?: string;
  /** Refuse a path that is a symbolic link (ELOOP) rather than follow it: a file listed as a regular file and swapped for a link since. */
  noFollow?: boolean;
}

/**
 * Whether a file read through one descriptor changed during the read: a size other than the bytes
 * read, or a write (modification or change time moved) between the two looks. Not seen: a write of
 * the same size in the same tick of the kernel's coarse clock (a few milliseconds) as the first
 * look, which leaves both times as they were.
 */
export function changedWhileRead(before: Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs'>, after: Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs'>, bytesRead: number): boolean {
  return before.size !== bytesRead || after.size !== bytesRead || after.mtimeMs !== before.mtimeMs || after.ctimeMs !== before.ctimeMs;
}

/** FILE_CHANGED: what was read of the file is bytes it never held at one moment. */
export function fileChanged(what: string, shown: string, bytesRead: number, expected: number | string): TrustKitError<'FILE_CHANGED'> {
  return new TrustKitError('FILE_CHANGED', `${what} ${shownFile(shown)} changed while it was read (${bytesRead} bytes read, ${expected} when it was opened)`, {
    hint: 'something wrote to it meanwhile: make sure nothing writes to it until trust-kit is done, then run again',
  });
}

/** A regular file opened for reading, with its size and permission bits when it was opened. */
export interface OpenedFile {
  handle: FileHandle;
  size: number;
  /** `st_mode` of the opened file, so that callers check the permissions of the very file they read. */
  mode: number;
  /** Its modification and change times when opened, so that a reader can tell a write made while it read. */
  mtimeMs: number;
  ctimeMs: number;
}

function formatBytes(bytes: number): string {
  if (bytes % MiB === 0) return `${bytes / MiB} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

function tooLarge(options: RegularFileOptions, path: string, size: string): TrustKitError {
  return fileTooLarge(options.what, options.shown ?? path, size, options.maxBytes);
}

/** FILE_TOO_LARGE for a `what` file (shown as `shown`) of `size` (bytes, or a phrase), past `maxBytes`; for a bound known only once the file is read. */
export function fileTooLarge(what: string, shown: string, size: number | string, maxBytes: number): TrustKitError {
  return new TrustKitError('FILE_TOO_LARGE', `${what} ${shownFile(shown)} holds ${typeof size === 'number' ? formatBytes(size) : size}, more than the ${formatBytes(maxBytes)} trust-kit reads for a ${what}`, {
    hint: `check that this is the right file; docs/security/limits.md lists the bound for each input`,
  });
}

function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Refuses an output path where something other than a regular file stands (a symbolic link, a
 * device, a named pipe, a socket): a write puts its file in place by renaming over the path, which
 * would replace that thing (`/dev/null` itself, a link the user keeps) instead of writing to it.
 * A directory is left to the rename, which fails on it. Errors looking (no permission) are left to
 * the write, which reports them.
 */
export function expectReplaceableOutput(path: string): void {
  const kind = unreplaceableKind(path);
  if (kind === undefined) return;
  throw new TrustKitError('FILE_NOT_REGULAR', `output ${shownFile(path)} is ${kind}; trust-kit writes an output as a new regular file in its place, which would replace ${kind === 'a symbolic link' ? 'the link' : 'it'}`, {
    hint: kind === 'a symbolic link' ? 'give the path of the file itself, or remove the link' : 'give the path of a regular file; to print an output, leave the output flag out where the command prints by default (see its --help)',
  });
}

/**
 * What stands at an output's path that writing the output would replace rather than write to: a
 * symbolic link, a device, a named pipe or a socket; undefined for nothing, a regular file or a
 * directory (which the rename fails on), or a path that cannot be looked at (the write reports it).
 */
export function unreplaceableKind(path: string): string | undefined {
  let info: Stats | undefined;
  try {
    info = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (info === undefined || info.isFile() || info.isDirectory()) return undefined;
  return info.isSymbolicLink() ? 'a symbolic link' : kindOf(info);
}

/** Refuses what an opened input file must not be: anything but a regular file, or one larger than `maxBytes`. */
function expectRegularFile(info: Stats, options: RegularFileOptions, path: string): void {
  if (!info.isFile()) {
    throw new TrustKitError('FILE_NOT_REGULAR', `${options.what} ${shownFile(options.shown ?? path)} is ${kindOf(info)}, not a regular file`, {
      hint: `give the path of the ${/\bfile$/.test(options.what) ? options.what : `${options.what} file`} itself; pipes, devices and directories are refused so that reading cannot block or run forever`,
    });
  }
  if (info.size > options.maxBytes) throw tooLarge(options, path, formatBytes(info.size));
}

/**
 * Opens an input file that must be a regular file of at most `maxBytes`. The open never blocks (a
 * named pipe with no writer would hang a plain open) and the type is checked on the opened
 * descriptor, so a path swapped after a check cannot slip a pipe or a device in. System errors
 * (ENOENT, EACCES) are thrown as they are, for callers to word; the two refusals are
 * FILE_NOT_REGULAR and FILE_TOO_LARGE.
 */
export async function openRegularFile(path: string, options: RegularFileOptions): Promise<OpenedFile> {
  const handle = await fsp.open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY | (options.noFollow === true ? (constants.O_NOFOLLOW ?? 0) : 0));
  try {
    const info = await handle.stat();
    expectRegularFile(info, options, path);
    return { handle, size: info.size, mode: info.mode, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * Reads a whole input file that must be a regular file of at most `maxBytes` (see
 * {@link openRegularFile}); a file that grows past the cap while it is read is refused too.
 */
export async function readRegularFile(path: string, options: RegularFileOptions & { unchanged?: boolean }): Promise<Buffer> {
  const opened = await openRegularFile(path, options);
  const { handle, size } = opened;
  // What is signed must be bytes the file held at one moment: a file written to meanwhile is refused.
  const read = async (bytes: Buffer): Promise<Buffer> => {
    if (options.unchanged === true && changedWhileRead(opened, await handle.stat(), bytes.length)) throw fileChanged(options.what, options.shown ?? path, bytes.length, size);
    return bytes;
  };
  try {
    // One byte more than the size tells a file that grew since fstat; growth is followed up to the cap.
    let buffer = Buffer.allocUnsafe(Math.min(options.maxBytes, size) + 1);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        if (filled > options.maxBytes) throw tooLarge(options, path, `more than ${formatBytes(options.maxBytes)}`);
        const larger = Buffer.allocUnsafe(Math.min(options.maxBytes + 1, buffer.length * 2));
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) return await read(buffer.subarray(0, filled));
      filled += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/** {@link openRegularFile} without the event loop: the descriptor, which the caller closes, and what fstat said of it. */
function openRegularFileSync(path: string, options: RegularFileOptions): { fd: number; info: Stats } {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const info = fstatSync(fd);
    expectRegularFile(info, options, path);
    return { fd, info };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/**
 * The first `bytes` bytes of a regular file (fewer when it is shorter), refused as
 * {@link readRegularFileSync} refuses a file: for telling a file's kind by its header among
 * thousands, where waits on the thread pool cost more than the reading.
 */
export function readRegularFileHeadSync(path: string, bytes: number, options: Pick<RegularFileOptions, 'what' | 'shown'>): Buffer {
  // Of any size: only its head is read.
  const { fd } = openRegularFileSync(path, { ...options, maxBytes: Number.MAX_SAFE_INTEGER });
  try {
    const head = Buffer.alloc(bytes);
    return head.subarray(0, readSync(fd, head, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * {@link readRegularFile} without the event loop: for the few small inputs a short command needs
 * before it can do anything else (a bundle, a trusted root), where four round trips through the
 * thread pool per file cost more than the reading. The same refusals and bounds.
 */
export function readRegularFileSync(path: string, options: RegularFileOptions): Buffer {
  const { fd, info } = openRegularFileSync(path, options);
  try {
    let buffer = Buffer.allocUnsafe(Math.min(options.maxBytes, info.size) + 1);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        if (filled > options.maxBytes) throw tooLarge(options, path, `more than ${formatBytes(options.maxBytes)}`);
        const larger = Buffer.allocUnsafe(Math.min(options.maxBytes + 1, buffer.length * 2));
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) return buffer.subarray(0, filled);
      filled += bytesRead;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Streams a regular file (see {@link openRegularFile}) in chunks of up to `chunkBytes`, for files
 * that have no total cap because they are never held whole. Each chunk is valid until the next
 * is asked for: the buffer is reused.
 */
export async function* regularFileChunks(path: string, options: Omit<RegularFileOptions, 'maxBytes'> & { chunkBytes?: number }): AsyncGenerator<Buffer> {
  const { handle } = await openRegularFile(path, { ...options, maxBytes: Number.MAX_SAFE_INTEGER });
  try {
    const buffer = Buffer.allocUnsafe(options.chunkBytes ?? MiB);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
