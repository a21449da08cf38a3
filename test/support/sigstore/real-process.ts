// A real Sigstore service (timestamp-server, fulcio) as a child process of the tests: its output kept for failure
// messages, and never outliving the test process.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const OUTPUT_LIMIT = 64 * 1024;
/** util-linux's setpriv: makes the kernel kill the server when this process dies, even by SIGKILL. */
const SETPRIV = '/usr/bin/setpriv';

/** A server process, its bounded log, and its end. */
export class ServerProcess {
  readonly pid: number;
  /** What the server wrote to stdout and stderr, its last 64 KiB. */
  output = '';
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;
  private exitCode: number | null | undefined;
  private readonly killOnExit = (): void => {
    this.child.kill('SIGKILL');
  };

  constructor(
    private readonly name: string,
    binary: string,
    args: readonly string[],
  ) {
    const [program, argv] = hasSetpriv() ? [SETPRIV, ['--pdeathsig', 'KILL', '--', binary, ...args]] : [binary, [...args]];
    this.child = spawn(program, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    const append = (chunk: Buffer): void => {
      this.output = (this.output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
    };
    this.child.stdout?.on('data', append);
    this.child.stderr?.on('data', append);
    this.exited = new Promise((resolve) => {
      this.child.once('error', (error) => {
        append(Buffer.from(`${error.message}\n`));
        this.exitCode = null;
        resolve();
      });
      this.child.once('exit', (code) => {
        this.exitCode = code;
        resolve();
      });
    });
    this.pid = this.child.pid ?? -1;
    // An ordinary exit of the test process (a failed assertion, an uncaught error) kills the server too.
    if (this.pid !== -1) process.once('exit', this.killOnExit);
  }

  /** Throws when the server has exited. */
  assertRunning(): void {
    if (this.exitCode !== undefined) throw new Error(`${this.name} exited with code ${String(this.exitCode)}`);
  }

  /** The first match of `pattern` in the output, waiting for it; throws when the server exits or `timeoutMs` passes first. */
  async waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = pattern.exec(this.output);
      if (found !== null) return found;
      this.assertRunning();
      if (Date.now() > deadline) throw new Error(`${this.name} did not log ${String(pattern)} within ${timeoutMs} ms`);
      await sleep(20);
    }
  }

  /** SIGTERM, then SIGKILL after 5 s; resolves when the process has exited. */
  async stop(): Promise<void> {
    process.removeListener('exit', this.killOnExit);
    if (this.exitCode !== undefined || this.pid === -1) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await this.exited;
    clearTimeout(timer);
  }
}

function hasSetpriv(): boolean {
  try {
    accessSync(SETPRIV, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** One attribute (O, CN) of an X509Certificate's subject, as Node prints it (one `KEY=value` per line). */
export function nameField(subject: string, key: string): string {
  return subject.split('\n').find((line) => line.startsWith(`${key}=`))?.slice(key.length + 1) ?? '';
}
