import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MEDIA_TYPES, parseManifest } from '../../src/oci/index.js';

const D = (n: string): string => `sha256:${n.repeat(64)}`;
const bytes = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));

test('OCI and Docker image manifests, indexes and manifest lists parse, media type from the document or the response', () => {
  const image = { schemaVersion: 2, mediaType: MEDIA_TYPES.dockerManifest, config: { mediaType: MEDIA_TYPES.dockerConfig, digest: D('a'), size: 10 }, layers: [] };
  assert.equal(parseManifest(bytes(image), undefined, 'x').kind, 'image');
  const list = { schemaVersion: 2, mediaType: MEDIA_TYPES.dockerManifestList, manifests: [{ mediaType: MEDIA_TYPES.dockerManifest, digest: D('b'), size: 5, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }] };
  const parsed = parseManifest(bytes(list), MEDIA_TYPES.dockerManifestList, 'x');
  assert.equal(parsed.kind, 'index');
  assert.deepEqual(parsed.kind === 'index' ? parsed.manifest.manifests[0]?.platform : undefined, { os: 'linux', architecture: 'arm64', variant: 'v8' });
  const untyped = { schemaVersion: 2, manifests: [] };
  assert.equal(parseManifest(bytes(untyped), `${MEDIA_TYPES.ociIndex}; charset=utf-8`, 'x').manifest.mediaType, MEDIA_TYPES.ociIndex);
  const artifact = { schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, artifactType: 'application/x', config: { mediaType: MEDIA_TYPES.ociEmpty, digest: D('c'), size: 2 }, layers: [], subject: { mediaType: MEDIA_TYPES.ociManifest, digest: D('d'), size: 1 }, annotations: { a: 'b' } };
  const art = parseManifest(bytes(artifact), undefined, 'x');
  assert.equal(art.manifest.artifactType, 'application/x');
  assert.equal(art.manifest.subject?.digest, D('d'));
});

test('schema 1, a type that contradicts the response, and malformed descriptors are refused with OCI_MANIFEST_INVALID', () => {
  const bad: [unknown, string | undefined][] = [
    [{ schemaVersion: 1, name: 'x', fsLayers: [] }, undefined],
    [{ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: { mediaType: 'x', digest: D('a'), size: 1 }, layers: [] }, MEDIA_TYPES.ociIndex],
    [{ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: { mediaType: 'x', digest: 'sha256:short', size: 1 }, layers: [] }, undefined],
    [{ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: { mediaType: 'x', digest: D('a'), size: -1 }, layers: [] }, undefined],
    [{ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [{ mediaType: 'x', digest: D('a'), size: 1, platform: { os: 1 } }] }, undefined],
    [{ schemaVersion: 2, mediaType: 'application/json', layers: [] }, undefined],
    [{ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: { mediaType: 'x', digest: D('a'), size: 1 }, layers: [], annotations: { a: 1 } }, undefined],
    [[], undefined],
  ];
  // Each names the manifest and says what to do, the one that is not JSON too.
  const refused = (error: Error & { code?: string; hint?: string }): boolean => error.code === 'OCI_MANIFEST_INVALID' && error.message.includes('ghcr.io/acme/app:v1') && /check the reference/.test(error.hint ?? '');
  for (const [document, contentType] of bad) assert.throws(() => parseManifest(bytes(document), contentType, 'ghcr.io/acme/app:v1'), refused);
  assert.throws(() => parseManifest(Buffer.from('{not json'), undefined, 'ghcr.io/acme/app:v1'), refused);
});

test('what a manifest is refused for quotes the registry\'s text (media types, digests, annotation keys, Content-Type) without its control characters', () => {
  const hostile = '\u001b]0;owned\u0007\u009b2J';
  const config = { mediaType: MEDIA_TYPES.ociConfig, digest: D('a'), size: 1 };
  const cases: [unknown, string | undefined][] = [
    [{ schemaVersion: 2, mediaType: `${MEDIA_TYPES.ociIndex}${hostile}`, manifests: [] }, MEDIA_TYPES.ociIndex],
    [{ schemaVersion: 2, mediaType: `application/x${hostile}`, layers: [] }, undefined],
    [{ schemaVersion: 2, layers: [] }, `application/x${hostile}`],
    [{ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: { ...config, digest: `sha256:${hostile}` }, layers: [] }, undefined],
    [{ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config, layers: [], annotations: { [`key${hostile}`]: 1 } }, undefined],
  ];
  for (const [document, contentType] of cases) {
    assert.throws(() => parseManifest(bytes(document), contentType, 'registry.example/acme/app:v1'), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'OCI_MANIFEST_INVALID');
      // eslint-disable-next-line no-control-regex -- what must not reach a terminal
      assert.doesNotMatch(error.message, /[\u0000-\u001f\u007f-\u009f]/, JSON.stringify(error.message));
      return true;
    });
  }
});

test('what a manifest is refused for quotes the registry\'s values bounded, however long (a manifest may hold 4 MiB)', () => {
  const long = 'x'.repeat(1_000_000);
  const cases: [unknown, string | undefined][] = [
    [{ schemaVersion: long, layers: [] }, undefined],
    [{ schemaVersion: { nested: long }, layers: [] }, undefined],
    [{ schemaVersion: 2, mediaType: `${MEDIA_TYPES.ociIndex}${long}`, manifests: [] }, MEDIA_TYPES.ociIndex],
  ];
  for (const [document, contentType] of cases) {
    assert.throws(() => parseManifest(bytes(document), contentType, 'ghcr.io/acme/app:v1'), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'OCI_MANIFEST_INVALID');
      assert.ok(error.message.length < 1000, `${error.message.length} characters`);
      return true;
    });
  }
});
