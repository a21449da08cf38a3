// Names GitHub rewrites when it stores a release asset (spaces, unicode, characters it does not keep)
// are refused before anything is signed when the run publishes: the checksums file would name a
// file that is published under another name, so `sha256sum -c` on the downloads could not find it.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { run } from '../../src/actions/release/main.js';
import { githubAssetName } from '../../src/github/releases.js';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { refuseTooMany } from '../../src/release/steps/asset-names.js';
import { recordingIO } from '../support/action-io.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { tempDir } from '../support/tmp.js';

let api: GitHubApiDouble;
before(async () => {
  api = await startGitHubApi();
});
after(() => api.close());

const unsigned = { 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', sign: 'false', 'github-release': 'true', 'github-token': 'ghs_names' };
const env = () => ({ ...api.env, GITHUB_REPOSITORY: 'octo-org/names', GITHUB_REF: 'refs/tags/v1.0.0' });

async function artifacts(cwd: string, names: readonly string[]): Promise<void> {
  await mkdir(join(cwd, 'dist'), { recursive: true });
  for (const name of names) await writeFile(join(cwd, 'dist', name), `${name}\n`);
}

test('the names GitHub gives assets: letters, digits and ._-+@ kept, anything else a dot, no two dots in a row, no dot at either end', () => {
  assert.equal(githubAssetName('app-1.2.3+build@x_y.tgz'), 'app-1.2.3+build@x_y.tgz');
  assert.equal(githubAssetName('my app (linux).tgz'), 'my.app.linux.tgz');
  assert.equal(githubAssetName('app..tgz'), 'app.tgz');
  assert.equal(githubAssetName('.hidden~'), 'hidden');
  assert.equal(githubAssetName('caf\u00e9.zip'), 'caf.zip');
});

test('artifact names GitHub would rewrite are refused before anything is signed or uploaded, each with the name GitHub would give it', async (t) => {
  const cwd = await tempDir(t);
  await artifacts(cwd, ['my app.tgz', 'caf\u00e9.zip', 'ok.tgz']);
  const before = api.records.length;
  const io = recordingIO();
  await assert.rejects(run({ ...unsigned, sign: 'true' }, io, cwd, { ...env(), GITHUB_ACTIONS: 'true' }), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'RELEASE_ASSET_NAME_REWRITTEN');
    assert.match(error.message, /"caf\u00e9\.zip" \(published as "caf\.zip"\), "my app\.tgz" \(published as "my\.app\.tgz"\)/);
    assert.match(error.hint ?? '', /rename/);
    return true;
  });
  assert.equal(io.outputs['failed-step'], 'asset-names');
  assert.equal(api.records.length, before, 'GitHub was not asked anything');
  assert.equal(io.outputs['bundle-path'], undefined, 'nothing was signed');
});

test('a name with a bidirectional control is told escaped in the error and in the job summary\'s failure block, never raw (it shows the name in another order: app<U+202E>gpj.exe reads as appexe.jpg)', async (t) => {
  const cwd = await tempDir(t);
  await artifacts(cwd, ['app\u202egpj.exe']);
  const io = recordingIO();
  await assert.rejects(run(unsigned, io, cwd, env()), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'RELEASE_ASSET_NAME_REWRITTEN', error.message);
    assert.ok(error.message.includes('"app\\u202egpj.exe"'), error.message);
    return true;
  });
  assert.ok(!io.summary.includes('\u202e'), io.summary);
  assert.ok(io.summary.includes('app\\u202egpj.exe'), io.summary);
});

test('a name with dots in a row is refused too: GitHub keeps no two dots in a row (app..tgz is published as app.tgz)', async (t) => {
  const cwd = await tempDir(t);
  await artifacts(cwd, ['app..tgz', 'ok.tgz']);
  const before = api.records.length;
  await assert.rejects(run(unsigned, recordingIO(), cwd, env()), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'RELEASE_ASSET_NAME_REWRITTEN', error.message);
    assert.match(error.message, /"app\.\.tgz" \(published as "app\.tgz"\)/);
    return true;
  });
  assert.equal(api.records.length, before, 'GitHub was not asked anything');
});

test('names GitHub keeps are published under the name the checksums file lists', async (t) => {
  const cwd = await tempDir(t);
  await artifacts(cwd, ['app-1.0.0+linux@amd64.tgz']);
  const io = recordingIO();
  await run(unsigned, io, cwd, env());
  const release = api.state.releases.forTag(api.state.repository('octo-org', 'names'), 'v1.0.0');
  const sums = await readFile(join(cwd, 'trust-kit-out', 'SHA256SUMS'), 'utf8');
  assert.deepEqual(sums.trim().split('\n').map((line) => line.slice(66)), ['app-1.0.0+linux@amd64.tgz']);
  assert.ok(release?.assets.some((asset) => asset.name === 'app-1.0.0+linux@amd64.tgz'));
});

test('artifact names that differ only in case from another artifact or from a file trust-kit publishes are refused before anything is signed: GitHub holds one asset per name, whatever its case', async (t) => {
  for (const [names, shown] of [
    [['App.tgz', 'app.tgz'], /app\.tgz and App\.tgz/],
    [['verify.md', 'app.tgz'], /verify\.md and VERIFY\.md/],
    [['sha256sums', 'app.tgz'], /sha256sums and SHA256SUMS/],
  ] as const) {
    const cwd = await tempDir(t);
    await artifacts(cwd, names);
    const before = api.records.length;
    const io = recordingIO();
    await assert.rejects(run(unsigned, io, cwd, env()), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'RELEASE_NAME_CLASH', error.message);
      assert.match(error.message, shown);
      assert.match(error.hint ?? '', /rename/);
      return true;
    });
    assert.equal(io.outputs['failed-step'], 'asset-names');
    assert.equal(api.records.length, before, 'GitHub was not asked anything');
  }
});

test("an artifact named as a directory VERIFY.md's commands make in the download directory (trusted roots, the verifier), in any case, is refused before anything is signed: it would stop them", async (t) => {
  for (const [names, shown] of [
    [['trust-kit-roots', 'app.tgz'], /trust-kit-roots/],
    [['Trust-Kit-Roots', 'app.tgz'], /Trust-Kit-Roots and trust-kit-roots/],
    [['trust-kit-verifier', 'app.tgz'], /trust-kit-verifier/],
  ] as const) {
    const cwd = await tempDir(t);
    await artifacts(cwd, names);
    const before = api.records.length;
    await assert.rejects(run(unsigned, recordingIO(), cwd, env()), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'RELEASE_NAME_CLASH', error.message);
      assert.match(error.message, shown);
      return true;
    });
    assert.equal(api.records.length, before, 'GitHub was not asked anything');
  }
});

test('more files than the 1,000 assets a GitHub release holds are refused before anything is signed or uploaded', { timeout: 120_000 }, async (t) => {
  const cwd = await tempDir(t);
  // With the checksums file, 1,001 assets.
  await artifacts(cwd, Array.from({ length: 1000 }, (_, index) => `app-${index}.tgz`));
  const before = api.records.length;
  const io = recordingIO();
  await assert.rejects(run({ ...unsigned, 'verify-instructions': 'false' }, io, cwd, env()), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'RELEASE_TOO_MANY_ASSETS', error.message);
    assert.match(error.message, /1000 artifacts .* at least 1001 release assets, but a GitHub release holds at most 1000/);
    assert.match(error.hint ?? '', /archive/);
    return true;
  });
  assert.equal(io.outputs['failed-step'], 'asset-names');
  assert.equal(api.records.length, before, 'GitHub was not asked anything');
});

test('the assets counted before signing include those a signing run publishes for certain: the checksums file\'s bundle, the audit log and its bundle, the key\'s public half, required attestations', () => {
  const config = (raw: Record<string, string>) => releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', 'github-release': 'true', tag: 'v1.0.0', ...raw }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  const refused = (artifacts: number, raw: Record<string, string>): string | undefined => {
    try {
      refuseTooMany(artifacts, config(raw));
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  };
  // 997 artifacts, SHA256SUMS, its bundle, VERIFY.md: 1,000.
  assert.equal(refused(997, {}), undefined);
  assert.match(refused(998, {}) ?? '', /998 artifacts would make at least 1001 release assets/);
  assert.match(refused(997, { 'audit-log': 'true' }) ?? '', /at least 1002 release assets/);
  assert.match(refused(997, { key: 'release.key' }) ?? '', /at least 1001 release assets/);
  assert.match(refused(997, { attest: 'true' }) ?? '', /at least 1001 release assets/);
  assert.match(refused(499, { 'artifact-bundles': 'true' }) ?? '', /at least 1001 release assets/);
  // A run that may sign nothing (on-missing-token: skip) counts no signature.
  assert.equal(refused(998, { 'on-missing-token': 'skip' }), undefined);
});
