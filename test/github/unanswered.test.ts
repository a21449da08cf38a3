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

  test('a name that does not resolve: the error names the server, and the hint the network and GITHUB_API_URL', async () => {
    const client = createGitHubClient({ token: TOKEN, apiUrl: 'http://api.github.invalid/api/v3', serverUrl: 'https://ghe.invalid' });
    const port = githubReleases({ client, owner: 'o', repo: 'r', retry: POLICY, sleep: async () => {} });
    await assert.rejects(port.findRelease('v1'), unanswered('GITHUB_RELEASE_API_FAILED', /^GET \/repos\/o\/r\/releases\/tags\/v1 failed after 3 attempts: no answer from http:\/\/api\.github\.invalid \(connection failed: .*ENOTFOUND api\.github\.invalid/));
  });
});
