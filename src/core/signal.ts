import { writeSync } from 'node:fs';
import { constants } from 'node:os';
import { removeTemporaryFiles } from './files.js';

/**
 * What every entry point runs on SIGINT or SIGTERM (as `protectProcess`'s `onSignal`, after the
 * secrets are destroyed): removes the temporary files of writes not yet in place (their targets
 * stay as they were) and says in one line why the process stops; the signal then ends it, with
 * exit status 130 or 143. Synchronous: the process ends as soon as this returns.
 */
export function stoppedBySignal(signal: 'SIGINT' | 'SIGTERM'): void {
  removeTemporaryFiles();
  writeSync(2, `trust-kit: stopped by ${signal} (exit status ${128 + constants.signals[signal]})\n`);
}
