// An upload whose connection the uploads host resets part way through the body: the attempt fails
// as a dropped connection, and the retry reads the asset again from its start and sends it whole.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases } from '../../src/github/releases.js';

test('a connection reset mid-upload is retried, the asset read again from its start and sent whole', async (t) => {
  const received: number[] = [];
  let requests = 0;
  const server = createServer((request, response) => {
    requests += 1;
    const reset = requests === 1;
    let bytes = 0;
    request.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (reset && bytes > 100_000) request.socket.destroy();
    });
    request.on('end', () => {
      received.push(bytes);
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: 5, name: 'big.bin', label: 'big.bin', state: 'uploaded', size: bytes }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = createGitHubClient({ token: 'ghs_reset', apiUrl: url, serverUrl: 'https://github.com' });
  const port = githubReleases({ client, owner: 'o', repo: 'r', retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2, factor: 2, budgetMs: 10_000, timeoutMs: 5000 }, sleep: async () => {} });
  const size = 1_000_000;
  let opened = 0;
  const asset = await port.uploadAsset({ id: 1, tagName: 'v1', draft: true, immutable: false, body: '', uploadUrl: `${url}/upload{?name,label}` }, {
    name: 'big.bin',
    label: 'big.bin',
    contentType: 'application/octet-stream',
    size,
    open: async function* () {
      opened += 1;
      for (let chunk = 0; chunk < 10; chunk += 1) yield Buffer.alloc(size / 10);
    },
  });
  assert.equal(asset.size, size);
  assert.equal(opened, 2, 'the retry read the asset again');
  assert.equal(requests, 2);
  assert.deepEqual(received, [size], 'the second attempt sent every byte');
});
