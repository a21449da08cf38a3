// Two runs publishing one tag at once, as happens without a `concurrency:` group per tag.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
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

const NO_RETRY = { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 };

/** A project whose one release file is dist/app.tgz. */
async function project(t: TestContext): Promise<string> {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
  return cwd;
}

test('a second run that starts once the first has uploaded its files: the first does not publish the draft the second has changed, which an immutable release would keep for good', async (t) => {
  const repo = 'concurrent';
  api.state.repository('octo-org', repo).immutableReleases = true;
  const client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url });
  const inner = githubReleases({ client, owner: 'octo-org', repo, retry: NO_RETRY });
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
  const firstCwd = await project(t);
  const secondCwd = await project(t);
  const firstRun: Promise<unknown> = runRelease(config, { cwd: firstCwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', releases: first } });
  const secondRun = runRelease(config, { cwd: secondCwd, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v1.0.0', releases: second } }).catch(() => {});
  const outcome = await firstRun.then(() => 'published', (error: Error & { code?: string }) => error.code ?? error.message);
  await secondRun;
  const release = api.state.releases.forTag(api.state.repository('octo-org', repo), 'v1.0.0');
  const names = release?.assets.map((asset) => asset.name).sort();
  if (release?.draft === false) assert.deepEqual(names, ['SHA256SUMS', 'SHA256SUMS.sigstore.json', 'VERIFY.md', 'app.tgz', 'trust-kit.pub'], `published with all of the first run's files, or not at all (first run: ${outcome})`);
  else assert.equal(outcome, 'PUBLISH_DRAFT_CHANGED');
});

test('two runs that both find no release of the tag and both create a draft (GitHub takes any number of drafts of one tag): they end on one draft, and no second draft is left beside the release', async (t) => {
  const repo = 'two-drafts';
  const client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url });
  const inner = githubReleases({ client, owner: 'octo-org', repo, retry: NO_RETRY });
  // Each run signs with a key of its own (as two keyless runs do): the later one finds the other's signature under its name, a coded error; what is checked is the release.
  const cwd = await project(t);
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', 'github-release': 'true', tag: 'v2.0.0', gate: 'false' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
  // Both look for the release to upload to (each run's last look, after the earlier steps') before either creates one: each finds none.
  let waiting = 0;
  let bothLooking: () => void = () => {};
  const together = new Promise<void>((resolve) => (bothLooking = resolve));
  const portFor = (): ReleasesPort => {
    let looks = 0;
    return {
      ...inner,
      findRelease: async (tag) => {
        looks += 1;
        if (looks === 2) {
          waiting += 1;
          if (waiting === 2) bothLooking();
          await together;
        }
        return inner.findRelease(tag);
      },
    };
  };
  const run = (dir: string): Promise<string> => runRelease(config, { cwd: dir, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: 'v2.0.0', releases: portFor() } }).then(() => 'published', (error: Error & { code?: string }) => error.code ?? error.message);
  const outcomes = await Promise.all([run(cwd), run(await project(t))]);
  const repository = api.state.repository('octo-org', repo);
  const ofTag = api.state.releases.releases.filter((release) => release.repository === repository && release.tagName === 'v2.0.0');
  assert.deepEqual(ofTag.map((release) => release.draft), [false], `one release of the tag, published, and no draft beside it (runs: ${outcomes.join(', ')})`);
  assert.ok(outcomes.includes('published'), outcomes.join(', '));
  assert.ok(outcomes.every((outcome) => outcome === 'published' || /^[A-Z_]+$/.test(outcome)), outcomes.join(', '));
});

test('a run that looks while two drafts of the tag stand (the second run has not yet deleted its own) finds the oldest: the one both racing runs keep, not the one about to be deleted', async () => {
  const client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url });
  const releases = githubReleases({ client, owner: 'octo-org', repo: 'drafts-standing', retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 } });
  const first = await releases.createDraft('v3.0.0', '');
  const second = await releases.createDraft('v3.0.0', '');
  assert.ok(second.id > first.id);
  assert.equal((await releases.findRelease('v3.0.0'))?.id, first.id);
});
