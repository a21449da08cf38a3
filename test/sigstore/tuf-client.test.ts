// The TUF client's own fetcher: it follows a mirror's redirects (as fetch did) but not forever (nor retries a loop), nor from HTTPS to HTTP, and
// a mirror that never answers is given up on after the request timeout, retried as many times as asked.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { after, before, describe, test } from 'node:test';
import { NO_PROXY_SETTINGS } from '../../src/core/proxy.js';
import { fetchTrustedRootJSON } from '../../src/sigstore/verify/tuf-client.js';
import { makeHostTls } from '../support/proxy.js';
import { startTufRepository, type TufRepository } from '../support/tuf.js';

/** An answer of a test server: a status (with headers), no answer at all, a reset after the first bytes of a 200, or a 200 whose body comes a byte every 50 ms. */
type Answer = { status: number; location?: string; headers?: Record<string, string> } | 'hang' | 'reset-mid-body' | 'trickle';

/** A loopback server answering every request with `respond`, counting them. */
async function startServer(respond: (path: string, server: { url: string }) => Answer): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const self = { url: '' };
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    const answer = respond(path, self);
    if (answer === 'hang') return;
    if (answer === 'trickle') {
      response.writeHead(200, { 'content-type': 'application/json' });
      const drip = setInterval(() => response.write(' '), 50);
      response.on('close', () => clearInterval(drip));
      return;
    }
    if (answer === 'reset-mid-body') {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
      response.write('{"signed": {"_type": "timestamp", ');
      setTimeout(() => response.destroy(), 10);
      return;
    }
    response.writeHead(answer.status, { ...answer.headers, ...(answer.location === undefined ? {} : { location: answer.location }) });
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  self.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: self.url,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('the TUF client\'s fetcher', () => {
  let repository: TufRepository;
  let directory: string;
  let trustedRoot: Buffer;
  let caches = 0;
  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'trust-kit-tuf-client-'));
    trustedRoot = await readFile(join(import.meta.dirname, '..', 'fixtures', 'sigstore', 'public-good-trusted_root.json'));
    repository = await startTufRepository(directory, trustedRoot);
  });
  after(async () => {
    await Promise.all([repository.close(), rm(directory, { recursive: true, force: true })]);
  });
  // Retries a few milliseconds apart: the behaviour under test is the same as a second apart.
  const options = (mirrorURL: string, extra: { retries?: number; timeoutMs?: number } = {}) => ({ mirrorURL, rootPath: repository.rootPath, cachePath: join(directory, `cache-${(caches += 1)}`), retries: extra.retries ?? 0, timeoutMs: extra.timeoutMs ?? 5000, minDelayMs: 5, proxy: NO_PROXY_SETTINGS });

  /** A mirror that answers `fault` to the first request for `faultPath` and sends everything else on to the repository. */
  async function flakyMirror(faultPath: string, fault: Answer): Promise<Awaited<ReturnType<typeof startServer>>> {
    let faulted = false;
    return startServer((path) => {
      if (path === faultPath && !faulted) {
        faulted = true;
        return fault;
      }
      return { status: 302, location: `${repository.url}${path}` };
    });
  }

  test('a mirror that redirects every request to the repository serves the same trusted root', { timeout: 30_000 }, async (t) => {
    const mirror = await startServer((path) => ({ status: 302, location: `${repository.url}${path}` }));
    t.after(mirror.close);
    const json = await fetchTrustedRootJSON(options(mirror.url));
    assert.deepEqual(JSON.parse(json), JSON.parse(trustedRoot.toString('utf8')));
    assert.ok(mirror.requests.includes('/timestamp.json'), mirror.requests.join(', '));
  });

  test('a redirect loop ends after a bounded number of hops, as a coded error, and is not retried: the mirror would answer the same', { timeout: 30_000 }, async (t) => {
    const mirror = await startServer((path, self) => ({ status: 307, location: `${self.url}${path}` }));
    t.after(mirror.close);
    await assert.rejects(fetchTrustedRootJSON(options(mirror.url, { retries: 3 })), (error: Error) => {
      let cause: unknown = error;
      while (cause instanceof Error && (cause as Error & { code?: string }).code !== 'HTTP_REDIRECT_REFUSED') cause = cause.cause;
      assert.ok(cause instanceof Error, `no HTTP_REDIRECT_REFUSED in ${String(error)}`);
      assert.match(cause.message, /^GET http:\/\/127\.0\.0\.1:\d+\/2\.root\.json was redirected more than 5 times$/);
      return true;
    });
    assert.deepEqual(mirror.requests, Array(6).fill('/2.root.json'), 'one attempt: the request and its 5 redirects');
  });

  test('an HTTPS mirror that redirects to plain HTTP is refused at once, with a code, and not retried: the metadata would come over the network in the clear', { timeout: 30_000 }, async (t) => {
    const tlsDir = await mkdtemp(join(tmpdir(), 'trust-kit-tuf-tls-'));
    t.after(() => rm(tlsDir, { recursive: true, force: true }));
    const tls = await makeHostTls(tlsDir, '127.0.0.1');
    const defaults = getCACertificates('default');
    setDefaultCACertificates([...defaults, tls.caPem]);
    t.after(() => setDefaultCACertificates(defaults));
    const requests: string[] = [];
    const secure = createHttpsServer({ cert: tls.certPem, key: tls.keyPem }, (request, response) => {
      requests.push(request.url ?? '/');
      response.writeHead(302, { location: `${repository.url}${request.url ?? '/'}` }).end();
    });
    await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
    t.after(async () => {
      secure.closeAllConnections();
      await new Promise((resolve) => secure.close(resolve));
    });
    await assert.rejects(fetchTrustedRootJSON(options(`https://127.0.0.1:${(secure.address() as AddressInfo).port}`, { retries: 3 })), (error: Error) => {
      let cause: unknown = error;
      while (cause instanceof Error && (cause as Error & { code?: string }).code !== 'HTTP_REDIRECT_INSECURE') cause = cause.cause;
      assert.ok(cause instanceof Error, `no HTTP_REDIRECT_INSECURE in ${String(error)}`);
      assert.match(cause.message, /was redirected to plain HTTP \(http:\/\/127\.0\.0\.1:\d+\)/);
      return true;
    });
    assert.deepEqual(requests, ['/2.root.json'], 'not retried');
  });

  test('a mirror asking to wait past the retry budget (503, Retry-After of an hour) is given up on at once, the error saying so', { timeout: 30_000 }, async (t) => {
    const mirror = await flakyMirror('/timestamp.json', { status: 503, headers: { 'retry-after': '3600' } });
    t.after(mirror.close);
    await assert.rejects(fetchTrustedRootJSON(options(mirror.url, { retries: 3 })), (error: Error) => {
      const messages: string[] = [];
      for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) messages.push(cause.message);
      assert.ok(messages.some((message) => /\/timestamp\.json: HTTP 503; it asked to wait 3600 s, longer than the 60 s the retries may take$/.test(message)), messages.join(' <- '));
      return true;
    });
    assert.equal(mirror.requests.filter((path) => path === '/timestamp.json').length, 1);
  });

  test('a mirror that never answers is given up on at the timeout, after the retries asked for', { timeout: 30_000 }, async (t) => {
    const mirror = await startServer(() => 'hang');
    t.after(mirror.close);
    await assert.rejects(fetchTrustedRootJSON(options(mirror.url, { retries: 1, timeoutMs: 200 })));
    assert.deepEqual(mirror.requests, ['/2.root.json', '/2.root.json']);
  });

  test('a file that never ends (a byte now and then) or never comes is given up on at the timeout, the error naming the file and the timeout', { timeout: 30_000 }, async (t) => {
    for (const fault of ['trickle', 'hang'] as const) {
      const mirror = await flakyMirror('/timestamp.json', fault);
      t.after(mirror.close);
      await assert.rejects(fetchTrustedRootJSON(options(mirror.url, { retries: 0, timeoutMs: 300 })), (error: Error) => {
        const messages: string[] = [];
        for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) messages.push(cause.message);
        assert.ok(messages.some((message) => /^GET http:\/\/127\.0\.0\.1:\d+\/timestamp\.json: no whole answer within 300 ms \(the timeout of one request\)$/.test(message)), `${fault}: ${messages.join(' <- ')}`);
        return true;
      });
    }
  });

  test('a connection reset in the middle of a metadata file is retried, and the trusted root loads', { timeout: 30_000 }, async (t) => {
    const mirror = await flakyMirror('/timestamp.json', 'reset-mid-body');
    t.after(mirror.close);
    const json = await fetchTrustedRootJSON(options(mirror.url, { retries: 1 }));
    assert.deepEqual(JSON.parse(json), JSON.parse(trustedRoot.toString('utf8')));
    assert.equal(mirror.requests.filter((path) => path === '/timestamp.json').length, 2);
  });

  test('429 with a Retry-After date already past is retried, and the trusted root loads', { timeout: 30_000 }, async (t) => {
    const mirror = await flakyMirror('/timestamp.json', { status: 429, headers: { 'retry-after': new Date(Date.now() - 60_000).toUTCString() } });
    t.after(mirror.close);
    const json = await fetchTrustedRootJSON(options(mirror.url, { retries: 1 }));
    assert.deepEqual(JSON.parse(json), JSON.parse(trustedRoot.toString('utf8')));
  });

  // The test's own timeout fails it if the hour is slept.
  test('429 asking to wait an hour fails at once instead of sleeping', { timeout: 30_000 }, async (t) => {
    const mirror = await flakyMirror('/timestamp.json', { status: 429, headers: { 'retry-after': '3600' } });
    t.after(mirror.close);
    await assert.rejects(fetchTrustedRootJSON(options(mirror.url, { retries: 3 })), (error: Error) => /429/.test(String((error.cause as Error | undefined)?.message ?? error.message)));
    assert.equal(mirror.requests.filter((path) => path === '/timestamp.json').length, 1);
  });
});

test('a TUF cache directory that cannot be made where its parent exists (under /proc) is given up at once for a private one, with a notice: Node\'s recursive mkdir would retry it forever', { timeout: 10_000, skip: process.platform !== 'linux' && '/proc is Linux\'s' }, async () => {
  const notices: string[] = [];
  // The private cache is then seeded as any is: a mirror without a root given or shipped has none.
  await assert.rejects(fetchTrustedRootJSON({ mirrorURL: 'https://tuf.example', cachePath: '/proc/trust-kit-nope', retries: 0, timeoutMs: 1000, proxy: NO_PROXY_SETTINGS, notice: (message) => notices.push(message) }), /no trusted root\.json for the TUF mirror https:\/\/tuf\.example/);
  assert.equal(notices.length, 1);
  assert.match(notices[0] ?? '', /^the TUF metadata cache \/proc\/trust-kit-nope\/tuf\.example cannot be used: it cannot be made: ENOENT; /);
});
