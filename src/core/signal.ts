import { writeSync } from 'node:fs';
import { constants } from 'node:os';
import { removeTemporaryFiles } from './files.js';

/** Process groups of children this run started in a group of their own (detached), which a signal to this process does not reach. */
const childGroups = new Set<number>();

/**
 * Registers the process group of a child started detached (its pid) to be killed when this run
 * stops on SIGINT or SIGTERM: it would otherwise run on, orphaned, in a directory the stop removes.
 * Returns what unregisters it, for once it has ended.
 */
export function killedOnSignal(group: number): () => void {
  childGroups.add(group);
  return () => {
    childGroups.delete(group);
  };
}

/**
 * What every entry point runs on SIGINT, SIGTERM or SIGHUP (as `protectProcess`'s `onSignal`, after the
 * secrets are destroyed): kills the children started in groups of their own, removes the
 * temporary files of writes not yet in place (their targets stay as they were) and the run's
 * temporary directories, and says in one line why the process stops; the signal then ends it, with
 * exit status 130, 143 or 129. Synchronous: the process ends as soon as this returns.
 */
export function stoppedBySignal(signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP'): void {
  for (const group of childGroups) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // The group has ended already.
    }
  }
  removeTemporaryFiles();
  writeSync(2, `trust-kit: stopped by ${signal} (exit status ${128 + constants.signals[signal]})\n`);
}
