import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { blobFromBytes, dockerConfigCredentials, fallbackTag, MEDIA_TYPES, parseImageReference, withDigest, type RepositoryName } from '../../src/oci/index.js';
import { buildImage, buildMultiArchIndex, debianFiles, DPKG_STATUS, pushImage, pushIndex } from '../support/oci/images.js';
import { crane, haveTools, startCraneRegistry, startDockerRegistry, startReferrersRegistry, TEST_USER, type LoopbackRegistry } from '../support/oci/registries.js';
import { clientFor, fileInLayer } from './support.js';

const repo = (registry: LoopbackRegistry, path: string): RepositoryName => ({ registry: registry.name, repository: path });

/** An artifact manifest referring to `subject` (the shape cosign 3 attaches its bundles in). */
function artifactFor(subject: { digest: string; size: number }, artifactType: string, payload: Buffer): { manifest: Buffer; blobs: Buffer[] } {
  const empty = Buffer.from('{}');
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      artifactType,
      config: { mediaType: MEDIA_TYPES.ociEmpty, digest: blobFromBytes(empty).digest, size: empty.length },
      layers: [{ mediaType: artifactType, digest: blobFromBytes(payload).digest, size: payload.length }],
      subject: { mediaType: MEDIA_TYPES.ociManifest, digest: subject.digest, size: subject.size },
      annotations: { 'org.opencontainers.image.created': '2026-01-01T00:00:00Z' },
    }),
  );
  return { manifest, blobs: [empty, payload] };
}

test("Debian's docker-registry 2.8 without auth: push, resolve a tag once, read back; chunked upload; cross-repository mount; multi-arch index", async (t) => {
  if (!haveTools(t, ['docker-registry', 'crane'])) return;
  const registry = await startDockerRegistry(t, 'anonymous');
  const client = clientFor(t, registry);
  const app = repo(registry, 'acme/app');
  const image = buildImage(debianFiles('anonymous'));
  assert.equal(await pushImage(client, app, image, 'v1'), image.digest);

  const resolved = await client.resolve(parseImageReference(`${registry.name}/acme/app:v1`));
  assert.deepEqual(resolved.reference, { registry: registry.name, repository: 'acme/app', digest: image.digest });
  assert.deepEqual(resolved.bytes, image.manifest);
  assert.equal(resolved.manifest.kind, 'image');
  const byDigest = await client.getManifest(resolved.reference);
  assert.equal(byDigest.reference.digest, image.digest);
  const layerDescriptor = resolved.manifest.kind === 'image' ? resolved.manifest.manifest.layers[0] : undefined;
  assert.ok(layerDescriptor);
  const layer = await client.readBlob(app, layerDescriptor.digest, 1024 * 1024);
  assert.equal(fileInLayer(layer, 'var/lib/dpkg/status'), DPKG_STATUS);

  const big = randomBytes(300 * 1024 + 17);
  assert.equal(await client.pushBlob(app, blobFromBytes(big), { chunkBytes: 64 * 1024 }), 'uploaded');
  assert.equal(await client.pushBlob(app, blobFromBytes(big), { chunkBytes: 64 * 1024 }), 'exists');
  const chunks: Buffer[] = [];
  for await (const chunk of await client.openBlob(app, blobFromBytes(big).digest, big.length)) chunks.push(chunk as Buffer);
  assert.deepEqual(Buffer.concat(chunks), big);

  assert.equal(await client.pushBlob(repo(registry, 'acme/other'), blobFromBytes(big), { mountFrom: 'acme/app' }), 'mounted');
  assert.equal(await client.blobExists(repo(registry, 'acme/other'), blobFromBytes(big).digest), true);

  const index = buildMultiArchIndex('anonymous');
  assert.equal(await pushIndex(client, app, index, 'multi'), index.digest);
  const fetched = await client.resolve({ ...app, tag: 'multi' });
  assert.equal(fetched.manifest.kind, 'index');
  const platforms = fetched.manifest.kind === 'index' ? fetched.manifest.manifest.manifests.map((entry) => entry.platform?.architecture) : [];
  assert.deepEqual(platforms, ['amd64', 'arm64']);
  for (const child of index.images) assert.equal((await client.getManifest(withDigest(app, child.digest))).reference.digest, child.digest);

  // crane reads what trust-kit pushed, digests checked layer by layer.
  await crane(['validate', '--insecure', '--remote', `${registry.name}/acme/app@${index.digest}`]);
  assert.equal(await crane(['manifest', '--insecure', `${registry.name}/acme/app:v1`]), image.manifest.toString('utf8'));
});

test('referrers on registries without the API (docker-registry 2.8, crane registry serve): the sha256-<hex> tag index is written and read', async (t) => {
  if (!haveTools(t, ['docker-registry', 'crane'])) return;
  for (const registry of [await startDockerRegistry(t, 'anonymous'), await startCraneRegistry(t)]) {
    const client = clientFor(t, registry);
    const app = repo(registry, 'acme/app');
    const image = buildImage(debianFiles('referrers'));
    await pushImage(client, app, image, 'v1');
    const subject = withDigest(app, image.digest);
    assert.deepEqual(await client.referrers(subject), { descriptors: [], via: 'tag', unresolved: [] });

    const pushed = [];
    for (const [type, payload] of [['application/vnd.dev.sigstore.bundle.v0.3+json', '{"bundle":1}'], ['application/spdx+json', '{"spdx":1}']] as const) {
      const artifact = artifactFor({ digest: image.digest, size: image.manifest.length }, type, Buffer.from(payload));
      for (const blob of artifact.blobs) await client.pushBlob(app, blobFromBytes(blob));
      pushed.push(await client.pushReferrer(subject, artifact.manifest, MEDIA_TYPES.ociManifest));
    }
    assert.deepEqual(pushed.map((entry) => entry.via), ['tag', 'tag'], registry.name);
    const all = await client.referrers(subject);
    assert.equal(all.via, 'tag');
    assert.deepEqual(all.descriptors.map((entry) => entry.digest), pushed.map((entry) => entry.digest));
    const bundles = await client.referrers(subject, 'application/vnd.dev.sigstore.bundle.v0.3+json');
    assert.deepEqual(bundles.descriptors.map((entry) => entry.digest), [pushed[0]?.digest]);
    assert.equal(bundles.descriptors[0]?.annotations?.['org.opencontainers.image.created'], '2026-01-01T00:00:00Z');
    // Pushing the same referrer again does not duplicate the entry.
    const again = artifactFor({ digest: image.digest, size: image.manifest.length }, 'application/spdx+json', Buffer.from('{"spdx":1}'));
    await client.pushReferrer(subject, again.manifest, MEDIA_TYPES.ociManifest);
    assert.equal((await client.referrers(subject)).descriptors.length, 2);
    const tagIndex = await client.getManifest({ ...app, tag: fallbackTag(image.digest) });
    assert.equal(tagIndex.manifest.kind, 'index');
  }
});

test('referrers on a registry with the OCI 1.1 referrers API: discovered through the API, no tag index written', async (t) => {
  if (!haveTools(t, ['referrers-registry'])) return;
  const registry = await startReferrersRegistry(t);
  const client = clientFor(t, registry);
  const app = repo(registry, 'acme/app');
  const image = buildImage(debianFiles('api'));
  await pushImage(client, app, image, 'v1');
  const subject = withDigest(app, image.digest);
  assert.deepEqual(await client.referrers(subject), { descriptors: [], via: 'api', unresolved: [] });
  const artifact = artifactFor({ digest: image.digest, size: image.manifest.length }, 'application/vnd.dev.sigstore.bundle.v0.3+json', Buffer.from('{}x'));
  for (const blob of artifact.blobs) await client.pushBlob(app, blobFromBytes(blob));
  const pushed = await client.pushReferrer(subject, artifact.manifest, MEDIA_TYPES.ociManifest);
  assert.equal(pushed.via, 'api');
  const found = await client.referrers(subject);
  assert.equal(found.via, 'api');
  assert.deepEqual(found.descriptors.map((entry) => entry.digest), [pushed.digest]);
  // go-containerregistry lists the config's media type (the empty one) as artifactType, not the manifest's:
  // filtering by the bundle type still finds the bundle, and descriptors carry the manifest's artifactType.
  const bundles = await client.referrers(subject, 'application/vnd.dev.sigstore.bundle.v0.3+json');
  assert.deepEqual(bundles.descriptors.map((entry) => [entry.digest, entry.artifactType]), [[pushed.digest, 'application/vnd.dev.sigstore.bundle.v0.3+json']]);
  assert.deepEqual((await client.referrers(subject, 'application/spdx+json')).descriptors, []);
  await assert.rejects(client.getManifest({ ...app, tag: fallbackTag(image.digest) }), { code: 'OCI_NOT_FOUND' });
});

test('crane and trust-kit read what the other pushed (crane registry serve): an OCI layout index pushed by crane, an image pushed by trust-kit', async (t) => {
  if (!haveTools(t, ['crane'])) return;
  const { tempDir } = await import('../support/tmp.js');
  const { writeOciLayout } = await import('../support/oci/images.js');
  const registry = await startCraneRegistry(t);
  const client = clientFor(t, registry);
  const index = buildMultiArchIndex('crane');
  const layout = await tempDir(t);
  await writeOciLayout(layout, index);
  await crane(['push', '--insecure', layout, `${registry.name}/acme/multi:v1`]);
  const fetched = await client.resolve(parseImageReference(`${registry.name}/acme/multi:v1`));
  assert.equal(fetched.reference.digest, index.digest);
  for (const image of index.images) {
    const child = await client.getManifest(withDigest(fetched.reference, image.digest));
    const layer = child.manifest.kind === 'image' ? child.manifest.manifest.layers[0] : undefined;
    assert.ok(layer);
    assert.match(fileInLayer(await client.readBlob(fetched.reference, layer.digest, 1 << 20), 'usr/share/doc/trust-kit-test/marker') ?? '', /^crane (amd64|arm64)\n$/);
  }
  const image = buildImage(debianFiles('trust-kit'));
  await pushImage(client, repo(registry, 'acme/single'), image, 'v2', { chunkBytes: 100 });
  assert.equal((await crane(['digest', '--insecure', `${registry.name}/acme/single:v2`])).trim(), image.digest);
  await crane(['validate', '--insecure', '--remote', `${registry.name}/acme/single:v2`]);
  await crane(['copy', '--insecure', `${registry.name}/acme/single:v2`, `${registry.name}/acme/copied:v3`]);
  assert.equal((await client.resolve({ ...repo(registry, 'acme/copied'), tag: 'v3' })).reference.digest, image.digest);
});

test('htpasswd Basic auth over TLS with a test CA: the right password works, a wrong or missing one is OCI_UNAUTHORIZED, an unknown CA is OCI_TLS_UNTRUSTED', async (t) => {
  if (!haveTools(t, ['docker-registry', 'htpasswd'])) return;
  const registry = await startDockerRegistry(t, 'htpasswd-tls');
  assert.equal(registry.plainHttp, false);
  const client = clientFor(t, registry, { login: true });
  const app = repo(registry, 'acme/app');
  const image = buildImage(debianFiles('basic'));
  await pushImage(client, app, image, 'v1');
  assert.equal((await client.resolve({ ...app, tag: 'v1' })).reference.digest, image.digest);

  await assert.rejects(clientFor(t, registry, { login: { username: TEST_USER.username, password: 'wrong' } }).resolve({ ...app, tag: 'v1' }), { code: 'OCI_UNAUTHORIZED' });
  await assert.rejects(clientFor(t, registry).resolve({ ...app, tag: 'v1' }), { code: 'OCI_UNAUTHORIZED' });
  const { ca: _ca, ...withoutCa } = registry;
  await assert.rejects(clientFor(t, withoutCa, { login: true }).resolve({ ...app, tag: 'v1' }), (error: Error & { code?: string }) => error.code === 'OCI_TLS_UNTRUSTED' && /certificate/i.test(error.message));
});

test('behind a Bearer token service: tokens carry the repository scopes, push needs a login, a wrong password is OCI_UNAUTHORIZED', async (t) => {
  if (!haveTools(t, ['docker-registry'])) return;
  const registry = await startDockerRegistry(t, 'token');
  const tokens = registry.tokenServer;
  assert.ok(tokens);
  const client = clientFor(t, registry, { login: true });
  const app = repo(registry, 'acme/app');
  const image = buildImage(debianFiles('token'));
  await pushImage(client, app, image, 'v1');
  assert.equal((await client.resolve({ ...app, tag: 'v1' })).reference.digest, image.digest);
  assert.ok(tokens.requests.some((request) => request.user === TEST_USER.username && request.scopes.includes('repository:acme/app:pull,push')));
  // One token per scope set, reused: far fewer token requests than registry requests.
  assert.ok(tokens.requests.length <= 3, `${tokens.requests.length} token requests`);

  assert.equal(await client.pushBlob(repo(registry, 'acme/mirror'), blobFromBytes(image.layers[0] ?? Buffer.alloc(0)), { mountFrom: 'acme/app' }), 'mounted');
  assert.ok(tokens.requests.some((request) => request.scopes.includes('repository:acme/mirror:pull,push') && request.scopes.includes('repository:acme/app:pull')));

  await assert.rejects(clientFor(t, registry).resolve({ ...app, tag: 'v1' }), { code: 'OCI_UNAUTHORIZED' });
  await assert.rejects(clientFor(t, registry, { login: { username: TEST_USER.username, password: 'wrong' } }).resolve({ ...app, tag: 'v1' }), { code: 'OCI_UNAUTHORIZED' });
  await assert.rejects(clientFor(t, registry).pushBlob(app, blobFromBytes(Buffer.from('anonymous push'))), { code: 'OCI_UNAUTHORIZED' });
});

test('a docker identity token from config.json is exchanged at the token service with the refresh_token grant; anonymous pulls work where the service allows them', async (t) => {
  if (!haveTools(t, ['docker-registry'])) return;
  const registry = await startDockerRegistry(t, 'token', { anonymousPull: true, refreshTokens: { 'refresh-abc': TEST_USER.username } });
  const tokens = registry.tokenServer;
  assert.ok(tokens);
  const auth = Buffer.from(`${TEST_USER.username}:unused`).toString('base64');
  const credentials = dockerConfigCredentials(Buffer.from(JSON.stringify({ auths: { [registry.name]: { auth, identitytoken: 'refresh-abc' } } })), 'config.json');
  const client = clientFor(t, registry, { credentials });
  const app = repo(registry, 'acme/app');
  const image = buildImage(debianFiles('identity token'));
  await pushImage(client, app, image, 'v1');
  assert.ok(tokens.requests.length > 0 && tokens.requests.every((request) => request.method === 'POST' && request.user === TEST_USER.username && !request.hadAuthorization));
  assert.equal((await clientFor(t, registry).resolve({ ...app, tag: 'v1' })).reference.digest, image.digest);
  assert.ok(tokens.requests.some((request) => request.method === 'GET' && request.user === undefined && request.scopes.includes('repository:acme/app:pull')));
});
