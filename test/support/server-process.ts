// The one launcher of the server processes tests run (the real timestamp-server, Fulcio and rekor-tiles, the
// registries, crane serve): start, wait until ready, keep a bounded log for failure messages, stop with the whole
// process group, and never outlive the test process (killed on exit and on SIGINT/SIGTERM, and by the kernel through
// setpriv's parent-death signal even when the test process is killed with SIGKILL). Servers that cannot be told their
// ports get free ones; one that binds a fixed port runs under a machine-wide lock on it.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** How much of a server's output is kept: its start (what it serves, why it failed to) and its latest lines. */
const HEAD_BYTES = 16 * 1024;
const TAIL_BYTES = 48 * 1024;
/** util-linux's setpriv: makes the kernel kill the server when this process dies, even by SIGKILL. */
const SETPRIV = '/usr/bin/setpriv';

/** A server process a test started. */
export interface ServerProcess {
  readonly name: string;
  readonly pid: number;
  /** What it wrote to stdout and stderr: the first 16 KiB and the last 48 KiB, with a marker where bytes were dropped. */
  output(): string;
  /** Throws, naming the exit code, when the server has exited. */
  assertRunning(): void;
  /** The first match of `pattern` in the output, waiting for it; throws when the server exits or `timeoutMs` passes first. */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray>;
  /** Polls `ready` until it resolves true; throws with the output when the server exits or `timeoutMs` passes first. */
  waitUntil(ready: () => Promise<boolean>, timeoutMs?: number): Promise<void>;
  /** SIGTERM to its process group, SIGKILL after `graceMs` (default 5 s); resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

const running = new Set<ChildProcess>();
let hooksInstalled = false;

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    // The server leads its own process group (detached): whatever it started goes too.
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

function installExitHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  const killAll = (): void => {
    for (const child of running) signalGroup(child, 'SIGKILL');
  };
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAll();
      // Then die of the signal as if nobody had listened (the test runner ends a timed-out file this way).
      process.kill(process.pid, signal);
    });
  }
}

let setprivChecked: boolean | undefined;
function hasSetpriv(): boolean {
  if (setprivChecked === undefined) {
    try {
      accessSync(SETPRIV, constants.X_OK);
      setprivChecked = true;
    } catch {
      setprivChecked = false;
    }
  }
  return setprivChecked;
}

/** Starts `command args` as a server named `name` (for messages), in its own process group. */
export function startServer(name: string, command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): ServerProcess {
  installExitHooks();
  const [program, argv] = hasSetpriv() ? [SETPRIV, ['--pdeathsig', 'KILL', '--', command, ...args]] : [command, [...args]];
  const child = spawn(program, argv, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: options.env ?? process.env, ...(options.cwd === undefined ? {} : { cwd: options.cwd }) });
  running.add(child);
  let head = '';
  let tail = '';
  let dropped = 0;
  const keep = (text: string): void => {
    if (head.length < HEAD_BYTES) {
      const room = HEAD_BYTES - head.length;
      head += text.slice(0, room);
      text = text.slice(room);
    }
    tail += text;
    if (tail.length > TAIL_BYTES) {
      dropped += tail.length - TAIL_BYTES;
      tail = tail.slice(-TAIL_BYTES);
    }
  };
  child.stdout?.setEncoding('utf8').on('data', keep);
  child.stderr?.setEncoding('utf8').on('data', keep);
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('error', (error) => {
      keep(`\n${name} could not start: ${error.message}\n`);
      exitCode = null;
      running.delete(child);
      resolve();
    });
    child.once('exit', (code) => {
      exitCode = code;
      running.delete(child);
      resolve();
    });
  });
  const output = (): string => (dropped === 0 ? head + tail : `${head}\n[... ${dropped} characters dropped ...]\n${tail}`);
  const assertRunning = (): void => {
    if (exitCode !== undefined) throw new Error(`${name} exited with code ${String(exitCode)}:\n${output()}`);
  };
  return {
    name,
    pid: child.pid ?? -1,
    output,
    assertRunning,
    async waitForOutput(pattern, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = pattern.exec(output());
        if (found !== null) return found;
        assertRunning();
        if (Date.now() > deadline) throw new Error(`${name} did not print ${String(pattern)} within ${timeoutMs} ms:\n${output()}`);
        await sleep(20);
      }
    },
    async waitUntil(ready, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        assertRunning();
        if (await ready().catch(() => false)) return;
        if (Date.now() > deadline) throw new Error(`${name} was not ready within ${timeoutMs} ms:\n${output()}`);
        await sleep(50);
      }
    },
    async stop(graceMs = 5_000) {
      if (exitCode !== undefined || child.pid === undefined) return;
      signalGroup(child, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A TCP port free on 127.0.0.1 right now, for servers that cannot report the port they picked. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Runs `script` (an ES module, through tsx) in a Node.js process of its own until it has printed its
 * first line, which it returns, and then ends that process as `end` says: `sigkill` (killed, no
 * handler runs) or `exit` (the script exits by itself after printing). For the tests that the
 * servers a process started never outlive it.
 */
export async function firstLineOfDyingParent(script: string, end: 'sigkill' | 'exit'): Promise<string> {
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'node'), ['--import', 'tsx', '--input-type=module', '--eval', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  while (!stdout.includes('\n')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the parent process printed nothing: ${stderr}`);
    }
    await sleep(20);
  }
  if (end === 'sigkill') child.kill('SIGKILL');
  await exited;
  return stdout.slice(0, stdout.indexOf('\n'));
}

/** Whether a process exists (EPERM: it does, as another user's). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the machine-wide lock on a fixed `port` (a directory `<tmp>/trust-kit-<name>.lock` holding the owner's pid;
 * taken over when that process is gone) and resolves to its release, for servers that bind a port no flag moves. Two
 * processes taking over the same dead owner's lock at the same moment could both get it; the second server then fails
 * to bind, naming the port.
 */
export async function lockPort(port: number, options: { timeoutMs: number; name?: string }): Promise<() => Promise<void>> {
  const { timeoutMs } = options;
  const lock = join(tmpdir(), `trust-kit-${options.name ?? `port-${port}`}.lock`);
  const ownerFile = join(lock, 'owner');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(ownerFile, String(process.pid));
      return () => rm(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(await readFile(ownerFile, 'utf8').catch(() => ''), 10);
    // An empty owner file is a lock being taken right now: wait like for any live owner.
    if (Number.isInteger(owner) && !isAlive(owner)) {
      await rm(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`another process (lock ${lock}, owner pid ${Number.isInteger(owner) ? owner : 'unknown'}) held port ${port} for ${timeoutMs} ms`);
    await sleep(100);
  }
}
