// What the GitHub client keeps of its token between requests: nothing but the protected bytes, from
// which each request's Authorization header is made and dropped (keep-alive connections included).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { createGitHubClient } from '../../src/github/attestations.js';
import { SecretBuffer } from '../../src/secrets/index.js';
import { heapHolds } from '../support/heap-scan.js';

test('a GitHub client keeps no string of its token once its concurrent requests are done', async (t) => {
  // Made as bytes: the test itself keeps no string of it.
  const token = Buffer.from(`ghs_${randomBytes(18).toString('hex')}`);
  let authorized = 0;
  const api = createServer((request, response) => {
    if (request.headers.authorization !== undefined) authorized += 1;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"id":1}');
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  t.after(() => api.close());
  const { octokit } = createGitHubClient({ token: SecretBuffer.from(Buffer.from(token)), apiUrl: `http://127.0.0.1:${(api.address() as AddressInfo).port}` });
  // Concurrent requests open a connection each.
  await Promise.all(['a', 'b', 'c'].map((repo) => octokit.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo })));
  assert.equal(authorized, 3);
  // A turn later: the last reply may still be on the stack of the code that read it.
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.deepEqual(await heapHolds(new Map([['token', token]])), []);
});
