import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { runActionBundle } from '../support/action-runner.js';
import { tempDir } from '../support/tmp.js';

const root = join(import.meta.dirname, '..', '..');

async function workspace(t: import('node:test').TestContext): Promise<string> {
  const dir = await tempDir(t, 'trust-kit-workspace-');
  await mkdir(join(dir, 'dist', 'sub'), { recursive: true });
  await writeFile(join(dir, 'dist', 'app.tgz'), 'app');
  await writeFile(join(dir, 'dist', 'sub', 'app.tgz'), 'other app');
  return dir;
}

test('the checksums action bundle writes the checksums file, outputs and summary', async (t) => {
  const dir = await workspace(t);
  const run = runActionBundle(join(root, 'actions/checksums/action.yml'), { 'subject-path': 'dist/*.tgz\ndist/sub', base: 'dist' }, dir);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.outputs['checksums-path'], join(dir, 'SHA256SUMS'));
  const subjects = JSON.parse(run.outputs.subjects ?? '') as { name: string; digest: { sha256: string } }[];
  assert.deepEqual(subjects.map((subject) => subject.name), ['app.tgz', 'sub/app.tgz']);
  assert.match(subjects[0]?.digest.sha256 ?? '', /^[0-9a-f]{64}$/);
  assert.match(run.summary, /\| app\.tgz \| 3 B \| `[0-9a-f]{64}` \|/);
  execFileSync('sha256sum', ['-c', join(dir, 'SHA256SUMS')], { cwd: join(dir, 'dist') });
});

test('the checksums action bundle fails with a coded error and writes nothing', async (t) => {
  const dir = await workspace(t);
  const run = runActionBundle(join(root, 'actions/checksums/action.yml'), { 'subject-path': 'dist/*.zip', algorithm: 'sha512' }, dir);
  assert.equal(run.status, 1);
  assert.match(run.stdout, /::error::CHECKSUMS_NO_MATCH: "dist\/\*\.zip" matches no file/);
  assert.deepEqual(run.outputs, {});
  const invalid = runActionBundle(join(root, 'actions/checksums/action.yml'), { 'subject-path': 'dist', algorithm: 'md5' }, dir);
  assert.match(invalid.stdout, /::error::CONFIG_INVALID: input "algorithm": is "md5"/);
});

test('the root release action bundle produces the checksums in its output directory', async (t) => {
  const dir = await workspace(t);
  const run = runActionBundle(join(root, 'action.yml'), { 'subject-path': 'dist', base: 'dist' }, dir);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.outputs['output-dir'], 'trust-kit-out');
  const sums = await readFile(join(dir, 'trust-kit-out', 'SHA256SUMS'), 'utf8');
  assert.match(sums, /^[0-9a-f]{64} {2}app\.tgz\n[0-9a-f]{64} {2}sub\/app\.tgz\n$/);
  assert.match(run.summary, /trust-kit release/);
});

test('the CLI bundle runs from the committed dist', async (t) => {
  const dir = await workspace(t);
  const out = execFileSync(process.execPath, [join(root, 'dist/cli/index.js'), 'checksums', '--base', 'dist', 'dist'], { cwd: dir, encoding: 'utf8' });
  assert.match(out, /app\.tgz\n/);
  assert.equal(execFileSync(process.execPath, [join(root, 'dist/cli/index.js'), '--version'], { encoding: 'utf8' }).trim(), JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version);
});
