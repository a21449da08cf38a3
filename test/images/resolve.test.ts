// What a run signs for an image reference: the digest it resolved to, and with `recursive` each
// platform manifest of an index once, however the index lists them.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { silentLogger } from '../../src/core/logger.js';
import { resolveImages } from '../../src/images/resolve.js';
import { RegistryClient } from '../../src/oci/index.js';
import { FAST_RETRY, scripted } from '../oci/support.js';

const digestOf = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;

test('an index that lists a platform manifest twice, and a second reference to the same image by digest, yield each digest once: one signature each', async () => {
  const child = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf('{}'), size: 2 }, layers: [] });
  const entry = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: digestOf(child), size: child.length, platform: { architecture: 'amd64', os: 'linux' } };
  // An index cannot list its own digest (a cycle would need a hash collision); it can repeat an entry.
  const index = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [entry, entry, { ...entry, platform: { architecture: 'arm64', os: 'linux' } }] });
  const transport = scripted(() => ({ status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' }, body: index }));
  const subjects = await resolveImages(new RegistryClient({ transport, retry: FAST_RETRY }), [{ registry: 'registry.example', repository: 'acme/app', tag: 'v1' }, { registry: 'registry.example', repository: 'acme/app', digest: digestOf(index) }], { recursive: true, logger: silentLogger });
  assert.deepEqual(subjects.map((subject) => subject.reference.digest), [digestOf(index), digestOf(child)]);
});
