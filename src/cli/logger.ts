import type { Logger } from '../core/logger.js';
import { printableLines } from '../core/quote.js';
import type { Output } from './command.js';

/**
 * A logger for the CLI: progress and warnings go to stderr, so stdout stays machine-readable. A
 * message may quote what others sent (a downgrade's reasons, a registry's answer): as printError
 * does, every control character but the line feed becomes a space, a last guard for the terminal.
 */
export function stderrLogger(stderr: Output, verbose = false): Logger {
  return {
    info: (message) => stderr.write(`trust-kit: ${printableLines(message)}\n`),
    warn: (message) => stderr.write(`trust-kit: warning: ${printableLines(message)}\n`),
    debug: (message) => {
      if (verbose) stderr.write(`trust-kit: debug: ${printableLines(message)}\n`);
    },
  };
}
