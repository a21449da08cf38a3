import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { test, type TestContext } from 'node:test';
import { blobFromBytes, MAX_MANIFEST_BYTES, withDigest, type RepositoryName } from '../../src/oci/index.js';
import { startFaultProxy, type FaultProxy } from '../support/oci/fault-proxy.js';
import { buildImage, debianFiles, pushImage } from '../support/oci/images.js';
import { haveTools, startDockerRegistry } from '../support/oci/registries.js';
import { closeServer } from '../support/oci/token-server.js';
import { clientFor } from './support.js';

const manifests = (proxy: FaultProxy): { method: string; path: string }[] => proxy.requests.filter((request) => request.path.includes('/manifests/'));

async function proxiedRegistry(t: TestContext, mode: 'anonymous' | 'token' = 'anonymous') {
  const registry = await startDockerRegistry(t, mode);
  const proxy = await startFaultProxy(t, registry.name);
  const waits: number[] = [];
  const client = clientFor(t, { name: proxy.name, plainHttp: true }, {
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...(mode === 'token' ? { login: true } : {}),
  });
  // Credentials are looked up by the name the client is given: the proxy's.
  const app: RepositoryName = { registry: proxy.name, repository: 'acme/app' };
  return { registry, proxy, client, app, waits };
}

test('5xx and 429 are retried within the budget, honouring Retry-After; a registry that keeps failing is OCI_REGISTRY_ERROR after the last retry', async (t) => {
  if (!haveTools(t, ['docker-registry'])) return;
  const { proxy, client, app, waits } = await proxiedRegistry(t);
  const image = buildImage(debianFiles('faults'));
  await pushImage(client, app, image, 'v1');

  proxy.faults.push({ match: ({ method, path }) => method === 'GET' && path.endsWith('/manifests/v1'), action: { status: 503 }, times: 1 });
  proxy.faults.push({ match: ({ method, path }) => method === 'GET' && path.endsWith('/manifests/v1'), action: { status: 429, headers: { 'retry-after': '2' } }, times: 1 });
  const before = manifests(proxy).length;
  assert.equal((await client.resolve({ ...app, tag: 'v1' })).reference.digest, image.digest);
  assert.equal(manifests(proxy).length - before, 3);
  assert.ok(waits.includes(2000), `waits ${waits.join(', ')}`);

  proxy.faults.push({ match: ({ path }) => path.endsWith('/manifests/v1'), action: { status: 500 } });
  const start = manifests(proxy).length;
  await assert.rejects(client.resolve({ ...app, tag: 'v1' }), (error: Error & { code?: string; status?: number }) => error.code === 'OCI_REGISTRY_ERROR' && error.status === 500 && /INJECTED/.test(error.message));
  // One attempt and three retries (FAST_RETRY), no more.
  assert.equal(manifests(proxy).length - start, 4);
});

test('a dropped connection mid-upload restarts the upload session, monolithic and chunked; the pushed blob reads back intact', async (t) => {
  if (!haveTools(t, ['docker-registry'])) return;
  const { proxy, client, app } = await proxiedRegistry(t);
  const blob = randomBytes(200 * 1024);
  proxy.faults.push({ match: ({ method, path }) => method === 'PUT' && path.includes('/blobs/uploads/'), action: 'reset-mid-body', times: 1 });
  assert.equal(await client.pushBlob(app, blobFromBytes(blob)), 'uploaded');
  assert.deepEqual(await client.readBlob(app, blobFromBytes(blob).digest, blob.length), blob);
  assert.equal(proxy.requests.filter((request) => request.method === 'POST').length, 2, 'a second upload session');

  const chunked = randomBytes(150 * 1024);
  proxy.faults.push({ match: ({ method }) => method === 'PATCH', action: 'reset-mid-body', times: 1 });
  proxy.faults.push({ match: ({ method, path }) => method === 'GET' && path.includes('/blobs/sha256:'), action: 'reset', times: 1 });
  assert.equal(await client.pushBlob(app, blobFromBytes(chunked), { chunkBytes: 32 * 1024 }), 'uploaded');
  assert.deepEqual(await client.readBlob(app, blobFromBytes(chunked).digest, chunked.length), chunked);
});

test('a 401 on push is OCI_UNAUTHORIZED at once, without retries', async (t) => {
  if (!haveTools(t, ['docker-registry'])) return;
  const { proxy, client, app } = await proxiedRegistry(t);
  const image = buildImage(debianFiles('denied'));
  proxy.faults.push({ match: ({ method, path }) => method === 'PUT' && path.includes('/manifests/'), action: { status: 401, headers: { 'www-authenticate': 'Basic realm="push"' } } });
  await assert.rejects(pushImage(client, app, image, 'v1'), { code: 'OCI_UNAUTHORIZED' });
  // The first PUT, and its repetition after the Basic challenge (no credentials to answer it with): no retries.
  assert.equal(proxy.requests.filter((request) => request.method === 'PUT' && request.path.includes('/manifests/')).length, 2);
});

test('a 403 on push (credentials without the permission) is OCI_DENIED at once, naming the request and telling to check the token\'s scopes', async (t) => {
  if (!haveTools(t, ['docker-registry'])) return;
  const { proxy, client, app } = await proxiedRegistry(t);
  const image = buildImage(debianFiles('forbidden'));
  proxy.faults.push({ match: ({ method, path }) => method === 'PUT' && path.includes('/manifests/'), action: { status: 403 } });
  await assert.rejects(pushImage(client, app, image, 'v1'), (error: Error & { code?: string; status?: number; hint?: string }) => {
    assert.equal(error.code, 'OCI_DENIED');
    assert.equal(error.status, 403);
    assert.match(error.message, /acme\/app/);
    assert.match(error.hint ?? '', /scopes/);
    return true;
  });
  assert.equal(proxy.requests.filter((request) => request.method === 'PUT' && request.path.includes('/manifests/')).length, 1, 'no retry');
});

test('a manifest or blob whose bytes do not match the digest asked for (or claimed) is refused with OCI_DIGEST_MISMATCH; oversized content with OCI_TOO_LARGE', async (t) => {
  if (!haveTools(t, ['docker-registry'])) return;
  const { proxy, client, app } = await proxiedRegistry(t);
  const image = buildImage(debianFiles('tampered'));
  await pushImage(client, app, image, 'v1');
  const other = buildImage(debianFiles('evil'));
  const swap = { rewrite: () => other.manifest };
  proxy.faults.push({ match: ({ method, path }) => method === 'GET' && path.includes('/manifests/'), action: swap, times: 2 });
  await assert.rejects(client.getManifest(withDigest(app, image.digest)), { code: 'OCI_DIGEST_MISMATCH' });
  // By tag: the registry's Docker-Content-Digest header names the real manifest, the bytes are another.
  await assert.rejects(client.resolve({ ...app, tag: 'v1' }), { code: 'OCI_DIGEST_MISMATCH' });

  const layer = image.layers[0] ?? Buffer.alloc(0);
  const flipped = Buffer.from(layer);
  flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
  proxy.faults.push({ match: ({ method, path }) => method === 'GET' && path.includes('/blobs/'), action: { rewrite: () => flipped }, times: 2 });
  await assert.rejects(client.readBlob(app, blobFromBytes(layer).digest, 1 << 20), { code: 'OCI_DIGEST_MISMATCH' });
  const stream = await client.openBlob(app, blobFromBytes(layer).digest, 1 << 20);
  await assert.rejects(
    (async () => {
      for await (const _chunk of stream);
    })(),
    { code: 'OCI_DIGEST_MISMATCH' },
  );

  proxy.faults.push({ match: ({ method, path }) => method === 'GET' && path.includes('/manifests/'), action: { rewrite: () => Buffer.alloc(MAX_MANIFEST_BYTES + 1, 0x20) }, times: 1 });
  await assert.rejects(client.resolve({ ...app, tag: 'v1' }), { code: 'OCI_TOO_LARGE' });
  await assert.rejects(client.readBlob(app, blobFromBytes(layer).digest, 10), { code: 'OCI_TOO_LARGE' });
});

test('a blob redirected to storage on another origin is fetched without the Authorization header; the registry itself gets it', async (t) => {
  if (!haveTools(t, ['docker-registry'])) return;
  const { proxy, client, app } = await proxiedRegistry(t, 'token');
  const image = buildImage(debianFiles('redirect'));
  await pushImage(client, app, image, 'v1');
  const layer = image.layers[0] ?? Buffer.alloc(0);
  const seen: (string | undefined)[] = [];
  const storage = createServer((request, response) => {
    seen.push(request.headers.authorization);
    response.writeHead(200, { 'content-length': String(layer.length) });
    response.end(layer);
  });
  await new Promise<void>((resolve) => storage.listen(0, '127.0.0.1', resolve));
  t.after(() => closeServer(storage));
  const port = (storage.address() as { port: number }).port;
  // localhost vs 127.0.0.1: another origin, as blob storage is.
  proxy.faults.push({ match: ({ method, path }) => method === 'GET' && path.includes('/blobs/'), action: { status: 307, headers: { location: `http://localhost:${port}/bucket/layer?signature=x` } }, times: 1 });
  assert.deepEqual(await client.readBlob(app, blobFromBytes(layer).digest, 1 << 20), layer);
  assert.deepEqual(seen, [undefined]);
  const redirected = proxy.requests.filter((request) => request.method === 'GET' && request.path.includes('/blobs/'));
  assert.match(redirected.at(-1)?.authorization ?? '', /^Bearer /);
});

test('a registry that serves plain HTTP, reached without --allow-http-registry, is refused at once with a hint naming the flag, not an OpenSSL message', async (t) => {
  const server = createServer((_request, response) => {
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => closeServer(server));
  const port = (server.address() as { port: number }).port;
  const client = clientFor(t, { name: `127.0.0.1:${port}`, plainHttp: false });
  await assert.rejects(client.getManifest({ registry: `127.0.0.1:${port}`, repository: 'acme/app', tag: 'v1' }), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'OCI_NETWORK');
    assert.match(error.message, /plain HTTP, not TLS/);
    assert.doesNotMatch(error.message, /SSL routines/);
    assert.match(error.hint ?? '', /--allow-http-registry/);
    return true;
  });
});
