import { isAbsolute, join, resolve } from 'node:path';
import { INPUT_LIMITS, readRegularFile } from '../../../core/files.js';
import type { GoModuleCache } from '../../parser.js';

/** The largest go.mod read from the module cache: real ones are a few KiB; anything bigger is not read. */
export const CACHED_GO_MOD_MAX_BYTES = INPUT_LIMITS.cachedGoMod;

/**
 * The module cache at `dir`, read-only and offline: a module version's go.mod is the file
 * `cache/download/<escaped path>/@v/<escaped version>.mod` that `go mod download` (and every
 * build) leaves there, the same file `go mod graph` reads. Paths that could leave the cache, files
 * larger than {@link CACHED_GO_MOD_MAX_BYTES} and unreadable files are all "not in the cache".
 */
export function goModuleCacheAt(dir: string): GoModuleCache {
  const root = resolve(dir);
  return {
    async goMod(modulePath, version) {
      // Loaded on use, as the Go parsers are: the CLI and the catalog name the cache on every run, Go projects alone read it.
      const { escapeForModuleCache, isCacheableModulePath, isModuleVersion } = await import('./module.js');
      if (!isCacheableModulePath(modulePath) || !isModuleVersion(version)) return undefined;
      const file = join(root, 'cache', 'download', ...escapeForModuleCache(modulePath).split('/'), '@v', `${escapeForModuleCache(version)}.mod`);
      try {
        // A regular file only: a named pipe in the cache would block the open.
        return await readRegularFile(file, { maxBytes: CACHED_GO_MOD_MAX_BYTES, what: 'cached go.mod' });
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * Where the go command keeps its module cache, from an environment as `go env GOMODCACHE` finds it:
 * GOMODCACHE, else `pkg/mod` under GOPATH's first entry, else `$HOME/go/pkg/mod`; undefined when
 * none is set (relative values are ignored, as the go command refuses them).
 */
export function goModuleCacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const gomodcache = env['GOMODCACHE'];
  if (gomodcache !== undefined && gomodcache !== '') return isAbsolute(gomodcache) ? gomodcache : undefined;
  const gopath = env['GOPATH']?.split(process.platform === 'win32' ? ';' : ':')[0];
  if (gopath !== undefined && gopath !== '') return isAbsolute(gopath) ? join(gopath, 'pkg', 'mod') : undefined;
  const home = env['HOME'] ?? env['USERPROFILE'];
  return home !== undefined && home !== '' && isAbsolute(home) ? join(home, 'go', 'pkg', 'mod') : undefined;
}
