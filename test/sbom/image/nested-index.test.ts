// Images named through indexes that list indexes (OCI allows it; registries and buildx write them) and buildx's
// attestation manifests beside the platform images: oci-dir: layouts and registry: images alike.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { blobFromBytes, RegistryClient } from '../../../src/oci/index.js';
import { imageSbom, MAX_INDEX_MANIFESTS, MAX_NESTED_INDEXES, ociLayoutSource, parsePlatform } from '../../../src/sbom/image/index.js';
import { cli } from '../../support/cli.js';
import { haveTools, startReferrersRegistry } from '../../support/oci/registries.js';
import { tempDir } from '../../support/tmp.js';
import { buildImage, dpkgStatus, sha256, type BuiltImage } from './fixtures.js';

const INDEX = 'application/vnd.oci.image.index.v1+json';
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

/** A blob to store: manifests, indexes, configs and layers alike. */
type Blobs = Map<string, Buffer>;

function image(name: string, architecture: string): BuiltImage {
  return buildImage([{ entries: [{ path: 'var/lib/dpkg/status', content: dpkgStatus([{ name, version: '1.0-1', arch: architecture }]) }] }], { os: 'linux', architecture });
}

function keep(blobs: Blobs, bytes: Buffer): { digest: string; size: number } {
  blobs.set(sha256(bytes), bytes);
  return { digest: sha256(bytes), size: bytes.length };
}

function keepImage(blobs: Blobs, built: BuiltImage): { mediaType: string; digest: string; size: number } {
  for (const blob of [built.config, ...built.layers.map((layer) => layer.stored)]) keep(blobs, blob);
  return { mediaType: MANIFEST, ...keep(blobs, built.manifest) };
}

/** buildx's attestation manifest for an image: an in-toto layer, platform unknown/unknown, the reference annotations. */
function attestationManifest(blobs: Blobs, of: string, platform: boolean): Record<string, unknown> {
  const statement = Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v0.1', predicateType: 'https://spdx.dev/Document', subject: [], predicate: {} }));
  const config = Buffer.from(JSON.stringify({ architecture: 'unknown', os: 'unknown', config: {}, rootfs: { type: 'layers', diff_ids: [sha256(statement)] } }));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...keep(blobs, config) },
      layers: [{ mediaType: 'application/vnd.in-toto+json', ...keep(blobs, statement), annotations: { 'in-toto.io/predicate-type': 'https://spdx.dev/Document' } }],
    }),
  );
  return {
    mediaType: MANIFEST,
    ...keep(blobs, manifest),
    annotations: { 'vnd.docker.reference.digest': of, 'vnd.docker.reference.type': 'attestation-manifest' },
    ...(platform ? { platform: { architecture: 'unknown', os: 'unknown' } } : {}),
  };
}

function index(blobs: Blobs, manifests: readonly unknown[], annotation?: string): { mediaType: string; digest: string; size: number } {
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests, ...(annotation === undefined ? {} : { annotations: { note: annotation } }) }));
  return { mediaType: INDEX, ...keep(blobs, bytes) };
}

/**
 * An index of two indexes (no platform on them), each the platform image and its attestation manifest, as a
 * registry that groups platforms (or buildx with --provenance, one index per build, merged) serves them.
 */
function nestedImage(blobs: Blobs): { top: { mediaType: string; digest: string; size: number }; amd64: BuiltImage; arm64: BuiltImage } {
  const amd64 = image('amd-only', 'amd64');
  const arm64 = image('arm-only', 'arm64');
  const inner = [amd64, arm64].map((built, position) => {
    const descriptor = { ...keepImage(blobs, built), platform: { os: 'linux', architecture: position === 0 ? 'amd64' : 'arm64' } };
    return index(blobs, [descriptor, attestationManifest(blobs, descriptor.digest, true)]);
  });
  return { top: index(blobs, inner), amd64, arm64 };
}

async function writeLayoutOf(t: TestContext, blobs: Blobs, top: { mediaType: string; digest: string; size: number }): Promise<string> {
  const dir = await tempDir(t, 'trust-kit-nested-');
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
  for (const [digest, bytes] of blobs) await writeFile(join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length)), bytes);
  await writeFile(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  await writeFile(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests: [top] }));
  return dir;
}

const packagesOf = async (dir: string, platform?: string): Promise<string[]> => (await imageSbom(await ociLayoutSource(dir, platform === undefined ? undefined : parsePlatform(platform)))).sbom.packages.map((pkg) => pkg.name);

test('oci-dir: an index of indexes is followed to the platform\'s image, past the attestation manifests', async (t) => {
  const blobs: Blobs = new Map();
  const { top, arm64 } = nestedImage(blobs);
  const dir = await writeLayoutOf(t, blobs, top);
  assert.deepEqual(await packagesOf(dir), ['amd-only']);
  assert.deepEqual(await packagesOf(dir, 'linux/arm64'), ['arm-only']);
  assert.equal((await ociLayoutSource(dir, parsePlatform('linux/arm64'))).digest, arm64.digest);
  // Platforms found anywhere under the index are offered; attestation manifests are not platforms.
  await assert.rejects(packagesOf(dir, 'linux/s390x'), (error: Error & { code?: string }) => error.code === 'IMAGE_PLATFORM_NOT_FOUND' && /linux\/amd64, linux\/arm64\)/.test(error.message) && !/unknown/.test(error.message));
});

test('an attestation manifest is not an image: beside one image without a platform it is passed over, and alone it is no image', async (t) => {
  const blobs: Blobs = new Map();
  const built = image('only', 'amd64');
  const descriptor = keepImage(blobs, built);
  // buildx writes the platform; a hand-made index may leave both out: the annotation says what the entry is.
  const dir = await writeLayoutOf(t, blobs, index(blobs, [descriptor, attestationManifest(blobs, descriptor.digest, false)]));
  assert.deepEqual(await packagesOf(dir), ['only']);
  const alone: Blobs = new Map();
  const lonely = await writeLayoutOf(t, alone, index(alone, [attestationManifest(alone, descriptor.digest, false)]));
  await assert.rejects(packagesOf(lonely), { code: 'IMAGE_PLATFORM_NOT_FOUND' });
  // --platform unknown/unknown does not make an attestation an image either.
  const marked: Blobs = new Map();
  const unknown = await writeLayoutOf(t, marked, index(marked, [keepImage(marked, built), attestationManifest(marked, descriptor.digest, true)].map((entry, position) => (position === 0 ? { ...entry, platform: { os: 'linux', architecture: 'amd64' } } : entry))));
  await assert.rejects(packagesOf(unknown, 'unknown/unknown'), { code: 'IMAGE_PLATFORM_NOT_FOUND' });
});

test('an index of images that name no platform (crane index append without --platform) says so and lists their digests to name one by, not only to choose a --platform none can match', async (t) => {
  const blobs: Blobs = new Map();
  const first = keepImage(blobs, image('first', 'amd64'));
  const second = keepImage(blobs, image('second', 'arm64'));
  const dir = await writeLayoutOf(t, blobs, index(blobs, [first, second]));
  await assert.rejects(packagesOf(dir), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'IMAGE_PLATFORM_NOT_FOUND');
    assert.ok(error.message.endsWith(`has no image for linux/amd64 (2 images that name no platform: ${first.digest}, ${second.digest})`), error.message);
    assert.equal(error.hint, 'name an image without a platform by its digest (registry:REPOSITORY@sha256:...)');
    return true;
  });
});

test('linux/arm asks for v7, as docker, containerd and syft read it (alpine and busybox list v6 first), and two different images for the platform asked for are IMAGE_PLATFORM_AMBIGUOUS naming both, not the first taken silently', async (t) => {
  const blobs: Blobs = new Map();
  const v6 = keepImage(blobs, image('armv6', 'arm'));
  const v7 = keepImage(blobs, image('armv7', 'arm'));
  const arm = await writeLayoutOf(t, blobs, index(blobs, [{ ...v6, platform: { os: 'linux', architecture: 'arm', variant: 'v6' } }, { ...v7, platform: { os: 'linux', architecture: 'arm', variant: 'v7' } }]));
  assert.deepEqual(await packagesOf(arm, 'linux/arm'), ['armv7']);
  assert.deepEqual(await packagesOf(arm, 'linux/arm/v6'), ['armv6']);
  const twice: Blobs = new Map();
  const first = keepImage(twice, image('first', 'amd64'));
  const second = keepImage(twice, image('second', 'amd64'));
  const amd64 = { os: 'linux', architecture: 'amd64' };
  const ambiguous = await writeLayoutOf(t, twice, index(twice, [{ ...first, platform: amd64 }, { ...second, platform: amd64 }, { ...first, platform: amd64 }]));
  await assert.rejects(packagesOf(ambiguous), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'IMAGE_PLATFORM_AMBIGUOUS');
    assert.match(error.message, new RegExp(`has 2 images for linux/amd64 \\(${first.digest}, ${second.digest}\\)`));
    return true;
  });
});

test(`indexes nested more than ${MAX_NESTED_INDEXES} deep, or a walk of more than ${MAX_INDEX_MANIFESTS} manifests, are IMAGE_LIMIT_EXCEEDED naming the image and the bound`, async (t) => {
  const blobs: Blobs = new Map();
  let deepest = keepImage(blobs, image('deep', 'amd64'));
  // The image, then MAX_NESTED_INDEXES indexes over it: as deep as is read (the layout's index.json not counted).
  for (let level = 0; level < MAX_NESTED_INDEXES; level++) deepest = index(blobs, [deepest]);
  assert.deepEqual(await packagesOf(await writeLayoutOf(t, blobs, deepest)), ['deep']);
  const tooDeep = await writeLayoutOf(t, blobs, index(blobs, [deepest]));
  await assert.rejects(packagesOf(tooDeep), (error: Error & { code?: string }) => error.code === 'IMAGE_LIMIT_EXCEEDED' && error.message.includes(`oci-dir:${tooDeep}`) && error.message.includes(`${MAX_NESTED_INDEXES}`));

  // Many indexes, none for the platform: each is read until the bound, then the walk stops.
  const wide: Blobs = new Map();
  const s390x = keepImage(wide, image('s390x', 's390x'));
  const many = Array.from({ length: MAX_INDEX_MANIFESTS + 1 }, (_, position) => index(wide, [{ ...s390x, platform: { os: 'linux', architecture: 's390x' } }], `copy ${position}`));
  const tooMany = await writeLayoutOf(t, wide, index(wide, many));
  await assert.rejects(packagesOf(tooMany), (error: Error & { code?: string }) => error.code === 'IMAGE_LIMIT_EXCEEDED' && error.message.includes(`oci-dir:${tooMany}`) && error.message.includes(`${MAX_INDEX_MANIFESTS}`));
  // Within the bound the answer is that the platform is not there.
  const fewer = await writeLayoutOf(t, wide, index(wide, many.slice(0, 3)));
  await assert.rejects(packagesOf(fewer), (error: Error & { code?: string }) => error.code === 'IMAGE_PLATFORM_NOT_FOUND' && /linux\/s390x/.test(error.message));
  // One index listed many times is read once.
  const repeated = await writeLayoutOf(t, wide, index(wide, Array.from({ length: MAX_INDEX_MANIFESTS * 2 }, () => many[0])));
  await assert.rejects(packagesOf(repeated), { code: 'IMAGE_PLATFORM_NOT_FOUND' });
});

test('trust-kit sbom registry:REF follows an index of indexes to the platform\'s image (the registry\'s nested indexes, buildx\'s attestation manifests)', async (t) => {
  if (!haveTools(t, ['referrers-registry'])) return;
  const registry = await startReferrersRegistry(t);
  const client = new RegistryClient({ plainHttp: true });
  t.after(() => client.close());
  const repository = { registry: registry.name, repository: 'acme/nested' };
  const blobs: Blobs = new Map();
  const { top, arm64 } = nestedImage(blobs);
  const documents = new Map<string, string>();
  // Manifests are documents (pushed as manifests, innermost first); the rest are blobs.
  const walk = (digest: string): void => {
    const bytes = blobs.get(digest) as Buffer;
    const parsed = JSON.parse(bytes.toString('utf8')) as { mediaType?: string; manifests?: { digest: string }[]; layers?: unknown[] };
    for (const entry of parsed.manifests ?? []) walk(entry.digest);
    documents.set(digest, parsed.mediaType ?? MANIFEST);
  };
  walk(top.digest);
  for (const [digest, bytes] of blobs) if (!documents.has(digest)) await client.pushBlob(repository, blobFromBytes(bytes));
  for (const [digest, mediaType] of documents) await client.putManifest(repository, blobs.get(digest) as Buffer, mediaType, digest === top.digest ? 'v1' : undefined);
  const dir = await tempDir(t, 'trust-kit-nested-registry-');
  const env = { SOURCE_DATE_EPOCH: '1767323045', HOME: dir };
  const arm = await cli(['sbom', `registry:${registry.name}/acme/nested:v1`, '--allow-http-registry', '--platform', 'linux/arm64', '--format', 'spdx-json'], dir, env);
  assert.equal(arm.code, 0, arm.stderr);
  const names = (JSON.parse(arm.stdout) as { packages: { name: string; versionInfo?: string }[] }).packages;
  assert.ok(names.some((pkg) => pkg.name === 'arm-only') && !names.some((pkg) => pkg.name === 'amd-only'), JSON.stringify(names));
  assert.ok(names.some((pkg) => pkg.versionInfo === arm64.digest), 'the described image is the platform manifest, by digest');
  const amd = await cli(['sbom', `registry:${registry.name}/acme/nested:v1`, '--allow-http-registry', '--format', 'spdx-json'], dir, env);
  assert.equal(amd.code, 0, amd.stderr);
  assert.ok(amd.stdout.includes('amd-only') && !amd.stdout.includes('arm-only'));
  const none = await cli(['sbom', `registry:${registry.name}/acme/nested:v1`, '--allow-http-registry', '--platform', 'linux/s390x'], dir, env);
  assert.equal(none.code, 1, none.stderr);
  assert.match(none.stderr, /IMAGE_PLATFORM_NOT_FOUND.*linux\/amd64, linux\/arm64/);
});
