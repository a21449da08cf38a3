// Uploads stream from the file: an asset larger than trust-kit would ever read whole (INPUT_LIMITS.artifactWhole)
// goes up byte for byte, and a retry opens the file again. The uploads host is a loopback server that hashes
// what it receives without keeping it, in front of the API double (uploads go to the API's own host). Downloads
// stream into a file, bounded.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { open, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { INPUT_LIMITS } from '../../src/core/files.js';
import { silentLogger } from '../../src/core/logger.js';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases, type ReleasesPort } from '../../src/github/releases.js';
import { draftRelease } from '../../src/release/publish.js';
import { startGitHubApi, type GitHubApiDouble } from '../support/github/index.js';
import { tempDir } from '../support/tmp.js';

/** What the uploads host received: per upload, the bytes counted and their SHA-256, and the Content-Length sent. */
interface Received {
  name: string;
  bytes: number;
  sha256: string;
  contentLength: string | undefined;
}

describe('uploads stream from the file', () => {
  let api: GitHubApiDouble;
  let uploads: Server;
  let uploadsURL: string;
  const received: Received[] = [];
  /** How many coming uploads the host breaks off with a 502 after reading a first part of the body. */
  let breakNext = 0;
  before(async () => {
    api = await startGitHubApi();
    uploads = createServer((request, response) => {
      // Every other request goes on to the API double: an upload is taken only on the API's own host.
      if (!(request.url ?? '').startsWith('/upload')) return void forward(request, response);
      const hash = createHash('sha256');
      let bytes = 0;
      const name = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('name') ?? '';
      const broken = breakNext > 0;
      if (broken) breakNext -= 1;
      request.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        hash.update(chunk);
      });
      request.on('end', () => {
        const sha256 = hash.digest('hex');
        received.push({ name, bytes, sha256, contentLength: request.headers['content-length'] });
        response.writeHead(broken ? 502 : 201, { 'content-type': 'application/json' });
        response.end(JSON.stringify(broken ? { message: 'Server Error' } : { id: 900 + received.length, name, label: name, state: 'uploaded', size: bytes, digest: `sha256:${sha256}` }));
      });
    });
    await new Promise<void>((resolve) => uploads.listen(0, '127.0.0.1', resolve));
    uploadsURL = `http://127.0.0.1:${(uploads.address() as AddressInfo).port}`;
  });
  after(async () => {
    await api.close();
    uploads.closeAllConnections();
    await new Promise((resolve) => uploads.close(resolve));
  });

  /** Sends a request on to the API double and its answer back. */
  const forward = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body: Buffer[] = [];
    for await (const chunk of request) body.push(chunk as Buffer);
    const headers = Object.entries(request.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !['host', 'connection', 'content-length'].includes(entry[0]));
    const answer = await fetch(`${api.url}${request.url ?? '/'}`, { method: request.method ?? 'GET', headers, ...(body.length === 0 ? {} : { body: Buffer.concat(body) }) });
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(Buffer.from(await answer.arrayBuffer()));
  };

  /** The double's releases, behind the hashing host, which takes the uploads. */
  const releasesFor = (repo: string): ReleasesPort => {
    const client = createGitHubClient({ token: 'ghs_test', apiUrl: uploadsURL });
    const retry = { retries: 2, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 600_000, timeoutMs: 600_000 };
    const double = githubReleases({ client, owner: 'octo-org', repo, retry, sleep: async () => {} });
    return { ...double, uploadAsset: (release, upload) => double.uploadAsset({ ...release, uploadUrl: `${uploadsURL}/upload{?name,label}` }, upload) };
  };

  test('an asset larger than any file trust-kit reads whole goes up byte for byte with its Content-Length', async (t) => {
    const dir = await tempDir(t);
    const path = join(dir, 'large.img');
    // A sparse file just over the whole-read limit, with marks at its start, middle and end.
    const size = INPUT_LIMITS.artifactWhole + 4097;
    const handle = await open(path, 'w');
    try {
      await handle.truncate(size);
      for (const offset of [0, Math.floor(size / 2), size - 5]) await handle.write(Buffer.from('mark\n'), 0, 5, offset);
    } finally {
      await handle.close();
    }
    const drafted = await draftRelease({ tag: 'v1.0.0', assets: [{ path, name: 'large.img', contentType: 'application/octet-stream' }], notesBlock: '' }, { releases: releasesFor('large'), logger: silentLogger });
    assert.equal(drafted.kind, 'uploaded');
    const upload = received.find((entry) => entry.name === 'large.img');
    assert.ok(upload !== undefined);
    assert.equal(upload.bytes, size);
    assert.equal(upload.contentLength, String(size));
    assert.equal(drafted.kind === 'uploaded' ? drafted.assets[0]?.digest : undefined, `sha256:${upload.sha256}`);
    // Held whole, the file alone would take more than 2 GiB; streamed, the process (test and host included) stays far below.
    assert.ok(process.resourceUsage().maxRSS * 1024 < size / 2, `peak resident memory ${process.resourceUsage().maxRSS} KiB`);
  });

  test('a retried upload opens the file again and sends it whole', async (t) => {
    const dir = await tempDir(t);
    const path = join(dir, 'app.tgz');
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 17, 'a');
    await writeFile(path, bytes);
    breakNext = 1;
    const before = received.length;
    const drafted = await draftRelease({ tag: 'v1.0.0', assets: [{ path, name: 'app.tgz', contentType: 'application/octet-stream' }], notesBlock: '' }, { releases: releasesFor('retried'), logger: silentLogger });
    assert.equal(drafted.kind, 'uploaded');
    const attempts = received.slice(before);
    assert.equal(attempts.length, 2, 'one broken-off attempt, then one retry');
    const expected = createHash('sha256').update(bytes).digest('hex');
    for (const attempt of attempts) assert.deepEqual([attempt.bytes, attempt.sha256], [bytes.length, expected]);
  });

  test('a download is streamed into a file and refused past the size asked for', async (t) => {
    const dir = await tempDir(t);
    const releases = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl: api.url }), owner: 'octo-org', repo: 'saved', retry: { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 5000, timeoutMs: 5000 } });
    const release = await releases.createDraft('v1.0.0', '');
    const bytes = Buffer.alloc(5 * 1024 * 1024 + 3, 'z');
    const asset = await releases.uploadAsset(release, { name: 'app.tgz', label: 'app.tgz', contentType: 'application/octet-stream', size: bytes.length, open: () => Readable.from([bytes]) });
    assert.equal(await releases.saveAsset(asset.id, join(dir, 'app.tgz'), asset.size), bytes.length);
    assert.ok((await readFile(join(dir, 'app.tgz'))).equals(bytes));
    await assert.rejects(releases.saveAsset(asset.id, join(dir, 'short.tgz'), asset.size - 1), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'GITHUB_RELEASE_API_FAILED');
      assert.match(error.message, /more than the 5242882 bytes asked for/);
      return true;
    });
  });
});
