// GitHub's API as a broken or hostile server answers it: a 200 whose JSON is not what GitHub sends,
// and rate limits in every form GitHub documents (403 or 429; Retry-After, or x-ratelimit-reset).
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import type { Logger } from '../../src/core/logger.js';
import type { RetryPolicy } from '../../src/core/retry.js';
import { createGitHubClient, storeAttestations, type GitHubClient } from '../../src/github/attestations.js';
import { githubReleases, type Release, type ReleasesPort } from '../../src/github/releases.js';
import { apiError, startGitHubApi, unsignedAttestationBundle, type GitHubApiDouble } from '../support/github/index.js';

const POLICY: RetryPolicy = { retries: 4, minDelayMs: 1, maxDelayMs: 4, factor: 2, budgetMs: 60_000, timeoutMs: 5000 };
const TOKEN = 'ghs_0123456789abcdefSECRET';
const quiet: Logger = { info() {}, debug() {}, warn() {} };

describe('GitHub API answers that are not what GitHub sends', () => {
  let api: GitHubApiDouble;
  let client: GitHubClient;
  let releases: ReleasesPort;
  let waits: number[];
  before(async () => {
    api = await startGitHubApi();
    client = createGitHubClient({ token: TOKEN, apiUrl: api.url, serverUrl: 'https://github.com' });
  });
  after(() => api.close());
  afterEach(() => assert.equal(api.faults.pending(), 0, 'every injected fault was met'));
  const fresh = (repo: string): ReleasesPort => {
    waits = [];
    releases = githubReleases({ client, owner: 'octo-org', repo, retry: POLICY, sleep: async (ms) => void waits.push(ms) });
    return releases;
  };
  const malformed = (route: RegExp, why: RegExp) => (error: Error & { code?: string }) => {
    assert.equal(error.code, 'GITHUB_RELEASE_API_FAILED', error.message);
    assert.match(error.message, route);
    assert.match(error.message, why);
    assert.ok(!error.message.includes(TOKEN));
    return true;
  };

  test('a 200 whose JSON is not a release, a list of releases or assets, an asset or a list of attestations is GITHUB_RELEASE_API_FAILED naming the request, not a crash or a release with no id', async () => {
    const port = fresh('malformed');
    api.faults.inject({ status: 200, body: {} }, { route: 'releases.getByTag' });
    await assert.rejects(port.findRelease('v1'), malformed(/GET \/repos\/octo-org\/malformed\/releases\/tags\/v1/, /not a release: id is not a positive integer/));
    api.faults.inject({ status: 200, body: { message: 'not a list' } }, { route: 'releases.list' });
    await assert.rejects(port.findRelease('v1'), malformed(/GET \/repos\/octo-org\/malformed\/releases\b/, /not a list of releases/));
    api.faults.inject({ status: 200, body: [{ id: 7, tag_name: 'v1', draft: 'yes', upload_url: 'https://uploads.example/x' }] }, { route: 'releases.list' });
    await assert.rejects(port.listReleases(), malformed(/releases/, /draft is not true or false/));
    api.faults.inject({ status: 201, body: [] }, { route: 'releases.create' });
    await assert.rejects(port.createDraft('v1', 'notes'), malformed(/POST \/repos\/octo-org\/malformed\/releases/, /not a release/));
    api.faults.inject({ status: 200, body: [{ id: 1, state: 'uploaded', size: 3 }] }, { route: 'releases.listAssets' });
    await assert.rejects(port.listAssets(1), malformed(/releases\/1\/assets/, /name is not a non-empty string/));
    api.faults.inject({ status: 200, body: [{ id: 1, name: 'a', state: 'uploaded', size: -1 }] }, { route: 'releases.listAssets' });
    await assert.rejects(port.listAssets(1), malformed(/releases\/1\/assets/, /size is not a non-negative integer/));
    api.faults.inject({ status: 200, body: { attestations: { bundle: {} } } }, { route: 'attestations.list' });
    await assert.rejects(port.listAttestations(`sha256:${'a'.repeat(64)}`, 'https://in-toto.io/attestation/release/v0.1'), malformed(/attestations/, /attestations is not a list/));
  });

  test('a 201 from the attestations API without an attestation id is GITHUB_API_FAILED, not an attestation "stored" as "undefined"', async () => {
    const bundle = unsignedAttestationBundle([{ name: 'a', digest: { sha256: 'a'.repeat(64) } }]);
    for (const body of [{}, { id: 'x\n::set-output name=a::b' }, null]) {
      api.faults.inject({ status: 201, body }, { route: 'attestations.create' });
      await assert.rejects(storeAttestations({ client, owner: 'octo-org', repo: 'no-id', bundles: [bundle], logger: quiet, retry: POLICY, sleep: async () => {} }), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'GITHUB_API_FAILED');
        assert.match(error.message, /POST \/repos\/octo-org\/no-id\/attestations: GitHub's answer for the attestation holds no attestation id/);
        return true;
      });
    }
  });

  test('a 404 on reading a repository\'s releases (a wrong repository, or a private one the token cannot see) is GITHUB_RELEASE_NOT_FOUND saying what to check, not "kept failing through every retry"', async () => {
    const port = fresh('missing');
    api.faults.inject(apiError(404, 'Not Found'), { route: 'releases.list' });
    await assert.rejects(port.findRelease('v1'), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'GITHUB_RELEASE_NOT_FOUND', error.message);
      assert.match(error.message, /^GET \/repos\/octo-org\/missing\/releases was not found: HTTP 404: Not Found$/);
      assert.match(error.hint ?? '', /GITHUB_REPOSITORY.*--repo/);
      assert.match(error.hint ?? '', /token/);
      assert.doesNotMatch(error.hint ?? '', /kept failing/);
      return true;
    });
    assert.deepEqual(waits, [], 'a 404 is not retried');
    api.faults.inject(apiError(400, 'Bad request'), { route: 'releases.list' });
    await assert.rejects(port.listReleases(), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'GITHUB_RELEASE_API_FAILED');
      assert.doesNotMatch(error.hint ?? '', /kept failing through every retry/);
      return true;
    });
  });

  test('a 401 (a token expired, revoked or mistyped) says the token was not accepted, not that it lacks a permission, for releases and attestations', async () => {
    const port = fresh('expired');
    api.faults.inject(apiError(401, 'Bad credentials'), { route: 'releases.create' });
    await assert.rejects(port.createDraft('v1', 'notes'), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'GITHUB_RELEASE_PERMISSION_DENIED');
      assert.match(error.message, /HTTP 401: Bad credentials/);
      assert.match(error.hint ?? '', /did not accept the token/);
      assert.doesNotMatch(error.hint ?? '', /contents: write/);
      return true;
    });
    api.faults.inject(apiError(401, 'Bad credentials'), { route: 'attestations.create' });
    const bundle = unsignedAttestationBundle([{ name: 'a', digest: { sha256: 'a'.repeat(64) } }]);
    await assert.rejects(storeAttestations({ client, owner: 'octo-org', repo: 'expired', bundles: [bundle], logger: quiet, retry: POLICY, sleep: async () => {} }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'GITHUB_PERMISSION_DENIED');
      assert.match(error.hint ?? '', /did not accept the token/);
      assert.doesNotMatch(error.hint ?? '', /attestations: write/);
      return true;
    });
  });

  test('a release whose upload URL would send the token over plain HTTP (or is no URL) is refused before any upload', async () => {
    const port = githubReleases({ client: createGitHubClient({ token: TOKEN, apiUrl: 'https://api.github.example', serverUrl: 'https://github.com' }), owner: 'o', repo: 'r', retry: POLICY });
    const release: Release = { id: 1, tagName: 'v1', draft: true, immutable: false, body: '', uploadUrl: 'http://uploads.evil.example/repos/o/r/releases/1/assets{?name,label}' };
    const upload = { name: 'a', label: 'a', contentType: 'text/plain', size: 1, open: async function* () { yield Buffer.from('a'); } };
    await assert.rejects(port.uploadAsset(release, upload), malformed(/upload of a to release v1/, /upload URL .*not HTTPS/));
    await assert.rejects(port.uploadAsset({ ...release, uploadUrl: 'not a url' }, upload), malformed(/upload of a to release v1/, /upload URL .*not a URL/));
  });

  test("a release whose upload URL is on a host that is neither the API's nor its uploads. host (a lookalike, another port) is refused before the token is sent there", async () => {
    const port = githubReleases({ client: createGitHubClient({ token: TOKEN, apiUrl: 'https://api.github.example', serverUrl: 'https://github.com' }), owner: 'o', repo: 'r', retry: POLICY });
    const upload = { name: 'a', label: 'a', contentType: 'text/plain', size: 1, open: async function* () { yield Buffer.from('a'); } };
    for (const host of ['uploads.evil.example', 'uploads.github.example.evil.example', 'uploads.github.example:8443', 'api.github.example.evil.example', 'github.example']) {
      const release: Release = { id: 1, tagName: 'v1', draft: true, immutable: false, body: '', uploadUrl: `https://${host}/repos/o/r/releases/1/assets{?name,label}` };
      await assert.rejects(port.uploadAsset(release, upload), malformed(/upload of a to release v1/, /upload URL on https:\/\/\S+, which is neither the API's host \(api\.github\.example\) nor its uploads host \(uploads\.github\.example\): the token is not sent there/), host);
    }
  });

  test('a 422 whose validation error is custom carries GitHub\'s reason into the error, not only the code "custom"', async () => {
    const port = fresh('empty-asset');
    const release = await port.createDraft('v1', 'notes');
    await assert.rejects(port.uploadAsset(release, { name: 'empty.txt', label: 'empty.txt', contentType: 'text/plain', size: 0, open: async function* () {} }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'GITHUB_RELEASE_REJECTED', error.message);
      assert.match(error.message, /HTTP 422: Validation Failed \(size must be greater than or equal to 1\)/);
      return true;
    });
  });

  test('GitHub\'s rate limits are waited out within the budget: a 403 with x-ratelimit-remaining 0 until x-ratelimit-reset, a 403 with Retry-After (secondary limit)', async () => {
    const port = fresh('limited');
    const reset = Math.floor(Date.now() / 1000) + 3;
    api.faults.inject({ ...apiError(403, 'API rate limit exceeded for installation ID 1.'), headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } }, { route: 'releases.list' });
    api.faults.inject({ ...apiError(403, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'), headers: { 'retry-after': '5' } }, { route: 'releases.list' });
    assert.deepEqual(await port.listReleases(), []);
    assert.equal(waits.length, 2);
    assert.ok((waits[0] ?? 0) >= 1000 && (waits[0] ?? 0) <= 3000, `waited ${waits[0]} ms for a reset 3 s away`);
    assert.ok((waits[1] ?? 0) >= 5000, `waited ${waits[1]} ms after Retry-After: 5`);
  });

  test('GitHub\'s secondary limit on creating content asks for a minute (Retry-After: 60), which the default policy waits out, for uploads and attestations alike', async () => {
    const sleeps: number[] = [];
    const sleep = async (ms: number): Promise<void> => void sleeps.push(ms);
    const secondary = { ...apiError(403, 'You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your request again later.'), headers: { 'retry-after': '60' } };
    const port = githubReleases({ client, owner: 'octo-org', repo: 'many-assets', sleep });
    const release = await port.createDraft('v1', 'notes');
    api.faults.inject(secondary, { route: 'releases.uploadAsset' });
    const uploaded = await port.uploadAsset(release, { name: 'a.txt', label: 'a.txt', contentType: 'text/plain', size: 1, open: async function* () { yield Buffer.from('a'); } });
    assert.equal(uploaded.name, 'a.txt');
    api.faults.inject(secondary, { route: 'attestations.create' });
    const bundle = unsignedAttestationBundle([{ name: 'a', digest: { sha256: 'a'.repeat(64) } }]);
    assert.equal((await storeAttestations({ client, owner: 'octo-org', repo: 'many-assets', bundles: [bundle], logger: quiet, sleep }))[0]?.status, 'stored');
    assert.deepEqual(sleeps, [60_000, 60_000]);
  });

  test('an older GitHub\'s secondary limit (403 "abuse detection mechanism", no header) is a rate limit waited out, not a missing permission', async () => {
    const sleeps: number[] = [];
    api.faults.inject(apiError(403, 'You have triggered an abuse detection mechanism. Please wait a few minutes before you try again.'), { route: 'releases.list' });
    // The default policy: GitHub asks for a minute when it names no wait.
    assert.deepEqual(await githubReleases({ client, owner: 'octo-org', repo: 'abuse', sleep: async (ms) => void sleeps.push(ms) }).listReleases(), []);
    assert.deepEqual(sleeps, [60_000]);
  });

  test('a rate limit that outlasts the budget fails at once as GITHUB_RELEASE_RATE_LIMITED (GITHUB_RATE_LIMITED for attestations) saying until when, not as a missing permission', async () => {
    const port = fresh('limited-long');
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const limited = { ...apiError(403, 'API rate limit exceeded for installation ID 1.'), headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } };
    api.faults.inject(limited, { route: 'releases.list' });
    await assert.rejects(port.listReleases(), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'GITHUB_RELEASE_RATE_LIMITED');
      assert.match(error.message, /GET \/repos\/octo-org\/limited-long\/releases: GitHub's rate limit: HTTP 403: API rate limit exceeded/);
      assert.ok(error.message.includes(new Date(reset * 1000).toISOString()), error.message);
      assert.doesNotMatch(error.hint ?? '', /permission/);
      return true;
    });
    assert.deepEqual(waits, []);
    api.faults.inject(limited, { route: 'attestations.create' });
    const bundle = unsignedAttestationBundle([{ name: 'a', digest: { sha256: 'a'.repeat(64) } }]);
    await assert.rejects(storeAttestations({ client, owner: 'octo-org', repo: 'limited-long', bundles: [bundle], logger: quiet, retry: POLICY, sleep: async () => {} }), { code: 'GITHUB_RATE_LIMITED' });
  });

  test('a 503 or 429 whose Retry-After is a year away fails at the first attempt, saying how long it asked to wait and that the retries could not, not that they all failed', async () => {
    const bundle = unsignedAttestationBundle([{ name: 'a', digest: { sha256: 'a'.repeat(64) } }]);
    for (const [status, code, storeCode] of [[503, 'GITHUB_RELEASE_API_FAILED', 'GITHUB_API_FAILED'], [429, 'GITHUB_RELEASE_RATE_LIMITED', 'GITHUB_RATE_LIMITED']] as const) {
      const port = fresh(`busy-${status}`);
      const busy = { ...apiError(status, 'Service busy'), headers: { 'retry-after': '31536000' } };
      api.faults.inject(busy, { route: 'releases.list' });
      await assert.rejects(port.listReleases(), (error: Error & { code?: string; hint?: string }) => {
        assert.equal(error.code, code, error.message);
        assert.match(error.message, new RegExp(`HTTP ${status}: Service busy.*; it asked to wait 31536000 s, longer than the 60 s the retries may take$`));
        assert.doesNotMatch(`${error.message} ${error.hint ?? ''}`, /through every retry|after \d+ attempts/);
        return true;
      });
      assert.deepEqual(waits, []);
      api.faults.inject(busy, { route: 'attestations.create' });
      await assert.rejects(storeAttestations({ client, owner: 'octo-org', repo: `busy-${status}`, bundles: [bundle], logger: quiet, retry: POLICY, sleep: async () => {} }), (error: Error & { code?: string; hint?: string }) => {
        assert.equal(error.code, storeCode, error.message);
        assert.match(error.message, /; it asked to wait 31536000 s, longer than the 60 s the retries may take$/);
        assert.doesNotMatch(`${error.message} ${error.hint ?? ''}`, /through every retry/);
        return true;
      });
    }
  });
});

test('a reply larger than any GitHub sends is refused once, never retried, with what to check: not "kept failing through every retry", for releases and attestations', async (t) => {
  const { createServer } = await import('node:http');
  let requests = 0;
  const server = createServer((request, response) => {
    requests += 1;
    request.resume();
    response.writeHead(request.method === 'POST' ? 201 : 200, { 'content-type': 'application/json', 'content-length': String(5_000_000_000) });
    response.write('[');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  const { port } = server.address() as { port: number };
  const client = createGitHubClient({ token: TOKEN, apiUrl: `http://127.0.0.1:${port}`, serverUrl: 'https://github.com' });
  const releases = githubReleases({ client, owner: 'octo-org', repo: 'huge', retry: POLICY, sleep: async () => undefined });
  const tooLarge = (error: Error & { code?: string; hint?: string }): boolean => {
    assert.match(error.message, /answered with a Content-Length of 5000000000, more than the \d+ bytes its reply may hold/);
    assert.doesNotMatch(error.message, /attempts/);
    assert.match(error.hint ?? '', /^the server answered far more than this request takes/);
    assert.doesNotMatch(error.hint ?? '', /every retry/);
    return true;
  };
  await assert.rejects(releases.listReleases(), tooLarge);
  assert.equal(requests, 1, 'asked once');
  const bundle = unsignedAttestationBundle([{ name: 'a', digest: { sha256: 'a'.repeat(64) } }]);
  await assert.rejects(storeAttestations({ client, owner: 'octo-org', repo: 'huge', bundles: [bundle], logger: quiet, retry: POLICY, sleep: async () => {} }), tooLarge);
  assert.equal(requests, 2, 'asked once');
});

test('a request redirected to another host that refuses it names that host: the error named only the API', async (t) => {
  const { createServer } = await import('node:http');
  const refusing = createServer((request, response) => {
    request.resume();
    response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'bad request' }));
  });
  await new Promise<void>((listening) => refusing.listen(0, '127.0.0.1', listening));
  const refusingPort = (refusing.address() as { port: number }).port;
  const redirecting = createServer((request, response) => {
    request.resume();
    response.writeHead(307, { location: `http://127.0.0.1:${refusingPort}${request.url ?? '/'}` }).end();
  });
  await new Promise<void>((listening) => redirecting.listen(0, '127.0.0.1', listening));
  t.after(() => {
    refusing.close();
    redirecting.close();
  });
  const client = createGitHubClient({ token: TOKEN, apiUrl: `http://127.0.0.1:${(redirecting.address() as { port: number }).port}`, serverUrl: 'https://github.com' });
  const releases = githubReleases({ client, owner: 'octo-org', repo: 'moved', retry: POLICY, sleep: async () => undefined });
  await assert.rejects(releases.listReleases(), (error: Error & { code?: string }) => {
    assert.match(error.message, new RegExp(`HTTP 400 \\(redirected to http://127\\.0\\.0\\.1:${refusingPort}, which answered\\): bad request`));
    return true;
  });
});
