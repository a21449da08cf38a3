import { open } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import type { GoModuleCache } from '../../parser.js';
import { escapeForModuleCache, isCacheableModulePath, isModuleVersion } from './module.js';

/** The largest go.mod read from the module cache: real ones are a few KiB; anything bigger is not read. */
export const CACHED_GO_MOD_MAX_BYTES = 1024 * 1024;

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
      if (!isCacheableModulePath(modulePath) || !isModuleVersion(version)) return undefined;
      const file = join(root, 'cache', 'download', ...escapeForModuleCache(modulePath).split('/'), '@v', `${escapeForModuleCache(version)}.mod`);
      let handle;
      try {
        handle = await open(file, 'r');
        const { size } = await handle.stat();
        if (size > CACHED_GO_MOD_MAX_BYTES) return undefined;
        const { bytesRead, buffer } = await handle.read(Buffer.alloc(size), 0, size, 0);
        return buffer.subarray(0, bytesRead);
      } catch {
        return undefined;
      } finally {
        await handle?.close();
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
