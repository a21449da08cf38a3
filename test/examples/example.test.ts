import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');

test('`npm run example` produces verifiable release evidence for the bundled example, offline', async () => {
  const run = spawnSync('npm', ['run', '-s', 'example'], { cwd: root, encoding: 'utf8', env: { ...process.env, ACTIONS_ID_TOKEN_REQUEST_URL: '', SIGSTORE_ID_TOKEN: '' } });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const out = join(root, 'out', 'example');
  const sums = await readFile(join(out, 'SHA256SUMS'), 'utf8');
  assert.match(sums, /^[0-9a-f]{64} {2}hello-cli-1\.0\.0\.tgz\n[0-9a-f]{64} {2}hello-cli\.mjs\n$/);
  execFileSync('sha256sum', ['-c', join(out, 'SHA256SUMS')], { cwd: join(root, 'examples', 'hello-cli', 'release') });
});
