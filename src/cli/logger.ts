import type { Logger } from '../core/logger.js';
import type { Output } from './command.js';

/** A logger for the CLI: progress and warnings go to stderr, so stdout stays machine-readable. */
export function stderrLogger(stderr: Output, verbose = false): Logger {
  return {
    info: (message) => stderr.write(`trust-kit: ${message}\n`),
    warn: (message) => stderr.write(`trust-kit: warning: ${message}\n`),
    debug: (message) => {
      if (verbose) stderr.write(`trust-kit: debug: ${message}\n`);
    },
  };
}
