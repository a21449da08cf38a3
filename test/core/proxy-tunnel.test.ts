// A hostile or broken proxy in HTTPS_PROXY: one that never answers the CONNECT, opens the tunnel and
// goes silent, floods headers, answers garbage, or refuses. Each ends in a coded error naming the
// proxy by its origin (never its credentials), at the tunnel's deadline or the request's signal,
// never a hang or a crash. The tunnel's Proxy-Authorization goes to the proxy alone.
import assert from 'node:assert/strict';
import { createServer as createHttpsServer } from 'node:https';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { after, before, describe, test, type TestContext } from 'node:test';
import { proxiedFetch } from '../../src/core/proxied-fetch.js';
import { ProxyAgents } from '../../src/core/proxy.js';
import { parseImageReference, RegistryClient } from '../../src/oci/index.js';
import { nodeTransport } from '../../src/oci/transport.js';
import { makeHostTls, startForwardingProxy } from '../support/proxy.js';
import { tempDir } from '../support/tmp.js';

const CREDENTIALS = 'octo:hunter2';
const SECRET_FORMS = ['hunter2', Buffer.from(CREDENTIALS).toString('base64')];

type Behaviour = 'silent' | 'silent-after-200' | 'flood' | 'garbage' | '407' | '502' | 'close' | 'data-after-200' | 'close-after-200';

/** A proxy on loopback that answers every CONNECT as `behaviour` says, recording what it was sent. */
async function startHostileProxy(behaviour: Behaviour): Promise<{ url: string; received: string[]; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const received: string[] = [];
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('data', (data) => {
      received.push(data.toString('latin1'));
      if (behaviour === 'silent-after-200') socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
      else if (behaviour === 'data-after-200') socket.write('HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 200 OK\r\n\r\n');
      else if (behaviour === 'garbage') socket.end('\x1b[2J\x1b]0;pwned\x07garbage\r\n\r\n');
      else if (behaviour === '407') socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n');
      else if (behaviour === '502') socket.end('HTTP/1.1 502 Bad \x1b[31mGateway\r\nContent-Length: 0\r\n\r\n');
      else if (behaviour === 'close') socket.destroy();
      else if (behaviour === 'close-after-200') socket.end('HTTP/1.1 200 Connection established\r\n\r\n');
      else if (behaviour === 'flood') {
        // Headers that never end: Node's own tunnel reader grew without bound on this and crashed the process.
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        let sent = 0;
        const pump = (): void => {
          while (sent < 64 * 1024 * 1024 && !socket.destroyed && socket.write(chunk)) sent += chunk.length;
          if (sent < 64 * 1024 * 1024 && !socket.destroyed) socket.once('drain', pump);
        };
        pump();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://${CREDENTIALS}@127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Everything an error shows or carries, its causes included, for a scan for the credentials. */
function everything(error: unknown): string {
  return `${inspect(error, { depth: 6 })} ${JSON.stringify(error)}`;
}

function assertNoCredentials(error: unknown): void {
  const text = everything(error);
  for (const form of SECRET_FORMS) assert.ok(!text.includes(form), `the error carries ${form}: ${text}`);
}

/** What a GET of `url` through the proxy at `proxyUrl` fails with: the OCI transport's agents, given a short tunnel deadline. */
/** An https:// proxy on 127.0.0.1 (closed after the test) that opens each CONNECT's tunnel to the port it names on 127.0.0.1, keeping the CONNECT heads it got. */
async function startTlsConnectProxy(t: TestContext, tls: { certPem: string; keyPem: string }): Promise<{ proxy: ReturnType<typeof createTlsServer>; connects: string[] }> {
  const connects: string[] = [];
  const proxy = createTlsServer({ cert: tls.certPem, key: tls.keyPem }, (client) => {
    client.on('error', () => client.destroy());
    client.once('data', (head) => {
      connects.push(head.toString('latin1'));
      const port = Number(/^CONNECT [^\s:]+:(\d+) /.exec(head.toString('latin1'))?.[1]);
      const upstream = connect(port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
    });
  });
  proxy.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  t.after(() => proxy.close());
  return { proxy, connects };
}

async function tunnelFailure(proxyUrl: string, tunnelTimeoutMs = 300): Promise<Error & { code?: string; hint?: string; statusCode?: number }> {
  const transport = nodeTransport({ timeoutMs: tunnelTimeoutMs, userAgent: 'trust-kit-test', proxy: { httpsProxy: proxyUrl } });
  try {
    await transport.send({ method: 'GET', url: new URL('https://registry.example.test/v2/'), headers: {} });
  } catch (error) {
    return error as Error & { code?: string };
  } finally {
    transport.close();
  }
  assert.fail('the request through the hostile proxy succeeded');
}

describe('a hostile proxy', { timeout: 20_000 }, () => {
  const proxies = new Map<Behaviour, Awaited<ReturnType<typeof startHostileProxy>>>();
  before(async () => {
    for (const behaviour of ['silent', 'silent-after-200', 'flood', 'garbage', '407', '502', 'close', 'data-after-200', 'close-after-200'] as const) proxies.set(behaviour, await startHostileProxy(behaviour));
  });
  after(async () => {
    for (const proxy of proxies.values()) await proxy.close();
  });
  const proxy = (behaviour: Behaviour): { url: string; received: string[] } => proxies.get(behaviour) as { url: string; received: string[] };

  test('the CONNECT carries the credentials from the proxy URL, decoded, and nothing else of the request', async () => {
    await tunnelFailure(proxy('407').url);
    const connect = proxy('407').received.at(-1) ?? '';
    assert.match(connect, /^CONNECT registry\.example\.test:443 HTTP\/1\.1\r\n/);
    assert.match(connect, new RegExp(`\r\nProxy-Authorization: Basic ${Buffer.from(CREDENTIALS).toString('base64')}\r\n`));
    assert.doesNotMatch(connect, /user-agent|trust-kit-test/i);
  });

  test('one that never answers the CONNECT fails at the tunnel deadline, naming the proxy', async () => {
    const error = await tunnelFailure(proxy('silent').url);
    assert.equal(error.code, 'PROXY_TUNNEL_FAILED');
    assert.match(error.message, /^the proxy http:\/\/127\.0\.0\.1:\d+ did not open a tunnel to registry\.example\.test:443 within 300 ms$/);
    assertNoCredentials(error);
  });

  test('one that opens the tunnel and goes silent fails at the same deadline (the TLS handshake is inside it)', async () => {
    const error = await tunnelFailure(proxy('silent-after-200').url);
    assert.equal(error.code, 'PROXY_TUNNEL_FAILED');
    assert.match(error.message, /did not open a tunnel to registry\.example\.test:443 within 300 ms/);
  });

  test('one whose headers never end is refused past 16 KiB, without reading on', async () => {
    const error = await tunnelFailure(proxy('flood').url, 10_000);
    assert.equal(error.code, 'PROXY_TUNNEL_FAILED');
    assert.match(error.message, /answered the CONNECT to registry\.example\.test:443 with more than 16384 bytes of headers/);
    assertNoCredentials(error);
  });

  test('garbage, a refusal, a closed connection and bytes before the TLS handshake are each a coded error quoting no control character', async () => {
    const cases: [Behaviour, string, RegExp][] = [
      ['garbage', 'PROXY_TUNNEL_FAILED', /answered the CONNECT to registry\.example\.test:443 with something that is not HTTP\/1$/],
      ['407', 'PROXY_AUTH_REQUIRED', /refused a tunnel to registry\.example\.test:443: HTTP 407 Proxy Authentication Required$/],
      ['502', 'PROXY_TUNNEL_FAILED', /refused a tunnel to registry\.example\.test:443: HTTP 502 Bad \[31mGateway$/],
      ['close', 'PROXY_TUNNEL_FAILED', /closed the connection before opening a tunnel to registry\.example\.test:443$/],
      ['data-after-200', 'PROXY_TUNNEL_FAILED', /sent data after opening the tunnel to registry\.example\.test:443, before the TLS handshake$/],
    ];
    for (const [behaviour, code, message] of cases) {
      const error = await tunnelFailure(proxy(behaviour).url, 10_000);
      assert.equal(error.code, code, `${behaviour}: ${error.message}`);
      assert.match(error.message, /^the proxy http:\/\/127\.0\.0\.1:\d+ /);
      assert.match(error.message, message);
      // eslint-disable-next-line no-control-regex -- the point: no terminal escape from the proxy reaches a log line
      assert.doesNotMatch(`${error.message} ${error.hint ?? ''}`, /[\u0000-\u001f\u007f]/);
      assert.match(error.hint ?? '', behaviour === '407' ? /asks for credentials/ : /HTTPS_PROXY/);
      assertNoCredentials(error);
    }
  });

  test('one that opens the tunnel and closes it during the TLS handshake: the registry client names the proxy, and retries it as a dropped connection', async () => {
    const error = await tunnelFailure(proxy('close-after-200').url, 10_000);
    assert.equal(error.code, 'ECONNRESET', error.message);
    assert.match(error.message, / \(through the proxy http:\/\/127\.0\.0\.1:\d+\)$/);
    assertNoCredentials(error);
    const client = new RegistryClient({ proxy: { httpsProxy: proxy('close-after-200').url }, retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2, factor: 2, budgetMs: 10_000, timeoutMs: 5_000 } });
    const before = proxy('close-after-200').received.length;
    try {
      await assert.rejects(client.getManifest(parseImageReference('registry.example.test/acme/app:v1')), (failure: Error & { code?: string; hint?: string }) => {
        assert.equal(failure.code, 'OCI_NETWORK');
        assert.match(failure.message, /^GET manifest registry\.example\.test\/acme\/app:v1: .+ \(through the proxy http:\/\/127\.0\.0\.1:\d+\)$/);
        assert.match(failure.hint ?? '', /HTTPS_PROXY/);
        assertNoCredentials(failure);
        return true;
      });
    } finally {
      client.close();
    }
    assert.equal(proxy('close-after-200').received.length - before, 3, 'the first attempt and two retries');
  });

  test('an http:// request sent to the proxy in absolute form names the proxy when the proxy answers garbage or nothing', async () => {
    const garbage = proxiedFetch({ httpProxy: proxy('garbage').url })('http://ghes.example.test/api/v3', { signal: AbortSignal.timeout(5_000) });
    await assert.rejects(garbage, (error: Error & { code?: string }) => {
      assert.match(error.code ?? '', /^HPE_/);
      assert.match(error.message, / \(through the proxy http:\/\/127\.0\.0\.1:\d+\)$/);
      assertNoCredentials(error);
      return true;
    });
    const silent = proxiedFetch({ httpProxy: proxy('silent').url })('http://ghes.example.test/api/v3', { signal: AbortSignal.timeout(200) });
    await assert.rejects(silent, (error: Error & { code?: string }) => {
      assert.equal(error.name, 'AbortError');
      assert.match(error.message, /^The operation was aborted \(through the proxy http:\/\/127\.0\.0\.1:\d+\)$/);
      assertNoCredentials(error);
      return true;
    });
  });

  test('a request waiting for a tunnel that never opens ends at its own signal, naming the proxy', async () => {
    const agents = new ProxyAgents({ httpsProxy: proxy('silent-after-200').url }, { tunnelTimeoutMs: 5_000 });
    try {
      await assert.rejects(proxiedFetch(agents)('https://api.github.test/repos', { headers: { authorization: 'token ghs_secret' }, signal: AbortSignal.timeout(200) }), (error: Error & { code?: string; name?: string }) => {
        assert.equal(error.name, 'AbortError');
        assert.equal(error.code, 'ABORT_ERR');
        assert.match(error.message, /^the proxy http:\/\/127\.0\.0\.1:\d+ had not opened a tunnel to api\.github\.test when the request was aborted$/);
        assertNoCredentials(error);
        assert.ok(!everything(error).includes('ghs_secret'));
        return true;
      });
    } finally {
      agents.destroy();
    }
  });
});

test('an https:// proxy is reached over TLS, the target\'s TLS runs inside the tunnel, and only the proxy sees Proxy-Authorization', async (t) => {
  const [proxyTls, targetTls] = await Promise.all([makeHostTls(await tempDir(t), 'localhost'), makeHostTls(await tempDir(t), 'registry.example.test')]);
  const seenByTarget: (string | undefined)[] = [];
  const target = createHttpsServer({ cert: targetTls.certPem, key: targetTls.keyPem }, (request, response) => {
    seenByTarget.push(request.headers['proxy-authorization']);
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  const { proxy, connects } = await startTlsConnectProxy(t, proxyTls);
  t.after(() => {
    target.closeAllConnections();
    target.close();
  });
  const proxyPort = (proxy.address() as AddressInfo).port;
  const targetPort = (target.address() as AddressInfo).port;
  const transport = nodeTransport({ timeoutMs: 5_000, userAgent: 'trust-kit-test', ca: [proxyTls.caPem, targetTls.caPem], proxy: { httpsProxy: `https://${CREDENTIALS}@localhost:${proxyPort}` } });
  try {
    const response = await transport.send({ method: 'GET', url: new URL(`https://registry.example.test:${targetPort}/v2/`), headers: {} });
    assert.equal(response.status, 200);
    response.body.resume();
  } finally {
    transport.close();
  }
  assert.equal(connects.length, 1);
  assert.match(connects[0] ?? '', new RegExp(`\r\nProxy-Authorization: Basic ${Buffer.from(CREDENTIALS).toString('base64')}\r\n`));
  assert.deepEqual(seenByTarget, [undefined]);
});

test('a target named by its IP address is checked against that address inside the tunnel, as a direct connection checks it', async (t) => {
  const [ipTls, otherTls] = await Promise.all([makeHostTls(await tempDir(t), '0.0.0.0'), makeHostTls(await tempDir(t), 'localhost')]);
  const proxy = await startForwardingProxy();
  t.after(() => proxy.close());
  for (const [tls, accepted] of [[ipTls, true], [otherTls, false]] as const) {
    const target = createHttpsServer({ cert: tls.certPem, key: tls.keyPem }, (_request, response) => response.writeHead(200).end('ok'));
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    // 0.0.0.0 is no loopback by @actions/http-client's rules: it goes through the proxy, which reaches it on 127.0.0.1.
    const transport = nodeTransport({ timeoutMs: 5_000, userAgent: 'trust-kit-test', ca: tls.caPem, proxy: { httpsProxy: proxy.url } });
    try {
      const sending = transport.send({ method: 'GET', url: new URL(`https://0.0.0.0:${(target.address() as AddressInfo).port}/v2/`), headers: {} });
      if (accepted) assert.equal((await sending).status, 200);
      else await assert.rejects(sending, { code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    } finally {
      transport.close();
      target.closeAllConnections();
      target.close();
    }
  }
  assert.ok(proxy.requests.every((request) => request.method === 'CONNECT' && request.target.startsWith('0.0.0.0:')));
});

test('skipping the registry\'s certificate check (--allow-insecure-registry) does not skip the https:// proxy\'s: its credentials go only to a proxy whose certificate verifies', async (t) => {
  const [proxyTls, targetTls] = await Promise.all([makeHostTls(await tempDir(t), 'localhost'), makeHostTls(await tempDir(t), 'registry.example.test')]);
  const target = createHttpsServer({ cert: targetTls.certPem, key: targetTls.keyPem }, (_request, response) => response.writeHead(200).end('{}'));
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  // A proxy whose certificate nothing trusts: a machine in the middle of the way to the runner's proxy, say.
  const { proxy, connects } = await startTlsConnectProxy(t, proxyTls);
  t.after(() => {
    target.closeAllConnections();
    target.close();
  });
  const transport = nodeTransport({ timeoutMs: 5_000, userAgent: 'trust-kit-test', skipTlsVerify: true, proxy: { httpsProxy: `https://${CREDENTIALS}@localhost:${(proxy.address() as AddressInfo).port}` } });
  try {
    await assert.rejects(transport.send({ method: 'GET', url: new URL(`https://registry.example.test:${(target.address() as AddressInfo).port}/v2/`), headers: {} }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', error.message);
      assert.match(error.message, / \(through the proxy https:\/\/localhost:\d+\)$/);
      assertNoCredentials(error);
      return true;
    });
  } finally {
    transport.close();
  }
  assert.deepEqual(connects, [], 'no CONNECT, and so no Proxy-Authorization, went to the unverified proxy');
});
