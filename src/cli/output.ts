import { withoutWorkflowCommands } from '../core/logger.js';
import type { Output } from './command.js';

/** The part of a process stream the CLI writes through. */
export interface ProcessStream {
  write(text: string): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * An {@link Output} over a process stream whose reader may go away (`trust-kit checksums . | head -1`):
 * once a write fails with EPIPE, later writes are dropped, so the command still finishes what it
 * started (a signature half-way through a batch) and exits with its own code, without a stack trace.
 * Any other stream error is thrown, as before. A write with a line the Actions runner would read as a
 * workflow command (a file name from a checksums file, a server's answer in an error) is fenced
 * off so that it runs none: the runner reads both streams of a step.
 */
export function closableOutput(stream: ProcessStream): Output {
  let closed = false;
  stream.on('error', (error) => {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
    closed = true;
  });
  return {
    write: (text) => {
      if (!closed) stream.write(withoutWorkflowCommands(text));
    },
  };
}
