// Finding an image's platform manifest under its index reads each document once: a 4 MiB index
// (tens of thousands of entries) costs one parse, not one to tell it is an index and one to list it.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { platformManifest, type ContentDescriptor, type ReadManifest } from '../../../src/sbom/image/manifest.js';

const INDEX = 'application/vnd.oci.image.index.v1+json';
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

const digestOf = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

test('each index and manifest walked is parsed once, whether its media type or its shape says it is an index', async (t) => {
  const image = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MANIFEST, config: {}, layers: [] }));
  const entry = { mediaType: MANIFEST, digest: digestOf(image), size: image.length, platform: { os: 'linux', architecture: 'amd64' } };
  // The inner index says it is one by its shape alone (no media type anywhere), the outer by the media type it came with.
  const inner = Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [entry] }));
  const outer = Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: '', digest: digestOf(inner), size: inner.length }] }));
  const blobs = new Map([[digestOf(image), image], [digestOf(inner), inner]]);
  const read = async (descriptor: ContentDescriptor, where: string): Promise<ReadManifest> => ({ bytes: blobs.get(descriptor.digest) ?? Buffer.alloc(0), mediaType: descriptor.mediaType, where });
  const parse = t.mock.method(JSON, 'parse');
  const found = await platformManifest('oci-dir:layout', { bytes: outer, mediaType: INDEX, where: 'index.json' }, read, undefined);
  assert.equal(found.digest, entry.digest);
  assert.equal(parse.mock.callCount(), 3, 'the outer index, the inner index and the image manifest, once each');
});

test('a document its media type calls an index but that is no JSON object is refused as before, naming it', async () => {
  const top: ReadManifest = { bytes: Buffer.from('[]'), mediaType: INDEX, where: 'index.json' };
  await assert.rejects(platformManifest('oci-dir:layout', top, async () => assert.fail('nothing is listed'), undefined), { code: 'IMAGE_MANIFEST_INVALID', message: 'index.json is not a JSON object' });
});

test('an index entry without a byte-count size, with a media type that is no string, or without a digest is refused naming the entry and what it holds', async () => {
  const image = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MANIFEST, config: {}, layers: [] }));
  const good = { mediaType: MANIFEST, digest: digestOf(image), size: image.length, platform: { os: 'linux', architecture: 'amd64' } };
  const read = async (descriptor: ContentDescriptor, where: string): Promise<ReadManifest> => ({ bytes: image, mediaType: descriptor.mediaType, where });
  for (const [entry, message] of [
    [{ ...good, size: undefined }, 'index.json: manifests[0]: its size is undefined, not a byte count'],
    [{ ...good, size: 'NaN' }, 'index.json: manifests[0]: its size is "NaN", not a byte count'],
    [{ ...good, size: -1e30 }, 'index.json: manifests[0]: its size is -1e+30, not a byte count'],
    [{ ...good, mediaType: 7 }, 'index.json: manifests[0]: its mediaType is 7, not a string'],
    [{ ...good, digest: undefined }, 'index.json: manifests[0]: names no digest'],
  ] as const) {
    const top: ReadManifest = { bytes: Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests: [entry] })), mediaType: INDEX, where: 'index.json' };
    await assert.rejects(platformManifest('oci-dir:layout', top, read, undefined), { code: 'IMAGE_MANIFEST_INVALID', message }, message);
  }
});
