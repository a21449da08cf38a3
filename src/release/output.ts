import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, readFile, readdir, realpath, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { messageOf, systemErrorCode } from '../core/errors.js';
import { isPathWithin, makeDirectories } from '../core/files.js';
import { ReleaseError } from './errors.js';

/** A directory the output directory must neither be nor contain, named for the error. */
export interface KeptDirectory {
  path: string;
  /** What it is, for the message: `the working directory`, `the base directory`. */
  what: string;
}

/**
 * Where a run's files go. Each run writes into a fresh staging directory beside the output
 * directory (so on the same file system) and moves it into place as a whole when it ends: the
 * output directory never holds files of two runs side by side.
 */
export interface OutputPlan {
  /** The output directory as named, absolute: the paths a run reports. */
  outputDir: string;
  /** Its real path (that of the part that exists, when it does not yet): what is replaced, and what the staging directory is made beside. */
  target: string;
  /** Whether an output directory holding files (an earlier run's) is replaced. */
  force: boolean;
}

/**
 * The real path of `path`, also when it does not exist yet: the longest part that exists with its
 * links resolved, and the rest as named. Two names of one directory (through a link and not) give
 * the same answer.
 */
export async function realPathOf(path: string): Promise<string> {
  const missing: string[] = [];
  for (let at = resolve(path); ; ) {
    try {
      return join(await realpath(at), ...missing);
    } catch (error) {
      const parent = dirname(at);
      if (parent === at || !['ENOENT', 'ENOTDIR'].includes(systemErrorCode(error) ?? '')) return resolve(path);
      missing.unshift(basename(at));
      at = parent;
    }
  }
}

/**
 * Checks, before any work, that the output directory can take this run's files: it is a directory
 * (or absent), it is not and does not contain a directory the run reads (replacing it would
 * delete them), and it is empty unless `force`.
 */
export async function planOutput(outputDir: string, options: { force: boolean; keep: readonly KeptDirectory[] }): Promise<OutputPlan> {
  let exists = false;
  try {
    const info = await lstat(outputDir);
    const directory = info.isDirectory() || (info.isSymbolicLink() && (await stat(outputDir).then((linked) => linked.isDirectory(), () => false)));
    if (!directory) {
      throw new ReleaseError('RELEASE_OUTPUT_NOT_DIRECTORY', `the output directory ${outputDir} exists and is not a directory`, {
        hint: 'choose another output directory (--output-dir, input "output-dir"), or remove that file',
      });
    }
    exists = true;
  } catch (error) {
    if (error instanceof ReleaseError) throw error;
    if (systemErrorCode(error) !== 'ENOENT') throw outputFailed(`cannot look at the output directory ${outputDir}`, error);
  }
  // Compared as real paths: the output directory and a kept one may be named through different links.
  const target = await realPathOf(outputDir);
  if (exists) await refuseMountPoint(outputDir, target);
  for (const kept of options.keep) {
    const path = resolve(kept.path);
    if (isPathWithin(outputDir, path) || isPathWithin(target, await realPathOf(path))) {
      throw new ReleaseError('RELEASE_OUTPUT_OVERLAPS', `the output directory ${outputDir} is or contains ${kept.what} ${path}; a release replaces its output directory as a whole`, {
        hint: 'give trust-kit an output directory of its own, such as trust-kit-out (it may lie inside the base directory: it is never hashed)',
      });
    }
  }
  if (exists) {
    const entries = await readdir(target).catch((error: unknown) => {
      throw outputFailed(`cannot list the output directory ${outputDir}`, error);
    });
    if (entries.length > 0 && !options.force) throw notEmpty(outputDir, entries);
  }
  return { outputDir, target, force: options.force };
}

/**
 * Refuses an output directory on another file system than its parent (a container's volume, a
 * tmpfs): the run's staging directory, made beside it, could never be renamed into its place, and
 * the run would fail after all its work.
 */
async function refuseMountPoint(outputDir: string, target: string): Promise<void> {
  const [own, parent] = await Promise.all([stat(target), stat(dirname(target))]).catch((error: unknown) => {
    throw outputFailed(`cannot look at the output directory ${outputDir}`, error);
  });
  if (own.dev === parent.dev) return;
  throw new ReleaseError('RELEASE_OUTPUT_MOUNT_POINT', `the output directory ${outputDir} is a mount point (another file system than its parent's), and a release replaces its output directory as a whole by renaming a directory made beside it`, {
    hint: 'name a directory inside it as the output directory, such as out/release for a volume mounted at out',
  });
}

function notEmpty(outputDir: string, entries: readonly string[]): ReleaseError {
  const shown = [...entries].sort().slice(0, 5).join(', ');
  return new ReleaseError(
    'RELEASE_OUTPUT_NOT_EMPTY',
    `the output directory ${outputDir} is not empty (${shown}${entries.length > 5 ? `, and ${entries.length - 5} more` : ''}); a release never leaves files of another run beside its own`,
    { hint: 'remove it, choose another output directory, or replace it with this run\'s files with --force (input "force: true")' },
  );
}

function outputFailed(message: string, error: unknown): ReleaseError {
  // ENOTDIR alone does not say which part of the path is wrong, nor that the user can fix it.
  if (systemErrorCode(error) === 'ENOTDIR') {
    return new ReleaseError('RELEASE_OUTPUT_FAILED', `${message}: a file stands where a directory of its path must be`, {
      cause: error,
      hint: 'choose an output directory whose parents are directories (--output-dir, input "output-dir"), or move the file in the way',
    });
  }
  return new ReleaseError('RELEASE_OUTPUT_FAILED', `${message}: ${systemErrorCode(error) ?? messageOf(error)}`, {
    cause: error,
    hint: 'check that the output directory\'s parent exists or can be created, is writable and has free space',
  });
}

/** The start of the names of a plan's staging and replaced directories, siblings of the output directory. */
function siblingPrefix(plan: OutputPlan): string {
  return join(dirname(plan.target), `.${basename(plan.target)}.trust-kit-`);
}

/**
 * Whether a path belongs to the output directory or to a staging directory beside it (this run's,
 * or one an interrupted run left): never an artifact of the release. Paths are compared as named
 * and as real: a walk through a linked directory sees the staging directories under the link's path.
 */
export function isOutputPath(plan: OutputPlan, path: string): boolean {
  const siblings = [siblingPrefix(plan), join(dirname(plan.outputDir), basename(siblingPrefix(plan)))];
  return isPathWithin(plan.outputDir, path) || isPathWithin(plan.target, path) || siblings.some((prefix) => path.startsWith(prefix));
}

/**
 * The file in a staging directory that names the process holding it. A staging directory is
 * trust-kit's own only with this file in it; it is taken out just before the directory is
 * published (or kept for the user), so only a run that was killed leaves it behind.
 */
const STAGING_MARKER = '.trust-kit-staging';
/** What follows a staging directory's prefix: the 6 random bytes {@link makeStagingDirectory} names it with. */
const STAGING_SUFFIX = /^staging-[0-9a-f]{12}$/;
/** A marker is a short line of JSON; anything longer is not one. */
const MAX_MARKER_BYTES = 512;

/** Who holds a staging directory: a process on a host, and when it started (Linux), which tells a reused process id from the holder. */
interface StagingHolder {
  pid: number;
  host: string;
  /** The process's start time in clock ticks since boot (`/proc/<pid>/stat` field 22); absent where there is no /proc. */
  start?: string;
}

/** A process's start time from /proc, or undefined where it cannot be read. */
async function processStart(pid: number | 'self'): Promise<string | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'latin1');
    // The command name (field 2) may hold spaces and parentheses: fields are counted after its closing one.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** The holder a marker file names, or undefined when it is not a marker trust-kit wrote (missing, a link, not a regular file, too long, not its JSON). */
async function readHolder(marker: string): Promise<StagingHolder | undefined> {
  let handle;
  try {
    // O_NOFOLLOW: a link in place of the marker is not read through; O_NONBLOCK: a FIFO cannot stall the open.
    handle = await open(marker, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    if (!(await handle.stat()).isFile()) return undefined;
    // One bounded read: a marker that grew past the limit is not one.
    const bytes = Buffer.alloc(MAX_MARKER_BYTES + 1);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    if (bytesRead > MAX_MARKER_BYTES) return undefined;
    const parsed: unknown = JSON.parse(bytes.toString('utf8', 0, bytesRead));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { pid, host, start } = parsed as Record<string, unknown>;
    if (!Number.isSafeInteger(pid) || (pid as number) <= 0 || typeof host !== 'string' || (start !== undefined && typeof start !== 'string')) return undefined;
    return { pid: pid as number, host, ...(start === undefined ? {} : { start }) };
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

/**
 * Whether the process that made a staging directory may still be running. Another host's process
 * cannot be asked about, so it counts as running; a process id now used by a process that started
 * at another time (known from /proc) does not.
 */
async function isHeld(holder: StagingHolder): Promise<boolean> {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: it exists, as another user's process.
    if (systemErrorCode(error) === 'ESRCH') return false;
  }
  if (holder.start === undefined) return true;
  const start = await processStart(holder.pid);
  return start === undefined || start === holder.start;
}

/**
 * Removes the staging directories that killed runs left beside the output directory: only
 * directories (never a link, which is not followed) with trust-kit's name and marker whose
 * process has ended; a live run's, and anything trust-kit cannot tell is its own, are left alone.
 * A directory that cannot be removed is left too: it is never hashed, and the next run tries
 * again. Resolves with the paths removed.
 */
export async function removeStaleStagingDirectories(plan: OutputPlan): Promise<string[]> {
  const prefix = basename(siblingPrefix(plan));
  const parent = dirname(plan.target);
  const entries = await readdir(parent, { withFileTypes: true }).catch(() => []);
  const removed: string[] = [];
  for (const entry of entries) {
    if (!entry.name.startsWith(prefix) || !STAGING_SUFFIX.test(entry.name.slice(prefix.length)) || !entry.isDirectory()) continue;
    const staging = join(parent, entry.name);
    const holder = await readHolder(join(staging, STAGING_MARKER));
    if (holder === undefined || (await isHeld(holder))) continue;
    // Checked again right before: a link put in the directory's place since the listing is not followed.
    const info = await lstat(staging).catch(() => undefined);
    if (info?.isDirectory() !== true) continue;
    await rm(staging, { recursive: true }).then(
      () => removed.push(staging),
      () => undefined,
    );
  }
  return removed;
}

/** Makes this run's staging directory beside the output directory, holding only the marker that names this process. */
export async function makeStagingDirectory(plan: OutputPlan): Promise<string> {
  // Not mkdtemp, whose 0700 the output directory would keep: made as mkdir makes any directory, under the umask.
  const staging = `${siblingPrefix(plan)}staging-${randomBytes(6).toString('hex')}`;
  let made = false;
  try {
    await makeDirectories(dirname(plan.target));
    await mkdir(staging);
    made = true;
    const start = await processStart('self');
    const holder: StagingHolder = { pid: process.pid, host: hostname(), ...(start === undefined ? {} : { start }) };
    await writeFile(join(staging, STAGING_MARKER), JSON.stringify(holder), { flag: 'wx', mode: 0o644 });
    return staging;
  } catch (error) {
    if (made) await discardStagingDirectory(staging);
    throw outputFailed(`cannot make a staging directory beside ${plan.outputDir}`, error);
  }
}

/** Removes a staging directory; the output directory is untouched. */
export async function discardStagingDirectory(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true }).catch(() => undefined);
}

/**
 * Moves the staging directory into place as the output directory. An output directory that holds
 * files is replaced only with `force`; without it (files appeared since the plan was made) the
 * staging directory is kept and named in the error, so nothing this run made is lost. Resolves
 * with the path of an earlier output that was replaced but could not be removed (a sibling that
 * is never hashed), for the caller to report: the run's own files are in place by then.
 */
export async function publishStagingDirectory(plan: OutputPlan, staging: string): Promise<string | undefined> {
  const keptIn = `this run's files are in ${staging}`;
  // Out before the move: the published directory holds only the run's files, and a staging
  // directory kept for the user is never taken for a killed run's.
  await rm(join(staging, STAGING_MARKER), { force: true }).catch((error: unknown) => {
    throw outputFailed(`cannot prepare ${staging} to be moved to ${plan.outputDir} (${keptIn})`, error);
  });
  try {
    // Over a missing or empty directory, one atomic rename.
    await rename(staging, plan.target);
    return undefined;
  } catch (error) {
    if (!['EEXIST', 'ENOTEMPTY', 'EPERM', 'EISDIR'].includes(systemErrorCode(error) ?? '')) throw outputFailed(`cannot move ${staging} to ${plan.outputDir} (${keptIn})`, error);
  }
  if (!plan.force) {
    try {
      await rmdir(plan.target);
    } catch (error) {
      const code = systemErrorCode(error);
      if (code === 'ENOTEMPTY' || code === 'EEXIST') {
        const entries = await readdir(plan.target).catch(() => []);
        const refused = notEmpty(plan.outputDir, entries);
        throw new ReleaseError('RELEASE_OUTPUT_NOT_EMPTY', `${refused.message}, files appeared in it during the run; ${keptIn}`, { hint: refused.hint });
      }
      throw outputFailed(`cannot replace the empty ${plan.outputDir} (${keptIn})`, error);
    }
    await rename(staging, plan.target).catch((error: unknown) => {
      throw outputFailed(`cannot move ${staging} to ${plan.outputDir} (${keptIn})`, error);
    });
    return undefined;
  }
  // The earlier output is moved aside first, so that it comes back if this run's cannot take its place.
  const replaced = `${siblingPrefix(plan)}replaced-${randomBytes(6).toString('hex')}`;
  await rename(plan.target, replaced).catch((error: unknown) => {
    throw outputFailed(`cannot move the earlier ${plan.outputDir} aside (${keptIn})`, error);
  });
  try {
    await rename(staging, plan.target);
  } catch (error) {
    await rename(replaced, plan.target).catch(() => undefined);
    throw outputFailed(`cannot move ${staging} to ${plan.outputDir} (${keptIn})`, error);
  }
  // This run's files are in place: failing now would report them as not written.
  return rm(replaced, { recursive: true, force: true }).then(
    () => undefined,
    () => replaced,
  );
}
