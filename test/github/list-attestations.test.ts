// listAttestations reads every page of GitHub's cursor pagination, within a bound: a digest is the subject
// of a release attestation in every immutable release that ships those bytes, so the one a check looks
// for (publish's, verify-release's) need not be among the first 100.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RetryPolicy } from '../../src/core/retry.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/attestations.js';
import { MAX_ATTESTATION_PAGES, githubReleases } from '../../src/github/releases.js';
import { startGitHubApi, unsignedAttestationBundle, type GitHubApiDouble } from '../support/github/index.js';

const POLICY: RetryPolicy = { retries: 2, minDelayMs: 1, maxDelayMs: 4, factor: 2, budgetMs: 60_000, timeoutMs: 5000 };
const RELEASE_V02 = 'https://in-toto.io/attestation/release/v0.2';
const SHARED = `sha256:${'5'.repeat(64)}`;

describe('listing the attestations of a digest', () => {
  let api: GitHubApiDouble;
  let client: GitHubClient;
  before(async () => {
    api = await startGitHubApi();
    client = createGitHubClient({ token: 'ghs_test', apiUrl: api.url, serverUrl: 'https://github.com' });
  });
  after(() => api.close());

  /** `count` release attestations of `owner/name` naming the shared digest, one per tag v1...v<count>, oldest first. */
  const attested = (name: string, count: number): void => {
    const repository = api.state.repository('octo-org', name);
    for (let index = 1; index <= count; index += 1) {
      const bundle = unsignedAttestationBundle([{ name: 'install.sh', digest: { sha256: SHARED.slice('sha256:'.length) } }], RELEASE_V02);
      api.state.attestations.push({ id: api.state.newId(), repository, bundle: { ...bundle, tag: `v${index}` }, subjectDigests: [SHARED], predicateType: RELEASE_V02, initiator: 'github' });
    }
  };

  test('250 release attestations of one digest: all three pages are read, so the release on the last one is found', async () => {
    attested('many', 250);
    const before = api.requestsTo('attestations.list').length;
    const bundles = await githubReleases({ client, owner: 'octo-org', repo: 'many', retry: POLICY }).listAttestations(SHARED, RELEASE_V02);
    assert.equal(bundles.length, 250);
    assert.deepEqual(bundles.at(-1)?.tag, 'v250');
    assert.equal(api.requestsTo('attestations.list').length - before, 3);
  });

  test(`more than ${MAX_ATTESTATION_PAGES} pages: GITHUB_RELEASE_API_FAILED saying not all were read, after ${MAX_ATTESTATION_PAGES} requests, never a list that silently lacks the rest`, async () => {
    attested('too-many', MAX_ATTESTATION_PAGES * 100 + 1);
    const before = api.requestsTo('attestations.list').length;
    await assert.rejects(githubReleases({ client, owner: 'octo-org', repo: 'too-many', retry: POLICY }).listAttestations(SHARED, RELEASE_V02), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'GITHUB_RELEASE_API_FAILED');
      assert.match(error.message, /more than 1000 attestations of type https:\/\/in-toto\.io\/attestation\/release\/v0\.2: not all of them were read/);
      return true;
    });
    assert.equal(api.requestsTo('attestations.list').length - before, MAX_ATTESTATION_PAGES);
  });

  test("a next link naming another host: only its cursor is taken, the next page is asked of GitHub's API", async () => {
    attested('elsewhere', 1);
    api.faults.inject({ status: 200, headers: { link: '<https://evil.example/next?after=aW5kZXg6MA>; rel="next"' }, body: { attestations: [] } }, { route: 'attestations.list' });
    const bundles = await githubReleases({ client, owner: 'octo-org', repo: 'elsewhere', retry: POLICY }).listAttestations(SHARED, RELEASE_V02);
    assert.equal(bundles.length, 1);
    assert.equal(api.faults.pending(), 0);
  });
});
