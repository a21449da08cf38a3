import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { run } from '../../src/actions/release/main.js';
import { generateSigningKeyPair } from '../../src/sigstore/sign/index.js';
import { recordingIO } from '../support/action-io.js';
import { tempDir } from '../support/tmp.js';

async function keyedProject(t: TestContext): Promise<string> {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  await writeFile(join(cwd, 'release.key'), generateSigningKeyPair(undefined).privateKeyPem, { mode: 0o600 });
  return cwd;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const KEYED = { 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', instance: 'key', key: 'release.key' };

test('a failure after signing keeps the signed checksums file, sets the outputs of what was made with their digests, and the summary says what failed', async (t) => {
  const cwd = await keyedProject(t);
  const io = recordingIO();
  // The artifact changes once it was hashed, while the checksums file is being signed: its own bundle must not be made.
  const info = io.info;
  io.info = (message) => {
    if (message.startsWith('signing SHA256SUMS')) writeFileSync(join(cwd, 'dist', 'app.tgz'), 'another release\n');
    info(message);
  };
  await assert.rejects(run({ ...KEYED, 'artifact-bundles': 'true' }, io, cwd, { GITHUB_ACTIONS: 'true' }), { code: 'RELEASE_ARTIFACT_CHANGED' });
  const out = join(cwd, 'trust-kit-out');
  assert.deepEqual((await readdir(out)).sort(), ['SHA256SUMS', 'SHA256SUMS.sigstore.json']);
  assert.equal(io.outputs['failed-step'], 'bundles');
  assert.equal(io.outputs['bundle-path'], join('trust-kit-out', 'SHA256SUMS.sigstore.json'));
  assert.equal(io.outputs['checksums-digest'], `sha256:${sha256(await readFile(join(out, 'SHA256SUMS')))}`);
  assert.deepEqual(JSON.parse(io.outputs.files ?? '[]'), [
    { name: 'SHA256SUMS', path: join('trust-kit-out', 'SHA256SUMS'), digest: { sha256: sha256(await readFile(join(out, 'SHA256SUMS'))) } },
    { name: 'SHA256SUMS.sigstore.json', path: join('trust-kit-out', 'SHA256SUMS.sigstore.json'), digest: { sha256: sha256(await readFile(join(out, 'SHA256SUMS.sigstore.json'))) } },
  ]);
  // What was not made has no output: a later step of the workflow cannot mistake it for made.
  for (const name of ['artifact-bundle-paths', 'verify-path', 'audit-log-path']) assert.equal(io.outputs[name], undefined, name);
  assert.match(io.summary, /\*\*Failed\*\* while signing each artifact: `RELEASE_ARTIFACT_CHANGED`/);
  assert.match(io.summary, /Written to `trust-kit-out` \(this run's files only\): `SHA256SUMS`, `SHA256SUMS\.sigstore\.json`/);
  assert.match(io.summary, /Not made: the artifacts' bundles, VERIFY\.md/);
});

test('the SBOMs\' digests in the outputs and in the checksums file are those of the bytes written (made with the text, not read back)', async (t) => {
  const cwd = await keyedProject(t);
  await writeFile(join(cwd, 'package-lock.json'), JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'app', version: '1.0.0', dependencies: { 'left-pad': '1.3.0' } }, 'node_modules/left-pad': { version: '1.3.0', resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz', license: 'WTFPL' } } }));
  const io = recordingIO();
  await run({ ...KEYED, 'sbom-format': 'spdx-json,cyclonedx-json', 'sbom-path': '.' }, io, cwd, { GITHUB_ACTIONS: 'true', SOURCE_DATE_EPOCH: '1700000000' });
  const files = JSON.parse(io.outputs.files ?? '[]') as { name: string; path: string; digest: { sha256: string } }[];
  const sums = await readFile(join(cwd, 'trust-kit-out', 'SHA256SUMS'), 'utf8');
  for (const name of ['sbom.spdx.json', 'sbom.cdx.json']) {
    const digest = sha256(await readFile(join(cwd, 'trust-kit-out', name)));
    assert.equal(files.find((file) => file.name === name)?.digest.sha256, digest, name);
    assert.ok(sums.includes(`${digest}  ${name}\n`), `${name} in SHA256SUMS`);
  }
});

test('a successful run sets an output for every file it made, with its digest, and none for the steps switched off', async (t) => {
  const cwd = await keyedProject(t);
  const io = recordingIO();
  await run({ ...KEYED, 'artifact-bundles': 'true', 'audit-log': 'true', 'verify-instructions': 'false' }, io, cwd, { GITHUB_ACTIONS: 'true', SOURCE_DATE_EPOCH: '1700000000' });
  const out = join(cwd, 'trust-kit-out');
  const made = ['SHA256SUMS', 'SHA256SUMS.sigstore.json', 'app.tgz.sigstore.json', 'trust-kit-audit.jsonl', 'trust-kit-audit.jsonl.sigstore.json'];
  assert.deepEqual((await readdir(out)).sort(), made);
  const files = JSON.parse(io.outputs.files ?? '[]') as { name: string; path: string; digest: { sha256: string } }[];
  assert.deepEqual(files.map((file) => file.name).sort(), made);
  for (const file of files) assert.equal(file.digest.sha256, sha256(await readFile(join(cwd, file.path))), file.name);
  assert.equal(io.outputs['artifact-bundle-paths'], join('trust-kit-out', 'app.tgz.sigstore.json'));
  assert.equal(io.outputs['audit-log-path'], join('trust-kit-out', 'trust-kit-audit.jsonl'));
  assert.equal(io.outputs['audit-log-bundle-path'], join('trust-kit-out', 'trust-kit-audit.jsonl.sigstore.json'));
  assert.equal(io.outputs['verify-path'], '', 'VERIFY.md was switched off');
  assert.equal(io.outputs['failed-step'], '');
  assert.doesNotMatch(io.summary, /Verification instructions/);
  assert.match(io.summary, /Signing audit log \(signed on its own, not listed in `SHA256SUMS`\): `trust-kit-audit\.jsonl`/);
  // A key's signatures have no log entry: the audit log says so, and who signed by the public key.
  const record = JSON.parse((await readFile(join(out, 'trust-kit-audit.jsonl'), 'utf8')).split('\n')[0] ?? '') as Record<string, unknown>;
  assert.deepEqual([record.signer, record.tlog, record.time], [{ publicKey: 'release.pub', ephemeral: false }, [], '2023-11-14T22:13:20.000Z']);
});

test('a release of thousands of artifacts keeps its job summary under the 1 MiB GitHub shows (past it GitHub drops the whole summary): long lists are cut short, VERIFY.md pointed to', { timeout: 120_000 }, async (t) => {
  const cwd = await keyedProject(t);
  // Long names (a file name takes 255 bytes) make every list long: VERIFY.md names each artifact and its bundle.
  const count = 2000;
  const name = (index: number): string => `artifact-${String(index).padStart(5, '0')}-${'x'.repeat(200)}.bin`;
  for (let index = 0; index < count; index += 1) await writeFile(join(cwd, 'dist', name(index)), `${index}\n`);
  const io = recordingIO();
  await run({ ...KEYED, 'artifact-bundles': 'true' }, io, cwd, {});
  const bytes = Buffer.byteLength(io.summary);
  assert.ok(bytes < 1024 * 1024, `${bytes} bytes`);
  assert.ok(io.summary.includes(`| ${name(0)} |`), 'the table starts as it did');
  assert.match(io.summary, /and \d+ more artifacts: SHA256SUMS lists every one/);
  assert.match(io.summary, /Each artifact also signed on its own.*and \d+ more/);
  assert.match(io.summary, /VERIFY\.md.*too long for the job summary/);
  // Each artifact (app.tgz too) with its bundle, the checksums file, its bundle and VERIFY.md.
  assert.equal((await readdir(join(cwd, 'trust-kit-out'))).length, count + 1 + 3, 'every file was still made');
});
