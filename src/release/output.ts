import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, realpath, rename, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { messageOf, systemErrorCode } from '../core/errors.js';
import { isPathWithin } from '../core/files.js';
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
  /** Its real path once links are followed: what is replaced, and what the staging directory is made beside. */
  target: string;
  /** Whether an output directory holding files (an earlier run's) is replaced. */
  force: boolean;
}

async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Checks, before any work, that the output directory can take this run's files: it is a directory
 * (or absent), it is not and does not contain a directory the run reads (replacing it would
 * delete them), and it is empty unless `force`.
 */
export async function planOutput(outputDir: string, options: { force: boolean; keep: readonly KeptDirectory[] }): Promise<OutputPlan> {
  let target = outputDir;
  let exists = false;
  try {
    const info = await lstat(outputDir);
    const directory = info.isDirectory() || (info.isSymbolicLink() && (await stat(outputDir).then((linked) => linked.isDirectory(), () => false)));
    if (!directory) {
      throw new ReleaseError('RELEASE_OUTPUT_NOT_DIRECTORY', `the output directory ${outputDir} exists and is not a directory`, {
        hint: 'choose another output directory (--output-dir, input "output-dir"), or remove that file',
      });
    }
    target = await realpath(outputDir);
    exists = true;
  } catch (error) {
    if (error instanceof ReleaseError) throw error;
    if (systemErrorCode(error) !== 'ENOENT') throw outputFailed(`cannot look at the output directory ${outputDir}`, error);
  }
  for (const kept of options.keep) {
    const path = resolve(kept.path);
    if (isPathWithin(outputDir, path) || isPathWithin(target, await realOrResolved(path))) {
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

function notEmpty(outputDir: string, entries: readonly string[]): ReleaseError {
  const shown = [...entries].sort().slice(0, 5).join(', ');
  return new ReleaseError(
    'RELEASE_OUTPUT_NOT_EMPTY',
    `the output directory ${outputDir} is not empty (${shown}${entries.length > 5 ? `, and ${entries.length - 5} more` : ''}); a release never leaves files of another run beside its own`,
    { hint: 'remove it, choose another output directory, or replace it with this run\'s files with --force (input "force: true")' },
  );
}

function outputFailed(message: string, error: unknown): ReleaseError {
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

/** Makes this run's staging directory, an empty sibling of the output directory. */
export async function makeStagingDirectory(plan: OutputPlan): Promise<string> {
  try {
    await mkdir(dirname(plan.target), { recursive: true });
    // Not mkdtemp, whose 0700 the output directory would keep: made as mkdir makes any directory, under the umask.
    const staging = `${siblingPrefix(plan)}staging-${randomBytes(6).toString('hex')}`;
    await mkdir(staging);
    return staging;
  } catch (error) {
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
