// Two `generate-key-pair --force` runs at once with one prefix: the public key left must be the
// private key's. The first run (the real CLI) is stopped with SIGSTOP between putting its two files
// in place (test/support/fs-interrupt.ts); the second starts meanwhile; the first goes on.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createPublicKey } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { CLI_ENTRY, NODE, TSX } from '../support/leak-scan.js';
import { tempDir } from '../support/tmp.js';

const HOOK = join(import.meta.dirname, '../support/fs-interrupt.ts');
const ENV = { PATH: process.env['PATH'], SOURCE_DATE_EPOCH: '1700000000' };

/** The calls that change files under `root` a run of `args` makes, as the hook logs them ("N name path"). */
async function boundaries(t: TestContext, args: readonly string[], cwd: string, root: string): Promise<string[]> {
  const log = join(await tempDir(t), 'boundaries.log');
  const result = spawnSync(NODE, [...TSX, '--import', HOOK, CLI_ENTRY, ...args], { cwd, env: { ...ENV, TK_FS_ROOT: `${root}/`, TK_FS_LOG: log }, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return (await readFile(log, 'utf8')).trim().split('\n');
}

/** Runs the CLI; with `stopAt`, the run stops itself (SIGSTOP) at that boundary under `root`. */
function run(args: readonly string[], cwd: string, stop?: { root: string; at: number }): { pid: number; done: Promise<{ code: number | null; stderr: string }> } {
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
async function stopped(pid: number): Promise<void> {
  for (let tries = 0; tries < 1000; tries += 1) {
    if (/^State:\s+T/m.test(await readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''))) return;
    await sleep(20);
  }
  throw new Error(`process ${pid} never stopped`);
}

test('two generate-key-pair --force runs at once with one prefix never leave one pair\'s public key beside the other\'s private key', { skip: process.platform !== 'linux' && '/proc is Linux\'s', timeout: 60_000 }, async (t) => {
  const dir = await tempDir(t);
  const args = ['generate-key-pair', '--format', 'pkcs8', '--output-key-prefix', 'signing', '--force'];
  // Stopped just before the second of its files (the private key) is put in place: its public key is in place already.
  const renames = (await boundaries(t, args, dir, dir)).filter((line) => / renameSync /.test(line));
  assert.equal(renames.length, 2, renames.join('\n'));
  const first = run(args, dir, { root: dir, at: Number(renames[1]?.split(' ')[0]) });
  await stopped(first.pid);
  const second = run(args, dir);
  // The second run has its pair ready to put in place well within this (it either waits for the first or has written both).
  await sleep(3000);
  process.kill(first.pid, 'SIGCONT');
  const [one, two] = await Promise.all([first.done, second.done]);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(two.code, 0, two.stderr);
  const key = await readFile(join(dir, 'signing.key'), 'utf8');
  assert.equal(createPublicKey(key).export({ type: 'spki', format: 'pem' }), await readFile(join(dir, 'signing.pub'), 'utf8'), 'the public key is the private key\'s');
  assert.deepEqual((await readdir(dir)).sort(), ['signing.key', 'signing.pub']);
});
