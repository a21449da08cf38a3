// A registry, token service or blob store that answers garbage, slowly or from elsewhere: every case
// is a coded error naming the registry, in bounded time, with no credential sent where it was not
// asked for and none quoted.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Socket } from 'node:net';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { blobFromBytes, nodeTransport, RegistryClient, staticCredentials } from '../../src/oci/index.js';
import { SecretBuffer, setMasker } from '../../src/secrets/index.js';
import { FAST_RETRY, scripted, type ScriptedAnswer } from './support.js';

const PASSWORD = 'hunter2-registry-password';
const BASIC = Buffer.from(`bot:${PASSWORD}`).toString('base64');
const credentials = () => staticCredentials({ 'registry.example': { username: 'bot', secret: SecretBuffer.from(Buffer.from(PASSWORD)) } });
const app = { registry: 'registry.example', repository: 'acme/app' };

function leaksNothing(error: Error & { hint?: string }): void {
  for (const text of [error.message, error.hint ?? '', JSON.stringify(error)]) {
    assert.ok(!text.includes(PASSWORD) && !text.includes(BASIC), `a credential is quoted: ${text}`);
  }
}

test('a token service that answers JSON without a usable token (null, a list, a number, a token no header can carry, one too short to be a credential) is OCI_TOKEN_FAILED naming the registry', async (t) => {
  // A token is masked in the log as it arrives: a one-letter "token" would blank that letter in every later line.
  const masked: string[] = [];
  setMasker((form) => masked.push(Buffer.from(form).toString('utf8')));
  t.after(() => setMasker(undefined));
  for (const answer of ['null', '[]', '42', '"token"', JSON.stringify({ token: 'a\u0000b' }), JSON.stringify({ token: 'two words' }), JSON.stringify({ access_token: 'caf\u00e9' }), JSON.stringify({ token: 'e' }), JSON.stringify({ token: 'abc' })]) {
    const transport = scripted((request) =>
      request.url.host === 'registry.example' ? { status: 401, headers: { 'www-authenticate': 'Bearer realm="https://tokens.example/token",service="registry.example"' } } : { status: 200, body: answer },
    );
    const client = new RegistryClient({ credentials: credentials(), transport, retry: FAST_RETRY });
    await assert.rejects(client.resolve({ ...app, tag: 'v1' }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'OCI_TOKEN_FAILED', `${answer}: ${error.message}`);
      assert.match(error.message, /registry\.example/);
      leaksNothing(error);
      return true;
    });
    // The registry never saw a Bearer header made of what the token service sent.
    assert.ok(transport.seen.filter((request) => request.url.host === 'registry.example').every((request) => request.headers.authorization === undefined), answer);
  }
  assert.deepEqual(masked.filter((form) => form === 'e' || form === 'abc'), [], 'nothing too short was masked');
});

test('a 401 from blob storage on another origin is no challenge of the registry: the credentials never reach the realm it names', async () => {
  const transport = scripted((request): ScriptedAnswer => {
    if (request.url.host === 'registry.example' && request.url.pathname === '/token') return { status: 200, body: JSON.stringify({ token: 'registry-token' }) };
    if (request.url.host === 'registry.example') {
      return request.headers.authorization === undefined
        ? { status: 401, headers: { 'www-authenticate': 'Bearer realm="https://registry.example/token",service="registry.example"' } }
        : request.method === 'HEAD'
          ? { status: 200 }
          : { status: 307, headers: { location: 'https://storage.example/bucket/layer' } };
    }
    if (request.url.host === 'storage.example') return { status: 401, headers: { 'www-authenticate': 'Bearer realm="https://evil.example/token",service="registry.example",error="insufficient_scope"' } };
    return { status: 200, body: JSON.stringify({ token: 'stolen' }) };
  });
  const client = new RegistryClient({ credentials: credentials(), transport, retry: FAST_RETRY });
  const digest = `sha256:${'a'.repeat(64)}`;
  // Logged in already (a token for the repository) when the blob is redirected.
  assert.equal(await client.blobExists(app, digest), true);
  await assert.rejects(client.readBlob(app, digest, 1024), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'OCI_UNAUTHORIZED');
    leaksNothing(error);
    return true;
  });
  assert.deepEqual(transport.seen.filter((request) => request.url.host === 'evil.example'), []);
  for (const request of transport.seen.filter((seen) => seen.url.host !== 'registry.example')) {
    assert.equal(request.headers.authorization, undefined, `${request.url.href} got an Authorization header`);
  }
});

/** A body that sends a byte every 20 ms and never ends: each byte well within any idle timeout. */
function trickle(): Readable {
  let timer: NodeJS.Timeout | undefined;
  return new Readable({
    read() {
      timer ??= setInterval(() => this.push(' '), 20);
    },
    destroy(error, callback) {
      clearInterval(timer);
      callback(error);
    },
  });
}

test('a manifest, token or error body that trickles in and never ends is abandoned once the attempt\'s timeout has passed, and retried within the budget (OCI_NETWORK; an error answer\'s detail is dropped)', { timeout: 20_000 }, async () => {
  const retry = { ...FAST_RETRY, retries: 1, timeoutMs: 300 };
  const manifest = scripted(() => ({ status: 200, headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }, body: trickle() }));
  await assert.rejects(new RegistryClient({ transport: manifest, retry }).resolve({ ...app, tag: 'v1' }), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'OCI_NETWORK');
    assert.match(error.message, /manifest registry\.example\/acme\/app:v1 from registry\.example came slower than 65536 bytes a second: \d+ bytes in \d+ ms/);
    return true;
  });
  assert.equal(manifest.seen.length, 2);
  const token = scripted((request) =>
    request.url.host === 'registry.example' ? { status: 401, headers: { 'www-authenticate': 'Bearer realm="https://tokens.example/token"' } } : { status: 200, body: trickle() },
  );
  await assert.rejects(new RegistryClient({ credentials: credentials(), transport: token, retry }).resolve({ ...app, tag: 'v1' }), { code: 'OCI_NETWORK' });
  const failing = scripted(() => ({ status: 500, body: trickle() }));
  // An error answer's body is only its detail: it is given up on, and the status stands.
  await assert.rejects(new RegistryClient({ transport: failing, retry }).resolve({ ...app, tag: 'v1' }), { code: 'OCI_REGISTRY_ERROR', status: 500 });
  assert.equal(failing.seen.length, 2);
});

test('a body on a slow but steady link is read to its end, though it takes longer than the attempt\'s timeout', { timeout: 20_000 }, async () => {
  const blob = Buffer.alloc(6 * 32 * 1024, 7);
  const digest = `sha256:${createHash('sha256').update(blob).digest('hex')}`;
  const steady = (): Readable => {
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    return new Readable({
      read() {
        timer ??= setInterval(() => {
          this.push(blob.subarray(sent, sent + 32 * 1024));
          sent += 32 * 1024;
          if (sent >= blob.length) {
            clearInterval(timer);
            this.push(null);
          }
        }, 100);
      },
      destroy(error, callback) {
        clearInterval(timer);
        callback(error);
      },
    });
  };
  const transport = scripted(() => ({ status: 200, body: steady() }));
  const read = await new RegistryClient({ transport, retry: { ...FAST_RETRY, retries: 0, timeoutMs: 200 } }).readBlob(app, digest, blob.length);
  assert.deepEqual(read, blob);
});

test('the Node transport abandons an answer whose header lines trickle in past its timeout, though no gap between them reaches it', { timeout: 20_000 }, async (t) => {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.write('HTTP/1.1 200 OK\r\n');
    const timer = setInterval(() => socket.write('X-Drip: 1\r\n'), 50);
    socket.on('close', () => clearInterval(timer));
    socket.on('error', () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    for (const socket of sockets) socket.destroy();
    server.close();
  });
  const { port } = server.address() as { port: number };
  const transport = nodeTransport({ timeoutMs: 300, userAgent: 'test' });
  t.after(() => transport.close());
  await assert.rejects(transport.send({ method: 'GET', url: new URL(`http://127.0.0.1:${port}/v2/`), headers: {} }), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'ETIMEDOUT');
    assert.match(error.message, /127\.0\.0\.1:\d+ .*300 ms/);
    return true;
  });
});

test('an error answer that echoes the request\'s Authorization header (Bearer token or Basic credentials) is quoted without it', async () => {
  const transport = scripted((request): ScriptedAnswer => {
    if (request.url.host === 'tokens.example') return { status: 200, body: JSON.stringify({ token: 'registry-token-0123456789' }) };
    if (request.headers.authorization === undefined) return { status: 401, headers: { 'www-authenticate': 'Bearer realm="https://tokens.example/token"' } };
    return { status: 400, body: JSON.stringify({ errors: [{ code: 'DENIED', message: `refused Authorization: ${request.headers.authorization}; also Basic ${BASIC}` }] }) };
  });
  await assert.rejects(new RegistryClient({ credentials: credentials(), transport, retry: FAST_RETRY }).resolve({ ...app, tag: 'v1' }), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'OCI_REGISTRY_ERROR');
    assert.match(error.message, /refused Authorization: Bearer \*\*\*; also Basic \*\*\*/);
    assert.ok(!error.message.includes('registry-token-0123456789'));
    leaksNothing(error);
    return true;
  });
});

test('a password the registry echoes after padding of its choosing is redacted whole before the message is cut: no beginning of it is quoted', async () => {
  for (const padding of [470, 480, 490]) {
    const transport = scripted((request): ScriptedAnswer =>
      request.headers.authorization === undefined ? { status: 401, headers: { 'www-authenticate': 'Basic realm="registry"' } } : { status: 403, body: JSON.stringify({ errors: [{ code: 'DENIED', message: `${'x'.repeat(padding)} bad password ${PASSWORD}` }] }) },
    );
    const secrets = credentials();
    await assert.rejects(new RegistryClient({ credentials: secrets, transport, retry: FAST_RETRY }).resolve({ ...app, tag: 'v1' }), (error: Error & { code?: string; hint?: string }) => {
      assert.ok(!error.message.includes(PASSWORD.slice(0, 8)), `${padding}: ${error.message.slice(-80)}`);
      leaksNothing(error);
      return true;
    });
  }
});

test('a registry token from the token service is a secret: masked in the log as it arrives, and an error answer that quotes it in any words is quoted without it', async (t) => {
  const issued = 'registry-token-4f1e9c2a7b';
  const masked: string[] = [];
  setMasker((form) => masked.push(Buffer.from(form).toString('utf8')));
  t.after(() => setMasker(undefined));
  const transport = scripted((request): ScriptedAnswer => {
    if (request.url.host === 'tokens.example') return { status: 200, body: JSON.stringify({ token: issued }) };
    if (request.headers.authorization === undefined) return { status: 401, headers: { 'www-authenticate': 'Bearer realm="https://tokens.example/token"' } };
    return { status: 400, body: JSON.stringify({ errors: [{ code: 'DENIED', message: `token "${issued}" lacks the scope; token=${encodeURIComponent(issued)}` }] }) };
  });
  await assert.rejects(new RegistryClient({ credentials: credentials(), transport, retry: FAST_RETRY }).resolve({ ...app, tag: 'v1' }), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'OCI_REGISTRY_ERROR');
    assert.match(error.message, /token "\*\*\*" lacks the scope/);
    assert.ok(!JSON.stringify(error).includes(issued), error.message);
    leaksNothing(error);
    return true;
  });
  assert.ok(masked.includes(issued), 'the runner masks the token in every later log line');
});

test('what a registry says in an error answer or a broken manifest is quoted without its control characters (no line break, no terminal escape)', async () => {
  const said = 'DENIED: no\n::set-output name=x::y \u001b[2J\u009b31m';
  const errors = scripted(() => ({ status: 400, body: JSON.stringify({ errors: [{ code: 'DENIED', message: said }] }) }));
  await assert.rejects(new RegistryClient({ transport: errors, retry: FAST_RETRY }).resolve({ ...app, tag: 'v1' }), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'OCI_REGISTRY_ERROR');
    assert.match(error.message, /HTTP 400 \(DENIED: DENIED: no ::set-output name=x::y {2}\[2J 31m\)/);
    return true;
  });
  const manifest = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'a', digest: `sha256:${'0'.repeat(64)}`, size: 1 }, layers: [], annotations: { 'k\n::error::x': 1 } });
  for (const body of [manifest, '{"schemaVersion": 2,\n\u001b[2J']) {
    const broken = scripted(() => ({ status: 200, headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }, body }));
    await assert.rejects(new RegistryClient({ transport: broken, retry: FAST_RETRY }).resolve({ ...app, tag: 'v1' }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'OCI_MANIFEST_INVALID');
      // eslint-disable-next-line no-control-regex -- control characters are what must not be there
      assert.doesNotMatch(error.message, /[\u0000-\u001f\u007f-\u009f]/);
      return true;
    });
  }
});

test('the Node transport\'s answer deadline starts once the request is sent: an upload that takes longer than the timeout to send, each piece in time, gets its answer', { timeout: 20_000 }, async (t) => {
  const server = createHttpServer((request, response) => {
    let bytes = 0;
    request.on('data', (chunk: Buffer) => (bytes += chunk.length));
    request.on('end', () => response.writeHead(201, { 'content-length': '0', 'x-received': String(bytes) }).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  const { port } = server.address() as { port: number };
  const transport = nodeTransport({ timeoutMs: 250, userAgent: 'test' });
  t.after(() => transport.close());
  async function* slowUpload(): AsyncGenerator<Uint8Array> {
    for (let piece = 0; piece < 5; piece += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      yield Buffer.alloc(1024, piece);
    }
  }
  const response = await transport.send({ method: 'PUT', url: new URL(`http://127.0.0.1:${port}/v2/a/blobs/uploads/1`), headers: {}, body: slowUpload });
  assert.equal(response.status, 201);
  assert.equal(response.headers['x-received'], '5120');
});

test('a registry with Basic auth that redirects a blob to another origin: the password goes to the registry only, on every hop', async () => {
  const blob = Buffer.from('layer');
  const digest = `sha256:${createHash('sha256').update(blob).digest('hex')}`;
  const transport = scripted((request): ScriptedAnswer => {
    if (request.url.host !== 'registry.example') return request.url.pathname === '/loop' ? { status: 302, headers: { location: 'https://registry.example/v2/acme/app/blobs/elsewhere' } } : { status: 200, body: 'layer' };
    if (request.headers.authorization === undefined) return { status: 401, headers: { 'www-authenticate': 'Basic realm="registry"' } };
    return request.url.pathname.endsWith('/elsewhere') ? { status: 307, headers: { location: 'https://storage.example/bucket/layer' } } : { status: 307, headers: { location: 'https://cdn.example/loop' } };
  });
  assert.deepEqual(await new RegistryClient({ credentials: credentials(), transport, retry: FAST_RETRY }).readBlob(app, digest, 1024), blob);
  const hosts = transport.seen.map((request) => [request.url.host, request.headers.authorization === undefined ? 'none' : request.headers.authorization === `Basic ${BASIC}` ? 'basic' : 'other']);
  assert.deepEqual(hosts, [['registry.example', 'none'], ['registry.example', 'basic'], ['cdn.example', 'none'], ['registry.example', 'basic'], ['storage.example', 'none']]);
});

test('a client with a total budget starts no request once the registry\'s answers have taken that long in all (OCI_NETWORK), however many calls are left', { timeout: 20_000 }, async () => {
  const transport = scripted(() => ({ status: 200, headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }, body: trickle() }));
  const client = new RegistryClient({ transport, retry: { ...FAST_RETRY, retries: 0, timeoutMs: 300 }, totalBudgetMs: 200 });
  await assert.rejects(client.resolve({ ...app, tag: 'v1' }), /came slower than/);
  const sent = transport.seen.length;
  for (const tag of ['v2', 'v3']) {
    await assert.rejects(client.resolve({ ...app, tag }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'OCI_NETWORK');
      assert.match(error.message, new RegExp(`GET manifest registry\\.example/acme/app:${tag}: not sent: the registries' answers have taken more than 200 ms in all`));
      return true;
    });
  }
  assert.equal(transport.seen.length, sent, 'nothing more was sent');
});

test('a streamed blob that trickles in and never ends is abandoned once the attempt\'s timeout has passed (OCI_NETWORK naming the blob), and the trickle is closed', { timeout: 20_000 }, async () => {
  let closed = false;
  const transport = scripted(() => {
    const body = trickle();
    body.on('close', () => void (closed = true));
    return { status: 200, body };
  });
  const stream = await new RegistryClient({ transport, retry: { ...FAST_RETRY, retries: 0, timeoutMs: 300 } }).openBlob(app, `sha256:${'0'.repeat(64)}`, 1 << 20);
  await assert.rejects(
    (async () => {
      for await (const _chunk of stream);
    })(),
    (error: Error & { code?: string }) => {
      assert.equal(error.code, 'OCI_NETWORK');
      assert.match(error.message, /blob sha256:0{64} from registry\.example came slower than 65536 bytes a second/);
      return true;
    },
  );
  assert.ok(closed, 'the trickling body was not closed');
});

test('a blob the registry sent whole, read slowly by its reader (an image SBOM cataloging a layer), is no slow registry: time the reader held it back is not counted', { timeout: 20_000 }, async () => {
  const bytes = Buffer.alloc(256 * 1024, 7);
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  const transport = scripted(() => ({ status: 200, headers: { 'content-length': String(bytes.length) }, body: Readable.from([bytes.subarray(0, 65536), bytes.subarray(65536, 131072), bytes.subarray(131072, 196608), bytes.subarray(196608)], { objectMode: false, highWaterMark: 1024 }) }));
  const stream = await new RegistryClient({ transport, retry: { ...FAST_RETRY, retries: 0, timeoutMs: 100 } }).openBlob(app, digest, 1 << 20);
  let read = 0;
  // 256 KiB over about 6 s: two thirds of the rate the watch asks of a registry, all of it the reader's delay.
  for await (const chunk of stream) {
    read += (chunk as Buffer).length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
  assert.equal(read, bytes.length);
});

test('a blob whose connection breaks off mid-body is OCI_NETWORK naming the blob and how far it came, not an uncoded error (INTERNAL) or a damaged layer', async () => {
  const transport = scripted(() => {
    let sent = false;
    const body = new Readable({
      read() {
        if (sent) return;
        sent = true;
        this.push(Buffer.alloc(100, 1));
        setImmediate(() => this.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })));
      },
    });
    return { status: 200, headers: { 'content-length': '1000' }, body };
  });
  const stream = await new RegistryClient({ transport, retry: { ...FAST_RETRY, retries: 0 } }).openBlob(app, `sha256:${'0'.repeat(64)}`, 1 << 20);
  await assert.rejects(
    (async () => {
      for await (const _chunk of stream);
    })(),
    (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'OCI_NETWORK');
      assert.match(error.message, /blob sha256:0{64} from registry\.example: the connection broke off after 100 bytes \(aborted\)/);
      assert.match(error.hint ?? '', /run the command again/);
      return true;
    },
  );
});

test('an upload location that leaves TLS (a registry behind a TLS proxy building http:// URLs) is refused with OCI_INSECURE before any byte is sent there', async () => {
  const transport = scripted((request) => {
    if (request.method === 'HEAD') return { status: 404 };
    if (request.method === 'POST') return { status: 202, headers: { location: 'http://registry.example/v2/acme/app/blobs/uploads/abc' } };
    return { status: 201 };
  });
  const client = new RegistryClient({ transport, retry: FAST_RETRY });
  await assert.rejects(client.pushBlob(app, blobFromBytes(Buffer.from('bundle'))), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'OCI_INSECURE');
    assert.match(error.message, /http:\/\/registry\.example/);
    assert.match(error.hint ?? '', /X-Forwarded-Proto/);
    return true;
  });
  assert.deepEqual(transport.seen.filter((request) => request.url.protocol === 'http:'), []);
});

test('a redirect to a file: or data: URL is OCI_REDIRECT_INVALID naming the scheme, never followed nor taken for a network failure', async () => {
  for (const location of ['file:///etc/passwd', 'data:application/json,{}']) {
    const transport = scripted(() => ({ status: 307, headers: { location } }));
    await assert.rejects(new RegistryClient({ transport, retry: FAST_RETRY }).readBlob(app, `sha256:${'0'.repeat(64)}`, 1024), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'OCI_REDIRECT_INVALID');
      assert.match(error.message, new RegExp(`redirected to a ${location.slice(0, location.indexOf(':') + 1)} URL, which is not HTTP\\(S\\)`));
      return true;
    });
    assert.equal(transport.seen.length, 1);
  }
});

test('a redirect to a Location that is not a URL is OCI_REDIRECT_INVALID, not a network failure retried and blamed on the network; an upload Location that is none is the registry\'s error', async () => {
  for (const location of ['http://a b/', 'http://[::1']) {
    const transport = scripted(() => ({ status: 307, headers: { location } }));
    await assert.rejects(new RegistryClient({ transport, retry: FAST_RETRY }).readBlob(app, `sha256:${'0'.repeat(64)}`, 1024), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'OCI_REDIRECT_INVALID', error.message);
      assert.match(error.message, /redirected to a Location that is not a URL/);
      return true;
    });
    assert.equal(transport.seen.length, 1, 'not retried');
  }
  const upload = scripted((request) => (request.method === 'HEAD' ? { status: 404 } : { status: 202, headers: { location: 'http://[::1' } }));
  await assert.rejects(new RegistryClient({ transport: upload, retry: FAST_RETRY }).pushBlob(app, blobFromBytes(Buffer.from('bundle'))), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'OCI_REGISTRY_ERROR', error.message);
    assert.match(error.message, /an upload Location that is not a URL/);
    return true;
  });
});

test('a Bearer challenge without a realm is said of the registry\'s challenge, not as a token service that refused: none was asked', async () => {
  const transport = scripted(() => ({ status: 401, headers: { 'www-authenticate': 'Bearer service="registry.example"' } }));
  await assert.rejects(new RegistryClient({ transport, retry: FAST_RETRY }).readBlob(app, `sha256:${'0'.repeat(64)}`, 1024), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'OCI_AUTH_CHALLENGE_INVALID');
    assert.equal(error.message, 'registry.example asks for a Bearer token, but its challenge names no realm (the token service to ask)');
    return true;
  });
  assert.equal(transport.seen.length, 1, 'no token service was asked');
});

test('a password the registry echoes into what an error quotes of it (a redirect\'s path, a challenge\'s realm) is redacted as the error is made: printed after the client closed and wiped it, it was quoted whole', async () => {
  const echoes: ((request: { headers: Record<string, string | undefined> }) => ScriptedAnswer)[] = [
    // Redirected round in a loop, through a path holding the password: OCI_REDIRECT_INVALID quotes the last path.
    () => ({ status: 307, headers: { location: `/v2/acme/app/manifests/${PASSWORD}` } }),
    // A Bearer challenge whose realm is no URL, but the password.
    () => ({ status: 401, headers: { 'www-authenticate': `Bearer realm="notaurl ${PASSWORD}"` } }),
  ];
  for (const echo of echoes) {
    const secret = SecretBuffer.from(Buffer.from(PASSWORD));
    const transport = scripted((request): ScriptedAnswer => echo(request));
    const failure = await new RegistryClient({ credentials: staticCredentials({ 'registry.example': { username: 'bot', secret } }), transport, retry: FAST_RETRY }).resolve({ ...app, tag: 'v1' }).then(
      () => undefined,
      (error: unknown) => error as Error & { code?: string; hint?: string },
    );
    // The client is closed by then: its password is wiped, and no redaction at printing knows it.
    secret.destroy();
    assert.ok(failure !== undefined);
    assert.match(failure.code ?? '', /^OCI_(REDIRECT_INVALID|AUTH_CHALLENGE_INVALID)$/, failure.message);
    leaksNothing(failure);
  }
});

test('a password holding a control character (tab, DEL) that the registry echoes, in an error answer or a realm padded to the cut, is redacted before it is made printable: no part of it is quoted', async () => {
  for (const password of ['S3CR3T-reg\ttab-91ab', 'S3CR3T-reg\u007fdel-91ab']) {
    const parts = password.split(/[\t\u007f]/);
    const echoes: ((request: { headers: Record<string, string | undefined> }) => ScriptedAnswer)[] = [
      (request) => (request.headers.authorization === undefined ? { status: 401, headers: { 'www-authenticate': 'Basic realm="registry"' } } : { status: 403, body: JSON.stringify({ errors: [{ code: 'DENIED', message: `user bot with password ${password} may not pull` }] }) }),
      // A realm that is no URL, the password after padding that puts the cut inside it.
      () => ({ status: 401, headers: { 'www-authenticate': `Bearer realm="${'x'.repeat(190)}${password.replace(/[\t\u007f]/, '-')} not a url"` } }),
    ];
    for (const [index, echo] of echoes.entries()) {
      const echoed = index === 0 ? password : password.replace(/[\t\u007f]/, '-');
      const secret = SecretBuffer.from(Buffer.from(echoed));
      const failure = await new RegistryClient({ credentials: staticCredentials({ 'registry.example': { username: 'bot', secret } }), transport: scripted(echo), retry: FAST_RETRY }).resolve({ ...app, tag: 'v1' }).then(
        () => undefined,
        (error: unknown) => error as Error & { code?: string; hint?: string },
      );
      secret.destroy();
      assert.ok(failure !== undefined);
      assert.match(failure.code ?? '', /^OCI_(DENIED|REGISTRY_ERROR|AUTH_CHALLENGE_INVALID)$/, failure.message);
      for (const part of [...parts, echoed.slice(0, 10)]) assert.ok(!failure.message.includes(part), `${JSON.stringify(password)} #${index}: ${failure.message}`);
    }
  }
});
