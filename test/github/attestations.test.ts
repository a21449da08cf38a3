import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, describe, test } from 'node:test';
import type { Logger } from '../../src/core/logger.js';
import type { RetryPolicy } from '../../src/core/retry.js';
import { InsecureRedirectError } from '../../src/core/proxied-fetch.js';
import { INSECURE_REDIRECT_HINT } from '../../src/github/http.js';
import { createGitHubClient, defaultApiUrl, githubInstanceKind, storeAttestations, type GitHubClient } from '../../src/github/attestations.js';
import { SecretBuffer } from '../../src/secrets/index.js';
import { organizationPlanMessage, startGitHubApi, unsignedAttestationBundle, USER_PRIVATE_MESSAGE, type GitHubApiDouble } from '../support/github/index.js';

const POLICY: RetryPolicy = { retries: 4, minDelayMs: 1, maxDelayMs: 4, factor: 2, budgetMs: 60_000, timeoutMs: 5000 };
const TOKEN = 'ghs_0123456789abcdefSECRET';

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info() {}, debug() {}, warn: (message) => void warnings.push(message) };
}

/** A loopback URL nothing listens on: a port just released. */
async function closedPortURL(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

function bundle(n: number): ReturnType<typeof unsignedAttestationBundle> {
  return unsignedAttestationBundle([{ name: `artifact-${n}.tgz`, digest: { sha256: n.toString(16).padStart(64, '0') } }]);
}

describe('storing attestations with GitHub\'s attestations API', () => {
  let api: GitHubApiDouble;
  let client: GitHubClient;
  before(async () => {
    api = await startGitHubApi();
    client = createGitHubClient({ token: TOKEN, apiUrl: api.url, serverUrl: 'https://github.com' });
  });
  after(() => api.close());
  afterEach(() => assert.equal(api.faults.pending(), 0, 'every injected fault was met'));

  const store = (options: { repo?: string; bundles?: ReturnType<typeof bundle>[]; logger?: Logger; sleep?: (ms: number) => Promise<void>; retry?: RetryPolicy }) =>
    storeAttestations({ client, owner: 'octo-org', repo: options.repo ?? 'octo-repo', bundles: options.bundles ?? [bundle(1)], logger: options.logger ?? recordingLogger(), retry: options.retry ?? POLICY, ...(options.sleep ? { sleep: options.sleep } : {}) });

  test('posts each bundle with the token and returns GitHub\'s ids in order', async () => {
    const before = api.records.length;
    const outcomes = await store({ bundles: [bundle(1), bundle(2)] });
    const posts = api.records.slice(before);
    assert.equal(posts.length, 2);
    assert.deepEqual(outcomes.map((outcome) => outcome.status), ['stored', 'stored']);
    const stored = api.state.attestations.slice(-2);
    assert.deepEqual(outcomes, stored.map((attestation) => ({ status: 'stored', id: String(attestation.id) })));
    assert.deepEqual(posts.map((record) => [record.method, record.path]), [['POST', '/repos/octo-org/octo-repo/attestations'], ['POST', '/repos/octo-org/octo-repo/attestations']]);
    assert.equal(posts[0]?.headers.authorization, `token ${TOKEN}`);
    assert.deepEqual(posts[1]?.body, { bundle: bundle(2) });
  });

  test('retries 5xx and 429, waiting at least as long as Retry-After asks', async () => {
    api.faults.serverError(502, { route: 'attestations.create' });
    api.faults.rateLimited(7, { route: 'attestations.create' });
    api.faults.serverError(503, { route: 'attestations.create' });
    const waits: number[] = [];
    const before = api.requestsTo('attestations.create').length;
    const outcomes = await store({ sleep: async (ms) => void waits.push(ms) });
    assert.equal(outcomes[0]?.status, 'stored');
    assert.deepEqual(api.requestsTo('attestations.create').slice(before).map((record) => record.status), [502, 429, 503, 201]);
    assert.equal(waits.length, 3);
    assert.ok((waits[1] ?? 0) >= 7000, `waited ${waits[1]} ms after Retry-After: 7`);
    assert.ok((waits[0] ?? 0) < 7000 && (waits[2] ?? 0) < 7000);
  });

  test('a Retry-After beyond the budget fails at once as a rate limit, naming the status', async () => {
    api.faults.rateLimited(3600, { route: 'attestations.create' });
    const waits: number[] = [];
    await assert.rejects(store({ sleep: async (ms) => void waits.push(ms) }), (error: { code?: string; message?: string }) => {
      assert.equal(error.code, 'GITHUB_RATE_LIMITED');
      assert.match(error.message ?? '', /HTTP 429: API rate limit exceeded/);
      return true;
    });
    assert.deepEqual(waits, []);
  });

  test('5xx through every retry fails with GITHUB_API_FAILED after a bounded number of attempts', async () => {
    api.faults.serverError(500, { route: 'attestations.create', count: 5 });
    const before = api.requestsTo('attestations.create').length;
    await assert.rejects(store({ sleep: async () => {} }), (error: { code?: string; message?: string; hint?: string }) => {
      assert.equal(error.code, 'GITHUB_API_FAILED');
      assert.match(error.message ?? '', /after 5 attempts: HTTP 500/);
      assert.ok(!(error.message ?? '').includes(TOKEN));
      return true;
    });
    assert.equal(api.requestsTo('attestations.create').length - before, 5);
  });

  test('an answer that never comes, or a refused connection, is retried, and reported as no answer', async () => {
    api.faults.hang({ route: 'attestations.create' });
    const before = api.requestsTo('attestations.create').length;
    const outcomes = await store({ retry: { ...POLICY, timeoutMs: 200 } });
    assert.equal(outcomes[0]?.status, 'stored');
    assert.deepEqual(api.requestsTo('attestations.create').slice(before).map((record) => record.status), [0, 201]);
    const closed = createGitHubClient({ token: TOKEN, apiUrl: await closedPortURL(), serverUrl: 'https://github.com' });
    let attempts = 0;
    await assert.rejects(storeAttestations({ client: closed, owner: 'o', repo: 'r', bundles: [bundle(1)], logger: recordingLogger(), retry: { ...POLICY, retries: 2 }, sleep: async () => void (attempts += 1) }), (error: { code?: string; message?: string }) => {
      assert.equal(error.code, 'GITHUB_API_FAILED');
      assert.match(error.message ?? '', /after 3 attempts: no answer from http:\/\/127\.0\.0\.1:\d+ \(connection failed: connect ECONNREFUSED 127\.0\.0\.1:\d+\)/);
      return true;
    });
    assert.equal(attempts, 2);
  });

  test('plan gating (user-owned private repository) skips every bundle with one request and warns with GitHub\'s reason', async () => {
    api.gate('octo-org/private-repo', 'user-private');
    const logger = recordingLogger();
    const before = api.records.length;
    const outcomes = await store({ repo: 'private-repo', bundles: [bundle(1), bundle(2), bundle(3)], logger });
    assert.deepEqual(outcomes, [1, 2, 3].map(() => ({ status: 'skipped', reason: USER_PRIVATE_MESSAGE })));
    assert.equal(api.records.length - before, 1, 'no retry and no request for the other bundles');
    assert.equal(logger.warnings.length, 1);
    assert.match(logger.warnings[0] ?? '', /octo-org\/private-repo: Feature not available for user-owned private repositories/);
  });

  test('plan gating of an organization is skipped with the organization\'s message', async () => {
    api.faults.planGated({ organization: 'octo-org' }, { route: 'attestations.create' });
    const outcomes = await store({});
    assert.deepEqual(outcomes, [{ status: 'skipped', reason: organizationPlanMessage('octo-org') }]);
  });

  test('a 403 for a missing permission is a failure, not a skip, and is not retried', async () => {
    api.faults.notAccessible({ route: 'attestations.create' });
    const before = api.records.length;
    await assert.rejects(store({}), (error: { code?: string; hint?: string }) => {
      assert.equal(error.code, 'GITHUB_PERMISSION_DENIED');
      assert.match(error.hint ?? '', /attestations: write/);
      return true;
    });
    assert.equal(api.records.length - before, 1);
  });

  test('a statement with a duplicate subject is rejected (422) without retry', async () => {
    const duplicate = unsignedAttestationBundle([{ name: 'a', digest: { sha256: 'c'.repeat(64) } }, { name: 'b', digest: { sha256: 'c'.repeat(64) } }]);
    const before = api.records.length;
    await assert.rejects(store({ bundles: [bundle(1), duplicate] }), (error: { code?: string; message?: string }) => {
      assert.equal(error.code, 'GITHUB_ATTESTATION_REJECTED');
      assert.match(error.message ?? '', /attestation 2 of 2: HTTP 422: Invalid Argument - duplicate subject in statement/);
      return true;
    });
    assert.equal(api.records.length - before, 2);
  });

  test('an error message GitHub sends is quoted on one line and bounded', async () => {
    api.faults.inject({ status: 422, body: { message: `bad\n\u001b[31m${'x'.repeat(10_000)}` } }, { route: 'attestations.create' });
    await assert.rejects(store({}), (error: { code?: string; message?: string }) => {
      assert.equal(error.code, 'GITHUB_ATTESTATION_REJECTED');
      assert.ok((error.message ?? '').length < 500);
      assert.ok(!(error.message ?? '').includes('\n') && !(error.message ?? '').includes('\u001b'));
      return true;
    });
  });

  test('GitHub Enterprise Server is refused before any request; GHE.com tenants are not', async () => {
    const before = api.records.length;
    const enterprise = createGitHubClient({ token: TOKEN, serverUrl: 'https://github.example.com', apiUrl: api.url });
    await assert.rejects(storeAttestations({ client: enterprise, owner: 'o', repo: 'r', bundles: [bundle(1)], logger: recordingLogger() }), { code: 'GITHUB_ENTERPRISE_SERVER_UNSUPPORTED' });
    assert.equal(api.records.length, before);
    const tenant = createGitHubClient({ token: TOKEN, serverUrl: 'https://octo.ghe.com', apiUrl: api.url });
    assert.equal((await storeAttestations({ client: tenant, owner: 'o', repo: 'r', bundles: [bundle(1)], logger: recordingLogger(), retry: POLICY }))[0]?.status, 'stored');
    assert.equal(githubInstanceKind('https://github.com'), 'github.com');
    assert.equal(defaultApiUrl('https://octo.ghe.com'), 'https://api.octo.ghe.com');
    assert.equal(defaultApiUrl('https://github.example.com'), 'https://github.example.com/api/v3');
    assert.throws(() => createGitHubClient({ token: TOKEN, apiUrl: 'https://user:pw@api.github.com' }), { code: 'GITHUB_API_URL_INVALID' });
    // Plain HTTP carries the token in the clear: taken on this machine's loopback (the double above) only.
    for (const apiUrl of ['http://192.0.2.2:5940', 'http://github.example.com/api/v3', 'http://127.attacker.example', 'http://0.0.0.0:8080']) {
      assert.throws(() => createGitHubClient({ token: TOKEN, apiUrl }), { code: 'GITHUB_API_URL_INVALID', message: /plain HTTP to another machine: the token would travel in the clear/ }, apiUrl);
    }
    createGitHubClient({ token: TOKEN, apiUrl: 'http://localhost:8080' });
  });

  test('a token with a trailing newline (or empty) is GITHUB_TOKEN_INVALID before any request, not half a minute of retries said as a network failure', async () => {
    const before = api.records.length;
    for (const token of [`${TOKEN}\n`, ` ${TOKEN}`, '', SecretBuffer.from(Buffer.from(`${TOKEN}\r\n`))]) {
      assert.throws(() => createGitHubClient({ token, apiUrl: api.url, serverUrl: 'https://github.com' }), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'GITHUB_TOKEN_INVALID');
        assert.equal(error.message.includes(TOKEN), false);
        return true;
      });
    }
    assert.equal(api.records.length, before);
  });

  test('a GITHUB_SERVER_URL that is not a URL (a bare host, as one might set it outside Actions) is a coded error naming it, not a TypeError', () => {
    for (const options of [{ serverUrl: 'ghe.example.com' }, { serverUrl: 'ghe.example.com', apiUrl: api.url }, { serverUrl: 'ftp://ghe.example.com', apiUrl: api.url }]) {
      assert.throws(() => createGitHubClient({ token: TOKEN, ...options }), (error: Error & { code?: string; hint?: string }) => {
        assert.equal(error.code, 'GITHUB_SERVER_URL_INVALID', error.message);
        assert.match(error.message, /GITHUB_SERVER_URL "(ftp:\/\/)?ghe\.example\.com" is not an http\(s\) URL/);
        assert.match(error.hint ?? '', /https:\/\/ghe\.example\.com|https:\/\/github\.com/);
        return true;
      });
    }
  });
});

test('a token in protected memory is read for each request\'s Authorization header only: `token` for a token, `bearer` for a JWT', async (t) => {
  const seen: (string | undefined)[] = [];
  const server = createServer((request, response) => {
    seen.push(request.headers.authorization);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = SecretBuffer.from(Buffer.from('ghs_protectedtoken'));
  const jwt = SecretBuffer.from(Buffer.from('eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjF9.c2ln'));
  await createGitHubClient({ token, apiUrl }).octokit.request('GET /rate_limit');
  await createGitHubClient({ token: jwt, apiUrl }).octokit.request('GET /rate_limit');
  await createGitHubClient({ token: 'ghs_plainstring', apiUrl }).octokit.request('GET /rate_limit');
  assert.deepEqual(seen, ['token ghs_protectedtoken', 'bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjF9.c2ln', 'token ghs_plainstring']);
  assert.equal(token.destroyed, false, 'still the caller\'s');
});

test('storing an attestation redirected to plain HTTP is refused at once with what happened and what to do, not retried nor reported as the API failing', async () => {
  let calls = 0;
  // What Octokit throws when its fetch fails: a RequestError of status 500 without a response, the fetch's error as its cause.
  const refusal = new InsecureRedirectError('POST https://api.github.com/repos/o/r/attestations was redirected to plain HTTP (http://api.example), which is not followed');
  const octokit = {
    request: () => {
      calls += 1;
      return Promise.reject(Object.assign(new Error(refusal.message), { name: 'HttpError', status: 500, cause: refusal }));
    },
  };
  const client = { octokit, serverUrl: 'https://github.com', apiUrl: 'https://api.github.com' } as unknown as GitHubClient;
  await assert.rejects(storeAttestations({ client, owner: 'o', repo: 'r', bundles: [bundle(1)], logger: recordingLogger(), retry: POLICY, sleep: async () => {} }), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'GITHUB_API_FAILED');
    assert.match(error.message, /^POST \/repos\/o\/r\/attestations failed for the attestation: POST https:\/\/api\.github\.com\/repos\/o\/r\/attestations was redirected to plain HTTP/);
    assert.doesNotMatch(error.message, /no answer|attempts/);
    assert.equal(error.hint, INSECURE_REDIRECT_HINT);
    return true;
  });
  assert.equal(calls, 1);
});
