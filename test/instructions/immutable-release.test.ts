import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { silentLogger } from '../../src/core/logger.js';
import { runRelease, type ReleasePorts } from '../../src/release/index.js';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases } from '../../src/github/releases.js';
import { startGitHubApi } from '../support/github/index.js';
import { tempDir } from '../support/tmp.js';

const TAG_PUSH = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v1.0.0' };

async function project(t: Parameters<typeof tempDir>[0]): Promise<string> {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  return cwd;
}

const config = (immutable: string) => releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', sign: 'false', 'immutable-release': immutable }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });

test('immutable-release on a tag push: VERIFY.md checks GitHub\'s release attestation of that tag and repository', async (t) => {
  const cwd = await project(t);
  await runRelease(config('true'), { cwd, env: TAG_PUSH, logger: silentLogger });
  const text = await readFile(join(cwd, 'out', 'VERIFY.md'), 'utf8');
  assert.match(text, /```sh\ngh release verify 'v1\.0\.0' --repo 'octo-org\/octo-repo'\ngh release verify-asset 'v1\.0\.0' 'SHA256SUMS' --repo 'octo-org\/octo-repo'\n```/);
  const cwdOff = await project(t);
  await runRelease(config('false'), { cwd: cwdOff, env: TAG_PUSH, logger: silentLogger });
  assert.doesNotMatch(await readFile(join(cwdOff, 'out', 'VERIFY.md'), 'utf8'), /gh release/);
});

test('immutable-release on a GHE.com tenant or an Enterprise Server: gh release verify is told the server (HOST/OWNER/REPO), or it would ask github.com about a repository of the same name', async (t) => {
  for (const [server, host] of [['https://octo.ghe.com', 'octo.ghe.com'], ['https://ghe.example:8443/', 'ghe.example:8443']] as const) {
    const cwd = await project(t);
    await runRelease(config('true'), { cwd, env: { ...TAG_PUSH, GITHUB_SERVER_URL: server }, logger: silentLogger });
    const text = await readFile(join(cwd, 'out', 'VERIFY.md'), 'utf8');
    assert.ok(text.includes(`gh release verify 'v1.0.0' --repo '${host}/octo-org/octo-repo'\ngh release verify-asset 'v1.0.0' 'SHA256SUMS' --repo '${host}/octo-org/octo-repo'`), text);
  }
  const cwd = await project(t);
  await runRelease(config('true'), { cwd, env: { ...TAG_PUSH, GITHUB_SERVER_URL: 'https://github.com' }, logger: silentLogger });
  assert.match(await readFile(join(cwd, 'out', 'VERIFY.md'), 'utf8'), /gh release verify 'v1\.0\.0' --repo 'octo-org\/octo-repo'\n/);
});

test('immutable-release outside a tag push fails with a coded error before anything is written', async (t) => {
  for (const env of [{ ...TAG_PUSH, GITHUB_REF_TYPE: 'branch' }, { ...TAG_PUSH, GITHUB_REPOSITORY: '' }, {}]) {
    const cwd = await project(t);
    await assert.rejects(runRelease(config('true'), { cwd, env, logger: silentLogger }), { code: 'RELEASE_NOT_A_TAG' });
    assert.deepEqual(await readdir(cwd), ['dist']);
  }
});

test('immutable-release outside a tag push names the release it publishes to GitHub (workflow_dispatch with a tag, the CLI): VERIFY.md checks that tag\'s release, so a previous immutable release no longer makes every such run a downgrade it cannot answer', async (t) => {
  const api = await startGitHubApi();
  t.after(() => api.close());
  api.state.repository('octo-org', 'octo-repo').immutableReleases = true;
  const cwd = await project(t);
  const publishing = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', sign: 'false', 'immutable-release': 'true', 'github-release': 'true', tag: 'v1.2.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  const releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner: 'octo-org', repo: 'octo-repo', retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
  const dispatch = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'main' };
  const result = await runRelease(publishing, { cwd, env: dispatch, logger: silentLogger, githubRelease: { tag: 'v1.2.0', releases } });
  assert.equal(result.githubRelease?.immutable, true);
  assert.match(await readFile(join(cwd, 'out', 'VERIFY.md'), 'utf8'), /gh release verify 'v1\.2\.0' --repo 'octo-org\/octo-repo'\n/);
});

test('immutable-release for a pushed tag named like an option is refused before anything is written: gh release verify would read it as one', async (t) => {
  const cwd = await project(t);
  await assert.rejects(runRelease(config('true'), { cwd, env: { ...TAG_PUSH, GITHUB_REF_NAME: '--repo=other/x' }, logger: silentLogger }), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'RELEASE_NOT_A_TAG');
    assert.match(error.message, /"--repo=other\/x" is not a tag name VERIFY\.md can give gh/);
    return true;
  });
  assert.deepEqual(await readdir(cwd), ['dist']);
});

test('immutable-release while publishing to another tag than the pushed one is refused before anything is written: VERIFY.md would check the pushed tag\'s release', async (t) => {
  const cwd = await project(t);
  const publishing = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', sign: 'false', 'immutable-release': 'true', 'github-release': 'true', tag: 'v2.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  await assert.rejects(runRelease(publishing, { cwd, env: TAG_PUSH, logger: silentLogger }), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'RELEASE_NOT_A_TAG');
    assert.match(error.message, /publishes to the release of v2\.0\.0, not of the pushed tag v1\.0\.0/);
    return true;
  });
  assert.deepEqual(await readdir(cwd), ['dist']);
});

test('immutable-release while publishing to another repository than the run\'s is refused before anything is written', async (t) => {
  const cwd = await project(t);
  const releases = {} as NonNullable<ReleasePorts['githubRelease']>['releases'];
  await assert.rejects(runRelease(config('true'), { cwd, env: TAG_PUSH, logger: silentLogger, githubRelease: { tag: 'v1.0.0', repository: 'octo-org/elsewhere', releases } }), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'RELEASE_NOT_A_TAG');
    assert.match(error.message, /publishes to octo-org\/elsewhere, not to octo-org\/octo-repo/);
    return true;
  });
  assert.deepEqual(await readdir(cwd), ['dist']);
});
