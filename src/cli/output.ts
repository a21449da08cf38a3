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
 * Any other stream error is thrown, as before.
 */
export function closableOutput(stream: ProcessStream): Output {
  let closed = false;
  stream.on('error', (error) => {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
    closed = true;
  });
  return {
    write: (text) => {
      if (!closed) stream.write(text);
    },
  };
}
