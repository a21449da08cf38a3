import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { COSIGN_SIGN_PREDICATE_TYPE, LEGACY_ANNOTATIONS, SIGSTORE_BUNDLE_MEDIA_TYPE, SIMPLE_SIGNING_MEDIA_TYPE, legacySignatureTag, withDigest } from '../../src/oci/index.js';
import { IDENTITY, ISSUER } from '../interop/matrix.js';
import { PEERS, isInstalled, runPeer } from '../interop/tools.js';
import { cli } from '../support/cli.js';
import { buildImage, buildMultiArchIndex, debianFiles, pushImage, pushIndex } from '../support/oci/images.js';
import { haveTools, startDockerRegistry, startReferrersRegistry, TEST_USER, type LoopbackRegistry } from '../support/oci/registries.js';
import { startSigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';
import { clientFor } from './support.js';

const COSIGNS = (['cosign2', 'cosign3'] as const).map((peer) => ({ name: PEERS[peer].name, installed: isInstalled(PEERS[peer]), install: PEERS[peer].install }));
const OTHER_IDENTITY = 'https://github.com/octo-org/other-repo/.github/workflows/release.yml@refs/heads/main';

test('sign-image signs by digest in cosign 3\'s format, one certificate for every image; cosign 2 and 3 verify it on registries with and without the referrers API', async (t) => {
  if (!haveTools(t, ['docker-registry', 'referrers-registry'], COSIGNS)) return;
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const dir = await tempDir(t);
  const registries: [string, LoopbackRegistry][] = [
    ['docker-registry 2.8 (referrers tag)', await startDockerRegistry(t, 'anonymous')],
    ['go-containerregistry (referrers API)', await startReferrersRegistry(t)],
  ];
  for (const [label, registry] of registries) {
    const client = clientFor(t, registry);
    const app = { registry: registry.name, repository: 'acme/app' };
    const single = buildImage(debianFiles(`sign ${label}`));
    await pushImage(client, app, single, 'v1');
    const multi = buildMultiArchIndex(`sign ${label}`);
    await pushIndex(client, app, multi, 'multi');

    const before = stack.requests.fulcio;
    const run = await cli(
      ['sign-image', '--allow-http-registry', '--recursive', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath, `${registry.name}/acme/app:v1`, `${registry.name}/acme/app:multi`],
      dir,
      { SIGSTORE_ID_TOKEN: stack.oidc.mintToken(), HOME: dir, SOURCE_DATE_EPOCH: '1767225600' },
    );
    assert.equal(run.code, 0, run.stderr);
    // Tags resolved once, digests printed: the image, the index and (--recursive) its two platform manifests.
    assert.deepEqual(run.stdout.trim().split('\n'), [single.digest, multi.digest, ...multi.images.map((image) => image.digest)].map((digest) => `${registry.name}/acme/app@${digest}`));
    assert.equal(stack.requests.fulcio - before, 1, 'one certificate for four signatures');

    const referrers = await client.referrers(withDigest(app, single.digest));
    assert.equal(referrers.via, label.includes('API') ? 'api' : 'tag');
    assert.equal(referrers.descriptors.length, 1);
    const referrer = await client.getManifest(withDigest(app, referrers.descriptors[0]?.digest ?? ''));
    assert.equal(referrer.manifest.manifest.artifactType, SIGSTORE_BUNDLE_MEDIA_TYPE);
    assert.equal(referrer.manifest.manifest.annotations?.['dev.sigstore.bundle.predicateType'], COSIGN_SIGN_PREDICATE_TYPE);
    assert.equal(referrer.manifest.manifest.annotations?.['org.opencontainers.image.created'], '2026-01-01T00:00:00Z');

    for (const peer of ['cosign2', 'cosign3'] as const) {
      for (const digest of [single.digest, multi.digest, multi.images[1]?.digest ?? '']) {
        const verified = await runPeer(PEERS[peer], ['verify', '--allow-http-registry', '--trusted-root', stack.trustedRootPath, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, `${registry.name}/acme/app@${digest}`], dir);
        assert.equal(verified.code, 0, `${PEERS[peer].name} verify on ${label}: ${verified.stderr}`);
      }
      const refused = await runPeer(PEERS[peer], ['verify', '--allow-http-registry', '--trusted-root', stack.trustedRootPath, '--certificate-identity', OTHER_IDENTITY, '--certificate-oidc-issuer', ISSUER, `${registry.name}/acme/app@${single.digest}`], dir);
      assert.notEqual(refused.code, 0, `${PEERS[peer].name} must refuse another identity on ${label}`);
    }
  }
});

test('sign-image --key and attest-image --key: cosign 2 and 3 verify both with --key (no keyid in the DSSE signature, which cosign would not match)', async (t) => {
  if (!haveTools(t, ['referrers-registry'], COSIGNS)) return;
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const dir = await tempDir(t);
  const registry = await startReferrersRegistry(t);
  const client = clientFor(t, registry);
  const app = { registry: registry.name, repository: 'acme/app' };
  const image = buildImage(debianFiles('key-signed'));
  await pushImage(client, app, image, 'v1');
  const env = { HOME: dir, TRUST_KIT_KEY_PASSPHRASE: '' };
  assert.equal((await cli(['generate-key-pair'], dir, env)).code, 0);
  await writeFile(join(dir, 'predicate.json'), '{"passed":1}');
  const ref = `${registry.name}/acme/app@${image.digest}`;
  const signed = await cli(['sign-image', '--allow-http-registry', '--key', 'trust-kit.key', ref], dir, env);
  assert.equal(signed.code, 0, signed.stderr);
  const attested = await cli(['attest-image', '--allow-http-registry', '--key', 'trust-kit.key', '--type', 'custom', '--predicate', 'predicate.json', '--predicate-type', 'https://example.com/test/v1', ref], dir, env);
  assert.equal(attested.code, 0, attested.stderr);
  for (const peer of ['cosign2', 'cosign3'] as const) {
    const common = ['--allow-http-registry', '--trusted-root', stack.trustedRootPath, '--key', 'trust-kit.pub', '--insecure-ignore-tlog'];
    const verified = await runPeer(PEERS[peer], ['verify', ...common, ref], dir);
    assert.equal(verified.code, 0, `${PEERS[peer].name} verify --key: ${verified.stderr}`);
    const attestation = await runPeer(PEERS[peer], ['verify-attestation', ...common, '--type', 'https://example.com/test/v1', ref], dir);
    assert.equal(attestation.code, 0, `${PEERS[peer].name} verify-attestation --key: ${attestation.stderr}`);
    // Without the flag cosign requires the log entry, which an offline signature lacks: trust-kit's verify-image does the same.
    const strict = await runPeer(PEERS[peer], ['verify', ...common.slice(0, -1), ref], dir);
    assert.notEqual(strict.code, 0, `${PEERS[peer].name} verify --key without --insecure-ignore-tlog`);
  }
  const strict = ['--allow-http-registry', '--trusted-root', stack.trustedRootPath, '--key', 'trust-kit.pub'];
  for (const args of [[ref], ['--no-signature', '--predicate-type', 'https://example.com/test/v1', ref]]) {
    const refused = await cli(['verify-image', ...strict, ...args], dir, env);
    assert.equal(refused.code, 3, refused.stdout + refused.stderr);
    assert.match(refused.stderr, /VERIFY_TLOG_MISSING/);
    const told = await cli(['verify-image', ...strict, '--insecure-ignore-tlog', ...args], dir, env);
    assert.equal(told.code, 0, told.stderr);
  }
});

test('sign-image refuses a missing image before any certificate is asked for', async (t) => {
  if (!haveTools(t, ['docker-registry'])) return;
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const dir = await tempDir(t);
  const registry = await startDockerRegistry(t, 'anonymous');
  const run = await cli(
    ['sign-image', '--allow-http-registry', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath, `${registry.name}/acme/absent:v1`],
    dir,
    { SIGSTORE_ID_TOKEN: stack.oidc.mintToken(), HOME: dir },
  );
  assert.equal(run.code, 1);
  assert.match(run.stderr, /OCI_NOT_FOUND/);
  assert.equal(stack.requests.fulcio, 0);
});

test('sign-image --signature-format cosign2 writes the sha256-<hex>.sig manifest cosign 2 and 3 read (simple signing payload, certificate, Rekor bundle annotation)', async (t) => {
  if (!haveTools(t, ['docker-registry'], COSIGNS)) return;
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const dir = await tempDir(t);
  const registry = await startDockerRegistry(t, 'anonymous');
  const client = clientFor(t, registry);
  const app = { registry: registry.name, repository: 'acme/app' };
  const image = buildImage(debianFiles('cosign2'));
  await pushImage(client, app, image, 'v1');
  const sign = (): Promise<{ code: number; stderr: string }> =>
    cli(['sign-image', '--signature-format', 'cosign2', '--allow-http-registry', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath, `${registry.name}/acme/app:v1`], dir, {
      SIGSTORE_ID_TOKEN: stack.oidc.mintToken(),
      HOME: dir,
    });
  const first = await sign();
  assert.equal(first.code, 0, first.stderr);
  assert.equal((await sign()).code, 0);
  const sig = await client.getManifest({ ...app, tag: legacySignatureTag(image.digest) });
  const layers = sig.manifest.kind === 'image' ? sig.manifest.manifest.layers : [];
  // Two runs, two signatures (two certificates), each a layer; no referrer was written.
  assert.equal(layers.length, 2);
  for (const layer of layers) {
    assert.equal(layer.mediaType, SIMPLE_SIGNING_MEDIA_TYPE);
    assert.deepEqual(Object.keys(layer.annotations ?? {}).sort(), [LEGACY_ANNOTATIONS.bundle, LEGACY_ANNOTATIONS.certificate, LEGACY_ANNOTATIONS.signature].sort());
  }
  assert.deepEqual((await client.referrers(withDigest(app, image.digest))).descriptors, []);

  for (const peer of ['cosign2', 'cosign3'] as const) {
    const verified = await runPeer(PEERS[peer], ['verify', '--allow-http-registry', '--trusted-root', stack.trustedRootPath, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, `${registry.name}/acme/app@${image.digest}`], dir);
    assert.equal(verified.code, 0, `${PEERS[peer].name}: ${verified.stderr}`);
    assert.match(verified.stdout, /cosign container image signature/);
    const refused = await runPeer(PEERS[peer], ['verify', '--allow-http-registry', '--trusted-root', stack.trustedRootPath, '--certificate-identity', OTHER_IDENTITY, '--certificate-oidc-issuer', ISSUER, `${registry.name}/acme/app@${image.digest}`], dir);
    assert.notEqual(refused.code, 0, `${PEERS[peer].name} must refuse another identity`);
  }
});

test('sign-image logs in with docker\'s config.json from HOME (htpasswd registry over TLS, --allow-insecure-registry); without it the push is OCI_UNAUTHORIZED', async (t) => {
  if (!haveTools(t, ['docker-registry', 'htpasswd'])) return;
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const registry = await startDockerRegistry(t, 'htpasswd-tls');
  const client = clientFor(t, registry, { login: true });
  const image = buildImage(debianFiles('docker config'));
  await pushImage(client, { registry: registry.name, repository: 'acme/app' }, image, 'v1');
  const args = ['sign-image', '--signature-format', 'cosign3', '--allow-insecure-registry', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath, `${registry.name}/acme/app:v1`];

  const anonymous = await tempDir(t);
  const refused = await cli(args, anonymous, { SIGSTORE_ID_TOKEN: stack.oidc.mintToken(), HOME: anonymous });
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /OCI_UNAUTHORIZED/);

  const home = await tempDir(t);
  await mkdir(join(home, '.docker'));
  await writeFile(join(home, '.docker', 'config.json'), JSON.stringify({ auths: { [registry.name]: { auth: Buffer.from(`${TEST_USER.username}:${TEST_USER.password}`).toString('base64') } } }));
  const run = await cli(args, home, { SIGSTORE_ID_TOKEN: stack.oidc.mintToken(), HOME: home });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout.trim(), `${registry.name}/acme/app@${image.digest}`);
  assert.ok(!run.stderr.includes(TEST_USER.password), 'the password is never printed');
  assert.equal((await client.referrers(withDigest({ registry: registry.name, repository: 'acme/app' }, image.digest))).descriptors.length, 1);
});

test('sign-image --registry-username takes the password from TRUST_KIT_REGISTRY_PASSWORD, out of the environment; without it, a usage error', async (t) => {
  if (!haveTools(t, ['docker-registry', 'htpasswd'])) return;
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const registry = await startDockerRegistry(t, 'htpasswd-tls');
  const client = clientFor(t, registry, { login: true });
  const image = buildImage(debianFiles('explicit login'));
  await pushImage(client, { registry: registry.name, repository: 'acme/app' }, image, 'v1');
  const dir = await tempDir(t);
  const args = ['sign-image', '--signature-format', 'cosign2', '--allow-insecure-registry', '--registry-username', TEST_USER.username, '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath, `${registry.name}/acme/app:v1`];

  const missing = await cli(args, dir, { SIGSTORE_ID_TOKEN: stack.oidc.mintToken(), HOME: dir });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /TRUST_KIT_REGISTRY_PASSWORD/);

  const env: Record<string, string | undefined> = { SIGSTORE_ID_TOKEN: stack.oidc.mintToken(), HOME: dir, TRUST_KIT_REGISTRY_PASSWORD: TEST_USER.password };
  const run = await cli(args, dir, env);
  assert.equal(run.code, 0, run.stderr);
  assert.equal('TRUST_KIT_REGISTRY_PASSWORD' in env, false, 'the password was taken out of the environment');
  const sig = await client.getManifest({ registry: registry.name, repository: 'acme/app', tag: legacySignatureTag(image.digest) });
  assert.equal(sig.manifest.kind === 'image' ? sig.manifest.manifest.layers.length : 0, 1);
});

test('sign-image without an IMAGE says that it names no image, not no file', async (t) => {
  const run = await cli(['sign-image', '--key', 'key.pem'], await tempDir(t));
  assert.equal(run.code, 2, run.stderr);
  // The missing key is said in the same run.
  assert.match(run.stderr, /^trust-kit: CONFIG_INVALID: 2 invalid inputs:\n {2}argument IMAGE: names no image to sign\n {2}--key: key\.pem does not exist\n/);
});
