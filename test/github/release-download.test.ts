// An asset larger than the caller's cap is refused without being read whole: on its Content-Length
// before a byte is read, else as soon as the bytes read pass the cap. The asset host here serves
// 64 MiB with backpressure and counts what the client took before it closed the connection.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { InsecureRedirectError } from '../../src/core/proxied-fetch.js';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases, type ReleasesPort } from '../../src/github/releases.js';
import { tempDir } from '../support/tmp.js';

const SERVED = 64 * 1024 * 1024;
const CAP = 1024 * 1024;
/** Far below 64 MiB: the cap plus what socket buffers hold. */
const MOST_SERVED = 16 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'x');

describe('release asset downloads are bounded by the size asked for', () => {
  let server: Server;
  let releases: ReleasesPort;
  const served: Promise<number>[] = [];

  before(async () => {
    server = createServer((request, response) => {
      const declared = request.url?.endsWith('/assets/1') === true;
      served.push(
        new Promise<number>((resolve) => {
          let written = 0;
          response.writeHead(200, { 'content-type': 'application/octet-stream', ...(declared ? { 'content-length': String(SERVED) } : {}) });
          const write = (): void => {
            while (written < SERVED && !response.destroyed) {
              written += CHUNK.length;
              if (!response.write(CHUNK)) return;
            }
            if (written >= SERVED) response.end();
          };
          response.on('drain', write);
          response.on('close', () => resolve(written));
          write();
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl }), owner: 'octo-org', repo: 'big', retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 30_000, timeoutMs: 30_000 } });
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const refused = (pattern: RegExp) => (error: Error & { code?: string }) => {
    assert.equal(error.code, 'GITHUB_RELEASE_API_FAILED');
    assert.match(error.message, pattern);
    return true;
  };

  for (const [name, assetId, pattern] of [
    ['with a Content-Length above the cap', 1, /asset 1 of octo-org\/big is declared 67108864 bytes long by GitHub, more than the 1048576 bytes asked for/],
    ['without a Content-Length', 2, /asset 2 of octo-org\/big holds more than the 1048576 bytes asked for/],
  ] as const) {
    test(`downloadAsset ${name}: refused, and the connection closed long before 64 MiB`, async () => {
      const before = served.length;
      await assert.rejects(releases.downloadAsset(assetId, CAP), refused(pattern));
      const written = await served[before];
      assert.ok(written !== undefined && written < MOST_SERVED, `served ${written} bytes`);
    });

    test(`saveAsset ${name}: refused, and the connection closed long before 64 MiB`, async (t) => {
      const dir = await tempDir(t);
      const before = served.length;
      await assert.rejects(releases.saveAsset(assetId, join(dir, 'asset'), CAP), refused(pattern));
      const written = await served[before];
      assert.ok(written !== undefined && written < MOST_SERVED, `served ${written} bytes`);
    });
  }
});

describe('an asset download redirected to plain HTTP', () => {
  test('is refused at once with what happened and what to do, not retried nor reported as an API failing or unreachable', async () => {
    let calls = 0;
    // What Octokit throws when its fetch fails: a RequestError of status 500 without a response, the fetch's error as its cause.
    const refusal = new InsecureRedirectError('GET https://api.github.com/repos/o/r/releases/assets/7 was redirected to plain HTTP (http://objects.example), which is not followed');
    const octokit = {
      request: () => {
        calls += 1;
        return Promise.reject(Object.assign(new Error(refusal.message), { name: 'HttpError', status: 500, cause: refusal }));
      },
    };
    const client = { octokit, apiUrl: 'https://api.github.com' } as unknown as Parameters<typeof githubReleases>[0]['client'];
    const port = githubReleases({ client, owner: 'o', repo: 'r', retry: { retries: 3, minDelayMs: 1, maxDelayMs: 2, factor: 2, budgetMs: 10_000, timeoutMs: 1000 }, sleep: async () => {} });
    await assert.rejects(port.downloadAsset(7, 1024), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'GITHUB_RELEASE_API_FAILED');
      assert.match(error.message, /redirected to plain HTTP/);
      assert.doesNotMatch(error.message, /no answer|attempts/);
      assert.match(error.hint ?? '', /plain HTTP/);
      assert.doesNotMatch(error.hint ?? '', /kept failing|nothing answered/);
      return true;
    });
    assert.equal(calls, 1);
  });
});
