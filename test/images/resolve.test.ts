// What a run signs for an image reference: the digest it resolved to, and with `recursive` each
// platform manifest of an index once, however the index lists them.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { silentLogger } from '../../src/core/logger.js';
import { MAX_IMAGE_SUBJECTS, resolveImages } from '../../src/images/resolve.js';
import { RegistryClient } from '../../src/oci/index.js';
import { FAST_RETRY, scripted } from '../oci/support.js';

const digestOf = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;

test('an index that lists a platform manifest twice, and a second reference to the same image by digest, yield each digest once: one signature each', async () => {
  const child = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf('{}'), size: 2 }, layers: [] });
  const entry = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: digestOf(child), size: child.length, platform: { architecture: 'amd64', os: 'linux' } };
  // An index cannot list its own digest (a cycle would need a hash collision); it can repeat an entry.
  const index = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [entry, entry, { ...entry, platform: { architecture: 'arm64', os: 'linux' } }] });
  const transport = scripted((request) =>
    request.url.pathname.endsWith(`/manifests/${digestOf(child)}`)
      ? { status: 200, headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }, body: child }
      : { status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' }, body: index },
  );
  const subjects = await resolveImages(new RegistryClient({ transport, retry: FAST_RETRY }), [{ registry: 'registry.example', repository: 'acme/app', tag: 'v1' }, { registry: 'registry.example', repository: 'acme/app', digest: digestOf(index) }], { recursive: true, logger: silentLogger });
  assert.deepEqual(subjects.map((subject) => subject.reference.digest), [digestOf(index), digestOf(child)]);
  // The platform manifest listed twice is fetched once.
  assert.equal(transport.seen.filter((request) => request.url.pathname.endsWith(`/manifests/${digestOf(child)}`)).length, 1);
});

test('with recursive, each platform manifest is fetched before anything is signed: one the registry does not have fails the run, and a subject takes the media type and size of the manifest served', async () => {
  const child = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.docker.distribution.manifest.v2+json', config: { mediaType: 'application/vnd.docker.container.image.v1+json', digest: digestOf('{}'), size: 2 }, layers: [] });
  const missing = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: digestOf('never pushed'), size: 12, platform: { architecture: 'arm64', os: 'linux' } };
  // The index says OCI and a size of 1; the manifest is Docker's and longer: the referrer's subject must name what is there.
  const listed = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: digestOf(child), size: 1, platform: { architecture: 'amd64', os: 'linux' } };
  const serve = (manifests: object[]): ReturnType<typeof scripted> => {
    const index = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests });
    return scripted((request) => {
      if (request.url.pathname.endsWith('/manifests/v1')) return { status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' }, body: index };
      if (request.url.pathname.endsWith(`/manifests/${digestOf(child)}`)) return { status: 200, headers: { 'content-type': 'application/vnd.docker.distribution.manifest.v2+json' }, body: child };
      return { status: 404, body: JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] }) };
    });
  };
  const reference = { registry: 'registry.example', repository: 'acme/app', tag: 'v1' };
  await assert.rejects(resolveImages(new RegistryClient({ transport: serve([listed, missing]), retry: FAST_RETRY }), [reference], { recursive: true, logger: silentLogger }), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'OCI_NOT_FOUND');
    assert.match(error.message, new RegExp(missing.digest));
    return true;
  });
  const subjects = await resolveImages(new RegistryClient({ transport: serve([listed]), retry: FAST_RETRY }), [reference], { recursive: true, logger: silentLogger });
  assert.deepEqual(subjects[1], { reference: { ...subjects[0]?.reference, digest: digestOf(child) }, mediaType: 'application/vnd.docker.distribution.manifest.v2+json', size: child.length });
});

test('an image named by a sha512 digest, or an index listing one, is refused before anything is fetched or signed: cosign and verify-image verify images by their sha256 digest', async () => {
  const child = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf('{}'), size: 2 }, layers: [] });
  const sha512 = `sha512:${createHash('sha512').update(child).digest('hex')}`;
  const index = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: sha512, size: child.length }] });
  const transport = scripted((request) =>
    request.url.pathname.endsWith('/manifests/v1') ? { status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' }, body: index } : { status: 200, headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }, body: child },
  );
  const client = new RegistryClient({ transport, retry: FAST_RETRY });
  await assert.rejects(resolveImages(client, [{ registry: 'registry.example', repository: 'acme/app', digest: sha512 }], { recursive: false, logger: silentLogger }), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'IMAGES_DIGEST_UNSUPPORTED');
    assert.match(error.message, /registry\.example\/acme\/app@sha512:/);
    assert.match(error.hint ?? '', /sha256/);
    return true;
  });
  assert.equal(transport.seen.length, 0);
  await assert.rejects(resolveImages(client, [{ registry: 'registry.example', repository: 'acme/app', tag: 'v1' }], { recursive: true, logger: silentLogger }), { code: 'IMAGES_DIGEST_UNSUPPORTED' });
  assert.equal(transport.seen.length, 1);
});

test('with recursive, an index nested in the index is walked too, as cosign walks it: every manifest under the one named is signed, once', async () => {
  const image = (marker: string): string => JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf(marker), size: marker.length }, layers: [] });
  const entry = (manifest: string, mediaType: string): object => ({ mediaType, digest: digestOf(manifest), size: manifest.length });
  const [amd64, arm64] = [image('amd64'), image('arm64')];
  const inner = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [entry(arm64, 'application/vnd.oci.image.manifest.v1+json'), entry(amd64, 'application/vnd.oci.image.manifest.v1+json')] });
  const outer = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [entry(amd64, 'application/vnd.oci.image.manifest.v1+json'), entry(inner, 'application/vnd.oci.image.index.v1+json')] });
  const byPath = new Map([outer, inner, amd64, arm64].map((manifest) => [`/v2/acme/app/manifests/${digestOf(manifest)}`, manifest]));
  const transport = scripted((request) => {
    const body = request.url.pathname.endsWith('/manifests/v1') ? outer : byPath.get(request.url.pathname);
    return body === undefined ? { status: 404 } : { status: 200, headers: { 'content-type': (JSON.parse(body) as { mediaType: string }).mediaType }, body };
  });
  const subjects = await resolveImages(new RegistryClient({ transport, retry: FAST_RETRY }), [{ registry: 'registry.example', repository: 'acme/app', tag: 'v1' }], { recursive: true, logger: silentLogger });
  assert.deepEqual(subjects.map((subject) => subject.reference.digest), [outer, amd64, inner, arm64].map(digestOf));
  assert.deepEqual(subjects.map((subject) => subject.mediaType.split('.').at(-2)), ['index', 'manifest', 'index', 'manifest']);

  // Indexes nested deeper than any real image are refused, naming the one too deep, before anything is signed.
  let chain = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [] });
  const deep = new Map<string, string>([[`/v2/acme/app/manifests/${digestOf(chain)}`, chain]]);
  for (let level = 0; level < 10; level++) {
    chain = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [entry(chain, 'application/vnd.oci.image.index.v1+json')] });
    deep.set(`/v2/acme/app/manifests/${digestOf(chain)}`, chain);
  }
  const nested = scripted((request) => {
    const body = deep.get(request.url.pathname);
    return body === undefined ? { status: 404 } : { status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' }, body };
  });
  await assert.rejects(resolveImages(new RegistryClient({ transport: nested, retry: FAST_RETRY }), [{ registry: 'registry.example', repository: 'acme/app', digest: digestOf(chain) }], { recursive: true, logger: silentLogger }), { code: 'IMAGES_INDEX_TOO_DEEP', message: /nests indexes more than 8 levels deep/ });
});

test('with recursive, an index listing a platform manifest by an uppercase digest signs it under the canonical lowercase digest, once: cosign and verify-image look signatures up by the lowercase one', async () => {
  const child = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf('{}'), size: 2 }, layers: [] });
  const lower = digestOf(child);
  const upper = `sha256:${lower.slice('sha256:'.length).toUpperCase()}`;
  const entry = { mediaType: 'application/vnd.oci.image.manifest.v1+json', size: child.length };
  // Registries refuse such an index on push; one that serves it anyway (or a proxy rewriting it) must not decide the digest signed.
  const index = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [{ ...entry, digest: upper }, { ...entry, digest: lower }] });
  const transport = scripted((request) =>
    request.url.pathname.endsWith(`/manifests/${lower}`)
      ? { status: 200, headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }, body: child }
      : { status: 200, headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' }, body: index },
  );
  const subjects = await resolveImages(new RegistryClient({ transport, retry: FAST_RETRY }), [{ registry: 'registry.example', repository: 'acme/app', tag: 'v1' }], { recursive: true, logger: silentLogger });
  assert.deepEqual(subjects.map((subject) => subject.reference.digest), [digestOf(index), lower]);
});

test('with recursive, an index listing more manifests than a run signs is refused before anything is signed, after fetching no more than that many', async () => {
  const image = (marker: number): string => JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf(String(marker)), size: 1 }, layers: [], annotations: { n: String(marker) } });
  const byPath = new Map<string, string>();
  const entries = Array.from({ length: MAX_IMAGE_SUBJECTS + 5 }, (_, i) => {
    const manifest = image(i);
    byPath.set(`/v2/acme/app/manifests/${digestOf(manifest)}`, manifest);
    return { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: digestOf(manifest), size: manifest.length };
  });
  const index = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: entries });
  const transport = scripted((request) => {
    const body = request.url.pathname.endsWith('/manifests/v1') ? index : byPath.get(request.url.pathname);
    return body === undefined ? { status: 404 } : { status: 200, headers: { 'content-type': (JSON.parse(body) as { mediaType: string }).mediaType }, body };
  });
  await assert.rejects(resolveImages(new RegistryClient({ transport, retry: FAST_RETRY }), [{ registry: 'registry.example', repository: 'acme/app', tag: 'v1' }], { recursive: true, logger: silentLogger }), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'IMAGES_TOO_MANY');
    assert.match(error.message, new RegExp(`at most ${MAX_IMAGE_SUBJECTS}`));
    assert.match(error.hint ?? '', /--recursive/);
    return true;
  });
  assert.equal(transport.seen.length, MAX_IMAGE_SUBJECTS + 1);
});
