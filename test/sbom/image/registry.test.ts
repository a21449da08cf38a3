import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blobFromBytes, RegistryClient } from '../../../src/oci/index.js';
import { cli } from '../../support/cli.js';
import { haveTools, startDockerRegistry } from '../../support/oci/registries.js';
import { tempDir } from '../../support/tmp.js';
import { buildImage, DEBIAN_OS_RELEASE, dpkgStatus, sha256, type BuiltImage } from './fixtures.js';

function image(name: string, architecture: string): BuiltImage {
  return buildImage(
    [
      { entries: [{ path: 'etc/os-release', content: DEBIAN_OS_RELEASE }] },
      { entries: [{ path: 'var/lib/dpkg/status', content: dpkgStatus([{ name, version: '1.0-1', arch: architecture }]) }], compression: 'zstd' },
    ],
    { os: 'linux', architecture },
  );
}

test('trust-kit sbom registry:REF pulls a multi-platform image from Debian\'s registry: the tag resolved to a digest, the platform picked, layers streamed', async (t) => {
  if (!haveTools(t, ['docker-registry'])) return;
  const registry = await startDockerRegistry(t, 'anonymous');
  const client = new RegistryClient({ plainHttp: true });
  const repository = { registry: registry.name, repository: 'acme/base' };
  const images = [image('amd-only', 'amd64'), image('arm-only', 'arm64')];
  for (const built of images) {
    for (const blob of [built.config, ...built.layers.map((layer) => layer.stored)]) await client.pushBlob(repository, blobFromBytes(blob));
    await client.putManifest(repository, built.manifest, 'application/vnd.oci.image.manifest.v1+json');
  }
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: images.map((built, position) => ({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: built.digest, size: built.manifest.length, platform: { os: 'linux', architecture: position === 0 ? 'amd64' : 'arm64' } })),
    }),
  );
  await client.putManifest(repository, index, 'application/vnd.oci.image.index.v1+json', 'v1');
  const dir = await tempDir(t, 'trust-kit-imgsbom-registry-');
  const env = { SOURCE_DATE_EPOCH: '1767323045', HOME: dir };
  const arm = await cli(['sbom', `registry:${registry.name}/acme/base:v1`, '--allow-http-registry', '--platform', 'linux/arm64', '--format', 'spdx-json'], dir, env);
  assert.equal(arm.code, 0, arm.stderr);
  const document = JSON.parse(arm.stdout) as { packages: { name: string; versionInfo?: string; externalRefs?: { referenceLocator: string }[] }[] };
  const names = document.packages.map((pkg) => pkg.name);
  assert.ok(names.includes('arm-only') && !names.includes('amd-only'), names.join(' '));
  // The described image is the platform's manifest, by digest.
  assert.ok(document.packages.some((pkg) => pkg.versionInfo === images[1]?.digest));
  const amd = await cli(['sbom', `registry:${registry.name}/acme/base:v1`, '--allow-http-registry', '--format', 'spdx-json'], dir, env);
  assert.equal(amd.code, 0, amd.stderr);
  assert.ok(amd.stdout.includes('amd-only') && !amd.stdout.includes('arm-only'));
  assert.ok(amd.stdout.includes(sha256(images[0]?.layers[1]?.tar as Buffer)));
  const absent = await cli(['sbom', `registry:${registry.name}/acme/absent:v1`, '--allow-http-registry'], dir, env);
  assert.equal(absent.code, 1);
  assert.match(absent.stderr, /OCI_NOT_FOUND/);
});
