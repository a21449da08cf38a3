import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

test('trust-kit release --artifact-bundles --audit-log --no-verify-instructions: the bundles and the audit log are made, VERIFY.md is not', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  const run = await cli(['release', '--base', 'dist', '--sbom-format', 'none', '--artifact-bundles', '--audit-log', '--no-verify-instructions', 'dist'], cwd, { SOURCE_DATE_EPOCH: '0' });
  assert.equal(run.code, 0, run.stderr);
  const made = ['SHA256SUMS', 'SHA256SUMS.sigstore.json', 'app.tgz.sigstore.json', 'trust-kit-audit.jsonl', 'trust-kit-audit.jsonl.sigstore.json', 'trust-kit.pub'];
  assert.deepEqual((await readdir(join(cwd, 'trust-kit-out'))).sort(), made);
  assert.deepEqual(run.stdout.trimEnd().split('\n').sort(), made.map((name) => join('trust-kit-out', name)));
  // Outside GitHub Actions without a token: a key made for the run signs everything, and the log says so.
  const lines = (await readFile(join(cwd, 'trust-kit-out', 'trust-kit-audit.jsonl'), 'utf8')).trimEnd().split('\n');
  assert.deepEqual(
    lines.map((line) => JSON.parse(line) as Record<string, unknown>).map((record) => [record.kind, record.signed, record.signer, record.time]),
    [
      ['checksums', 'SHA256SUMS', { publicKey: 'trust-kit.pub', ephemeral: true }, '1970-01-01T00:00:00.000Z'],
      ['artifact', 'app.tgz', { publicKey: 'trust-kit.pub', ephemeral: true }, '1970-01-01T00:00:00.000Z'],
    ],
  );
});

test('a failed step says what was not made only of what was asked for', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  const failed = await cli(['release', '--base', 'dist', '--sbom-format', 'none', '--no-verify-instructions', '--artifact-bundles', '--audit-log', 'dist'], cwd, { GITHUB_ACTIONS: 'true' });
  assert.equal(failed.code, 1);
  assert.match(failed.stderr, /release failed while signing the checksums file\n {2}written to trust-kit-out \(this run's files only\): SHA256SUMS\n {2}not made: the signature, the artifacts' bundles, the audit log\n/);
});
