// The root action's and the CLI's publishing inputs: the tag, the token, the repository, and the names a release can hold.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { run } from '../../src/actions/release/main.js';
import { generateSigningKeyPair } from '../../src/sigstore/sign/index.js';
import { recordingIO } from '../support/action-io.js';
import { cli } from '../support/cli.js';
import { apiError, startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { tempDir } from '../support/tmp.js';

let api: GitHubApiDouble;
before(async () => {
  api = await startGitHubApi();
});
after(() => api.close());

async function artifacts(cwd: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    await mkdir(join(cwd, 'dist', name, '..'), { recursive: true });
    await writeFile(join(cwd, 'dist', name), `${name}\n`);
  }
}

const unsigned = { 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', sign: 'false', 'github-release': 'true', 'github-token': 'ghs_inputs' };

test('github-release publishes to the pushed tag\'s release and sets release-url, release-id and what was uploaded or skipped', async (t) => {
  const cwd = await tempDir(t);
  await artifacts(cwd, ['app.tgz']);
  const env = { ...api.env, GITHUB_REPOSITORY: 'octo-org/inputs', GITHUB_REF: 'refs/tags/v2.0.0' };
  const io = recordingIO();
  await run(unsigned, io, cwd, env);
  const release = api.state.releases.forTag(api.state.repository('octo-org', 'inputs'), 'v2.0.0');
  assert.equal(release?.draft, false);
  assert.equal(io.outputs['release-url'], 'https://github.com/octo-org/inputs/releases/tag/v2.0.0');
  assert.equal(io.outputs['release-id'], String(release?.id));
  assert.equal(io.outputs['release-uploaded'], 'app.tgz\nSHA256SUMS\nVERIFY.md');
  assert.equal(io.outputs['release-skipped'], '');
  assert.match(io.summary, /GitHub release \[https\\:\/\/github\.com\/octo-org\/inputs\/releases\/tag\/v2\.0\.0\]\(<https:\/\/github\.com\/octo-org\/inputs\/releases\/tag\/v2\.0\.0>\): published; 3 assets uploaded, 0 already there/);

});

test('a signed re-run for a release published already signs nothing, changes nothing and succeeds; another build under that tag is refused before signing', async (t) => {
  const cwd = await tempDir(t);
  await artifacts(cwd, ['app.tgz', 'app.zip']);
  const pair = generateSigningKeyPair(undefined);
  await writeFile(join(cwd, 'release.key'), pair.privateKeyPem, { mode: 0o600 });
  const inputs = { ...unsigned, sign: 'true', instance: 'key', key: 'release.key', force: 'true' };
  const env = { ...api.env, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'octo-org/rerun', GITHUB_REF: 'refs/tags/v1.0.0' };
  await run(inputs, recordingIO(), cwd, env);
  const bundle = await readFile(join(cwd, 'trust-kit-out', 'SHA256SUMS.sigstore.json'));
  const from = api.records.length;
  const again = recordingIO();
  await run(inputs, again, cwd, env);
  // Signing again would have made another bundle, which the published release does not hold.
  assert.deepEqual(api.records.slice(from).map((record) => record.method).filter((method) => method !== 'GET'), [], 'no upload, edit or delete');
  assert.deepEqual(await readFile(join(cwd, 'trust-kit-out', 'SHA256SUMS.sigstore.json')), bundle, 'the output directory is as the first run left it');
  assert.equal(again.outputs['release-uploaded'], '');
  assert.equal(again.outputs['release-skipped'], 'app.tgz\napp.zip\nSHA256SUMS');
  assert.match(again.summary, /published already with every artifact and the checksums file of this run: nothing signed/);
  // The reusable workflow attests and keeps the evidence only when the kit step wrote a checksums file.
  assert.equal(again.outputs['checksums-path'] ?? '', '');

  await writeFile(join(cwd, 'dist', 'app.zip'), 'another build\n');
  const other = recordingIO();
  await assert.rejects(run(inputs, other, cwd, env), { code: 'RELEASE_PUBLISHED_DIFFERS', message: /app\.zip is not sha256:[0-9a-f]{64}; SHA256SUMS does not list exactly this run's artifacts/ });
  assert.equal(other.outputs['failed-step'], 'published-release');
  assert.equal(other.outputs['bundle-path'], undefined, 'nothing was signed');
});

test('a run after a failure that left the signed checksums file in the draft replaces that run\'s signature, keeps the rest and publishes', async (t) => {
  const cwd = await tempDir(t);
  await artifacts(cwd, ['app.tgz', 'app.zip']);
  const pair = generateSigningKeyPair(undefined);
  await writeFile(join(cwd, 'release.key'), pair.privateKeyPem, { mode: 0o600 });
  const inputs = { ...unsigned, sign: 'true', instance: 'key', key: 'release.key', force: 'true' };
  const env = { ...api.env, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'octo-org/partial', GITHUB_REF: 'refs/tags/v1.0.0' };
  // app.tgz, app.zip, SHA256SUMS and its bundle go up; VERIFY.md is refused.
  api.faults.inject(apiError(401, 'Bad credentials'), { route: 'releases.uploadAsset', after: 4 });
  await assert.rejects(run(inputs, recordingIO(), cwd, env), { code: 'GITHUB_RELEASE_PERMISSION_DENIED' });
  const repository = api.state.repository('octo-org', 'partial');
  assert.deepEqual(api.state.releases.forTag(repository, 'v1.0.0')?.assets.map((asset) => asset.name), ['app.tgz', 'app.zip', 'SHA256SUMS', 'SHA256SUMS.sigstore.json']);
  const io = recordingIO();
  await run(inputs, io, cwd, env);
  const release = api.state.releases.forTag(repository, 'v1.0.0');
  assert.equal(release?.draft, false);
  assert.equal(io.outputs['release-skipped'], 'app.tgz\napp.zip\nSHA256SUMS');
  assert.equal(io.outputs['release-uploaded'], 'SHA256SUMS.sigstore.json\nVERIFY.md');
  assert.deepEqual(release?.assets.find((asset) => asset.name === 'SHA256SUMS.sigstore.json')?.bytes, await readFile(join(cwd, 'trust-kit-out', 'SHA256SUMS.sigstore.json')), 'the signature published is this run\'s');
});

test('a draft holding files the user uploaded under trust-kit\'s names (no trust-kit label) keeps them: the run refuses, naming the file, instead of deleting it', async (t) => {
  const cwd = await tempDir(t);
  await artifacts(cwd, ['app.tgz']);
  await writeFile(join(cwd, 'release.key'), generateSigningKeyPair(undefined).privateKeyPem, { mode: 0o600 });
  const inputs = { ...unsigned, sign: 'true', instance: 'key', key: 'release.key' };
  const env = { ...api.env, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'octo-org/users-own', GITHUB_REF: 'refs/tags/v1.0.0' };
  // The user's own draft: the artifact, checksums made by another tool, and their own signature of them.
  const repository = api.state.repository('octo-org', 'users-own');
  const sums = `${createHash('sha256').update('app.tgz\n').digest('hex')}  app.tgz\n`;
  const own = (name: string, text: string) => ({ id: api.state.newId(), name, label: '', contentType: 'application/octet-stream', bytes: Buffer.from(text), state: 'uploaded' as const });
  api.state.releases.releases.push({ id: api.state.newId(), repository, tagName: 'v1.0.0', commit: 'c'.repeat(40), name: 'v1.0.0', body: '', draft: true, immutable: false, prerelease: false, publishedAt: undefined, assets: [own('app.tgz', 'app.tgz\n'), own('SHA256SUMS', sums), own('SHA256SUMS.sigstore.json', '{"the user\'s own": "signature"}')] });
  await assert.rejects(run(inputs, recordingIO(), cwd, env), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'PUBLISH_ASSET_DIGEST_MISMATCH', error.message);
    assert.match(error.message, /SHA256SUMS\.sigstore\.json/);
    return true;
  });
  const release = api.state.releases.forTag(repository, 'v1.0.0');
  assert.equal(release?.assets.find((asset) => asset.name === 'SHA256SUMS.sigstore.json')?.bytes.toString(), '{"the user\'s own": "signature"}', 'the user\'s file is still there');
});

test('without github-release nothing is published and the release outputs are empty', async (t) => {
  const cwd = await tempDir(t);
  await artifacts(cwd, ['app.tgz']);
  const io = recordingIO();
  const before = api.records.length;
  await run({ ...unsigned, 'github-release': 'false' }, io, cwd, { ...api.env, GITHUB_REPOSITORY: 'octo-org/inputs', GITHUB_REF: 'refs/tags/v2.0.1' });
  assert.equal(api.records.length, before);
  assert.equal(io.outputs['release-url'], '');
  assert.equal(io.outputs['release-uploaded'], '');
});

test('publishing outside a tag push without a tag is a coded error naming input "tag"; an explicit tag is used', async (t) => {
  const cwd = await tempDir(t);
  await artifacts(cwd, ['app.tgz']);
  const env = { ...api.env, GITHUB_REPOSITORY: 'octo-org/inputs', GITHUB_REF: 'refs/heads/main' };
  const io = recordingIO();
  await assert.rejects(run(unsigned, io, cwd, env), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'CONFIG_INVALID');
    assert.match(error.message, /input "tag": is needed to publish a GitHub release outside a run for a tag push/);
    return true;
  });
  assert.match(io.summary, /\*\*Failed\*\* while reading the inputs: `CONFIG_INVALID`/);
  await assert.rejects(run({ ...unsigned, tag: 'v1 2' }, recordingIO(), cwd, env), /input "tag": is "v1 2", not a git tag name/);
  await assert.rejects(run({ ...unsigned, tag: 'v3.0.0', 'github-token': '' }, recordingIO(), cwd, env), /input "github-token": is empty/);
  await run({ ...unsigned, tag: 'v3.0.0' }, recordingIO(), cwd, env);
  assert.equal(api.state.releases.forTag(api.state.repository('octo-org', 'inputs'), 'v3.0.0')?.draft, false);
});

test('nested artifact names are refused before anything is signed or uploaded when publishing, with a hint', async (t) => {
  const cwd = await tempDir(t);
  await artifacts(cwd, ['linux/app', 'darwin/app', 'README.txt']);
  const before = api.records.length;
  const io = recordingIO();
  // Keyless signing would fail for want of a token: the names are refused first.
  await assert.rejects(run({ ...unsigned, sign: 'true' }, io, cwd, { ...api.env, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'octo-org/inputs', GITHUB_REF: 'refs/tags/v4.0.0' }), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'RELEASE_ASSET_NAME_NESTED');
    assert.match(error.message, /darwin\/app, linux\/app lie in a subdirectory .* \(darwin\/app and linux\/app would be one asset\)/);
    assert.match(error.hint ?? '', /merge-multiple/);
    return true;
  });
  assert.equal(io.outputs['failed-step'], 'asset-names');
  assert.equal(api.records.length, before, 'GitHub was not asked anything');
  assert.equal(io.outputs['bundle-path'], undefined, 'nothing was signed');
  // Without publishing, nested names are what the checksums file lists.
  await run({ ...unsigned, 'github-release': 'false', force: 'true' }, recordingIO(), cwd, {});
});

test('trust-kit release --github-release: the token from GH_TOKEN, the repository from --repo, the tag from --tag', async (t) => {
  const cwd = await tempDir(t);
  await artifacts(cwd, ['app.tgz']);
  const args = ['release', '--no-sign', '--sbom-format', 'none', '--base', 'dist', '--github-release', 'dist'];
  const noToken = await cli([...args, '--tag', 'v5.0.0'], cwd, { ...api.env });
  assert.equal(noToken.code, 2, noToken.stderr);
  assert.match(noToken.stderr, /--github-release: needs a token with contents: write in GH_TOKEN or GITHUB_TOKEN\n {2}--repo: is needed/);
  const noTag = await cli(args, cwd, { ...api.env, GH_TOKEN: 'ghs_cli' });
  assert.match(noTag.stderr, /--tag: is needed to publish/);
  const published = await cli([...args, '--tag', 'v5.0.0', '--repo', 'octo-org/cli'], cwd, { ...api.env, GH_TOKEN: 'ghs_cli' });
  assert.equal(published.code, 0, published.stderr);
  assert.match(published.stderr, /GitHub release https:\/\/github\.com\/octo-org\/cli\/releases\/tag\/v5\.0\.0: published; 3 uploaded, 0 already there/);
  assert.equal(api.state.releases.forTag(api.state.repository('octo-org', 'cli'), 'v5.0.0')?.assets.length, 3);
  assert.ok(api.records.every((record) => record.headers.authorization === undefined || !JSON.stringify(record.body ?? '').includes('ghs_cli')));
});
