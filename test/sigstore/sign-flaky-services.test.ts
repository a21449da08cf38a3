// Fulcio, Rekor and the timestamp authority behind a proxy that misbehaves once, the way real
// services and the networks in front of them do: a flaky service must cost a retry, not a release;
// one that misbehaves for good must fail fast, coded, naming the service and the URL; and the
// identity token must never go anywhere but Fulcio.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { signConfig } from '../../src/config/sign.js';
import { silentLogger } from '../../src/core/logger.js';
import type { RetryPolicy } from '../../src/core/retry.js';
import { openSigningSession } from '../../src/sigstore/sign/index.js';
import { startForwardingProxy } from '../support/proxy.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

/** Retries in milliseconds; a timeout short enough that a trickle is cut off within the test. */
const FAST: RetryPolicy = { retries: 3, minDelayMs: 5, maxDelayMs: 20, factor: 2, budgetMs: 8000, timeoutMs: 1000 };

type Fault =
  | 'redirect-elsewhere'
  | 'endless-ok'
  | 'reset-mid-answer'
  | 'trickle'
  | 'retry-after-date'
  | 'retry-after-hour'
  | 'wrong-content-type'
  | 'conflict-elsewhere'
  | 'not-implemented';

interface Seen {
  method: string;
  path: string;
  body: Buffer;
}

/** Streams `chunk` until the client goes away (or `limit` bytes), so a client that reads on without bound is the one that fails. */
function stream(response: ServerResponse, chunk: Buffer, intervalMs: number, limit = Number.POSITIVE_INFINITY): void {
  let sent = 0;
  const write = (): void => {
    if (response.destroyed || sent >= limit) return void response.end();
    sent += chunk.length;
    if (intervalMs > 0) {
      response.write(chunk);
      setTimeout(write, intervalMs);
    } else if (response.write(chunk)) setImmediate(write);
    else response.once('drain', write);
  };
  write();
}

/** A proxy in front of one service of the stack, applying the queued faults one request each. */
class FaultyProxy {
  readonly faults: Fault[] = [];
  readonly seen: Seen[] = [];
  /** Requests that reached the host a redirect pointed to. */
  readonly elsewhere: Seen[] = [];
  upstream = '';
  url = '';
  private readonly server: Server;
  private readonly other: Server;
  private otherURL = '';

  constructor() {
    this.server = createServer((request, response) => void this.serve(request, response));
    this.other = createServer((request, response) => {
      void read(request).then((body) => {
        this.elsewhere.push({ method: request.method ?? '', path: request.url ?? '', body });
        response.writeHead(500).end();
      });
    });
  }

  async listen(): Promise<void> {
    await Promise.all([new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve)), new Promise<void>((resolve) => this.other.listen(0, '127.0.0.1', resolve))]);
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    // Another host name for the same loopback: a client that drops credentials by host would drop them here.
    this.otherURL = `http://localhost:${(this.other.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    this.other.closeAllConnections();
    await Promise.all([new Promise((resolve) => this.server.close(resolve)), new Promise((resolve) => this.other.close(resolve))]);
  }

  private async forward(request: IncomingMessage, body: Buffer): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    const answer = await fetch(`${this.upstream}${request.url ?? ''}`, {
      method: request.method ?? 'GET',
      headers: { 'content-type': request.headers['content-type'] ?? 'application/json', accept: request.headers.accept ?? '*/*' },
      ...(request.method === 'POST' ? { body } : {}),
    });
    const headers: Record<string, string> = { 'content-type': answer.headers.get('content-type') ?? 'application/json' };
    const location = answer.headers.get('location');
    if (location !== null) headers.location = location;
    return { status: answer.status, headers, body: Buffer.from(await answer.arrayBuffer()) };
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await read(request);
    this.seen.push({ method: request.method ?? '', path: request.url ?? '', body });
    const fault = this.faults.shift();
    switch (fault) {
      case 'redirect-elsewhere':
        return void response.writeHead(307, { location: `${this.otherURL}${request.url ?? ''}` }).end();
      case 'endless-ok':
        response.writeHead(200, { 'content-type': 'application/json' });
        return stream(response, Buffer.alloc(64 * 1024, 0x20), 0);
      case 'trickle':
        response.writeHead(200, { 'content-type': 'application/json' });
        return stream(response, Buffer.from(' '), 50);
      case 'retry-after-date':
        // An HTTP date already past: retry at once.
        return void response.writeHead(429, { 'retry-after': new Date(Date.now() - 60_000).toUTCString(), 'content-type': 'application/json' }).end('{"message":"slow down"}');
      case 'retry-after-hour':
        return void response.writeHead(429, { 'retry-after': '3600', 'content-type': 'application/json' }).end('{"message":"slow down"}');
      case 'not-implemented':
        return void response.writeHead(501, { 'content-type': 'application/json' }).end('{"message":"no such API here"}');
      case 'conflict-elsewhere':
        return void response.writeHead(409, { location: '/api/v1/log/entries/..%2F..%2Fadmin', 'content-type': 'application/json' }).end('{"message":"exists"}');
      default: {
        // The service does its work (a log entry is made) whatever happens to its answer on the way back.
        const answer = await this.forward(request, body);
        if (fault === 'reset-mid-answer') {
          response.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) });
          response.write(answer.body.subarray(0, answer.body.length >> 1));
          return void setTimeout(() => response.destroy(), 10);
        }
        if (fault === 'wrong-content-type') answer.headers['content-type'] = 'text/html; charset=utf-8';
        response.writeHead(answer.status, answer.headers).end(answer.body);
      }
    }
  }
}

/** A request's body as bytes: a TSA's is DER, which a round trip through a string would corrupt. */
async function read(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

type Service = 'fulcio' | 'rekor' | 'tsa';

describe('signing services that fail, once or for good', () => {
  let stack: SigstoreStack;
  const proxy = new FaultyProxy();
  before(async () => {
    stack = await startSigstoreStack({ tsa: true });
    await proxy.listen();
  });
  after(async () => {
    await proxy.close();
    await stack.close();
  });

  /** Signs one file with `service` behind the proxy; resolves to the error, or undefined when it signed. */
  async function signThrough(t: TestContext, service: Service, faults: Fault[], retry: RetryPolicy = FAST): Promise<(Error & { code?: string; service?: string; status?: unknown; hint?: string }) | undefined> {
    const urls: Record<Service, string> = { fulcio: stack.fulcioURL, rekor: stack.rekorURL ?? '', tsa: stack.tsaURL ?? '' };
    proxy.upstream = urls[service];
    proxy.faults.splice(0, proxy.faults.length, ...faults);
    proxy.seen.length = 0;
    proxy.elsewhere.length = 0;
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'SHA256SUMS'), `sums ${Math.random()}\n`);
    const raw = { 'subject-path': 'unused', 'fulcio-url': urls.fulcio, 'rekor-url': urls.rekor, 'tsa-url': urls.tsa, 'trusted-root': stack.trustedRootPath, [`${service}-url`]: proxy.url };
    const opened = await openSigningSession({ ...signConfig(raw, cliNamer()), retry }, { cwd, env: { ...stack.env }, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger });
    assert.ok(opened.session);
    try {
      await opened.session.signFile(join(cwd, 'SHA256SUMS'));
      return undefined;
    } catch (error) {
      return error as Error;
    } finally {
      opened.close();
    }
  }

  test('a redirect to another host is not followed: the identity token goes to Fulcio only, and the failure names the 307', async (t) => {
    for (const service of ['fulcio', 'rekor', 'tsa'] as const) {
      const error = await signThrough(t, service, ['redirect-elsewhere']);
      assert.equal(proxy.elsewhere.length, 0, `${service}: a request reached the host the redirect named`);
      assert.equal(error?.code, 'SIGN_SERVICE_FAILED', error?.message);
      assert.equal(error?.status, 307);
      assert.match(error?.message ?? '', /POST http:\/\/127\.0\.0\.1:\d+\/api\/v\d\/\S+ failed: HTTP 307 \(a redirect to http:\/\/localhost:\d+, not followed\)/);
      assert.match(error?.hint ?? '', /never followed/);
      assert.equal(proxy.seen.length, 1, 'a redirect is not retried');
    }
    // What Fulcio was sent holds the token; it went nowhere else.
    assert.equal(proxy.elsewhere.some((request) => request.body.includes('eyJ')), false);
  });

  test('an answer that never ends is refused past 1 MiB, at once and unretried, as a bad response', async (t) => {
    for (const service of ['fulcio', 'rekor', 'tsa'] as const) {
      const error = await signThrough(t, service, ['endless-ok', 'endless-ok']);
      // Refused as the bytes arrived: an answer read on to the timeout would be a timeout, and retried.
      assert.equal(error?.code, 'SIGN_SERVICE_BAD_RESPONSE', error?.message);
      assert.match(error?.message ?? '', /answered with a body longer than the 1048576 bytes/);
      assert.equal(proxy.seen.length, 1);
    }
  });

  test('a connection reset in the middle of an answer is retried; Rekor\'s retried POST meets 409 and takes the entry already made, so nothing is logged twice', async (t) => {
    for (const service of ['fulcio', 'rekor', 'tsa'] as const) {
      const error = await signThrough(t, service, ['reset-mid-answer']);
      assert.equal(error, undefined, `${service}: ${error?.message ?? ''}`);
      if (service === 'rekor') {
        assert.deepEqual(
          proxy.seen.map((request) => `${request.method} ${request.path.replace(/[0-9a-f]{64,}/, '{uuid}')}`),
          ['POST /api/v1/log/entries', 'POST /api/v1/log/entries', 'GET /api/v1/log/entries/{uuid}'],
        );
      } else assert.equal(proxy.seen.length, 2);
    }
  });

  test('an answer that trickles in is cut off at the attempt\'s timeout and retried', async (t) => {
    const error = await signThrough(t, 'fulcio', ['trickle']);
    assert.equal(error, undefined, error?.message);
    assert.equal(proxy.seen.length, 2);
  });

  test('a trickle that never stops fails as a timeout of the service after the retries', async (t) => {
    const policy = { ...FAST, retries: 1, timeoutMs: 500 };
    const error = await signThrough(t, 'tsa', ['trickle', 'trickle'], policy);
    assert.equal(error?.code, 'SIGN_SERVICE_FAILED', error?.message);
    assert.equal(error?.status, 'timeout');
    assert.match(error?.message ?? '', /^TSA POST http:\/\/127\.0\.0\.1:\d+\/api\/v1\/timestamp failed: timed out \(no whole answer within 500 ms/);
    assert.equal(proxy.seen.length, 2);
  });

  // The test's own timeout fails it if the hour is slept.
  test('429 with a Retry-After date is retried; one asking for an hour fails at once, saying so, instead of sleeping', { timeout: 20_000 }, async (t) => {
    assert.equal(await signThrough(t, 'rekor', ['retry-after-date']), undefined);
    assert.equal(proxy.seen.filter((request) => request.method === 'POST').length, 2);
    const error = await signThrough(t, 'fulcio', ['retry-after-hour']);
    assert.equal(error?.code, 'SIGN_SERVICE_FAILED');
    assert.equal(error?.status, 429);
    assert.match(error?.message ?? '', /HTTP 429 \(slow down; asked to retry after 3600 s, past the 8 s the retries may take\)/);
    // Not retried: the hint says what happened, not that it kept failing through every retry.
    assert.match(error?.hint ?? '', /^Fulcio asked to wait longer than the retries may take/);
    assert.equal(proxy.seen.length, 1);
  });

  test('501 is a refusal: not retried, and the hint does not speak of retries', async (t) => {
    const error = await signThrough(t, 'tsa', ['not-implemented']);
    assert.equal(error?.code, 'SIGN_SERVICE_FAILED', error?.message);
    assert.match(error?.message ?? '', /HTTP 501 \(no such API here\)/);
    assert.match(error?.hint ?? '', /refused the request/);
    assert.equal(proxy.seen.length, 1);
  });

  test('a good answer under a wrong content type is judged by its body, and signs', async (t) => {
    for (const service of ['fulcio', 'rekor', 'tsa'] as const) assert.equal(await signThrough(t, service, ['wrong-content-type']), undefined, service);
  });

  test('a 409 whose Location names no entry UUID is a bad response, and no other path of the log is fetched', async (t) => {
    const error = await signThrough(t, 'rekor', ['conflict-elsewhere']);
    assert.equal(error?.code, 'SIGN_SERVICE_BAD_RESPONSE', error?.message);
    assert.match(error?.message ?? '', /409 "entry already exists" whose Location names no entry UUID/);
    assert.deepEqual(proxy.seen.map((request) => request.method), ['POST']);
  });
});

test('Rekor and the TSA are reached through the proxy the environment names (HTTP_PROXY here), by the rules GitHub\'s requests follow; a plain-HTTP Fulcio only on loopback, which no proxy is asked for', async (t) => {
  const [stack, forwarding] = await Promise.all([startSigstoreStack({ tsa: true }), startForwardingProxy()]);
  t.after(async () => {
    await forwarding.close();
    await stack.close();
  });
  // Names only the proxy resolves: a request that went around it could not arrive.
  const named = (url: string | undefined, host: string): string => `http://${host}.sigstore.test:${new URL(url ?? '').port}`;
  // Fulcio over plain HTTP is taken on loopback only (SIGN_SERVICE_INSECURE elsewhere: the token would pass the proxy in the clear); through a proxy, over TLS, below.
  const raw = { 'subject-path': 'unused', 'fulcio-url': stack.fulcioURL, 'rekor-url': named(stack.rekorURL, 'rekor'), 'tsa-url': named(stack.tsaURL, 'tsa'), 'trusted-root': stack.trustedRootPath };
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'SHA256SUMS'), 'sums\n');
  const opened = await openSigningSession({ ...signConfig(raw, cliNamer()), retry: FAST }, { cwd, env: { ...stack.env, HTTP_PROXY: forwarding.url }, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger });
  assert.ok(opened.session);
  await opened.session.signFile(join(cwd, 'SHA256SUMS'));
  opened.close();
  assert.deepEqual(
    forwarding.requests.map((request) => `${request.method} ${new URL(request.target).host.split('.')[0] ?? ''}${new URL(request.target).pathname}`).sort(),
    ['POST rekor/api/v1/log/entries', 'POST tsa/api/v1/timestamp'],
  );
});

test('Rekor v2 (which cannot give an entry back by its content): a POST whose answer was lost meets 409, and the bundle is signed once more, as a new entry', async (t) => {
  const stack = await startSigstoreStack({ tsa: true, rekor: 'v2' });
  const proxy = new FaultyProxy();
  await proxy.listen();
  t.after(async () => {
    await proxy.close();
    await stack.close();
  });
  proxy.upstream = stack.rekorV2URL ?? '';
  proxy.faults.push('reset-mid-answer');
  const raw = { 'subject-path': 'unused', 'fulcio-url': stack.fulcioURL, 'rekor-url': proxy.url, 'rekor-version': '2', 'tsa-url': stack.tsaURL ?? '', 'trusted-root': stack.trustedRootPath };
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'SHA256SUMS'), 'sums\n');
  const opened = await openSigningSession({ ...signConfig(raw, cliNamer()), retry: FAST }, { cwd, env: { ...stack.env }, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger });
  assert.ok(opened.session);
  await opened.session.signFile(join(cwd, 'SHA256SUMS'));
  opened.close();
  assert.deepEqual(
    stack.requestLog.rekorV2.map((record) => `${record.method} ${record.outcome}`),
    ['POST 201', 'POST 409', 'POST 201'],
  );
});

test('a proxy that will not open a tunnel to Fulcio is retried, then fails naming Fulcio, its URL and the proxy; one that wants credentials fails at once', async (t) => {
  const stack = await startSigstoreStack({ tsa: true });
  const connects: string[] = [];
  let answer: 'close' | '407' = 'close';
  const proxy = createServer((_request, response) => response.writeHead(405).end());
  proxy.on('connect', (request: IncomingMessage, socket: Socket) => {
    connects.push(request.url ?? '');
    if (answer === '407') socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="corp"\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  t.after(async () => {
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
    await stack.close();
  });
  const proxyURL = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  const raw = { 'subject-path': 'unused', 'fulcio-url': 'https://fulcio.sigstore.test', 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath };
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'SHA256SUMS'), 'sums\n');
  const sign = async (): Promise<Error & { code?: string; hint?: string }> => {
    const opened = await openSigningSession({ ...signConfig(raw, cliNamer()), retry: FAST }, { cwd, env: { ...stack.env, HTTPS_PROXY: proxyURL }, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger });
    assert.ok(opened.session);
    try {
      await opened.session.signFile(join(cwd, 'SHA256SUMS'));
    } catch (error) {
      return error as Error;
    } finally {
      opened.close();
    }
    return assert.fail('signed through a proxy that opens no tunnel');
  };
  let error = await sign();
  assert.equal(error.code, 'SIGN_SERVICE_FAILED', error.message);
  assert.match(error.message, /^Fulcio POST https:\/\/fulcio\.sigstore\.test\/api\/v2\/signingCert failed: could not connect \(the proxy http:\/\/127\.0\.0\.1:\d+ closed the connection before opening a tunnel to fulcio\.sigstore\.test:443\)$/);
  assert.match(error.hint ?? '', /NO_PROXY/);
  assert.equal(connects.length, FAST.retries + 1, 'every retry of the policy');
  answer = '407';
  connects.length = 0;
  error = await sign();
  assert.equal(error.code, 'SIGN_SERVICE_FAILED', error.message);
  assert.match(error.message, /refused a tunnel to fulcio\.sigstore\.test:443/);
  assert.match(error.hint ?? '', /credentials/);
  assert.equal(connects.length, 1, 'a proxy wanting credentials is not asked again');
});
