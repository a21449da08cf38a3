import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A server process started by a test: its output so far, and how to stop it. */
export interface ServerProcess {
  readonly child: ChildProcess;
  /** Everything it printed (stdout and stderr), for failure messages. */
  output(): string;
  /** Sends SIGTERM, then SIGKILL after a second, and resolves once it has exited. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Starts a server process that dies with the test process: stopped on request, and killed on exit
 * even when a test crashes before its cleanup runs (no stray registry keeps a port).
 */
export function startServer(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): ServerProcess {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const child of running) child.kill('SIGKILL');
    });
  }
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: options.env ?? process.env, ...(options.cwd === undefined ? {} : { cwd: options.cwd }) });
  running.add(child);
  let output = '';
  const keep = (chunk: Buffer): void => {
    // The head and the tail are what explain a failure; the middle of a long log is dropped.
    output = output.length < 256 * 1024 ? output + chunk.toString('utf8') : output;
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      running.delete(child);
      resolve();
    });
    child.once('error', (error) => {
      output += `\n${command} could not start: ${error.message}`;
      running.delete(child);
      resolve();
    });
  });
  return {
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null || !running.has(child)) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 1000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A TCP port free on 127.0.0.1 right now (for servers that cannot report the port they picked). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls until `ready` resolves true, or fails after `timeoutMs` with the server's output. */
export async function waitUntil(ready: () => Promise<boolean>, server: ServerProcess, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`${what} exited (${server.child.exitCode}) before it was ready:\n${server.output()}`);
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what} was not ready within ${timeoutMs} ms:\n${server.output()}`);
}
