import { withoutWorkflowCommands } from '../core/logger.js';
import type { Output } from './command.js';

/** The part of a process stream the CLI writes through. */
export interface ProcessStream {
  write(text: string, callback?: (error?: Error | null) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** An {@link Output} over a process stream, which says when the stream has taken what was written. */
export interface ProcessOutput extends Output {
  /** Resolves once the stream has taken every write so far; at once when nothing was written or its reader went away. */
  flushed(): Promise<void>;
}

/**
 * An {@link Output} over a process stream whose reader may go away (`trust-kit checksums . | head -1`):
 * once a write fails with EPIPE, later writes are dropped, so the command still finishes what it
 * started (a signature half-way through a batch) and exits with its own code, without a stack trace.
 * Any other stream error is thrown, as before. A write with a line the Actions runner would read as a
 * workflow command (a file name from a checksums file, a server's answer in an error) is fenced
 * off so that it runs none: the runner reads both streams of a step.
 *
 * `open` is called on the first write only: Node.js builds `process.stderr` when it is first read,
 * and for a pipe that loads node:net (about 1.5 ms), which a command that prints nothing there
 * (`verify-blob` verifying) should not pay.
 */
export function closableOutput(open: () => ProcessStream): ProcessOutput {
  let stream: ProcessStream | undefined;
  let closed = false;
  return {
    write: (text) => {
      if (closed) return;
      if (stream === undefined) {
        stream = open();
        stream.on('error', (error) => {
          if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
          closed = true;
        });
      }
      stream.write(withoutWorkflowCommands(text));
    },
    flushed: () =>
      new Promise((resolve) => {
        if (stream === undefined || closed) resolve();
        // Writes are taken in order: the callback of an empty one comes once all before it are taken (or failed).
        else stream.write('', () => resolve());
      }),
  };
}
