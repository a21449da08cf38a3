// proxiedFetch, the one transport of trust-kit's GitHub requests: a streamed upload through the proxy
// is read no faster than the far end takes it; redirects are followed for GET only, each hop through
// the proxy its URL asks for, without the token once the origin changes; a proxy's credentials go
// from its URL, and a proxy that wants others fails at once with a code, never quoting them.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createGitHubClient } from '../../src/github/attestations.js';
import { githubReleases } from '../../src/github/releases.js';
import { proxiedFetch } from '../../src/core/proxied-fetch.js';
import { cli } from '../support/cli.js';
import { NODE, TSX } from '../support/leak-scan.js';
import { startForwardingProxy, type ForwardingProxy } from '../support/proxy.js';
import { tempDir } from '../support/tmp.js';

const MiB = 1024 * 1024;
const NO_RETRY = { retries: 0, minDelayMs: 1, maxDelayMs: 1, factor: 1, budgetMs: 10_000, timeoutMs: 10_000 };

/** A loopback server answering with `handler`; `origin` names it under `.test`, reachable through the test proxy only. */
async function startServer(name: string, handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ server: Server; origin: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    origin: `http://${name}:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Resolves once `read` has not changed over several looks: the producer it counts has stopped. */
async function settled(read: () => number): Promise<number> {
  let last = -1;
  let still = 0;
  while (still < 5) {
    await new Promise((resolve) => setTimeout(resolve, 40));
    const now = read();
    still = now === last ? still + 1 : 0;
    last = now;
  }
  return last;
}

describe('proxiedFetch', () => {
  let proxy: ForwardingProxy;
  before(async () => {
    proxy = await startForwardingProxy();
  });
  after(() => proxy.close());

  test('a streamed upload through the proxy is read from its source no further ahead than the far end takes it', async (t) => {
    const total = 256 * MiB;
    let received = 0;
    let paused: () => void = () => {};
    const pausedOnce = new Promise<void>((resolve) => (paused = resolve));
    let resumeUpload: (() => void) | undefined;
    const uploads = await startServer('uploads.github.test', (request, response) => {
      request.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received >= MiB && resumeUpload === undefined) {
          request.pause();
          resumeUpload = () => request.resume();
          paused();
        }
      });
      request.on('end', () => response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ received })));
    });
    t.after(() => uploads.close());
    let produced = 0;
    const chunk = Buffer.alloc(MiB, 0x61);
    const body = async function* (): AsyncGenerator<Uint8Array> {
      while (produced < total) {
        produced += chunk.length;
        yield chunk;
      }
    };
    const fetching = proxiedFetch({ httpProxy: proxy.url })(`${uploads.origin}/upload`, { method: 'POST', body: body(), headers: { 'content-type': 'application/octet-stream', 'content-length': String(total) } });
    await pausedOnce;
    const ahead = (await settled(() => produced)) - received;
    // Socket buffers on both sides of the proxy hold a few MiB; a body read ahead of the socket would be read whole.
    assert.ok(ahead < 64 * MiB, `${ahead} bytes were read ahead of what the far end took`);
    resumeUpload?.();
    const response = await fetching;
    assert.equal(response.status, 201);
    assert.deepEqual(await response.json(), { received: total });
    assert.ok(proxy.requests.some((request) => request.method === 'POST' && request.target === `${uploads.origin}/upload`));
  });

  test('GET follows redirects, each hop through the proxy, with the token only on the origin that was given it', async (t) => {
    const seen: { host: string; authorization: string | undefined }[] = [];
    const assets = await startServer('objects.github.test', (request, response) => {
      seen.push({ host: request.headers.host ?? '', authorization: request.headers.authorization });
      response.writeHead(200, { 'content-type': 'application/octet-stream' }).end('the asset');
    });
    t.after(() => assets.close());
    const api = await startServer('api.github.test', (request, response) => {
      seen.push({ host: request.headers.host ?? '', authorization: request.headers.authorization });
      if (request.url === '/loop') response.writeHead(302, { location: '/loop' }).end();
      else if (request.url === '/same') response.writeHead(301, { location: '/other' }).end();
      else if (request.url === '/other') response.writeHead(307, { location: `${assets.origin}/asset?signature=abc` }).end();
      else response.writeHead(404).end();
    });
    t.after(() => api.close());
    const fetch = proxiedFetch({ httpProxy: proxy.url });
    const headers = { authorization: 'token ghs_secret', accept: 'application/octet-stream' };
    const response = await fetch(`${api.origin}/same`, { headers });
    assert.equal(response.status, 200);
    assert.equal(await response.text(), 'the asset');
    assert.deepEqual(
      seen.map((entry) => [entry.host.split(':')[0], entry.authorization]),
      [
        ['api.github.test', 'token ghs_secret'],
        ['api.github.test', 'token ghs_secret'],
        ['objects.github.test', undefined],
      ],
    );
    assert.ok(proxy.requests.some((request) => request.target === `${assets.origin}/asset?signature=abc`), 'the redirected hop went through the proxy too');

    assert.equal((await fetch(`${api.origin}/same`, { headers, redirect: 'manual' })).status, 301);
    await assert.rejects(fetch(`${api.origin}/same`, { headers, redirect: 'error' }), { code: 'HTTP_REDIRECT_REFUSED', message: /was redirected, and may not be$/ });
    await assert.rejects(fetch(`${api.origin}/loop`, { headers }), { code: 'HTTP_REDIRECT_REFUSED', message: /was redirected more than 10 times$/ });
    // A request with a body is not sent again elsewhere.
    assert.equal((await fetch(`${api.origin}/same`, { method: 'POST', body: 'x', headers })).status, 301);
  });

  test('a redirect whose body never ends is cut after a few KiB, not drained while the next hop is fetched', { timeout: 30_000 }, async (t) => {
    const cap = 64 * MiB;
    let written = 0;
    let cut: (bytes: number) => void = () => {};
    const ended = new Promise<number>((resolve) => (cut = resolve));
    const server = await startServer('127.0.0.1', (request, response) => {
      if (request.url === '/done') {
        response.writeHead(200).end('done');
        return;
      }
      response.writeHead(302, { location: '/done', 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = (): void => {
        while (written < cap && !response.destroyed && response.write(chunk)) written += chunk.length;
        if (written >= cap) response.end();
        else if (!response.destroyed) response.once('drain', pump);
      };
      response.on('close', () => cut(written));
      pump();
    });
    t.after(() => server.close());
    const response = await proxiedFetch()(`${server.origin}/endless`);
    assert.equal(await response.text(), 'done');
    const bytes = await ended;
    assert.ok(bytes < 16 * MiB, `${bytes} bytes of the redirect's body were read`);
  });

  test('a proxy\'s credentials go from its URL; a proxy refusing them is a GITHUB_PROXY_REFUSED at the first attempt, quoting no credentials', async (t) => {
    const guarded = await startForwardingProxy({ credentials: 'octo user:p@ss/word' });
    t.after(() => guarded.close());
    const api = await startServer('api.github.test', (_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('[]'));
    t.after(() => api.close());
    const withCredentials = (password: string): string => `http://octo%20user:${encodeURIComponent(password)}@${new URL(guarded.url).host}`;
    const answered = await proxiedFetch({ httpProxy: withCredentials('p@ss/word') })(`${api.origin}/repos/octo-org/guarded/releases`);
    assert.equal(answered.status, 200);
    assert.equal(guarded.requests.at(-1)?.authorization, `Basic ${Buffer.from('octo user:p@ss/word').toString('base64')}`);
    // An absolute-URI request with other credentials: the proxy's 407 is the answer, its credentials quoted nowhere.
    assert.equal((await proxiedFetch({ httpProxy: withCredentials('hunter2') })(`${api.origin}/x`)).status, 407);

    // GitHub's client, whose token goes to another machine over TLS only: a CONNECT tunnel refused with 407.
    for (const [apiUrl, proxySettings] of [['https://api.github.test:8443', { httpsProxy: withCredentials('hunter2') }]] as const) {
      const before = guarded.requests.length;
      const refused = githubReleases({ client: createGitHubClient({ token: 'ghs_test', apiUrl, proxy: proxySettings }), owner: 'octo-org', repo: 'guarded', retry: { ...NO_RETRY, retries: 3 }, sleep: async () => {} });
      await assert.rejects(refused.listReleases(), (error: Error & { code?: string; hint?: string }) => {
        assert.equal(error.code, 'GITHUB_PROXY_REFUSED');
        assert.match(error.message, /^GET \/repos\/octo-org\/guarded\/releases was refused by the proxy: HTTP 407/);
        assert.match(error.hint ?? '', /HTTPS_PROXY\/HTTP_PROXY asks for credentials/);
        assert.doesNotMatch(`${error.message} ${error.hint ?? ''} ${String(error.cause)}`, /hunter2/);
        return true;
      });
      assert.equal(guarded.requests.length - before, 1, 'not retried');
    }
  });

  test('a proxy variable that is no http(s) URL stops the CLI before any request, naming the variable and not its credentials', async (t) => {
    const before = proxy.requests.length;
    const run = await cli(['verify-release', '--tag', 'v1.0.0', '--repo', 'octo-org/octo-repo', '--signer-workflow', 'octo-org/octo-repo/.github/workflows/release.yml', '--trusted-root', 'roots.jsonl'], await tempDir(t), { GH_TOKEN: 'ghs_test', HTTPS_PROXY: 'socks5://octo:hunter2@proxy.example:1080' });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /PROXY_URL_INVALID: HTTPS_PROXY \(socks5:\/\/…@proxy\.example:1080\) is not an http\(s\) proxy URL/);
    assert.doesNotMatch(run.stderr, /hunter2/);
    assert.equal(proxy.requests.length, before);
  });
});

test('a request these rules send directly goes directly under NODE_USE_ENV_PROXY=1 too, whose global agent would send it (token and all) to the proxy', async (t) => {
  const dir = await tempDir(t);
  const proxy = await startForwardingProxy();
  t.after(() => proxy.close());
  const seen: (string | undefined)[] = [];
  const server = await startServer('127.0.0.1', (request, response) => {
    seen.push(request.headers.authorization);
    response.writeHead(200).end('direct');
  });
  t.after(() => server.close());
  // Node reads NODE_USE_ENV_PROXY and the proxy variables when it starts: a process of its own.
  const script = join(dir, 'fetch.mts');
  await writeFile(script, `import { proxiedFetch } from ${JSON.stringify(join(import.meta.dirname, '..', '..', 'src', 'core', 'proxied-fetch.ts'))};
const response = await proxiedFetch({ httpProxy: process.env.HTTP_PROXY, noProxy: process.env.NO_PROXY })(process.argv[2], { headers: { authorization: 'token ghs_secret' }, signal: AbortSignal.timeout(10_000) });
process.stdout.write(String(response.status) + ' ' + (await response.text()));
`);
  const run = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
    execFile(NODE, [...TSX, script, `${server.origin}/loopback`], { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NODE_USE_ENV_PROXY: '1', HTTP_PROXY: proxy.url, NO_PROXY: 'ghes.example' }, timeout: 30_000 }, (_error, stdout, stderr) => resolve({ stdout, stderr }));
  });
  assert.equal(run.stdout, '200 direct', run.stderr);
  assert.deepEqual(seen, ['token ghs_secret']);
  assert.deepEqual(proxy.requests, [], 'nothing went to the proxy');
});

describe('redirects that lead nowhere', () => {
  /** A server redirecting every request to what `location` gives for its path, counting the requests. */
  async function startRedirecting(location: (path: string) => string): Promise<{ origin: string; requests: () => number; close: () => Promise<void> }> {
    let requests = 0;
    const server = await startServer('127.0.0.1', (request, response) => {
      requests += 1;
      response.writeHead(302, { location: location(request.url ?? '/') }).end();
    });
    return { origin: server.origin, requests: () => requests, close: server.close };
  }

  test('a loop, another scheme and a Location that is no URL are each an HTTP_REDIRECT_REFUSED naming the request, quoting no Location', async (t) => {
    const cases: [string, (path: string) => string, RegExp][] = [
      ['loop', (path) => path, /^GET http:\/\/127\.0\.0\.1:\d+\/loop was redirected more than 10 times$/],
      ['scheme', () => 'file:///etc/passwd', /^GET http:\/\/127\.0\.0\.1:\d+\/scheme was redirected to a file: URL$/],
      ['no-url', () => 'http://[not-an-address/secret', /^GET http:\/\/127\.0\.0\.1:\d+\/no-url was redirected to an address that is no URL$/],
    ];
    for (const [name, location, message] of cases) {
      const server = await startRedirecting(location);
      t.after(() => server.close());
      await assert.rejects(proxiedFetch()(`${server.origin}/${name}?token=abc`), (error: Error & { code?: string; hint?: string }) => {
        assert.equal(error.code, 'HTTP_REDIRECT_REFUSED', `${name}: ${error.message}`);
        assert.match(error.message, message);
        assert.match(error.hint ?? '', /redirects that lead nowhere/);
        assert.doesNotMatch(error.message, /token=abc|secret|passwd/);
        return true;
      });
    }
  });

  test('GitHub\'s client takes a redirect loop for the answer it is: GITHUB_RELEASE_API_FAILED at the first attempt, not "no answer" retried', async (t) => {
    const server = await startRedirecting((path) => path);
    t.after(() => server.close());
    const client = createGitHubClient({ token: 'ghs_test', apiUrl: server.origin });
    const releases = githubReleases({ client, owner: 'octo-org', repo: 'looping', retry: { ...NO_RETRY, retries: 3 }, sleep: async () => {} });
    await assert.rejects(releases.listReleases(), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'GITHUB_RELEASE_API_FAILED');
      assert.match(error.message, /^GET \/repos\/octo-org\/looping\/releases failed: GET http:\/\/127\.0\.0\.1:\d+\/repos\/octo-org\/looping\/releases was redirected more than 10 times$/);
      assert.match(error.hint ?? '', /redirects that lead nowhere/);
      assert.doesNotMatch(error.hint ?? '', /nothing answered/);
      return true;
    });
    assert.equal(server.requests(), 11, 'one attempt: the request and its 10 redirects');
  });
});

describe('proxiedFetch with a response cap', () => {
  /** A server answering 64 MiB (with a Content-Length on /declared…) with `status`, served with backpressure; `served` resolves per request to what the client took before the connection closed. */
  async function startEndless(contentType: string, status = 200): Promise<{ origin: string; served: Promise<number>[]; close: () => Promise<void> }> {
    const served: Promise<number>[] = [];
    const total = 64 * MiB;
    const chunk = Buffer.alloc(64 * 1024, 0x5b);
    const started = await startServer('127.0.0.1', (request, response) => {
      served.push(
        new Promise<number>((resolve) => {
          response.writeHead(status, { 'content-type': contentType, ...(request.url?.includes('declared') === true ? { 'content-length': String(total) } : {}) });
          let written = 0;
          const pump = (): void => {
            while (written < total && !response.destroyed) {
              written += chunk.length;
              if (!response.write(chunk)) return;
            }
            if (written >= total) response.end();
          };
          response.on('drain', pump);
          response.on('close', () => resolve(written));
          pump();
        }),
      );
    });
    return { origin: started.origin, served, close: started.close };
  }

  test('refuses a reply past the cap as HTTP_RESPONSE_TOO_LARGE, with or without a Content-Length, and reads no further', async (t) => {
    const server = await startEndless('application/octet-stream');
    t.after(() => server.close());
    const fetch = proxiedFetch(undefined, undefined, () => MiB);
    for (const path of ['/declared', '/chunked']) {
      await assert.rejects(fetch(`${server.origin}${path}?page=2`), (error: Error & { code?: string }) => {
        assert.equal(error.code, 'HTTP_RESPONSE_TOO_LARGE');
        assert.match(error.message, new RegExp(`^GET ${server.origin}${path} answered .*more than the 1048576 bytes its reply may hold$`));
        return true;
      });
      const written = await server.served.at(-1);
      assert.ok(written !== undefined && written < 16 * MiB, `${written} bytes served`);
    }
    // A reply within the cap comes whole; a request the cap exempts is streamed as before.
    const small = await startServer('127.0.0.1', (_request, response) => response.writeHead(200).end('small'));
    t.after(() => small.close());
    assert.equal(await (await fetch(`${small.origin}/`)).text(), 'small');
    // A HEAD's Content-Length names a body that is not sent.
    const head = await startServer('127.0.0.1', (_request, response) => response.writeHead(200, { 'content-length': String(64 * MiB) }).end());
    t.after(() => head.close());
    assert.equal((await fetch(`${head.origin}/`, { method: 'HEAD' })).status, 200);
    const exempt = await proxiedFetch(undefined, undefined, () => undefined)(`${server.origin}/chunked`);
    const reader = exempt.body?.getReader();
    assert.equal((await reader?.read())?.done, false);
    await reader?.cancel();
  });

  test('GitHub\'s client caps its API replies at 32 MiB: an endless JSON reply is a coded error at the first attempt, not retried', { timeout: 60_000 }, async (t) => {
    const server = await startEndless('application/json');
    t.after(() => server.close());
    const client = createGitHubClient({ token: 'ghs_test', apiUrl: server.origin });
    const releases = githubReleases({ client, owner: 'octo-org', repo: 'endless', retry: { ...NO_RETRY, retries: 3 }, sleep: async () => {} });
    await assert.rejects(releases.listReleases(), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'GITHUB_RELEASE_API_FAILED');
      assert.match(error.message, /^GET \/repos\/octo-org\/endless\/releases failed: GET http:\/\/127\.0\.0\.1:\d+\/repos\/octo-org\/endless\/releases answered more than the 33554432 bytes its reply may hold$/);
      return true;
    });
    assert.equal(server.served.length, 1, 'not retried');
    const written = await server.served[0];
    assert.ok(written !== undefined && written < 48 * MiB, `${written} bytes served`);
  });

  test('an asset download answered with an error and an endless body is capped too: only the asset itself is streamed past the cap', { timeout: 60_000 }, async (t) => {
    const server = await startEndless('application/json', 500);
    t.after(() => server.close());
    const client = createGitHubClient({ token: 'ghs_test', apiUrl: server.origin });
    const releases = githubReleases({ client, owner: 'octo-org', repo: 'endless', retry: { ...NO_RETRY, retries: 3 }, sleep: async () => {} });
    await assert.rejects(releases.downloadAsset(7, 1024), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'GITHUB_RELEASE_API_FAILED');
      assert.match(error.message, /^GET \/repos\/octo-org\/endless\/releases\/assets\/7 failed: GET http:\/\/127\.0\.0\.1:\d+\/repos\/octo-org\/endless\/releases\/assets\/7 answered more than the 33554432 bytes its reply may hold$/);
      return true;
    });
    assert.equal(server.served.length, 1, 'not retried');
    const written = await server.served[0];
    assert.ok(written !== undefined && written < 48 * MiB, `${written} bytes served`);
  });
});
