// A keyless release (the loopback Sigstore stack, the GitHub API double) that fails at one step after
// another, each time re-run as the next attempt of the job: the release it publishes in the end holds
// every file of the re-run and nothing of the failed attempt's, and passes the gate (the whole release
// verified against its own policy, as verify-release does).
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { silentLogger } from '../../src/core/logger.js';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases } from '../../src/github/releases.js';
import type { CommandRunner } from '../../src/release/gate.js';
import { emptyReleaseReport, runRelease, type ReleasePorts } from '../../src/release/index.js';
import { cli } from '../support/cli.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

const OWNER = 'octo-org';
const RETRY = { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 };
const NOTHING_INSTALLED: CommandRunner = { has: async () => false, run: async () => assert.fail('nothing is installed, so nothing runs') };

describe('a release re-run after it failed at each step that talks to GitHub', () => {
  let stack: SigstoreStack;
  let api: GitHubApiDouble;
  before(async () => {
    [stack, api] = await Promise.all([startSigstoreStack(), startGitHubApi()]);
  });
  after(async () => {
    await Promise.all([stack.close(), api.close()]);
  });

  const failures: { step: string; repo: string; code: string; inject: () => void; undo?: () => void }[] = [
    { step: 'downgrade', repo: 'dies-comparing', code: 'GITHUB_RELEASE_API_FAILED', inject: () => api.faults.serverError(500, { route: 'releases.list', after: 1 }) },
    { step: 'github-draft', repo: 'dies-uploading', code: 'GITHUB_RELEASE_API_FAILED', inject: () => api.faults.serverError(500, { route: 'releases.uploadAsset', after: 4 }) },
    {
      step: 'github-draft',
      repo: 'dies-before-the-checksums-kit-changes',
      code: 'GITHUB_RELEASE_API_FAILED',
      inject: () => api.faults.serverError(500, { route: 'releases.uploadAsset', after: 4 }),
      // The uploads died before the checksums file; by the re-run, the trusted root the kit carries was refreshed (here: the draft's copy differs).
      undo: () => {
        const draft = api.state.releases.forTag(api.state.repository(OWNER, 'dies-before-the-checksums-kit-changes'), 'v1.0.0');
        const index = draft?.assets.findIndex((asset) => asset.name === 'trust-kit-trusted-root.jsonl') ?? -1;
        const asset = draft?.assets[index];
        assert.ok(draft !== undefined && asset !== undefined, 'the failed run uploaded the kit');
        draft.assets[index] = { ...asset, bytes: Buffer.concat([asset.bytes, Buffer.from('\n')]) };
      },
    },
    { step: 'gate', repo: 'dies-in-the-gate', code: 'PUBLISH_GATE_FAILED', inject: () => api.state.releases.corruptDownloads.add('app.tgz'), undo: () => api.state.releases.corruptDownloads.delete('app.tgz') },
    { step: 'github-publish', repo: 'dies-publishing', code: 'GITHUB_RELEASE_API_FAILED', inject: () => api.faults.serverError(500, { route: 'releases.update' }) },
  ];
  for (const failure of failures) {
    test(`failed at ${failure.step} (${failure.repo}), then re-run: the release holds the re-run's files and nothing else, and passes the gate`, async (t) => {
      const cwd = await tempDir(t);
      await mkdir(join(cwd, 'dist'));
      await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
      await writeFile(join(cwd, 'dist', 'app.zip'), 'zip\n');
      await writeFile(join(cwd, 'event.json'), JSON.stringify({ repository: { visibility: 'public' } }));
      const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', 'fulcio-url': stack.fulcioURL, 'tsa-url': stack.tsaURL ?? '', 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath, attest: 'auto', 'artifact-bundles': 'true', 'audit-log': 'true', force: 'true', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
      const releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner: OWNER, repo: failure.repo, retry: RETRY });
      const ports = (attempt: number): ReleasePorts => ({
        cwd,
        env: { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: join(cwd, 'event.json'), GITHUB_RUN_ATTEMPT: String(attempt) },
        logger: silentLogger,
        oidcDiscoveryURL: stack.oidc.discoveryURL,
        githubRelease: { tag: 'v1.0.0', releases, commandRunner: NOTHING_INSTALLED },
      });
      failure.inject();
      const first = emptyReleaseReport();
      try {
        await assert.rejects(runRelease(config, ports(1), first), { code: failure.code });
      } finally {
        failure.undo?.();
      }
      assert.equal(first.failed?.step, failure.step, JSON.stringify(first.failed));

      const result = await runRelease(config, ports(2));
      assert.equal(result.githubRelease?.outcome, 'published');
      assert.ok(result.gate?.checks.every((check) => check.verdict === 'passed'), JSON.stringify(result.gate?.checks));
      assert.ok(result.gate?.checks.some((check) => check.what.startsWith('the whole release against its own policy')));
      const release = api.state.releases.forTag(api.state.repository(OWNER, failure.repo), 'v1.0.0');
      assert.equal(release?.draft, false);
      const made = await readdir(join(cwd, 'out'));
      assert.deepEqual(release.assets.map((asset) => asset.name).sort(), ['app.tgz', 'app.zip', ...made].sort(), 'the artifacts and the re-run\'s files, nothing of the failed attempt\'s beside them');
      for (const name of made) assert.ok(release.assets.find((asset) => asset.name === name)?.bytes.equals(await readFile(join(cwd, 'out', name))), `${name} is the re-run's`);

      // A consumer's check of the release as downloaded.
      const download = await tempDir(t);
      for (const asset of release.assets) await writeFile(join(download, asset.name), asset.bytes);
      // The release's policy, kept as the consumer's own outside the release directory.
      const policy = join(await tempDir(t), 'policy.json');
      await copyFile(join(download, 'trust-kit-policy.json'), policy);
      const verified = await cli(['verify-release', '.', '--policy', policy, '--trusted-root', stack.trustedRootPath], download);
      assert.equal(verified.code, 0, verified.stderr);
    });
  }
});
