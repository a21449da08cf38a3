import { dropEnclaveKeys } from './enclave.js';
import { checkArgument } from './errors.js';
import { liveSecrets } from './live.js';

/** What purge runs besides destroying secrets: removals of secret bytes that are not in memory. */
const cleanups = new Set<() => void>();

/**
 * Has purge (on exit, SIGINT, SIGTERM or a crash) run `cleanup` until the returned function is
 * called: for secret bytes outside memory, such as a key file written beside its target and not yet
 * renamed into place, which a signal would otherwise leave behind. `cleanup` must be synchronous:
 * it runs in signal and exit handlers.
 */
export function onPurge(cleanup: () => void): () => void {
  checkArgument(typeof cleanup === 'function', 'onPurge\'s cleanup', cleanup, 'a function');
  cleanups.add(cleanup);
  return () => void cleanups.delete(cleanup);
}

/** Destroys every live secret and the sealing keys, and runs the {@link onPurge} cleanups: what exit, signal and crash hooks run. */
export function purge(): void {
  for (const cleanup of cleanups) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // A cleanup that fails (a file already gone, a read-only directory) must not keep the secrets alive.
    }
  }
  for (const secret of liveSecrets()) secret.destroy();
  dropEnclaveKeys();
}
