import type { Logger } from '../core/logger.js';
import { printableLines } from '../core/quote.js';
import { redact } from '../secrets/index.js';
import type { Output } from './command.js';

/**
 * A logger for the CLI: progress and warnings go to stderr, so stdout stays machine-readable. A
 * message may quote what others sent (a downgrade's reasons, a registry's answer) or a value that
 * holds a live secret: as printError does, every secret is redacted, then every control character
 * but the line feed becomes a space, a last guard for the terminal.
 */
export function stderrLogger(stderr: Output, verbose = false): Logger {
  return {
    info: (message) => stderr.write(`trust-kit: ${shown(message)}\n`),
    warn: (message) => stderr.write(`trust-kit: warning: ${shown(message)}\n`),
    debug: (message) => {
      if (verbose) stderr.write(`trust-kit: debug: ${shown(message)}\n`);
    },
  };
}

/** Redacted first, while a secret's bytes still match: the guard would make its control characters spaces. */
function shown(message: string): string {
  return printableLines(redact(message));
}
