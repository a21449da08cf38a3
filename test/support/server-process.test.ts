import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { lockPort, startServer } from './server-process.js';

const NODE = join(import.meta.dirname, '../../node_modules/.bin/node');

/** Whether a process runs: a zombie (killed, not yet reaped by whoever adopted it) does not. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX] /.test(stat);
  } catch {
    return false;
  }
}

/** Waits up to a second for `pid` to end (SIGKILL is delivered at once; the kernel finishes the process a moment later). */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 50 && alive(pid); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  return !alive(pid);
}

test('a server dies with its test process, on exit and on SIGTERM', async () => {
  for (const ending of ['exit', 'SIGTERM']) {
    const stdout = await new Promise<string>((resolve) => {
      execFile(NODE, ['--import', 'tsx', join(import.meta.dirname, 'fixtures-start-and-die.ts'), ending], (_error, out) => resolve(String(out)));
    });
    const pid = Number(stdout.trim());
    assert.ok(pid > 0, `no pid printed (${ending}): ${stdout}`);
    const stray = !(await gone(pid));
    if (stray) process.kill(pid, 'SIGKILL');
    assert.equal(stray, false, `the server outlived its test process (${ending})`);
  }
});

test('stop() ends the server\'s whole process group: what it started goes too', async () => {
  const server = startServer('shell', 'sh', ['-c', 'sleep 30 & echo "child $!"; wait']);
  const child = Number((await server.waitForOutput(/^child (\d+)$/m, 10_000))[1]);
  assert.ok(alive(child));
  await server.stop();
  const stray = !(await gone(child));
  if (stray) process.kill(child, 'SIGKILL');
  assert.equal(stray, false, 'the server\'s child outlived stop()');
});

test('the output kept is bounded: its start and its end, with the middle dropped', async () => {
  const server = startServer('chatty', 'sh', ['-c', 'echo FIRST; head -c 1000000 /dev/zero | tr "\\0" a; echo; echo LAST; sleep 30']);
  try {
    await server.waitForOutput(/LAST/, 10_000);
    const output = server.output();
    assert.ok(output.length < 70 * 1024, `${output.length} characters kept`);
    assert.match(output, /^FIRST\n/);
    assert.match(output, /\[\.\.\. \d+ characters dropped \.\.\.\]/);
  } finally {
    await server.stop();
  }
});

test('waiting for a server that exits fails at once, with its exit code and output', async () => {
  const server = startServer('broken', 'sh', ['-c', 'echo "cannot bind"; exit 3']);
  await assert.rejects(server.waitUntil(async () => false, 30_000), /broken exited with code 3:\ncannot bind/);
  await assert.rejects(server.waitForOutput(/never/, 30_000), /broken exited with code 3/);
});

test('lockPort: one holder at a time; a dead holder\'s lock is taken over', async () => {
  const name = `test-lock-${process.pid}`;
  const release = await lockPort(1, { timeoutMs: 1_000, name });
  await assert.rejects(lockPort(1, { timeoutMs: 300, name }), /held port 1 for 300 ms/);
  await release();
  const again = await lockPort(1, { timeoutMs: 1_000, name });
  await again();
  // A lock left by a process that is gone (a pid no process has) is taken over.
  const lock = join(tmpdir(), `trust-kit-${name}.lock`);
  await mkdir(lock);
  await writeFile(join(lock, 'owner'), String(2 ** 22 + 1));
  await (await lockPort(1, { timeoutMs: 1_000, name }))();
});
