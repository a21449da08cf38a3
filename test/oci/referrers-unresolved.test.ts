import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { RegistryClient, SIGSTORE_BUNDLE_MEDIA_TYPE, fallbackTag } from '../../src/oci/index.js';
import { FAST_RETRY, scripted, type ScriptedAnswer } from './support.js';

const INDEX = 'application/vnd.oci.image.index.v1+json';
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const EMPTY = 'application/vnd.oci.empty.v1+json';
const subject = { registry: 'registry.example', repository: 'acme/app', digest: `sha256:${'1'.repeat(64)}` };
const digestOf = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const emptyConfig = { mediaType: EMPTY, digest: digestOf('{}'), size: 2 };

/** A referrer manifest of `artifactType` (none: an untyped one), its layer `layerSize` bytes long. */
function referrer(artifactType: string | undefined, layerSize = 10, created?: string): string {
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: MANIFEST,
    ...(artifactType === undefined ? {} : { artifactType }),
    config: emptyConfig,
    layers: [{ mediaType: artifactType ?? 'application/octet-stream', digest: `sha256:${'2'.repeat(64)}`, size: layerSize }],
    subject: { mediaType: MANIFEST, digest: subject.digest, size: 100 },
    ...(created === undefined ? {} : { annotations: { 'org.opencontainers.image.created': created } }),
  });
}

/** A registry serving `manifests` by digest and a referrers listing of them, each listed with the empty config's type as go-containerregistry's registry lists them. */
function registry(manifests: readonly { text: string; created?: string }[], listing: 'api' | 'tag' = 'api'): ReturnType<typeof scripted> {
  const byDigest = new Map(manifests.map((manifest) => [digestOf(manifest.text), manifest.text]));
  const index = JSON.stringify({
    schemaVersion: 2,
    mediaType: INDEX,
    manifests: manifests.map((manifest) => ({ mediaType: MANIFEST, digest: digestOf(manifest.text), size: manifest.text.length, artifactType: EMPTY, ...(manifest.created === undefined ? {} : { annotations: { 'org.opencontainers.image.created': manifest.created } }) })),
  });
  return scripted((request): ScriptedAnswer => {
    const path = request.url.pathname;
    if (path.includes('/referrers/')) return listing === 'api' ? { status: 200, headers: { 'content-type': INDEX }, body: index } : { status: 404 };
    if (path.endsWith(`/manifests/${fallbackTag(subject.digest)}`)) return { status: 200, headers: { 'content-type': INDEX, 'docker-content-digest': digestOf(index) }, body: index };
    const digest = path.slice(path.lastIndexOf('/') + 1);
    const text = byDigest.get(digest);
    return text === undefined ? { status: 404 } : { status: 200, headers: { 'content-type': MANIFEST, 'docker-content-digest': digest }, body: text };
  });
}

test('a referrer listed without a type whose manifest is invalid is unresolved, not the listing\'s failure: the bundle beside it is still found', async () => {
  const bundle = referrer(SIGSTORE_BUNDLE_MEDIA_TYPE);
  const broken = referrer(undefined, -1);
  for (const listing of ['api', 'tag'] as const) {
    const found = await new RegistryClient({ transport: registry([{ text: broken }, { text: bundle }], listing), retry: FAST_RETRY }).referrers(subject, SIGSTORE_BUNDLE_MEDIA_TYPE);
    assert.deepEqual(found.descriptors.map((descriptor) => descriptor.digest), [digestOf(bundle)], listing);
    assert.deepEqual(found.unresolved.map((entry) => entry.source), [`referrer ${digestOf(broken)}`], listing);
    assert.match(found.unresolved[0]?.reason ?? '', /^OCI_MANIFEST_INVALID: .*layers\[0\]\.size/);
  }
});

test('a referrers tag that holds an image manifest, not an index, is unresolved: the listing is empty, not refused', async () => {
  const image = referrer(undefined);
  const transport = scripted((request): ScriptedAnswer => {
    if (request.url.pathname.includes('/referrers/')) return { status: 404 };
    return { status: 200, headers: { 'content-type': MANIFEST, 'docker-content-digest': digestOf(image) }, body: image };
  });
  const found = await new RegistryClient({ transport, retry: FAST_RETRY }).referrers(subject, SIGSTORE_BUNDLE_MEDIA_TYPE);
  assert.deepEqual([found.via, found.descriptors], ['tag', []]);
  assert.deepEqual(found.unresolved.map((entry) => entry.source), [fallbackTag(subject.digest)]);
  assert.match(found.unresolved[0]?.reason ?? '', /^OCI_MANIFEST_INVALID: referrers tag .* holds an image manifest, not an index/);
});

test('untyped referrers are looked up newest first, at most 1,024: past that they are unresolved and counted, never dropped in silence', async () => {
  const junk = Array.from({ length: 1030 }, (_, index) => ({ text: referrer('application/x-junk', index + 1), created: '2026-01-01T00:00:00Z' }));
  const bundle = { text: referrer(SIGSTORE_BUNDLE_MEDIA_TYPE, 10, '2026-12-01T00:00:00Z'), created: '2026-12-01T00:00:00Z' };
  // Listed last, but made last: looked up first.
  const transport = registry([...junk, bundle]);
  const found = await new RegistryClient({ transport, retry: FAST_RETRY }).referrers(subject, SIGSTORE_BUNDLE_MEDIA_TYPE);
  assert.deepEqual(found.descriptors.map((descriptor) => descriptor.digest), [digestOf(bundle.text)]);
  assert.equal(transport.seen.filter((request) => request.url.pathname.includes('/manifests/sha256:')).length, 1024);
  assert.deepEqual(found.unresolved, [{ source: `referrers of ${subject.registry}/${subject.repository}@${subject.digest}`, reason: '7 more listed with no artifact type were not looked at: only the newest 1024 such are' }]);
});
