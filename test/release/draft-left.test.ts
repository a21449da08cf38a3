// Whether a failed run left a draft GitHub release, as its report says: a fact set where the draft is left
// or published, never read from the failure's error code.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { clockFromSourceDateEpoch } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases, type ReleasesPort } from '../../src/github/releases.js';
import { emptyReleaseReport, runRelease, type ReleaseReport } from '../../src/release/index.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { tempDir } from '../support/tmp.js';

const TAG = 'v1.0.0';
const NO_RETRY = { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 1000, timeoutMs: 5000 };

describe('the report of a failed publishing says whether the draft was left', () => {
  let api: GitHubApiDouble;
  before(async () => {
    api = await startGitHubApi();
  });
  after(() => api.close());

  /** Runs a release of one artifact to `repo` on the double (gate off), through `wrap`'s port, and returns its report after it failed with `code`. */
  async function failedRun(t: TestContext, repo: string, code: string, wrap: (inner: ReleasesPort) => ReleasesPort = (inner) => inner): Promise<ReleaseReport> {
    const dir = await project(t);
    const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', sign: 'false', 'sbom-format': 'none', force: 'true', gate: 'false', 'github-release': 'true', tag: TAG }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: true });
    const releases = wrap(githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner: 'octo-org', repo, retry: NO_RETRY }));
    const report = emptyReleaseReport();
    await assert.rejects(runRelease(config, { cwd: dir, env: {}, logger: silentLogger, clock: clockFromSourceDateEpoch('1700000000'), githubRelease: { tag: TAG, releases, attestationWaitsMs: [], sleep: async () => {} } }, report), (error: Error & { code?: string }) => {
      assert.equal(error.code, code, error.message);
      return true;
    });
    assert.equal(report.failed?.step, 'github-publish');
    return report;
  }

  async function project(t: TestContext): Promise<string> {
    const cwd = await tempDir(t);
    await mkdir(join(cwd, 'dist'));
    await writeFile(join(cwd, 'dist', 'app.tgz'), 'the release\n');
    return cwd;
  }

  const releaseOf = (repo: string) => api.state.releases.forTag(api.state.repository('octo-org', repo), TAG);

  test('publishing refused by GitHub leaves the draft, and the report names it', async (t) => {
    api.faults.serverError(500, { route: 'releases.update' });
    const report = await failedRun(t, 'left-update-failed', 'GITHUB_RELEASE_API_FAILED');
    const draft = releaseOf('left-update-failed');
    assert.equal(draft?.draft, true);
    assert.deepEqual(report.draftLeft, { tag: TAG, id: draft.id });
  });

  test('a draft changed by another run before publishing is left, and the report names it', async (t) => {
    // Another run deletes an asset once this run uploaded everything: the publish step finds the draft changed.
    const report = await failedRun(t, 'left-draft-changed', 'PUBLISH_DRAFT_CHANGED', (inner) => ({
      ...inner,
      listAssets: async (id) => {
        const listed = await inner.listAssets(id);
        return listed.some((asset) => asset.name === 'VERIFY.md') ? listed.filter((asset) => asset.name !== 'app.tgz') : listed;
      },
    }));
    const draft = releaseOf('left-draft-changed');
    assert.equal(draft?.draft, true);
    assert.deepEqual(report.draftLeft, { tag: TAG, id: draft.id });
  });

  test('a failure once the release is published (GitHub\'s release attestation invalid, or out of reach) leaves no draft, whatever its code', async (t) => {
    for (const [repo, code, attestationsDown] of [
      ['published-attestation-invalid', 'PUBLISH_RELEASE_ATTESTATION_INVALID', false],
      // A code of the GitHub client, not of the release attestation: the release is published all the same.
      ['published-attestations-unreachable', 'GITHUB_RELEASE_API_FAILED', true],
    ] as const) {
      api.state.repository('octo-org', repo).immutableReleases = true;
      if (attestationsDown) api.faults.serverError(503, { route: 'attestations.list', count: 10 });
      // GitHub's attestation leaves out the last asset.
      api.state.releases.signer = (statement) => ({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', dsseEnvelope: { payload: Buffer.from(JSON.stringify({ ...statement, subject: (statement.subject as unknown[]).slice(0, -1) })).toString('base64'), payloadType: 'application/vnd.in-toto+json', signatures: [] } });
      try {
        const report = await failedRun(t, repo, code);
        assert.equal(releaseOf(repo)?.draft, false, `${repo}: published`);
        assert.equal(report.draftLeft, undefined, repo);
      } finally {
        api.state.releases.signer = undefined;
      }
    }
  });
});
