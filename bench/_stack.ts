/**
 * The loopback Sigstore stack in a child process (`npm run stack`, test/support/sigstore/cli.ts),
 * so that the servers' CPU (certificates, log entries, timestamps) is not billed to the event loop
 * of the client being timed. The child reports its details and request counts over IPC.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { SigstoreService, TrustedRootJSON } from '../test/support/sigstore/index.js';
import { NODE, TSX } from '../test/support/leak-scan.js';

/** Requests each service received so far. */
export type Requests = Record<SigstoreService, number>;

/** What a benchmark needs of the stack running in its own process. */
export interface StackProcess {
  readonly fulcioURL: string;
  readonly rekorURL: string | undefined;
  readonly tsaURL: string | undefined;
  /** The environment a GitHub runner would give a job with `id-token: write`. */
  readonly env: Readonly<Record<string, string>>;
  readonly trustedRoot: TrustedRootJSON;
  readonly trustedRootPath: string;
  /** Request counts per service, asked of the child. */
  requests(): Promise<Requests>;
  close(): Promise<void>;
}

/** Starts the stack in a child process and waits until it listens. */
export async function startStackProcess(): Promise<StackProcess> {
  const child = spawn(NODE, [...TSX, join(import.meta.dirname, '..', 'test', 'support', 'sigstore', 'cli.ts')], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the Sigstore stack process exited (${String(code)}) before it was ready`);
  });
  const ready = new Promise<Omit<StackProcess, 'requests' | 'close'>>((resolve) => {
    child.on('message', (message: { stack?: Omit<StackProcess, 'requests' | 'close'> }) => {
      if (message.stack !== undefined) resolve(message.stack);
    });
  });
  const details = await Promise.race([ready, exited]);
  exited.catch(() => undefined);
  return {
    ...details,
    requests: async () => {
      const answer = new Promise<Requests>((resolve) => {
        const onMessage = (message: { requests?: Requests }): void => {
          if (message.requests === undefined) return;
          child.off('message', onMessage);
          resolve(message.requests);
        };
        child.on('message', onMessage);
      });
      child.send('requests');
      return answer;
    },
    close: async () => {
      if (child.exitCode !== null) return;
      const gone = once(child, 'exit');
      child.kill('SIGTERM');
      await gone;
    },
  };
}
