// Bundles made by other Sigstore clients for real releases (see test/fixtures/sigstore/real-world/README.md),
// verified offline against the public-good trusted root: every rule of the verifier must let them through.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { exactly, GITHUB_ACTIONS_ISSUER, loadPrehashedVerifier, loadTrustMaterial, verifyBundle, type CertificatePolicy } from '../../src/sigstore/verify/index.js';

const keyless = (identity: string, issuer = GITHUB_ACTIONS_ISSUER): CertificatePolicy => ({ kind: 'certificate', identity: exactly(identity), issuer: exactly(issuer), extensions: {} });

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'sigstore');
const readJson = (...path: string[]): unknown => JSON.parse(readFileSync(join(fixtures, ...path), 'utf8'));
const publicGood = loadTrustMaterial(readJson('public-good-trusted_root.json') as object, 'public-good-trusted_root.json');
const sigstoreJsRelease: CertificatePolicy = {
  kind: 'certificate',
  identity: exactly('https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main'),
  issuer: exactly(GITHUB_ACTIONS_ISSUER),
  extensions: {},
};

describe('real bundles of other clients', () => {
  it('reads a JSON null as an absent field, as protobuf JSON has it: sigstore-js 2.0.0 wrote "timestampVerificationData": null', () => {
    const bundle = readJson('real-world', 'sigstore-js-2.0.0-provenance.sigstore.json');
    const sha512 = '46d4e2f74c4877316640000a6fdf8a8b59f1e0847667973e9859f774dd31b8f1e0937813b777fb66a2ac67d50540fe34640966eee9fc2ccca387082b4c85cd3c';
    const verified = verifyBundle(bundle, { digest: { algorithm: 'sha512', hex: sha512 } }, sigstoreJsRelease, publicGood);
    assert.equal(verified.content, 'dsse');
    assert.deepEqual(verified.timestamps.map((timestamp) => [timestamp.source, timestamp.time.toISOString()]), [['transparency-log', '2023-08-18T16:05:35.000Z']]);
  });

  it('reads "inclusionProof": null (sigstore-js 1.3.0, a v0.1 bundle) as no inclusion proof: the inclusion promise proves the entry', () => {
    const bundle = readJson('real-world', 'sigstore-js-1.3.0-provenance.sigstore.json');
    const sha512 = '76176ffa33808b54602c7c35de5c6e9a4deb96066dba6533f50ac234f4f1f4c6b3527515dc17c06fbe2860030f410eee69ea20079bd3a2c6f3dcf3b329b10751';
    const verified = verifyBundle(bundle, { digest: { algorithm: 'sha512', hex: sha512 } }, sigstoreJsRelease, publicGood);
    assert.equal(verified.tlogEntries.length, 1);
    assert.deepEqual(verified.timestamps.map((timestamp) => timestamp.time.toISOString()), ['2023-04-18T17:45:12.000Z']);
  });

  // rekor.sigstore.dev is sharded: logIndex (which the SET signs) counts every shard's entries, the inclusion
  // proof's index and the checkpoint's origin ("rekor.sigstore.dev - <tree id>") are the entry's shard's.
  it('verifies a gh attestation with a custom issuer, its entry in the 1193050959916656506 shard (logIndex 129601213, proof index 7696951)', () => {
    const bundle = readJson('real-world', 'gh-custom-issuer.sigstore.json');
    const policy = keyless('https://github.com/too-legit/attest/.github/workflows/integration.yml@refs/heads/main', 'https://token.actions.githubusercontent.com/hammer-time');
    const verified = verifyBundle(bundle, { bytes: readFileSync(join(fixtures, 'real-world', 'gh-custom-issuer-artifact')) }, policy, publicGood);
    assert.deepEqual(verified.tlogEntries.map((entry) => [entry.kind, entry.logIndex]), [['dsse/0.0.1', '129601213']]);
    assert.equal(verified.statement?.type, 'https://in-toto.io/Statement/v1');
  });

  it('verifies a gh attestation signed by a reusable workflow, its entry in the 2605736670972794746 shard (logIndex 96764485, proof index 92601054)', () => {
    const bundle = readJson('real-world', 'gh-reusable-workflow.sigstore.json');
    const policy = keyless('https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d');
    const sha256 = '49a3aa6075e0f49f82843e74b5baa614ad2a588e6675612bf108a0a008c5ac25';
    const verified = verifyBundle(bundle, { digest: { algorithm: 'sha256', hex: sha256 } }, policy, publicGood);
    assert.deepEqual(verified.tlogEntries.map((entry) => [entry.kind, entry.logIndex, entry.integratedTime?.toISOString()]), [['dsse/0.0.1', '96764485', '2024-05-24T19:14:24.000Z']]);
  });

  it('verifies a message signature (protobuf-specs\' a.txt, v0.2 bundle, hashedrekord), its entry in the 2605736670972794746 shard (logIndex 66794718, proof index 62631287)', () => {
    const bundle = readJson('real-world', 'protobuf-specs-a.txt.sigstore.json');
    const verified = verifyBundle(bundle, { bytes: readFileSync(join(fixtures, 'real-world', 'protobuf-specs-a.txt')) }, keyless('a@tny.town', 'https://github.com/login/oauth'), publicGood);
    assert.equal(verified.content, 'message-signature');
    assert.deepEqual(verified.tlogEntries.map((entry) => [entry.kind, entry.logIndex]), [['hashedrekord/0.0.1', '66794718']]);
  });

  // A bundle of sigstore-go's tests, made by a Sigstore stack of sigstore/scaffolding: Fulcio's "username" identity is an
  // otherName SAN (1.3.6.1.4.1.57264.1.7, UTF8String "<user>!<issuer host>"), and its Rekor v1 signs checkpoints under
  // its pod's hostname ("rekor-00001-deployment-56bf7777c9-jds5x - <tree id>"), not its URL's host.
  const othername = (): unknown => readJson('real-world', 'sigstore-go-othername.sigstore.json');
  const scaffolding = readJson('real-world', 'sigstore-go-scaffolding-trusted_root.json') as { tlogs: { baseUrl: string }[] };
  const othernameDigest = { algorithm: 'sha256' as const, hex: 'bc103b4a84971ef6459b294a2b98568a2bfb72cded09d4acd1e16366a401f95b' };

  it('matches the identity of an otherName SAN (Fulcio\'s username identity), as sigstore-go, cosign and sigstore-python read it', async () => {
    const trust = loadTrustMaterial(scaffolding, 'scaffolding');
    const verified = verifyBundle(othername(), { digest: othernameDigest, verifyPrehashed: await loadPrehashedVerifier() }, keyless('foo!oidc.local', 'http://oidc.local:8080'), trust);
    assert.equal(verified.signer.kind === 'certificate' ? verified.signer.subjectAlternativeName : undefined, 'foo!oidc.local');
  });

  it('verifies a Rekor v1 checkpoint signed under a name other than the log URL\'s host (the pod\'s), as sigstore-go, cosign and sigstore-python do; not when another log of the trusted root has the same key', async () => {
    const verifyPrehashed = await loadPrehashedVerifier();
    const verified = verifyBundle(othername(), { digest: othernameDigest, verifyPrehashed }, keyless('foo!oidc.local', 'http://oidc.local:8080'), loadTrustMaterial(scaffolding, 'scaffolding'));
    assert.deepEqual(verified.tlogEntries.map((entry) => entry.baseUrl), [scaffolding.tlogs[0]?.baseUrl]);
    // A second log with the same key under another host: the checkpoint could be either's, so its line must name this log's host.
    const shared = structuredClone(scaffolding);
    shared.tlogs.push({ ...structuredClone(scaffolding.tlogs[0] as { baseUrl: string }), baseUrl: 'https://rekor.elsewhere.example' });
    assert.throws(() => verifyBundle(othername(), { digest: othernameDigest, verifyPrehashed }, keyless('foo!oidc.local', 'http://oidc.local:8080'), loadTrustMaterial(shared, 'scaffolding with a second log of the same key')), {
      code: 'VERIFY_TLOG_INCLUSION_INVALID',
      message: /the checkpoint is not signed by http:\/\/rekor\.rekor-system\.172\.18\.255\.1\.sslip\.io .*which another log of the trusted root has too/,
    });
  });
});
