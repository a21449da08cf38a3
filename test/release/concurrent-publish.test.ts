// Two runs publishing one tag at once, as happens without a `concurrency:` group per tag.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { clockFromSourceDateEpoch } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases, type ReleasesPort } from '../../src/github/releases.js';
import { runRelease } from '../../src/release/index.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { tempDir } from '../support/tmp.js';

let api: GitHubApiDouble;
before(async () => {
  api = await startGitHubApi();
});
after(() => api.close());

test('a second run that starts once the first has uploaded its files: the first does not publish the draft the second has changed, which an immutable release would keep for good', async (t) => {
  const repo = 'concurrent';
  api.state.repository('octo-org', repo).immutableReleases = true;
  const client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url });
  const inner = githubReleases({ client, owner: 'octo-org', repo, retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
  const project = async (): Promise<string> => {
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
    return cwd;
  };
  // A key made for each run: the two runs' signatures differ, as two keyless runs' do.
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', 'github-release': 'true', tag: 'v1.0.0', gate: 'false' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  let secondLooked: () => void = () => {};
  const secondDone = new Promise<void>((resolve) => {
    secondLooked = resolve;
  });
  let firstAboutToPublish: () => void = () => {};
  const firstReady = new Promise<void>((resolve) => {
    firstAboutToPublish = resolve;
  });
  // The first run stops once its last file is uploaded (where the gate would check the draft) until the second has looked at the draft and deleted what it finds stale.
  const first: ReleasesPort = {
    ...inner,
    uploadAsset: async (release, upload) => {
      const uploaded = await inner.uploadAsset(release, upload);
      if (upload.name === 'VERIFY.md') {
        firstAboutToPublish();
        await secondDone;
      }
      return uploaded;
    },
  };
  const second: ReleasesPort = {
    ...inner,
    findRelease: async (tag) => {
      await firstReady;
      return inner.findRelease(tag);
    },
    // The second run stops after its look (and deletions), at the downgrade check before its own uploads.
    listReleases: async () => {
      secondLooked();
      // Held until the first run is done, so the outcome is the first's; then it stops.
      await firstRun.catch(() => {});
      throw new Error('the second run stops here');
    },
  };
  const firstCwd = await project();
  const secondCwd = await project();
  const firstRun: Promise<unknown> = runRelease(config, { cwd: firstCwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', releases: first } });
  const secondRun = runRelease(config, { cwd: secondCwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', releases: second } }).catch(() => {});
  const outcome = await firstRun.then(() => 'published', (error: Error & { code?: string }) => error.code ?? error.message);
  await secondRun;
  const release = api.state.releases.forTag(api.state.repository('octo-org', repo), 'v1.0.0');
  const names = release?.assets.map((asset) => asset.name).sort();
  if (release?.draft === false) assert.deepEqual(names, ['SHA256SUMS', 'SHA256SUMS.sigstore.json', 'VERIFY.md', 'app.tgz', 'trust-kit.pub'], `published with all of the first run's files, or not at all (first run: ${outcome})`);
  else assert.equal(outcome, 'PUBLISH_DRAFT_CHANGED');
});
