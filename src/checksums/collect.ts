import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { systemErrorCode } from '../core/errors.js';
import { ChecksumsError } from './errors.js';

/** A file to hash: where it is on disk and the name it gets in the checksums file. */
export interface ArtifactFile {
  /** Absolute path of the file (a symlink's own path when the subject was a link). */
  path: string;
  /** Path relative to the base directory, with `/` separators: the name users see and verify. */
  name: string;
}

/** Options of {@link collectArtifacts}. */
export interface CollectOptions {
  /** The directory relative paths and globs are resolved against. */
  cwd: string;
  /** The directory names are made relative to; nothing outside it may be named. */
  base: string;
  /** Files never to include, such as the checksums file being written. */
  exclude?: readonly string[];
}

/**
 * Expands subjects (files, directories recursed, globs) into the sorted list of files to hash,
 * rejecting anything that would make a checksums file ambiguous or point outside the base.
 */
export async function collectArtifacts(subjects: readonly string[], options: CollectOptions): Promise<ArtifactFile[]> {
  const base = resolve(options.cwd, options.base);
  const baseReal = await realpathOrThrow(base, options.base);
  const excluded = new Set((options.exclude ?? []).map((path) => resolve(options.cwd, path)));
  const byName = new Map<string, ArtifactFile>();

  const add = (path: string): void => {
    if (excluded.has(path)) return;
    const name = nameRelativeTo(base, path);
    const existing = byName.get(name);
    if (existing !== undefined && existing.path !== path) {
      throw new ChecksumsError('CHECKSUMS_DUPLICATE_NAME', `${path} and ${existing.path} would both be listed as "${name}"`, {
        hint: 'list each artifact once, or give them distinct paths under the base directory',
      });
    }
    byName.set(name, { path, name });
  };

  for (const subject of subjects) {
    const isGlob = isDynamicPattern(subject);
    const paths = isGlob ? await expandGlob(subject, options.cwd) : [resolve(options.cwd, subject)];
    const files: string[] = [];
    for (const path of paths) files.push(...(await filesUnder(path, isGlob ? path : subject, baseReal, new Set())));
    const kept = files.filter((file) => !excluded.has(file));
    if (kept.length === 0) {
      throw new ChecksumsError('CHECKSUMS_NO_MATCH', `"${subject}" matches no file`, {
        hint: 'check the path or glob; globs are relative to the working directory, directories are searched recursively',
      });
    }
    for (const file of kept) add(file);
  }
  return sortByName([...byName.values()], (file) => file.name);
}

/** Orders names by their UTF-8 bytes, as `LC_ALL=C sort` does, so the order never depends on a locale. */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Sorts items by a name in UTF-8 byte order, encoding each name once rather than per comparison. */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, key: Buffer.from(nameOf(item), 'utf8') }))
    .sort((a, b) => Buffer.compare(a.key, b.key))
    .map(({ item }) => item);
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const matches = await glob(pattern, { cwd, absolute: true, onlyFiles: false, dot: true, followSymbolicLinks: false, expandDirectories: false });
  return sortByName(matches.map((match) => resolve(match)), (path) => path);
}

function nameRelativeTo(base: string, path: string): string {
  const name = relative(base, path);
  if (name === '' || name === '..' || name.startsWith(`..${sep}`) || isAbsolute(name)) {
    throw new ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `${path} is outside the base directory ${base}`, {
      hint: 'set --base (input "base") to a directory that contains every artifact',
    });
  }
  if (/[\n\r]/.test(name)) {
    throw new ChecksumsError('CHECKSUMS_UNSAFE_NAME', `${JSON.stringify(path)} has a line break in its name, which a checksums file cannot hold unambiguously`, {
      hint: 'rename the file without line breaks',
    });
  }
  return sep === '/' ? name : name.split(sep).join('/');
}

async function realpathOrThrow(path: string, shown: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    throw notFound(shown, error);
  }
}

function notFound(subject: string, error: unknown): ChecksumsError {
  if (systemErrorCode(error) === 'ENOENT') {
    return new ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `${subject} does not exist`, {
      cause: error,
      hint: 'check the path; relative paths are resolved against the working directory',
    });
  }
  return new ChecksumsError('CHECKSUMS_READ_FAILED', `cannot read ${subject}: ${systemErrorCode(error) ?? String(error)}`, {
    cause: error,
    hint: 'check the file permissions',
  });
}

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** The regular files at `path`: itself, or everything below it; symlinks must stay inside the base. */
async function filesUnder(path: string, shown: string, baseReal: string, visiting: Set<string>): Promise<string[]> {
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    throw notFound(shown, error);
  }
  if (info.isSymbolicLink()) {
    let target: string;
    try {
      target = await realpath(path);
    } catch (error) {
      throw new ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `${path} is a symbolic link to a file that does not exist`, {
        cause: error,
        hint: 'remove the dangling link or point it at an artifact',
      });
    }
    if (!isInside(baseReal, target)) {
      throw new ChecksumsError('CHECKSUMS_OUTSIDE_BASE', `${path} is a symbolic link to ${target}, outside the base directory ${baseReal}`, {
        hint: 'copy the artifact into the release directory instead of linking to it',
      });
    }
    info = await stat(target);
    if (info.isDirectory()) return directoryFiles(path, target, baseReal, visiting);
    return info.isFile() ? [path] : [];
  }
  if (info.isDirectory()) return directoryFiles(path, await realpath(path), baseReal, visiting);
  return info.isFile() ? [path] : [];
}

/**
 * Entries never listed when a directory is walked (cli helper's exclusion hook): version control is
 * not a release artifact. A subject naming one itself (`trust-kit checksums .git`) is still hashed.
 */
export const WALK_SKIPPED_NAMES: ReadonlySet<string> = new Set(['.git']);

async function directoryFiles(path: string, real: string, baseReal: string, visiting: Set<string>): Promise<string[]> {
  if (visiting.has(real)) return [];
  visiting.add(real);
  let entries;
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    throw notFound(path, error);
  }
  const files: string[] = [];
  // Directory entries carry their type, so regular files cost no further system call; only links
  // and directories are looked at again.
  for (const entry of sortByName(entries, (dirent) => dirent.name)) {
    if (WALK_SKIPPED_NAMES.has(entry.name)) continue;
    const child = join(path, entry.name);
    if (entry.isFile()) files.push(child);
    else if (entry.isDirectory() || entry.isSymbolicLink()) files.push(...(await filesUnder(child, child, baseReal, visiting)));
  }
  visiting.delete(real);
  return files;
}
