// Requests that get no answer at all: a server that holds the connection, a name that does not
// resolve, a port nobody listens on. The error must say which server and, for a timeout, how long
// was waited; and its hint must point at the way to the server, not at GitHub's API.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Logger } from '../../src/core/logger.js';
import type { RetryPolicy } from '../../src/core/retry.js';
import { createGitHubClient, storeAttestations } from '../../src/github/attestations.js';
import { githubReleases } from '../../src/github/releases.js';
import { startGitHubApi, unsignedAttestationBundle, type GitHubApiDouble } from '../support/github/index.js';

const POLICY: RetryPolicy = { retries: 2, minDelayMs: 1, maxDelayMs: 4, factor: 2, budgetMs: 60_000, timeoutMs: 200 };
const TOKEN = 'ghs_0123456789abcdefSECRET';
const quiet: Logger = { info() {}, debug() {}, warn() {} };

describe('GitHub API requests that get no answer', () => {
  let api: GitHubApiDouble;
  before(async () => {
    api = await startGitHubApi();
  });
  after(() => api.close());

  const unanswered = (code: string, message: RegExp) => (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, code, error.message);
    assert.match(error.message, message);
    assert.match(error.hint ?? '', /GITHUB_API_URL.*proxy/);
    assert.doesNotMatch(error.hint ?? '', /kept failing/);
    assert.ok(!`${error.message} ${error.hint}`.includes(TOKEN));
    return true;
  };

  test('a server that never answers: every attempt is cut off at its timeout, and the error names the server and the timeout', async () => {
    const client = createGitHubClient({ token: TOKEN, apiUrl: api.url, serverUrl: 'https://github.com' });
    const port = githubReleases({ client, owner: 'o', repo: 'held', retry: POLICY, sleep: async () => {} });
    api.faults.hang({ route: 'releases.list', count: 3 });
    await assert.rejects(port.listReleases(), unanswered('GITHUB_RELEASE_API_FAILED', /^GET \/repos\/o\/held\/releases failed after 3 attempts: no answer from http:\/\/127\.0\.0\.1:\d+ within 200 ms/));
    api.faults.hang({ route: 'attestations.create', count: 3 });
    const bundle = unsignedAttestationBundle([{ name: 'a', digest: { sha256: 'a'.repeat(64) } }]);
    await assert.rejects(
      storeAttestations({ client, owner: 'o', repo: 'held', bundles: [bundle], logger: quiet, retry: POLICY, sleep: async () => {} }),
      unanswered('GITHUB_API_FAILED', /^POST \/repos\/o\/held\/attestations failed for the attestation after 3 attempts: no answer from http:\/\/127\.0\.0\.1:\d+ within 200 ms/),
    );
    assert.equal(api.faults.pending(), 0);
  });

  test('an asset download redirected to a host that does not answer: the error says the redirect host may be the one, as a firewall often blocks it', async () => {
    const client = createGitHubClient({ token: TOKEN, apiUrl: api.url, serverUrl: 'https://github.com' });
    const port = githubReleases({ client, owner: 'o', repo: 'assets', retry: POLICY, sleep: async () => {} });
    const release = await port.createDraft('v1', 'notes');
    const asset = await port.uploadAsset(release, { name: 'a.txt', label: 'a.txt', contentType: 'text/plain', size: 1, open: async function* () { yield Buffer.from('a'); } });
    api.faults.inject({ status: 302, headers: { location: 'http://127.0.0.1:1/objects/a.txt' } }, { route: 'releases.getAsset', count: 3 });
    await assert.rejects(port.downloadAsset(asset.id, 1), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'GITHUB_RELEASE_API_FAILED');
      assert.match(error.message, /no answer from http:\/\/127\.0\.0\.1:\d+ or the host it redirects asset downloads to \(connection failed: .*ECONNREFUSED 127\.0\.0\.1:1/);
      assert.match(error.hint ?? '', /redirects asset downloads to/);
      return true;
    });
    assert.equal(api.faults.pending(), 0);
  });

  test('a name that does not resolve: the error names the server, and the hint the network and GITHUB_API_URL', async () => {
    const client = createGitHubClient({ token: TOKEN, apiUrl: 'https://api.github.invalid/api/v3', serverUrl: 'https://ghe.invalid' });
    const port = githubReleases({ client, owner: 'o', repo: 'r', retry: POLICY, sleep: async () => {} });
    await assert.rejects(port.findRelease('v1'), unanswered('GITHUB_RELEASE_API_FAILED', /^GET \/repos\/o\/r\/releases\/tags\/v1 failed after 3 attempts: no answer from https:\/\/api\.github\.invalid \(connection failed: .*ENOTFOUND api\.github\.invalid/));
  });
});
