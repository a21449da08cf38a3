// runRelease took no AbortSignal: a library caller (a server, a tool with its own deadline) could
// not stop a run but by ending its process. ReleasePorts.signal stops it between steps and between
// uploads, with RELEASE_ABORTED, keeping no file of the run that was not in place already.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases, type ReleasesPort } from '../../src/github/releases.js';
import { emptyReleaseReport, runRelease } from '../../src/release/index.js';
import { liveSecrets } from '../../src/secrets/live.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { startSigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

let api: GitHubApiDouble;
before(async () => {
  api = await startGitHubApi();
});
after(() => api.close());

const NO_RETRY = { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 };
const quiet = { info() {}, warn() {}, debug() {} };

async function project(t: TestContext): Promise<string> {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  await writeFile(join(cwd, 'dist', 'app.zip'), 'the zip\n');
  return cwd;
}

const stagingLeft = async (cwd: string): Promise<string[]> => (await readdir(cwd)).filter((name) => name.includes('trust-kit-staging'));

test('a run aborted before it starts fails with RELEASE_ABORTED and writes nothing', async (t) => {
  const cwd = await project(t);
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', sign: 'false' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  const report = emptyReleaseReport();
  await assert.rejects(runRelease(config, { cwd, env: {}, logger: quiet, signal: AbortSignal.abort(new Error('shutting down')) }, report), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'RELEASE_ABORTED');
    assert.match(error.message, /aborted by its caller \(shutting down\)/);
    return true;
  });
  assert.equal(report.failed?.step, 'output');
  assert.equal(existsSync(join(cwd, 'out')), false);
  assert.deepEqual(await stagingLeft(cwd), []);
});

test('a run aborted once its checksums file is written keeps none of its files: no output directory, no staging directory', async (t) => {
  const cwd = await project(t);
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', sign: 'false' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  const controller = new AbortController();
  const logger = { ...quiet, info: (message: string) => void (message.startsWith('checksums:') && controller.abort(new Error('deadline'))) };
  const report = emptyReleaseReport();
  await assert.rejects(runRelease(config, { cwd, env: {}, logger, signal: controller.signal }, report), { code: 'RELEASE_ABORTED' });
  assert.ok(report.failed !== undefined && report.failed.step !== 'checksums', JSON.stringify(report.failed));
  assert.equal(existsSync(join(cwd, 'out')), false, 'an aborted run is not salvaged into the output directory');
  assert.deepEqual(report.produced, []);
  assert.deepEqual(await stagingLeft(cwd), []);
});

test('a run aborted while it uploads to the GitHub release sends no further upload and leaves the draft, which it reports, for the next run', async (t) => {
  const cwd = await project(t);
  const repo = 'aborted-upload';
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', sign: 'false', 'verification-kit': 'false', 'github-release': 'true', tag: 'v1.0.0', gate: 'false', downgrade: 'off' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  const inner = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner: 'octo-org', repo, retry: NO_RETRY });
  const controller = new AbortController();
  let uploads = 0;
  const releases: ReleasesPort = {
    ...inner,
    uploadAsset: async (release, upload) => {
      uploads += 1;
      const uploaded = await inner.uploadAsset(release, upload);
      controller.abort(new Error('cancelled'));
      return uploaded;
    },
  };
  const report = emptyReleaseReport();
  await assert.rejects(runRelease(config, { cwd, env: {}, logger: quiet, signal: controller.signal, githubRelease: { tag: 'v1.0.0', releases } }, report), { code: 'RELEASE_ABORTED' });
  assert.equal(uploads, 1, 'no upload after the abort');
  const draft = api.state.releases.forTag(api.state.repository('octo-org', repo), 'v1.0.0');
  assert.equal(draft?.draft, true);
  assert.equal(draft.assets.length, 1);
  assert.deepEqual(report.draftLeft, { tag: 'v1.0.0', id: draft.id });
  assert.equal(report.failed?.step, 'github-draft');
  assert.ok(existsSync(join(cwd, 'out', 'SHA256SUMS')), 'the output directory was in place before the abort, as after any failed publishing');
  assert.deepEqual(await stagingLeft(cwd), []);
});

test('a keyless run aborted after its signing session opened wipes the session\'s identity token then, not at the caller\'s exit', async (t) => {
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const cwd = await project(t);
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  const controller = new AbortController();
  const logger = { ...quiet, info: (message: string) => void (message.startsWith('checksums:') && controller.abort(new Error('deadline'))) };
  const before = liveSecrets().length;
  await assert.rejects(runRelease(config, { cwd, env: { SIGSTORE_ID_TOKEN: stack.oidc.mintToken() }, logger, signal: controller.signal }), { code: 'RELEASE_ABORTED' });
  assert.equal(liveSecrets().length, before, 'no secret of the run is left alive');
  assert.equal(existsSync(join(cwd, 'out')), false);
});
