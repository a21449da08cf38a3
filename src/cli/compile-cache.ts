import { closeSync, lstatSync, openSync, readdirSync, rmSync, statSync, utimesSync, type Stats } from 'node:fs';
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
    return directory;
  } catch {
    return undefined;
  }
}

/** How long a cache entry, or a whole cache of a Node version or build, may go unused before it is removed (see {@link pruneUnusedCompileCaches}). */
export const UNUSED_CACHE_MS = 30 * 24 * 60 * 60 * 1000;

/** How often a start looks for unused entries: at most once a day, recorded by the time of {@link PRUNED_MARKER}. */
export const PRUNE_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** The file in the cache directory whose modification time says when it was last pruned (not a name Node gives a cache). */
export const PRUNED_MARKER = 'last-pruned';

/** The directory Node makes in the cache directory for each version and build: `v<version>-<arch>-<hash>-<uid>`. */
const NODE_CACHE_NAME = /^v\d+\.\d+\.\d+-/;

/** Bounds on what one pruning looks at: a cache directory holds a few caches, and a cache one file per module path compiled. */
const MAX_CACHES = 64;
const MAX_FILES = 10_000;

/**
 * Removes from `directory` the cache entries that were not used for {@link UNUSED_CACHE_MS}, and the
 * caches of Node versions and builds left empty by that. Node keeps one entry per module path it
 * compiled and never removes any: every version of trust-kit run through npx, and every checkout
 * run from, adds its own. A cache left empty goes once no entry was added to or removed from it for as long.
 * An entry's last use is the newer of its access and change times (reading
 * it updates the access time at least daily on the usual relatime mounts; on noatime mounts an
 * entry in use is removed once a month and made again on the next start). Only directories named
 * as Node names them are looked at, links never followed, and at most {@link MAX_FILES}
 * entries in all (in listing order). Returns the paths removed, relative to `directory`; errors
 * are ignored (housekeeping).
 */
export function pruneUnusedCompileCaches(directory: string, now: number): string[] {
  const removed: string[] = [];
  const unused = (stats: Stats): boolean => now - Math.max(stats.atimeMs, stats.mtimeMs) > UNUSED_CACHE_MS;
  let budget = MAX_FILES;
  try {
    const caches = readdirSync(directory, { withFileTypes: true }).filter((entry) => entry.isDirectory() && NODE_CACHE_NAME.test(entry.name));
    for (const cache of caches.slice(0, MAX_CACHES)) {
      if (budget <= 0) break;
      const path = `${directory}${sep}${cache.name}`;
      try {
        // By its modification time alone (an entry added or removed): its access time is that of the
        // last prune's listing, a day ago at most when trust-kit runs daily, which kept a cache of a
        // Node version no longer run, emptied, forever.
        const cacheUnused = now - lstatSync(path).mtimeMs > UNUSED_CACHE_MS;
        const files = readdirSync(path);
        let left = files.length;
        const looked = files.slice(0, budget);
        budget -= looked.length;
        for (const file of looked) {
          try {
            const entry = `${path}${sep}${file}`;
            if (!unused(lstatSync(entry))) continue;
            rmSync(entry, { recursive: true, force: true });
            removed.push(`${cache.name}/${file}`);
            left--;
          } catch {
            // An entry that cannot be looked at or removed stays.
          }
        }
        if (left === 0 && cacheUnused) {
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

/**
 * Prunes the cache directory (see {@link pruneUnusedCompileCaches}) when it was last pruned
 * {@link PRUNE_INTERVAL_MS} ago or never, marking the time first so that starts running at once do
 * not all prune: one stat a start otherwise. Returns the paths removed.
 */
export function pruneCompileCachesDaily(directory: string, now: number): string[] {
  const marker = `${directory}${sep}${PRUNED_MARKER}`;
  try {
    // A marker dated in the future (a clock that was ahead) would stop pruning until that date: it counts as none.
    const since = now - statSync(marker).mtimeMs;
    if (since >= 0 && since < PRUNE_INTERVAL_MS) return [];
  } catch {
    // Never pruned (or the marker is unreadable): prune now.
  }
  try {
    closeSync(openSync(marker, 'w', 0o600));
    const time = new Date(now);
    utimesSync(marker, time, time);
  } catch {
    // Without a marker every start would prune: give up until it can be written.
    return [];
  }
  return pruneUnusedCompileCaches(directory, now);
}

/**
 * Turns on Node's module compile cache (V8 code cache on disk) for this process in the private
 * per-user directory, so later runs skip compiling the CLI's bundle: a large share of a short
 * command's time (`verify-blob` of one file). Left to Node when NODE_COMPILE_CACHE or
 * NODE_DISABLE_COMPILE_CACHE is set. Returns the directory used, if any.
 */
export function enablePrivateCompileCache(host: CompileCacheHost): string | undefined {
  if (host.env['NODE_COMPILE_CACHE'] !== undefined || host.env['NODE_DISABLE_COMPILE_CACHE'] !== undefined) return undefined;
  const directory = privateCompileCacheDirectory(host);
  if (directory === undefined) return undefined;
  const used = enableCompileCache(directory).directory;
  pruneCompileCachesDaily(directory, Date.now());
  return used;
}
