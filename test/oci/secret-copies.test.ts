// What a registry client keeps of its credentials while it lives (a release holds one for its
// whole run): no string of a password or a token, only protected bytes, from which each request's
// header is made and dropped.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { dockerConfigCredentials, RegistryClient, staticCredentials, type HttpRequest, type HttpResponse, type Transport } from '../../src/oci/index.js';
import { SecretBuffer } from '../../src/secrets/index.js';
import { heapHolds } from '../support/heap-scan.js';
import { FAST_RETRY } from './support.js';

const app = { registry: 'registry.example', repository: 'acme/app' };

/** An answer with a body given as bytes (a Buffer's contents are not in a heap snapshot). */
function answer(request: HttpRequest, status: number, headers: Record<string, string> = {}, body = Buffer.alloc(0)): HttpResponse {
  return { status, url: request.url, headers: { ...headers, 'content-length': String(body.length) }, body: Readable.from([body]) };
}

/** A transport that answers from the request and keeps none of it. */
function transport(respond: (request: HttpRequest) => HttpResponse): Transport {
  return { send: async (request) => respond(request), close() {} };
}

test('the heap scan finds a string that is still referenced (control)', async () => {
  const kept = [`control-${randomBytes(12).toString('hex')}`];
  const needle = Buffer.from(kept[0] ?? '');
  assert.deepEqual(await heapHolds(new Map([['kept', needle]])), ['kept']);
  assert.equal(kept.length, 1);
});

test('a registry client with Basic auth keeps no string of the password\'s header between requests', async () => {
  const password = randomBytes(18);
  const basic = Buffer.from(Buffer.concat([Buffer.from('bot:'), password]).toString('base64'));
  let authorized = 0;
  const client = new RegistryClient({
    credentials: staticCredentials({ 'registry.example': { username: 'bot', secret: SecretBuffer.from(Buffer.from(password)) } }),
    transport: transport((request) => {
      if (request.headers.authorization === undefined) return answer(request, 401, { 'www-authenticate': 'Basic realm="registry"' });
      authorized += 1;
      return answer(request, 404);
    }),
    retry: FAST_RETRY,
  });
  await assert.rejects(client.resolve({ ...app, tag: 'v1' }), { code: 'OCI_NOT_FOUND' });
  await assert.rejects(client.resolve({ ...app, tag: 'v2' }), { code: 'OCI_NOT_FOUND' });
  assert.equal(authorized, 2);
  assert.deepEqual(await heapHolds(new Map([['base64 user:password', basic]])), []);
  client.close();
});

test('a registry client behind a token service keeps no string of the token between requests', async () => {
  const token = Buffer.from(randomBytes(24).toString('base64url'));
  let authorized = 0;
  const client = new RegistryClient({
    transport: transport((request) => {
      if (request.url.host === 'tokens.example') return answer(request, 200, { 'content-type': 'application/json' }, Buffer.concat([Buffer.from('{"token":"'), token, Buffer.from('","expires_in":300}')]));
      if (request.headers.authorization === undefined) return answer(request, 401, { 'www-authenticate': 'Bearer realm="https://tokens.example/token",service="registry.example"' });
      authorized += 1;
      return answer(request, 404);
    }),
    retry: FAST_RETRY,
  });
  await assert.rejects(client.resolve({ ...app, tag: 'v1' }), { code: 'OCI_NOT_FOUND' });
  await assert.rejects(client.resolve({ ...app, tag: 'v2' }), { code: 'OCI_NOT_FOUND' });
  assert.equal(authorized, 2, 'the second request reused the cached token');
  assert.deepEqual(await heapHolds(new Map([['token', token]])), []);
  client.close();
});

test('over real connections (node:http, keep-alive), a registry client keeps no string of the password\'s header between requests', async (t) => {
  const password = randomBytes(18);
  const basic = Buffer.from(Buffer.concat([Buffer.from('bot:'), password]).toString('base64'));
  let authorized = 0;
  // A registry on loopback that asks for Basic auth and knows no tag.
  const server = createServer((request, response) => {
    const given = request.headers.authorization !== undefined;
    if (given) authorized += 1;
    response.writeHead(given ? 404 : 401, given ? { 'content-type': 'application/json' } : { 'www-authenticate': 'Basic realm="registry"' });
    response.end(given ? '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}' : undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  const registry = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new RegistryClient({ credentials: staticCredentials({ [registry]: { username: 'bot', secret: SecretBuffer.from(Buffer.from(password)) } }), plainHttp: true, retry: FAST_RETRY });
  t.after(() => client.close());
  await assert.rejects(client.resolve({ registry, repository: 'acme/app', tag: 'v1' }), { code: 'OCI_NOT_FOUND' });
  // Concurrent requests open connections of their own, each with the Authorization header from its first request on.
  await Promise.all(['v2', 'v3', 'v4'].map((tag) => assert.rejects(client.resolve({ registry, repository: 'acme/app', tag }), { code: 'OCI_NOT_FOUND' })));
  assert.equal(authorized, 4);
  // Scanned a turn later: the last response may still be on the stack of the one that read it.
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.deepEqual(await heapHolds(new Map([['base64 user:password', basic]])), [], 'the keep-alive connection holds no request\'s headers');
});

test('docker config credentials keep no string of the file\'s passwords, neither of the registry asked for nor of the others', async () => {
  const basicOf = (user: string, password: Buffer): Buffer => Buffer.from(Buffer.concat([Buffer.from(`${user}:`), password]).toString('base64'));
  const [used, other] = [randomBytes(18), randomBytes(18)];
  const file = Buffer.concat([Buffer.from('{"auths":{"quay.io":{"auth":"'), basicOf('robot', used), Buffer.from('"},"registry.example":{"auth":"'), basicOf('bot', other), Buffer.from('"}}}')]);
  const source = dockerConfigCredentials(file, 'config.json');
  file.fill(0);
  const found = await source.credentialsFor('quay.io');
  assert.equal(found?.secret.equals(used), true);
  assert.deepEqual(await heapHolds(new Map([['the password used', basicOf('robot', used)], ['another registry\'s password', basicOf('bot', other)]])), []);
  source.close?.();
});
