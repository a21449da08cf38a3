import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { readInputs, runAction } from '../../src/actions/io.js';
import { run } from '../../src/actions/release/main.js';
import { secretInput } from '../../src/actions/secret-input.js';
import { recordingIO } from '../support/action-io.js';
import { tempDir } from '../support/tmp.js';

const TOKEN = 'ghs_ThisRunnerTokenMustNeverBePrinted42';

test('readInputs leaves github-token to secretInput, which takes it trimmed into protected memory and out of the environment', () => {
  process.env['INPUT_GITHUB-TOKEN'] = TOKEN;
  process.env['INPUT_TAG'] = 'v1.0.0';
  try {
    assert.deepEqual(readInputs(['github-token', 'tag']), { tag: 'v1.0.0' });
  } finally {
    delete process.env['INPUT_GITHUB-TOKEN'];
    delete process.env['INPUT_TAG'];
  }
  const env: Record<string, string | undefined> = { 'INPUT_GITHUB-TOKEN': ` ${TOKEN}\n` };
  assert.equal(secretInput('github-token', {}, env)?.use((bytes) => bytes.toString('utf8')), TOKEN);
  assert.equal('INPUT_GITHUB-TOKEN' in env, false);
  assert.equal(secretInput('github-token', {}, { 'INPUT_GITHUB-TOKEN': '  ' }), undefined);
  assert.equal(secretInput('github-token', { 'github-token': ` ${TOKEN} ` }, {})?.use((bytes) => bytes.toString('utf8')), TOKEN, 'as a library caller gives it');
});

test('the release action\'s github-token is masked in every form and redacted where an answer repeats it', async (t) => {
  // A GitHub API whose refusal repeats the Authorization header it got.
  const echo = createServer((request, response) => {
    response.writeHead(401, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ message: `Bad credentials: ${request.headers.authorization ?? 'none'} (${Buffer.from(TOKEN).toString('base64')})` }));
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  t.after(() => echo.close());
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  const masked: string[] = [];
  const io = { ...recordingIO(), setSecret: (value: string) => void masked.push(value) };
  const env: Record<string, string | undefined> = { 'INPUT_GITHUB-TOKEN': TOKEN, GITHUB_API_URL: `http://127.0.0.1:${(echo.address() as AddressInfo).port}`, GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_REF: 'refs/tags/v1.0.0' };
  const inputs = { 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', sign: 'false', 'github-release': 'true' };
  await runAction(() => run(inputs, io, cwd, env), io);
  const failed = io.log.filter((line) => line.startsWith('failed '));
  assert.equal(failed.length, 1, io.log.join('\n'));
  assert.match(failed[0] ?? '', /Bad credentials: token \*\*\* \(\*\*\*\)/);
  assert.ok(masked.includes(TOKEN) && masked.includes(Buffer.from(TOKEN).toString('base64')), 'every form masked in the runner\'s log');
  assert.equal('INPUT_GITHUB-TOKEN' in env, false, 'out of the environment');
});

test('the release action takes its github-token out of the environment also when it does not publish (the input defaults to the job\'s token)', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  const io = recordingIO();
  const env: Record<string, string | undefined> = { 'INPUT_GITHUB-TOKEN': TOKEN, GITHUB_REPOSITORY: 'octo-org/octo-repo', SOURCE_DATE_EPOCH: '1700000000' };
  await runAction(() => run({ 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', sign: 'false' }, io, cwd, env), io);
  assert.equal(io.log.filter((line) => line.startsWith('failed ')).length, 0, io.log.join('\n'));
  assert.equal('INPUT_GITHUB-TOKEN' in env, false, 'out of the environment, where /proc/<pid>/environ would show it for the whole run');
});
