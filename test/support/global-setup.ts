import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The test run's own cache directory, inherited by every test file's process and every CLI they
 * start: trust-kit's compile cache (and any tool that honours XDG_CACHE_HOME) is kept there, never
 * in the user's ~/.cache, which each checkout's paths and each temporary install would otherwise
 * grow by a cache entry per module, run after run.
 */
let cache: string | undefined;

/** Points XDG_CACHE_HOME at a fresh temporary directory for the whole run. */
export function globalSetup(): void {
  cache = mkdtempSync(join(tmpdir(), 'trust-kit-test-cache-'));
  process.env.XDG_CACHE_HOME = cache;
}

/** Removes the run's cache directory. */
export function globalTeardown(): void {
  if (cache !== undefined) rmSync(cache, { recursive: true, force: true });
}
