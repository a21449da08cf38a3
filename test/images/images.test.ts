import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { COSIGN_SIGN_PREDICATE_TYPE, DSSE_ENVELOPE_MEDIA_TYPE, LEGACY_ANNOTATIONS, legacyAttestationTag, MEDIA_TYPES, SIGSTORE_BUNDLE_MEDIA_TYPE, legacySignatureTag, withDigest } from '../../src/oci/index.js';
import { IDENTITY, ISSUER } from '../interop/matrix.js';
import { PEERS, isInstalled, runPeer } from '../interop/tools.js';
import { cli } from '../support/cli.js';
import { buildImage, buildMultiArchIndex, debianFiles, pushImage, pushIndex } from '../support/oci/images.js';
import { haveTools, startDockerRegistry, startReferrersRegistry, type LoopbackRegistry } from '../support/oci/registries.js';
import { startGitHubApi } from '../support/github/index.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';
import { clientFor } from '../oci/support.js';

const COSIGNS = (['cosign2', 'cosign3'] as const).map((peer) => ({ name: PEERS[peer].name, installed: isInstalled(PEERS[peer]), install: PEERS[peer].install }));
const OTHER_IDENTITY = 'https://github.com/octo-org/other-repo/.github/workflows/release.yml@refs/heads/main';
const CUSTOM_TYPE = 'https://example.com/test-result/v1';

function signing(stack: SigstoreStack): string[] {
  return ['--allow-http-registry', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath];
}

function policy(stack: SigstoreStack, identity = IDENTITY): string[] {
  return ['--allow-http-registry', '--trusted-root', stack.trustedRootPath, '--certificate-identity', identity, '--certificate-oidc-issuer', ISSUER];
}

test('attest-image attaches attestations as cosign 3 and cosign 2 do (their verify-attestation reads them); verify-image verifies signature and attestation on registries with and without the referrers API', async (t) => {
  if (!haveTools(t, ['docker-registry', 'referrers-registry'], COSIGNS)) return;
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const dir = await tempDir(t);
  await writeFile(join(dir, 'predicate.json'), JSON.stringify({ passed: true, suite: 'integration' }));
  const registries: [string, LoopbackRegistry][] = [
    ['docker-registry 2.8 (referrers tag)', await startDockerRegistry(t, 'anonymous')],
    ['go-containerregistry (referrers API)', await startReferrersRegistry(t)],
  ];
  for (const [label, registry] of registries) {
    const client = clientFor(t, registry);
    const app = { registry: registry.name, repository: 'acme/app' };
    const image = buildImage(debianFiles(`attest ${label}`));
    await pushImage(client, app, image, 'v1');
    const env = (): Record<string, string> => ({ SIGSTORE_ID_TOKEN: stack.oidc.mintToken(), HOME: dir });
    const pinned = `${registry.name}/acme/app@${image.digest}`;

    // Not yet signed: nothing attached is a verification failure, naming what was found.
    const unsigned = await cli(['verify-image', ...policy(stack), `${registry.name}/acme/app:v1`], dir, { HOME: dir });
    assert.equal(unsigned.code, 3, unsigned.stderr);
    assert.match(unsigned.stderr, /VERIFY_IMAGE_UNSIGNED/);

    const before = stack.requests.fulcio;
    const attested = await cli(['attest-image', '--type', 'custom', '--predicate', 'predicate.json', '--predicate-type', CUSTOM_TYPE, ...signing(stack), `${registry.name}/acme/app:v1`], dir, env());
    assert.equal(attested.code, 0, attested.stderr);
    assert.equal(attested.stdout.trim(), pinned);
    assert.equal(stack.requests.fulcio - before, 1);
    const referrers = await client.referrers(withDigest(app, image.digest), SIGSTORE_BUNDLE_MEDIA_TYPE);
    assert.equal(referrers.descriptors.length, 1);
    const referrer = await client.getManifest(withDigest(app, referrers.descriptors[0]?.digest ?? ''));
    assert.equal(referrer.manifest.manifest.annotations?.['dev.sigstore.bundle.predicateType'], CUSTOM_TYPE);

    const cosign3 = await runPeer(PEERS.cosign3, ['verify-attestation', '--type', CUSTOM_TYPE, ...policy(stack), pinned], dir);
    assert.equal(cosign3.code, 0, `cosign 3 verify-attestation on ${label}: ${cosign3.stderr}`);
    // By default also in cosign 2's format: a DSSE envelope layer of the .att manifest. (Given --trusted-root,
    // cosign 2 below checks the referrer, not the .att: the .att alone is verified by cosign 2 and 3 in the
    // interop matrix's "attest-image --attestation-format cosign2" rows, test/interop/images-matrix.ts.)
    const att = await client.getManifest({ ...app, tag: legacyAttestationTag(image.digest) });
    assert.deepEqual(att.manifest.kind === 'image' ? att.manifest.manifest.layers.map((layer) => [layer.mediaType, layer.annotations?.predicateType]) : [], [[DSSE_ENVELOPE_MEDIA_TYPE, CUSTOM_TYPE]]);
    // cosign accepts the layer only if its SHA-256 is the log entry's envelopeHash: Rekor's hash of the envelope text as submitted.
    const layer = att.manifest.kind === 'image' ? att.manifest.manifest.layers[0] : undefined;
    const envelope = await client.readBlob(app, layer?.digest ?? '', 1024 * 1024);
    const logged = JSON.parse(layer?.annotations?.[LEGACY_ANNOTATIONS.bundle] ?? '{}') as { Payload?: { body?: string } };
    const body = JSON.parse(Buffer.from(logged.Payload?.body ?? '', 'base64').toString('utf8')) as { kind?: string; spec?: { envelopeHash?: { value?: string } } };
    assert.equal(body.kind, 'dsse');
    assert.equal(createHash('sha256').update(envelope).digest('hex'), body.spec?.envelopeHash?.value, `${label}: the .att layer is not the envelope Rekor hashed`);
    const cosign2 = await runPeer(PEERS.cosign2, ['verify-attestation', '--type', CUSTOM_TYPE, ...policy(stack), pinned], dir);
    assert.equal(cosign2.code, 0, `cosign 2 verify-attestation on ${label}: ${cosign2.stderr}`);
    const cosign2Other = await runPeer(PEERS.cosign2, ['verify-attestation', '--type', CUSTOM_TYPE, ...policy(stack, OTHER_IDENTITY), pinned], dir);
    assert.notEqual(cosign2Other.code, 0, 'cosign 2 must refuse another identity');

    // An attestation but no signature: verify-image asks for a signature unless told not to.
    const noSignature = await cli(['verify-image', ...policy(stack), '--predicate-type', CUSTOM_TYPE, pinned], dir, { HOME: dir });
    assert.equal(noSignature.code, 3, noSignature.stderr);
    assert.match(noSignature.stderr, /VERIFY_IMAGE_UNSIGNED/);
    const attestationOnly = await cli(['verify-image', ...policy(stack), '--no-signature', '--predicate-type', CUSTOM_TYPE, pinned], dir, { HOME: dir });
    assert.equal(attestationOnly.code, 0, attestationOnly.stderr);

    const signed = await cli(['sign-image', '--signature-format', 'cosign3', ...signing(stack), pinned], dir, env());
    assert.equal(signed.code, 0, signed.stderr);

    const verified = await cli(['verify-image', ...policy(stack), '--predicate-type', CUSTOM_TYPE, '--format', 'json', `${registry.name}/acme/app:v1`], dir, { HOME: dir });
    assert.equal(verified.code, 0, verified.stderr);
    const report = JSON.parse(verified.stdout) as { digest: string; discovery: string; found: unknown[]; verified: { predicateType: string; statement: { predicate: unknown } | null }[] };
    assert.equal(report.digest, image.digest);
    assert.equal(report.discovery, label.includes('API') ? 'referrers-api' : 'referrers-tag');
    // The signature and attestation referrers, and the attestation's cosign 2 copy in the .att manifest.
    assert.equal(report.found.length, 3);
    assert.deepEqual(report.verified.map((entry) => entry.predicateType), [COSIGN_SIGN_PREDICATE_TYPE, CUSTOM_TYPE]);
    assert.deepEqual(report.verified[1]?.statement?.predicate, { passed: true, suite: 'integration' });

    const text = await cli(['verify-image', ...policy(stack), pinned], dir, { HOME: dir });
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^Verified OK: /);
    assert.match(text.stdout, /signature \(referrer sha256:/);

    const other = await cli(['verify-image', ...policy(stack, OTHER_IDENTITY), pinned], dir, { HOME: dir });
    assert.equal(other.code, 4, other.stderr);
    assert.match(other.stderr, /VERIFY_POLICY_IDENTITY_MISMATCH/);
    const missingType = await cli(['verify-image', ...policy(stack), '--predicate-type', 'https://slsa.dev/provenance/v1', pinned], dir, { HOME: dir });
    assert.notEqual(missingType.code, 0);
  }
});

test('attest-image --recursive attests a multi-arch index and each of its platform manifests, and two images of one repository, each in a statement of its own', async (t) => {
  if (!haveTools(t, ['docker-registry'])) return;
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const dir = await tempDir(t);
  await writeFile(join(dir, 'predicate.json'), JSON.stringify({ passed: true }));
  const registry = await startDockerRegistry(t, 'anonymous');
  const client = clientFor(t, registry);
  const app = { registry: registry.name, repository: 'acme/app' };
  const single = buildImage(debianFiles('attest recursive'));
  await pushImage(client, app, single, 'v1');
  const multi = buildMultiArchIndex('attest recursive');
  await pushIndex(client, app, multi, 'multi');
  // The index, its platform manifests and the single image share one name (the repository), each with its own digest.
  const run = await cli(
    ['attest-image', '--recursive', '--attestation-format', 'cosign3', '--type', 'custom', '--predicate', 'predicate.json', '--predicate-type', CUSTOM_TYPE, ...signing(stack), `${registry.name}/acme/app:v1`, `${registry.name}/acme/app:multi`],
    dir,
    { SIGSTORE_ID_TOKEN: stack.oidc.mintToken(), HOME: dir },
  );
  assert.equal(run.code, 0, run.stderr);
  const digests = [single.digest, multi.digest, ...multi.images.map((image) => image.digest)];
  assert.deepEqual(run.stdout.trim().split('\n').sort(), digests.map((digest) => `${registry.name}/acme/app@${digest}`).sort());
  for (const digest of digests) {
    const referrers = await client.referrers(withDigest(app, digest), SIGSTORE_BUNDLE_MEDIA_TYPE);
    assert.equal(referrers.descriptors.length, 1, digest);
    const verified = await cli(['verify-image', ...policy(stack), '--no-signature', '--predicate-type', CUSTOM_TYPE, `${registry.name}/acme/app@${digest}`], dir, { HOME: dir });
    assert.equal(verified.code, 0, verified.stderr);
  }
});

test('verify-image verifies images cosign 2 (.sig) and cosign 3 (referrer bundle) signed, on registries with and without the referrers API; another identity is refused', async (t) => {
  if (!haveTools(t, ['docker-registry', 'referrers-registry'], COSIGNS)) return;
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const dir = await tempDir(t);
  await writeFile(join(dir, 'signing_config.json'), JSON.stringify(stack.signingConfig));
  for (const registry of [await startDockerRegistry(t, 'anonymous'), await startReferrersRegistry(t)]) {
    const client = clientFor(t, registry);
    const app = { registry: registry.name, repository: 'acme/app' };
    for (const peer of ['cosign2', 'cosign3'] as const) {
      const image = buildImage(debianFiles(`${peer} signs on ${registry.name}`));
      await pushImage(client, app, image, peer);
      const pinned = `${registry.name}/acme/app@${image.digest}`;
      const services = peer === 'cosign3' ? ['--signing-config', 'signing_config.json'] : ['--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? ''];
      const signed = await runPeer(PEERS[peer], ['sign', '--yes', '--allow-http-registry', ...services, '--trusted-root', stack.trustedRootPath, '--identity-token', stack.oidc.mintToken(), pinned], dir);
      assert.equal(signed.code, 0, `${PEERS[peer].name} sign: ${signed.stderr}`);

      const verified = await cli(['verify-image', ...policy(stack), '--format', 'json', pinned], dir, { HOME: dir });
      assert.equal(verified.code, 0, `${PEERS[peer].name}-signed on ${registry.name}: ${verified.stderr}`);
      const report = JSON.parse(verified.stdout) as { verified: { source: string }[] };
      // cosign 3 attaches a bundle referrer; cosign 2 a layer of the .sig manifest.
      assert.match(report.verified[0]?.source ?? '', peer === 'cosign3' ? /^referrer sha256:/ : /\.sig layer 1$/);

      const other = await cli(['verify-image', ...policy(stack, OTHER_IDENTITY), pinned], dir, { HOME: dir });
      assert.equal(other.code, 4, other.stderr);
    }
  }
});

test('verify-image refuses a cosign 2 signature whose signature annotation was altered, and one copied onto another image', async (t) => {
  if (!haveTools(t, ['docker-registry'])) return;
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const dir = await tempDir(t);
  const registry = await startDockerRegistry(t, 'anonymous');
  const client = clientFor(t, registry);
  const app = { registry: registry.name, repository: 'acme/app' };
  const image = buildImage(debianFiles('tampered'));
  const other = buildImage(debianFiles('copied onto'));
  await pushImage(client, app, image, 'v1');
  await pushImage(client, app, other, 'v2');
  const signed = await cli(['sign-image', '--signature-format', 'cosign2', ...signing(stack), `${registry.name}/acme/app:v1`], dir, { SIGSTORE_ID_TOKEN: stack.oidc.mintToken(), HOME: dir });
  assert.equal(signed.code, 0, signed.stderr);
  const ok = await cli(['verify-image', ...policy(stack), `${registry.name}/acme/app:v1`], dir, { HOME: dir });
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /\.sig layer 1/);

  const sig = await client.getManifest({ ...app, tag: legacySignatureTag(image.digest) });
  assert.equal(sig.manifest.kind, 'image');
  const manifest = JSON.parse(sig.bytes.toString('utf8')) as { layers: { annotations: Record<string, string> }[] };
  // The stack's log starts empty: the first entry's index is 0, which protobuf JSON leaves out of the bundle; cosign's annotation states it.
  const rekor = JSON.parse(manifest.layers[0]?.annotations[LEGACY_ANNOTATIONS.bundle] ?? '{}') as { Payload?: { logIndex?: unknown; integratedTime?: unknown } };
  assert.equal(typeof rekor.Payload?.logIndex, 'number');
  assert.equal(typeof rekor.Payload?.integratedTime, 'number');
  // The same signature put under the other image's .sig tag: the payload names the first digest.
  await client.putManifest(app, Buffer.from(JSON.stringify(manifest)), MEDIA_TYPES.ociManifest, legacySignatureTag(other.digest));
  const copied = await cli(['verify-image', ...policy(stack), `${registry.name}/acme/app:v2`], dir, { HOME: dir });
  assert.equal(copied.code, 5, copied.stderr);
  // Its source named once, and the hint an image signature's.
  assert.match(copied.stderr, /VERIFY_SUBJECT_MISMATCH: sha256-[0-9a-f]{64}\.sig layer 1: its signed payload names the image "sha256:[0-9a-f]{64}", not sha256:[0-9a-f]{64}\n {2}hint: this signature was made for another image and attached to this one/);

  const layer = manifest.layers[0];
  assert.ok(layer !== undefined);
  const signature = Buffer.from(layer.annotations[LEGACY_ANNOTATIONS.signature] ?? '', 'base64');
  signature[signature.length - 1] = (signature[signature.length - 1] ?? 0) ^ 1;
  layer.annotations[LEGACY_ANNOTATIONS.signature] = signature.toString('base64');
  await client.putManifest(app, Buffer.from(JSON.stringify(manifest)), MEDIA_TYPES.ociManifest, legacySignatureTag(image.digest));
  const tampered = await cli(['verify-image', ...policy(stack), `${registry.name}/acme/app:v1`], dir, { HOME: dir });
  assert.equal(tampered.code, 3, tampered.stderr);
  assert.match(tampered.stderr, /VERIFY_/);
});

test('verify-image --key verifies cosign 2 signatures (.sig) made with a key: a layer without a certificate is signed by the key the policy names', async (t) => {
  if (!haveTools(t, ['docker-registry'])) return;
  const dir = await tempDir(t);
  const registry = await startDockerRegistry(t, 'anonymous');
  const client = clientFor(t, registry);
  const app = { registry: registry.name, repository: 'acme/app' };
  const image = buildImage(debianFiles('signed with a key'));
  await pushImage(client, app, image, 'v1');
  const env = { HOME: dir, TRUST_KIT_KEY_PASSPHRASE: '' };
  assert.equal((await cli(['generate-key-pair'], dir, env)).code, 0);
  await mkdir(join(dir, 'other'));
  assert.equal((await cli(['generate-key-pair'], join(dir, 'other'), env)).code, 0);
  const ref = `${registry.name}/acme/app@${image.digest}`;
  const signed = await cli(['sign-image', '--allow-http-registry', '--signature-format', 'cosign2', '--key', 'trust-kit.key', ref], dir, env);
  assert.equal(signed.code, 0, signed.stderr);
  const verified = await cli(['verify-image', '--allow-http-registry', '--key', 'trust-kit.pub', '--insecure-ignore-tlog', ref], dir, env);
  assert.equal(verified.code, 0, verified.stderr);
  assert.match(verified.stdout, /\.sig layer 1/);
  // Another key is refused: the layer carries no key of its own to be trusted instead.
  const other = await cli(['verify-image', '--allow-http-registry', '--key', 'other/trust-kit.pub', '--insecure-ignore-tlog', ref], dir, env);
  assert.equal(other.code, 3, other.stderr);
  assert.match(other.stderr, /VERIFY_/);
  // The same for a cosign 2 attestation (.att layer) made with the key.
  await writeFile(join(dir, 'predicate.json'), '{"passed":1}');
  const attested = await cli(['attest-image', '--allow-http-registry', '--attestation-format', 'cosign2', '--key', 'trust-kit.key', '--type', 'custom', '--predicate', 'predicate.json', '--predicate-type', CUSTOM_TYPE, ref], dir, env);
  assert.equal(attested.code, 0, attested.stderr);
  const attestation = await cli(['verify-image', '--allow-http-registry', '--no-signature', '--predicate-type', CUSTOM_TYPE, '--key', 'trust-kit.pub', '--insecure-ignore-tlog', ref], dir, env);
  assert.equal(attestation.code, 0, attestation.stderr);
  assert.match(attestation.stdout, /\.att layer 1/);
});

test('verify-image reads cosign 2 attestations (.att): those attest-image --attestation-format cosign2 writes and those cosign 2 attest writes', async (t) => {
  if (!haveTools(t, ['docker-registry'], COSIGNS)) return;
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const dir = await tempDir(t);
  await writeFile(join(dir, 'predicate.json'), JSON.stringify({ passed: true }));
  const registry = await startDockerRegistry(t, 'anonymous');
  const client = clientFor(t, registry);
  const app = { registry: registry.name, repository: 'acme/app' };
  const ours = buildImage(debianFiles('attested in cosign 2 format by trust-kit'));
  const theirs = buildImage(debianFiles('attested by cosign 2'));
  await pushImage(client, app, ours, 'ours');
  await pushImage(client, app, theirs, 'theirs');
  const attested = await cli(['attest-image', '--attestation-format', 'cosign2', '--type', 'custom', '--predicate', 'predicate.json', '--predicate-type', CUSTOM_TYPE, ...signing(stack), `${registry.name}/acme/app:ours`], dir, { SIGSTORE_ID_TOKEN: stack.oidc.mintToken(), HOME: dir });
  assert.equal(attested.code, 0, attested.stderr);
  assert.deepEqual((await client.referrers(withDigest(app, ours.digest))).descriptors, [], 'no referrer in cosign 2 format only');
  const cosign = await runPeer(PEERS.cosign2, ['attest', '--yes', '--allow-http-registry', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath, '--identity-token', stack.oidc.mintToken(), '--predicate', 'predicate.json', '--type', CUSTOM_TYPE, `${registry.name}/acme/app@${theirs.digest}`], dir);
  assert.equal(cosign.code, 0, `cosign 2 attest: ${cosign.stderr}`);

  for (const tag of ['ours', 'theirs']) {
    const verified = await cli(['verify-image', ...policy(stack), '--no-signature', '--predicate-type', CUSTOM_TYPE, '--format', 'json', `${registry.name}/acme/app:${tag}`], dir, { HOME: dir });
    assert.equal(verified.code, 0, `${tag}: ${verified.stderr}`);
    const report = JSON.parse(verified.stdout) as { verified: { source: string; statement: { predicate: unknown } }[] };
    assert.match(report.verified[0]?.source ?? '', /\.att layer 1$/);
    assert.deepEqual(report.verified[0]?.statement.predicate, { passed: true });
    const other = await cli(['verify-image', ...policy(stack, OTHER_IDENTITY), '--no-signature', '--predicate-type', CUSTOM_TYPE, `${registry.name}/acme/app:${tag}`], dir, { HOME: dir });
    assert.equal(other.code, 4, `${tag}: ${other.stderr}`);
  }
});

test('attest-image --storage github also stores each image attestation with GitHub\'s attestations API, subject the image digest; without a token, a usage error before signing', async (t) => {
  if (!haveTools(t, ['referrers-registry'])) return;
  const [stack, api] = await Promise.all([startSigstoreStack(), startGitHubApi()]);
  t.after(() => Promise.all([stack.close(), api.close()]));
  const dir = await tempDir(t);
  await writeFile(join(dir, 'predicate.json'), JSON.stringify({ passed: true }));
  const registry = await startReferrersRegistry(t);
  const client = clientFor(t, registry);
  const image = buildImage(debianFiles('stored on GitHub'));
  await pushImage(client, { registry: registry.name, repository: 'acme/app' }, image, 'v1');
  const args = ['attest-image', '--storage', 'github', '--attestation-format', 'cosign3', '--type', 'custom', '--predicate', 'predicate.json', '--predicate-type', CUSTOM_TYPE, ...signing(stack), `${registry.name}/acme/app:v1`];
  const env = { SIGSTORE_ID_TOKEN: stack.oidc.mintToken(), HOME: dir, ...api.env, GITHUB_REPOSITORY: 'octo-org/octo-repo' };

  const missing = await cli(args, dir, env);
  assert.equal(missing.code, 2, missing.stderr);
  assert.match(missing.stderr, /GITHUB_TOKEN/);
  assert.equal(stack.requests.fulcio, 0);

  const run = await cli(args, dir, { ...env, GITHUB_TOKEN: 'ghs_test' });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(api.state.attestations.length, 1);
  assert.deepEqual(api.state.attestations[0]?.subjectDigests, [image.digest]);
  assert.equal(api.state.attestations[0]?.predicateType, CUSTOM_TYPE);
  assert.equal(api.state.attestations[0]?.repository.name, 'octo-repo');
});
