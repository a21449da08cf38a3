import { lstatSync, readdirSync, rmSync, statSync, type Stats } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { dirname, posix, sep, win32 } from 'node:path';
import { makeDirectoriesSync } from '../core/directories.js';

/** What decides where the compile cache may live: the environment and the platform's user. */
export interface CompileCacheHost {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  home: string;
  /** The user id on POSIX systems (`process.getuid()`); undefined on Windows. */
  uid: number | undefined;
}

/**
 * The per-user directory for trust-kit's V8 compile cache: `$XDG_CACHE_HOME/trust-kit/compile-cache`
 * (else `~/.cache/...`; `%LOCALAPPDATA%\trust-kit\compile-cache` on Windows). Never Node's default,
 * `os.tmpdir()/node-compile-cache`: Node checks a cache entry only against a checksum of the source
 * it caches, so whoever can write the directory can make this process run their bytecode, and a
 * directory under /tmp may have been made by another user.
 */
export function compileCacheDirectory(host: CompileCacheHost): string | undefined {
  if (host.platform === 'win32') {
    const local = host.env['LOCALAPPDATA'];
    return local !== undefined && win32.isAbsolute(local) ? win32.join(local, 'trust-kit', 'compile-cache') : undefined;
  }
  const { isAbsolute, join } = posix;
  const xdg = host.env['XDG_CACHE_HOME'];
  // The XDG spec says a relative path is invalid and must be ignored.
  const base = xdg !== undefined && isAbsolute(xdg) ? xdg : host.home !== '' && isAbsolute(host.home) ? join(host.home, '.cache') : undefined;
  return base === undefined ? undefined : join(base, 'trust-kit', 'compile-cache');
}

/**
 * Makes the compile cache directory (mode 0700) and returns it only when no other user can write
 * to it: a real directory, not a link, owned by this user, writable by nobody else, in a parent
 * no other user can write to (unless sticky), so that none can swap it after the check. Undefined
 * otherwise, and on any error: the cache only saves start-up time, so trust-kit runs without it.
 */
export function privateCompileCacheDirectory(host: CompileCacheHost): string | undefined {
  return privateCompileCache(host)?.directory;
}

/** {@link privateCompileCacheDirectory} with the directory's stats as they were checked. */
function privateCompileCache(host: CompileCacheHost): { directory: string; stats: Stats } | undefined {
  const directory = compileCacheDirectory(host);
  if (directory === undefined) return undefined;
  try {
    makeDirectoriesSync(directory, 0o700);
    const stats = lstatSync(directory);
    if (!stats.isDirectory()) return undefined;
    // Windows has no POSIX owner or mode; %LOCALAPPDATA% is the user's own by its ACL.
    if (host.uid !== undefined && (stats.uid !== host.uid || (stats.mode & 0o022) !== 0)) return undefined;
    // Nor may another user be able to swap it for a directory of theirs after this check: its
    // parent is this user's (or root's), writable by nobody else unless sticky (as /tmp is).
    const parent = statSync(dirname(directory));
    if (host.uid !== undefined && ((parent.uid !== host.uid && parent.uid !== 0) || ((parent.mode & 0o022) !== 0 && (parent.mode & 0o1000) === 0))) return undefined;
    return { directory, stats };
  } catch {
    return undefined;
  }
}

/** How long the cache of another Node version or build may go unused before it is removed (see {@link pruneUnusedCompileCaches}). */
export const UNUSED_CACHE_MS = 30 * 24 * 60 * 60 * 1000;

/** The directory Node makes in the cache directory for each version and build: `v<version>-<arch>-<hash>-<uid>`. */
const NODE_CACHE_NAME = /^v\d+\.\d+\.\d+-/;

/** Bounds on what pruning looks at: a cache directory holds a few, and a cache a few dozen files (one per module compiled). */
const MAX_CACHES = 64;
const MAX_CACHE_FILES = 1024;

/**
 * Removes from `directory` the caches of other Node versions and builds that were not used for
 * {@link UNUSED_CACHE_MS}: Node makes one per version and build and never removes it. A cache's
 * last use is the newest access or change time of it and its files (reading a file updates its
 * access time at least daily on the usual relatime mounts; an update rewrites it). Only
 * directories named as Node names them are looked at, links never followed; a cache with more
 * files than are looked at is kept. Returns the names removed; errors are ignored (housekeeping).
 */
export function pruneUnusedCompileCaches(directory: string, now: number): string[] {
  const removed: string[] = [];
  try {
    const caches = readdirSync(directory, { withFileTypes: true }).filter((entry) => entry.isDirectory() && NODE_CACHE_NAME.test(entry.name));
    for (const cache of caches.slice(0, MAX_CACHES)) {
      const path = `${directory}${sep}${cache.name}`;
      try {
        if (now - lastUse(path) > UNUSED_CACHE_MS) {
          rmSync(path, { recursive: true, force: true });
          removed.push(cache.name);
        }
      } catch {
        // A cache that cannot be looked at or removed stays.
      }
    }
  } catch {
    // An unreadable directory is left as it is.
  }
  return removed;
}

/** The newest access or change time of `path` and its files; infinitely recent (so kept) when it holds more than are looked at. */
function lastUse(path: string): number {
  const used = (stats: Stats): number => Math.max(stats.atimeMs, stats.mtimeMs);
  // Before it is listed: listing a directory updates its access time.
  let newest = used(lstatSync(path));
  const files = readdirSync(path);
  if (files.length > MAX_CACHE_FILES) return Number.POSITIVE_INFINITY;
  for (const file of files) newest = Math.max(newest, used(lstatSync(`${path}${sep}${file}`)));
  return newest;
}

/**
 * Turns on Node's module compile cache (V8 code cache on disk) for this process in the private
 * per-user directory, so later runs skip compiling the CLI's bundle: a large share of a short
 * command's time (`verify-blob` of one file). Left to Node when NODE_COMPILE_CACHE or
 * NODE_DISABLE_COMPILE_CACHE is set. Returns the directory used, if any.
 */
export function enablePrivateCompileCache(host: CompileCacheHost): string | undefined {
  if (host.env['NODE_COMPILE_CACHE'] !== undefined || host.env['NODE_DISABLE_COMPILE_CACHE'] !== undefined) return undefined;
  const found = privateCompileCache(host);
  if (found === undefined) return undefined;
  const used = enableCompileCache(found.directory).directory;
  // Node makes the directory of a version or build it has not run before as it enables the cache,
  // which changes the cache directory's mtime: only then are the others looked at (one stat a
  // start, no listing).
  try {
    if (statSync(found.directory).mtimeMs !== found.stats.mtimeMs) pruneUnusedCompileCaches(found.directory, Date.now());
  } catch {
    // Housekeeping only.
  }
  return used;
}
