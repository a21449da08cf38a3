import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { makeTemporaryDirectory } from '../../src/core/files.js';
import { stoppedBySignal } from '../../src/core/signal.js';
import { shellCommandRunner } from '../../src/release/command-runner.js';

test('a stop by SIGINT or SIGTERM kills the commands run in process groups of their own and removes the run\'s temporary directories, which finally blocks would not', { timeout: 30_000 }, async () => {
  const directory = await makeTemporaryDirectory('trust-kit-signal-test-');
  await writeFile(join(directory.path, 'asset'), 'downloaded\n');
  // As the gate runs a verification line: `sh -c` in a group of its own, here one that would run for a minute.
  const runner = shellCommandRunner({ path: process.env['PATH'] ?? '/usr/bin:/bin', home: undefined });
  const running = runner.run({ programs: [[{ value: 'sleep' }, { value: '60' }]], checks: [] }, { cwd: directory.path, timeoutMs: 60_000, maxOutputBytes: 1024 });
  // Let it start before the stop (a stop before the spawn has nothing to kill).
  await new Promise((resolve) => setTimeout(resolve, 300));
  // It says on stderr why the process stops, as it would before the signal ends it (here it does not).
  stoppedBySignal('SIGTERM');
  const run = await running;
  assert.equal(run.timedOut, false);
  assert.equal(run.exitCode, undefined, 'ended by the signal, not by itself');
  assert.equal(existsSync(directory.path), false);
  // Removed already: removing it again (the finally block of the code that made it) is harmless.
  await directory.remove();
});
