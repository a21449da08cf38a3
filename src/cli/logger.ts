import { withoutWorkflowCommands, type Logger } from '../core/logger.js';
import type { Output } from './command.js';

/** A logger for the CLI: progress and warnings go to stderr, so stdout stays machine-readable. */
export function stderrLogger(stderr: Output, verbose = false): Logger {
  return {
    // A message may quote text from elsewhere; the Actions runner reads stderr for workflow commands.
    info: (message) => stderr.write(`${withoutWorkflowCommands(`trust-kit: ${message}`)}\n`),
    warn: (message) => stderr.write(`${withoutWorkflowCommands(`trust-kit: warning: ${message}`)}\n`),
    debug: (message) => {
      if (verbose) stderr.write(`${withoutWorkflowCommands(`trust-kit: debug: ${message}`)}\n`);
    },
  };
}
