import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

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

test('a server started by the test support dies with its test process, on exit and on SIGTERM', async () => {
  for (const ending of ['exit', 'SIGTERM']) {
    const stdout = await new Promise<string>((resolve) => {
      execFile(NODE, ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'start-and-die.ts'), ending], (_error, out) => resolve(String(out)));
    });
    const pid = Number(stdout.trim());
    assert.ok(pid > 0, `no pid printed (${ending}): ${stdout}`);
    // SIGKILL is delivered at once; give the kernel a moment to finish the process.
    for (let i = 0; i < 50 && alive(pid); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    const stray = alive(pid);
    if (stray) process.kill(pid, 'SIGKILL');
    assert.equal(stray, false, `the server outlived its test process (${ending})`);
  }
});
