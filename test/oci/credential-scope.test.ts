import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RegistryClient, staticCredentials } from '../../src/oci/index.js';
import { SecretBuffer } from '../../src/secrets/index.js';
import { FAST_RETRY, scripted, type ScriptedAnswer } from './support.js';

const credentials = staticCredentials({ 'registry.example': { username: 'bot', secret: SecretBuffer.from(Buffer.from('hunter2')) } });

test('a token realm over plain HTTP on another host never receives the registry\'s credentials (OCI_INSECURE)', async () => {
  const transport = scripted((request) =>
    request.url.host === 'registry.example' ? { status: 401, headers: { 'www-authenticate': 'Bearer realm="http://tokens.example/token",service="registry.example"' } } : { status: 200, body: '{"token":"registry-token"}' },
  );
  const client = new RegistryClient({ credentials, transport, retry: FAST_RETRY });
  await assert.rejects(client.resolve({ registry: 'registry.example', repository: 'acme/app', tag: 'v1' }), { code: 'OCI_INSECURE' });
  assert.deepEqual(transport.seen.map((request) => request.url.host), ['registry.example']);
});

test('a registry reached over plain HTTP that asks for a password (Basic) gets none unless it is on loopback (OCI_INSECURE)', async () => {
  const transport = scripted(() => ({ status: 401, headers: { 'www-authenticate': 'Basic realm="r"' } }));
  const client = new RegistryClient({ credentials, transport, retry: FAST_RETRY, plainHttp: true });
  await assert.rejects(client.resolve({ registry: 'registry.example', repository: 'acme/app', tag: 'v1' }), { code: 'OCI_INSECURE' });
  assert.ok(transport.seen.every((request) => request.headers.authorization === undefined));
});

test('a registry reached over plain HTTP whose token service is HTTPS gets no token made with the credentials either, unless it is on loopback (OCI_INSECURE)', async () => {
  const transport = scripted((request) =>
    request.url.host === 'tokens.example' ? { status: 200, body: '{"token":"registry-token-pushes"}' } : request.headers.authorization === undefined ? { status: 401, headers: { 'www-authenticate': 'Bearer realm="https://tokens.example/token",service="registry.example"' } } : { status: 404 },
  );
  const client = new RegistryClient({ credentials, transport, retry: FAST_RETRY, plainHttp: true });
  await assert.rejects(client.resolve({ registry: 'registry.example', repository: 'acme/app', tag: 'v1' }), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'OCI_INSECURE');
    assert.match(error.message, /registry\.example .*plain HTTP/);
    return true;
  });
  // The token would stand for the password (push, for its lifetime): it is neither asked for nor sent in clear text.
  assert.deepEqual(transport.seen.map((request) => `${request.url.protocol}//${request.url.host} ${request.headers.authorization ?? '-'}`), ['http://registry.example -']);
});

test('redirects never leave TLS, and at most five are followed', async () => {
  const downgrade = scripted((request) => (request.url.protocol === 'https:' ? { status: 307, headers: { location: 'http://storage.example/blob' } } : { status: 200 }));
  await assert.rejects(new RegistryClient({ transport: downgrade, retry: FAST_RETRY }).readBlob({ registry: 'registry.example', repository: 'a' }, `sha256:${'0'.repeat(64)}`, 10), { code: 'OCI_INSECURE' });
  assert.equal(downgrade.seen.length, 1);
  let hops = 0;
  const loop = scripted(() => ({ status: 302, headers: { location: `https://storage.example/${(hops += 1)}` } }));
  await assert.rejects(new RegistryClient({ transport: loop, retry: FAST_RETRY }).readBlob({ registry: 'registry.example', repository: 'a' }, `sha256:${'0'.repeat(64)}`, 10), { code: 'OCI_REDIRECT_INVALID' });
  assert.equal(loop.seen.length, 6);
});

test('a referrers page linking to another origin is refused (OCI_REDIRECT_INVALID); an endless chain of pages stops at 64', async () => {
  const index = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [] });
  const subject = { registry: 'registry.example', repository: 'a', digest: `sha256:${'1'.repeat(64)}` };
  const elsewhere = scripted(() => ({ status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json', link: '<https://evil.example/v2/a/referrers/x>; rel="next"' }, body: index }));
  await assert.rejects(new RegistryClient({ transport: elsewhere, retry: FAST_RETRY }).referrers(subject), { code: 'OCI_REDIRECT_INVALID' });
  // A link that is no URL is the registry's answer at fault, not the network: said so after one request, not retried.
  const unparsable = scripted(() => ({ status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json', link: '<http://[::1>; rel="next"' }, body: index }));
  await assert.rejects(new RegistryClient({ transport: unparsable, retry: FAST_RETRY }).referrers(subject), { code: 'OCI_REDIRECT_INVALID', message: /Link header names "http:\/\/\[::1", which is not a URL/ });
  assert.equal(unparsable.seen.length, 1);
  let page = 0;
  const endless = scripted(() => ({ status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json', link: `</v2/a/referrers/${subject.digest}?page=${(page += 1)}>; rel="next"` }, body: index }));
  await assert.rejects(new RegistryClient({ transport: endless, retry: FAST_RETRY }).referrers(subject), { code: 'OCI_TOO_LARGE' });
  assert.equal(endless.seen.length, 64);
});

test('a referrers listing is bounded in entries, not only in pages: past 10,000 referrers the registry is refused (OCI_TOO_LARGE) before more pages are read', async () => {
  const subject = { registry: 'registry.example', repository: 'a', digest: `sha256:${'1'.repeat(64)}` };
  let page = 0;
  // Twenty pages of 2,000 referrers each, well within 64 pages and 4 MiB a page: 40,000 descriptors held at once.
  const crowded = scripted(() => {
    page += 1;
    const manifests = Array.from({ length: 2000 }, (_, index) => ({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${(page * 100_000 + index).toString(16).padStart(64, '0')}`, size: 1 }));
    const link: Record<string, string> = page < 20 ? { link: `</v2/a/referrers/${subject.digest}?page=${page}>; rel="next"` } : {};
    return { status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json', ...link }, body: JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }) };
  });
  await assert.rejects(new RegistryClient({ transport: crowded, retry: FAST_RETRY }).referrers(subject), { code: 'OCI_TOO_LARGE', message: /more than 10000 referrers/ });
  assert.ok(crowded.seen.length <= 6, `${crowded.seen.length} pages read`);
});

test('pushing a referrer to a registry whose API sends no OCI-Subject asks whether the API is there with one page of its listing, not the whole listing', async () => {
  const subject = { registry: 'registry.example', repository: 'a', digest: `sha256:${'1'.repeat(64)}` };
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', artifactType: 'application/example', config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: `sha256:${'4'.repeat(64)}`, size: 2 }, layers: [], subject: { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: subject.digest, size: 1 } }));
  let page = 0;
  const crowded = scripted((request) => {
    if (request.method === 'PUT') return { status: 201 };
    page += 1;
    const manifests = Array.from({ length: 2000 }, (_, index) => ({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${(page * 100_000 + index).toString(16).padStart(64, '0')}`, size: 1 }));
    const link: Record<string, string> = page < 20 ? { link: `</v2/a/referrers/${subject.digest}?page=${page}>; rel="next"` } : {};
    return { status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json', ...link }, body: JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }) };
  });
  assert.equal((await new RegistryClient({ transport: crowded, retry: FAST_RETRY }).pushReferrer(subject, manifest, 'application/vnd.oci.image.manifest.v1+json')).via, 'api');
  assert.deepEqual(crowded.seen.map((request) => request.method), ['PUT', 'GET']);
});

test('names built by hand are checked before they become a URL path: repository, tag, digest (OCI_REFERENCE_INVALID, nothing sent)', async () => {
  const transport = scripted(() => ({ status: 500 }));
  const client = new RegistryClient({ transport, retry: FAST_RETRY });
  await assert.rejects(client.getManifest({ registry: 'registry.example', repository: 'a/../../b', tag: 'v1' }), { code: 'OCI_REFERENCE_INVALID' });
  await assert.rejects(client.getManifest({ registry: 'registry.example', repository: 'a', tag: '../x' }), { code: 'OCI_REFERENCE_INVALID' });
  await assert.rejects(client.blobExists({ registry: 'registry.example', repository: 'a' }, 'sha256:../../x'), { code: 'OCI_REFERENCE_INVALID' });
  await assert.rejects(client.putManifest({ registry: 'registry.example', repository: 'a' }, Buffer.from('{}'), 'x', 'a b'), { code: 'OCI_REFERENCE_INVALID' });
  assert.equal(transport.seen.length, 0);
});

test('the plaintext copies made to send a password or a refresh token are wiped once the request is sent', async (t) => {
  const concatenated: Buffer[] = [];
  const concat = Buffer.concat;
  t.mock.method(Buffer, 'concat', (...args: Parameters<typeof Buffer.concat>) => {
    const result = concat(...args);
    concatenated.push(result);
    return result;
  });
  const basic = scripted((request) => (request.headers.authorization === undefined ? { status: 401, headers: { 'www-authenticate': 'Basic realm="r"' } } : { status: 404 }));
  await assert.rejects(new RegistryClient({ credentials: staticCredentials({ 'registry.example': { username: 'bot', secret: SecretBuffer.from(Buffer.from('hunter2')) } }), transport: basic, retry: FAST_RETRY }).resolve({ registry: 'registry.example', repository: 'acme/app', tag: 'v1' }), { code: 'OCI_NOT_FOUND' });
  assert.ok(basic.seen.some((request) => request.headers.authorization === `Basic ${Buffer.from('bot:hunter2').toString('base64')}`));
  assert.deepEqual(concatenated.filter((buffer) => buffer.includes('hunter2')), [], 'no copy of "user:password" is left');

  const refresh = scripted((request) =>
    request.url.host === 'tokens.example' ? { status: 200, body: '{"token":"registry-token"}' } : request.headers.authorization === undefined ? { status: 401, headers: { 'www-authenticate': 'Bearer realm="https://tokens.example/token",service="registry.example"' } } : { status: 404 },
  );
  const identity = staticCredentials({ 'registry.example': { username: '<token>', secret: SecretBuffer.from(Buffer.from('refresh-abc')), identityToken: true } });
  await assert.rejects(new RegistryClient({ credentials: identity, transport: refresh, retry: FAST_RETRY }).resolve({ registry: 'registry.example', repository: 'acme/app', tag: 'v1' }), { code: 'OCI_NOT_FOUND' });
  const posted = refresh.seen.find((request) => request.method === 'POST')?.body;
  assert.ok(posted instanceof Uint8Array && posted.length > 0, 'the token service got a form');
  assert.ok(posted.every((byte) => byte === 0), 'the form holding the refresh token was wiped after it was sent');
});

test('a 503 or 429 whose Retry-After is a year away fails at the first attempt, saying how long the registry asked to wait', async () => {
  for (const status of [503, 429]) {
    const transport = scripted(() => ({ status, headers: { 'retry-after': '31536000' } }));
    await assert.rejects(new RegistryClient({ transport, retry: FAST_RETRY }).resolve({ registry: 'registry.example', repository: 'acme/app', tag: 'v1' }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'OCI_REGISTRY_ERROR');
      assert.match(error.message, new RegExp(`HTTP ${status}; it asked to wait 31536000 s, longer than the 60 s the retries may take$`));
      assert.match(error.hint ?? '', /try again later/);
      return true;
    });
    assert.equal(transport.seen.length, 1);
  }
});

test('a token service answering 503 or 429 with a Retry-After a year away fails at once, as the registry does, naming the token service and saying to try again later', async () => {
  for (const status of [503, 429]) {
    const transport = scripted((request): ScriptedAnswer =>
      request.url.host === 'registry.example' ? { status: 401, headers: { 'www-authenticate': 'Bearer realm="https://auth.example/token",service="registry.example"' } } : { status, headers: { 'retry-after': '31536000' } },
    );
    await assert.rejects(new RegistryClient({ transport, retry: FAST_RETRY }).resolve({ registry: 'registry.example', repository: 'acme/app', tag: 'v1' }), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'OCI_TOKEN_FAILED');
      assert.match(error.message, new RegExp(`^the token service https://auth\\.example of registry\\.example refused a token for repository:acme/app:pull: HTTP ${status}; it asked to wait 31536000 s, longer than the 60 s the retries may take$`));
      assert.match(error.hint ?? '', /token service is failing or rate-limiting; try again later/);
      return true;
    });
    assert.equal(transport.seen.filter((request) => request.url.host === 'auth.example').length, 1, 'asked once, not against its Retry-After');
  }
});

test("a registry named with its scheme's default port (host:443, or host:80 over plain HTTP) gets its credentials: its origin is compared as URL.origin writes it, without the port", async () => {
  for (const [registry, plainHttp] of [['registry.example:443', false], ['127.0.0.1:80', true]] as const) {
    const named = staticCredentials({ [registry]: { username: 'bot', secret: SecretBuffer.from(Buffer.from('hunter2')) } });
    const transport = scripted((request): ScriptedAnswer => (request.headers.authorization === undefined ? { status: 401, headers: { 'www-authenticate': 'Basic realm="r"' } } : { status: 200, headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json', 'docker-content-digest': `sha256:${'a'.repeat(64)}` }, body: '' }));
    const client = new RegistryClient({ credentials: named, transport, retry: FAST_RETRY, plainHttp });
    await client.resolve({ registry, repository: 'acme/app', tag: 'v1' }).catch(() => undefined);
    assert.deepEqual(transport.seen.map((request) => request.headers.authorization ?? '-'), ['-', `Basic ${Buffer.from('bot:hunter2').toString('base64')}`], registry);
  }
});
