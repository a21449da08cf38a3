import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../../../src/cli/cli.js';
import { redact, SecretBuffer } from '../../../src/secrets/index.js';
import { clientFor } from '../../oci/support.js';
import { blobFromBytes, RegistryClient, staticCredentials } from '../../../src/oci/index.js';
import { cli } from '../../support/cli.js';
import { haveTools, startDockerRegistry, TEST_USER } from '../../support/oci/registries.js';
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

test('trust-kit sbom registry:REF wipes the registry credentials once the image is read, before it writes the SBOM', async (t) => {
  if (!haveTools(t, ['docker-registry', 'htpasswd'])) return;
  const registry = await startDockerRegistry(t, 'htpasswd-tls');
  // The pusher's own copy of the password is wiped once the image is pushed, so that only the command's can be live.
  const pushing = SecretBuffer.from(Buffer.from(TEST_USER.password));
  const pusher = clientFor(t, registry, { credentials: staticCredentials({ [registry.name]: { username: TEST_USER.username, secret: pushing } }) });
  const repository = { registry: registry.name, repository: 'acme/one' };
  const built = image('only', 'amd64');
  for (const blob of [built.config, ...built.layers.map((layer) => layer.stored)]) await pusher.pushBlob(repository, blobFromBytes(blob));
  await pusher.putManifest(repository, built.manifest, 'application/vnd.oci.image.manifest.v1+json', 'v1');
  pushing.destroy();
  const dir = await tempDir(t, 'trust-kit-imgsbom-login-');
  await mkdir(join(dir, '.docker'));
  await writeFile(join(dir, '.docker', 'config.json'), JSON.stringify({ auths: { [registry.name]: { auth: Buffer.from(`${TEST_USER.username}:${TEST_USER.password}`).toString('base64') } } }));
  // Only a live secret is redacted: what the command prints last tells whether it still holds the password.
  const live: boolean[] = [];
  let stdout = '';
  let stderr = '';
  const code = await runCli(['sbom', `registry:${registry.name}/acme/one:v1`, '--allow-insecure-registry', '--format', 'spdx-json'], {
    cwd: dir,
    env: { SOURCE_DATE_EPOCH: '1767323045', HOME: dir },
    stdout: { write: (text) => void ((stdout += text), live.push(redact(TEST_USER.password) !== TEST_USER.password)) },
    stderr: { write: (text) => void (stderr += text) },
  });
  assert.equal(code, 0, stderr);
  assert.ok(stdout.includes('"spdxVersion"'), 'the SBOM was written');
  assert.deepEqual([...new Set(live)], [false]);
});

test('trust-kit sbom registry:REF logs in with --registry-username and TRUST_KIT_REGISTRY_PASSWORD, as sign-image does', async (t) => {
  if (!haveTools(t, ['docker-registry', 'htpasswd'])) return;
  const registry = await startDockerRegistry(t, 'htpasswd-tls');
  const pushing = SecretBuffer.from(Buffer.from(TEST_USER.password));
  const pusher = clientFor(t, registry, { credentials: staticCredentials({ [registry.name]: { username: TEST_USER.username, secret: pushing } }) });
  const repository = { registry: registry.name, repository: 'acme/login' };
  const built = image('logged-in', 'amd64');
  for (const blob of [built.config, ...built.layers.map((layer) => layer.stored)]) await pusher.pushBlob(repository, blobFromBytes(blob));
  await pusher.putManifest(repository, built.manifest, 'application/vnd.oci.image.manifest.v1+json', 'v1');
  pushing.destroy();
  // No docker config.json: the flag is the only login.
  const dir = await tempDir(t, 'trust-kit-imgsbom-username-');
  const args = ['sbom', `registry:${registry.name}/acme/login:v1`, '--allow-insecure-registry', '--registry-username', TEST_USER.username];
  const anonymous = await cli(args.slice(0, 3), dir, { SOURCE_DATE_EPOCH: '1767323045', HOME: dir });
  assert.equal(anonymous.code, 1, anonymous.stderr);
  assert.match(anonymous.stderr, /OCI_UNAUTHORIZED/);
  const env: Record<string, string | undefined> = { SOURCE_DATE_EPOCH: '1767323045', HOME: dir, TRUST_KIT_REGISTRY_PASSWORD: TEST_USER.password };
  const run = await cli(args, dir, env);
  assert.equal(run.code, 0, run.stderr);
  assert.ok(run.stdout.includes('logged-in'), 'the image was read');
  assert.equal('TRUST_KIT_REGISTRY_PASSWORD' in env, false, 'the password was taken out of the environment');
});
