import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { CLI_ENTRY, NODE, TSX } from './leak-scan.js';
import { tempDir } from './tmp.js';

// The real CLI run under test/support/fs-interrupt.ts: its file-system boundaries listed, or the run
// stopped (SIGSTOP) at one of them, so that a second run can go through while the first is paused.

const HOOK = join(import.meta.dirname, 'fs-interrupt.ts');
const ENV = { PATH: process.env['PATH'], SOURCE_DATE_EPOCH: '1700000000' };

/** The calls that change files under `root` a run of `args` makes, as the hook logs them ("N name path"). */
export async function boundaries(t: TestContext, args: readonly string[], cwd: string, root: string): Promise<string[]> {
  const log = join(await tempDir(t), 'boundaries.log');
  const result = spawnSync(NODE, [...TSX, '--import', HOOK, CLI_ENTRY, ...args], { cwd, env: { ...ENV, TK_FS_ROOT: `${root}/`, TK_FS_LOG: log }, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return (await readFile(log, 'utf8')).trim().split('\n');
}

/** Runs the CLI; with `stop`, the run stops itself (SIGSTOP) at that boundary under `root`. */
export function run(args: readonly string[], cwd: string, stop?: { root: string; at: number }): { pid: number; done: Promise<{ code: number | null; stderr: string }> } {
  const env = { ...ENV, ...(stop === undefined ? {} : { TK_FS_ROOT: `${stop.root}/`, TK_FS_AT: String(stop.at), TK_FS_SIGNAL: 'SIGSTOP' }) };
  const child = spawn(NODE, [...TSX, '--import', HOOK, CLI_ENTRY, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stderr }));
  });
  return { pid: child.pid ?? 0, done };
}

/** Waits until process `pid` is stopped. */
export async function stopped(pid: number): Promise<void> {
  for (let tries = 0; tries < 1000; tries += 1) {
    if (/^State:\s+T/m.test(await readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''))) return;
    await sleep(20);
  }
  throw new Error(`process ${pid} never stopped`);
}
