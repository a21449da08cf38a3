// The attest action loads the GitHub toolkit, which reads HTTPS_PROXY from the process environment
// when it loads and throws on a value that is no http(s) URL: the action crashed at start with a
// stack trace, whatever its inputs. The README promises PROXY_URL_INVALID. Run as a process, from
// source, with the variable in its real environment.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { NODE, TSX } from '../support/leak-scan.js';
import { tempDir } from '../support/tmp.js';

const ENTRY = join(import.meta.dirname, '..', '..', 'src', 'actions', 'attest', 'index.ts');

test('the attest action with a proxy variable that is no http(s) URL fails with PROXY_URL_INVALID, not a crash', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'app.tgz'), 'app\n');
  await writeFile(join(cwd, 'output'), '');
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, RUNNER_TEMP: cwd, GITHUB_OUTPUT: join(cwd, 'output'), HTTPS_PROXY: 'socks5://octo:hunter2@proxy.example:1080', 'INPUT_SUBJECT-PATH': 'app.tgz', INPUT_STORAGE: 'none' };
  const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(NODE, [...TSX, ENTRY], { cwd, env, timeout: 60_000 }, (error, stdout, stderr) => resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr }));
  });
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /::error::PROXY_URL_INVALID: HTTPS_PROXY \(socks5:\/\/…@proxy\.example:1080\) is not an http\(s\) proxy URL/);
  // The runner takes ::add-mask:: commands off the log: they are how the password is hidden, and only they name it.
  const shown = (run.stdout + run.stderr).split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
  assert.ok(run.stdout.includes('::add-mask::hunter2\n'), 'the proxy password is masked');
  assert.doesNotMatch(shown, /InvalidArgumentError|hunter2/);
});
