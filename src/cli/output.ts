import { fstatSync, writeSync } from 'node:fs';
import { messageOf, TrustKitError } from '../core/errors.js';
import { withoutWorkflowCommands } from '../core/logger.js';
import type { Output } from './command.js';

/** The part of a process stream the CLI writes through. */
export interface ProcessStream {
  write(text: string, callback?: (error?: Error | null) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  /** Set when the stream writes a regular file, which no log reader reads. */
  readonly regularFile?: true;
}

/** An {@link Output} over a process stream, which says when the stream has taken what was written. */
export interface ProcessOutput extends Output {
  /** Resolves once the stream has taken every write so far; at once when nothing was written or its reader went away. */
  flushed(): Promise<void>;
  /** What the stream failed with (other than its reader going away), when no write has thrown it yet. */
  unreportedFailure(): TrustKitError | undefined;
}

/**
 * An {@link Output} over a process stream whose reader may go away (`trust-kit checksums . | head -1`):
 * once a write fails with EPIPE, later writes are dropped, so the command still finishes what it
 * started (a signature half-way through a batch) and exits with its own code, without a stack trace.
 * Another failure (a full disk under `trust-kit sbom > sbom.json`) is FILE_WRITE_FAILED naming the
 * stream, thrown by the write that meets it or the next one, so the command fails as with `-o`;
 * with `failures: 'drop'` (standard error, where nothing could report it) later writes are dropped.
 * With `fenceCommands` (in a GitHub Actions job: the runner reads both streams of a step), a write
 * with a line the runner would read as a workflow command (a file name from a checksums file, a
 * server's answer in an error) is fenced off so that it runs none; never on a regular file
 * (`trust-kit checksums dist > SHA256SUMS`), which no runner reads and whose bytes are the data.
 *
 * `open` is called on the first write only: Node.js builds `process.stderr` when it is first read,
 * and for a pipe that loads node:net (about 1.5 ms), which a command that prints nothing there
 * (`verify-blob` verifying) should not pay.
 */
export function closableOutput(open: () => ProcessStream, options: { name: string; failures: 'throw' | 'drop'; fenceCommands?: boolean }): ProcessOutput {
  let stream: ProcessStream | undefined;
  let fence = false;
  let closed = false;
  let failure: TrustKitError | undefined;
  let reported = false;
  const throwFailure = (): void => {
    if (failure === undefined || reported || options.failures === 'drop') return;
    reported = true;
    throw failure;
  };
  return {
    write: (text) => {
      throwFailure();
      if (closed) return;
      if (stream === undefined) {
        stream = open();
        fence = options.fenceCommands === true && stream.regularFile !== true;
        stream.on('error', (error) => {
          closed = true;
          if ((error as NodeJS.ErrnoException).code !== 'EPIPE') {
            failure ??= new TrustKitError('FILE_WRITE_FAILED', `could not write ${options.name}: ${messageOf(error)}`, { cause: error, hint: `free space (or lift the file size limit) where ${options.name} is written, or write the file with -o FILE where the command has it` });
          }
        });
      }
      stream.write(fence ? withoutWorkflowCommands(text) : text);
      throwFailure();
    },
    flushed: () =>
      new Promise((resolve) => {
        if (stream === undefined || closed) resolve();
        // Writes are taken in order: the callback of an empty one comes once all before it are taken (or failed).
        else stream.write('', () => resolve());
      }),
    unreportedFailure: () => (reported || options.failures === 'drop' ? undefined : failure),
  };
}

/**
 * A stream writing to `fd` when it is a regular file (`trust-kit sbom > sbom.json`), undefined
 * otherwise: Node.js's own stream there makes one write(2) a chunk and takes a short write for a
 * whole one, so a full disk left a cut document and exit 0. Here each write is repeated until
 * every byte is taken, and what stops it is the stream's error, reported at once.
 */
export function regularFileStream(fd: number): ProcessStream | undefined {
  try {
    if (!fstatSync(fd).isFile()) return undefined;
  } catch {
    return undefined;
  }
  const listeners: ((error: Error) => void)[] = [];
  return {
    regularFile: true,
    write(text, callback) {
      try {
        const bytes = Buffer.from(text, 'utf8');
        for (let at = 0; at < bytes.length; ) {
          const taken = writeSync(fd, bytes, at);
          // A regular file that takes nothing and says no error would loop here for ever.
          if (taken === 0) throw Object.assign(new Error('the file took no more bytes'), { code: 'EIO' });
          at += taken;
        }
        callback?.(null);
      } catch (error) {
        for (const listener of listeners) listener(error as Error);
        callback?.(error as Error);
      }
      return true;
    },
    on(_event, listener) {
      listeners.push(listener);
      return this;
    },
  };
}
