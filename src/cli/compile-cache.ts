import { lstatSync, mkdirSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { posix, win32 } from 'node:path';

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
 * to it: a real directory, not a link, owned by this user, writable by nobody else. Undefined
 * otherwise, and on any error: the cache only saves start-up time, so trust-kit runs without it.
 */
export function privateCompileCacheDirectory(host: CompileCacheHost): string | undefined {
  const directory = compileCacheDirectory(host);
  if (directory === undefined) return undefined;
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const stats = lstatSync(directory);
    if (!stats.isDirectory()) return undefined;
    // Windows has no POSIX owner or mode; %LOCALAPPDATA% is the user's own by its ACL.
    if (host.uid !== undefined && (stats.uid !== host.uid || (stats.mode & 0o022) !== 0)) return undefined;
    return directory;
  } catch {
    return undefined;
  }
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
  return enableCompileCache(directory).directory;
}
