// Release assets are as large as builds: an upload or download that keeps moving is not cut off at
// the per-request timeout (which bounds answers of the JSON API), while one that stalls or
// trickles is, and is retried.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases, type Release, type ReleasesPort } from '../../src/github/releases.js';
import { tempDir } from '../support/tmp.js';

const CHUNK = 64 * 1024;
const ASSET = Buffer.alloc(24 * CHUNK, 'a');
const TIMEOUT_MS = 300;

describe('release asset transfers that take longer than the request timeout', () => {
  let server: Server;
  let url: string;
  let releases: ReleasesPort;
  before(async () => {
    server = createServer((request, response) => {
      if (request.method === 'POST') {
        // Takes the upload in slowly, a chunk every 40 ms (about 1.6 MB/s), then answers.
        const hash = createHash('sha256');
        let size = 0;
        request.on('data', (chunk: Buffer) => {
          hash.update(chunk);
          size += chunk.length;
          request.pause();
          setTimeout(() => request.resume(), 40);
        });
        request.on('end', () => {
          response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 9, name: 'big.bin', label: 'big.bin', state: 'uploaded', size, digest: `sha256:${hash.digest('hex')}` }));
        });
        return;
      }
      const trickle = request.url?.endsWith('/assets/2') === true;
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      let sent = 0;
      const timer = setInterval(() => {
        if (trickle) {
          response.write('a');
          return;
        }
        response.write(ASSET.subarray(sent, sent + CHUNK));
        sent += CHUNK;
        if (sent >= ASSET.length) {
          clearInterval(timer);
          response.end();
        }
      }, 40);
      response.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: url }), owner: 'octo-org', repo: 'big', retry: { retries: 1, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 30_000, timeoutMs: TIMEOUT_MS }, sleep: async () => {} });
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  test('an upload that keeps moving for longer than the timeout goes up whole', { timeout: 20_000 }, async () => {
    const release: Release = { id: 1, tagName: 'v1', draft: true, immutable: false, body: '', uploadUrl: `${url}/upload{?name,label}` };
    const uploaded = await releases.uploadAsset(release, { name: 'big.bin', label: 'big.bin', contentType: 'application/octet-stream', size: ASSET.length, open: async function* () { for (let at = 0; at < ASSET.length; at += CHUNK) yield ASSET.subarray(at, at + CHUNK); } });
    assert.equal(uploaded.size, ASSET.length);
    assert.equal(uploaded.digest, `sha256:${createHash('sha256').update(ASSET).digest('hex')}`);
  });

  test('a download that keeps moving for longer than the timeout arrives whole, read whole or saved to a file', { timeout: 20_000 }, async (t) => {
    assert.deepEqual(await releases.downloadAsset(1, ASSET.length), ASSET);
    const path = join(await tempDir(t), 'big.bin');
    assert.equal(await releases.saveAsset(1, path, ASSET.length), ASSET.length);
    assert.deepEqual(await readFile(path), ASSET);
  });

  test('a download that trickles in is abandoned once the timeout has passed, and fails after its retries', { timeout: 20_000 }, async () => {
    await assert.rejects(releases.downloadAsset(2, ASSET.length), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'GITHUB_RELEASE_API_FAILED');
      assert.match(error.message, /GET \/repos\/octo-org\/big\/releases\/assets\/2 failed after 2 attempts: .*slower than 65536 bytes a second/);
      return true;
    });
  });
});
