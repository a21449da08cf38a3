// trust-kit's verifier on material other implementations made: a bundle of the Sigstore
// conformance suite and the public-good trusted root @sigstore/tuf ships.
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { exactly, loadPublicKey, loadTrustMaterial, verifyBundle } from '../../src/sigstore/verify/index.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'sigstore');
const read = (...path: string[]): string => readFileSync(join(fixtures, ...path), 'utf8');
const A_TXT = 'a0cfc71271d6e278e57cd332ff957c3f7043fdda354c4cbb190a30d56efa01bf';

describe('conformance: intoto-canonical-log-entry', () => {
  const directory = ['conformance', 'intoto-canonical-log-entry'];
  const bundle = JSON.parse(read(...directory, 'bundle.sigstore.json')) as unknown;
  const key = loadPublicKey(read(...directory, 'key.pub'), 'key.pub', 'ignored');
  const trust = loadTrustMaterial(read(...directory, 'trusted_root.json'), 'trusted_root.json');

  test('verifies with its key, its canonical intoto entry and inclusion proof checked against the custom log', () => {
    const result = verifyBundle(bundle, { digest: { algorithm: 'sha256', hex: A_TXT } }, key, trust);
    assert.equal(result.content, 'dsse');
    assert.deepEqual(result.tlogEntries, [{ baseUrl: 'https://rekor.test', logIndex: '0', kind: 'intoto/0.0.2' }]);
    assert.equal(result.uncheckedTlogEntries, 0);
    assert.equal(result.statement?.subjects[0]?.name, 'a.txt');
  });

  test('is rejected for another artifact, another key, or a log the trusted root does not list', () => {
    assert.throws(() => verifyBundle(bundle, { digest: { algorithm: 'sha256', hex: '0'.repeat(64) } }, key, trust), { code: 'VERIFY_SUBJECT_MISMATCH' });
    const other = loadPublicKey(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ format: 'pem', type: 'spki' }).toString(), 'other.pub', 'ignored');
    assert.throws(() => verifyBundle(bundle, { digest: { algorithm: 'sha256', hex: A_TXT } }, other, trust), { code: 'VERIFY_SIGNATURE_INVALID' });
    assert.throws(() => verifyBundle(bundle, { digest: { algorithm: 'sha256', hex: A_TXT } }, { kind: 'certificate', identity: exactly('x'), issuer: exactly('y'), extensions: {} }, trust), {
      code: 'VERIFY_KEY_MISMATCH',
      message: /found a bundle signed by a key \(hint "rJuYlKqs5PMzdPzjkZBg4BveZRpD97PBnngUXPZSlr8="\)/,
    });
    assert.throws(() => verifyBundle(bundle, { digest: { algorithm: 'sha256', hex: A_TXT } }, key, loadTrustMaterial(read('public-good-trusted_root.json'))), { code: 'VERIFY_TLOG_UNTRUSTED' });
  });

  test('without a trusted root, the log entry is reported as not checked', () => {
    assert.equal(verifyBundle(bundle, { digest: { algorithm: 'sha256', hex: A_TXT } }, key).uncheckedTlogEntries, 1);
  });
});

describe('conformance: rekor2-dsse-happy-path (staging: Rekor v2 dsse/0.0.2 entry, Ed25519 checkpoint, RFC 3161 timestamp)', () => {
  const bundle = JSON.parse(read('conformance', 'rekor2-dsse-happy-path', 'bundle.sigstore.json')) as Record<string, unknown>;
  const trust = loadTrustMaterial(read('conformance', 'trusted_root.staging.json'), 'trusted_root.staging.json');
  const BEACON = 'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
  const policy = { kind: 'certificate' as const, identity: exactly(BEACON), issuer: exactly('https://token.actions.githubusercontent.com'), extensions: {} };
  const artifact = { digest: { algorithm: 'sha256' as const, hex: A_TXT } };

  test('verifies: certificate chain and SCT, the Rekor v2 entry and its Ed25519-signed checkpoint, the timestamp', () => {
    const result = verifyBundle(bundle, artifact, policy, trust);
    assert.deepEqual(result.tlogEntries, [{ baseUrl: 'https://log2025-alpha1.rekor.sigstage.dev', logIndex: '7131', kind: 'dsse/0.0.2' }]);
    assert.deepEqual(result.timestamps.map((timestamp) => [timestamp.source, timestamp.time.toISOString()]), [['timestamp-authority', '2025-07-25T19:53:04.000Z']]);
    assert.equal(result.signer.kind === 'certificate' && result.signer.extensions.sourceRepositoryURI, 'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon');
  });

  test('rejects another signer, a changed signature or log entry, and the bundle without its timestamp', () => {
    assert.throws(() => verifyBundle(bundle, artifact, { ...policy, identity: exactly(BEACON.replace('main', 'mainx')) }, trust), { code: 'VERIFY_POLICY_IDENTITY_MISMATCH' });
    interface Editable {
      dsseEnvelope: { signatures: { sig: string }[] };
      verificationMaterial: { tlogEntries: { canonicalizedBody: string; inclusionProof: { checkpoint: { envelope: string } } }[]; timestampVerificationData?: unknown };
    }
    const copy = (): Editable => structuredClone(bundle) as unknown as Editable;
    const signature = copy();
    (signature.dsseEnvelope.signatures[0] as { sig: string }).sig = Buffer.from('MEUCIQ' + 'A'.repeat(90), 'base64').toString('base64');
    assert.throws(() => verifyBundle(signature, artifact, policy, trust), { code: 'VERIFY_SIGNATURE_INVALID' });
    const body = copy();
    const entry = JSON.parse(Buffer.from(body.verificationMaterial.tlogEntries[0]?.canonicalizedBody ?? '', 'base64').toString('utf8')) as { spec: { dsseV002: { payloadHash: { digest: string } } } };
    entry.spec.dsseV002.payloadHash.digest = Buffer.alloc(32).toString('base64');
    (body.verificationMaterial.tlogEntries[0] as { canonicalizedBody: string }).canonicalizedBody = Buffer.from(JSON.stringify(entry)).toString('base64');
    assert.throws(() => verifyBundle(body, artifact, policy, trust), { code: 'VERIFY_TLOG_INCLUSION_INVALID' });
    const checkpoint = copy();
    const note = (checkpoint.verificationMaterial.tlogEntries[0] as { inclusionProof: { checkpoint: { envelope: string } } }).inclusionProof.checkpoint;
    note.envelope = note.envelope.replace('\n7132\n', '\n7133\n');
    assert.throws(() => verifyBundle(checkpoint, artifact, policy, trust), { code: 'VERIFY_TLOG_INCLUSION_INVALID' });
    const untimed = copy();
    delete untimed.verificationMaterial.timestampVerificationData;
    assert.throws(() => verifyBundle(untimed, artifact, policy, trust), { code: 'VERIFY_TIMESTAMP_MISSING' });
  });
});

describe('the public-good trusted root', () => {
  test('loads with its ECDSA and Ed25519 logs, both Fulcio periods, CT logs and timestamp authority', () => {
    const trust = loadTrustMaterial(read('public-good-trusted_root.json'), 'public-good');
    const [root] = trust.roots;
    assert.ok(root);
    assert.deepEqual(root.tlogs.map((log) => [log.baseUrl, log.publicKey.asymmetricKeyType]), [
      ['https://rekor.sigstore.dev', 'ec'],
      ['https://log2025-1.rekor.sigstore.dev', 'ed25519'],
    ]);
    assert.equal(root.certificateAuthorities.length, 2);
    assert.equal(root.certificateAuthorities[0]?.validTo.toISOString(), '2022-12-31T23:59:59.999Z');
    assert.equal(root.ctlogs.length, 2);
    assert.equal(root.timestampAuthorities.length, 1);
  });
});

describe('conformance: dsse-with-hashedrekord-happy-path (public-good: a DSSE envelope logged in Rekor v1 as a hashedrekord/0.0.1 over its pre-authentication encoding)', () => {
  const directory = ['conformance', 'dsse-with-hashedrekord-happy-path'];
  const bundle = JSON.parse(read(...directory, 'bundle.sigstore.json')) as Record<string, unknown>;
  const trust = loadTrustMaterial(read('public-good-trusted_root.json'), 'public-good-trusted_root.json');
  const BEACON = 'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
  const policy = { kind: 'certificate' as const, identity: exactly(BEACON), issuer: exactly('https://token.actions.githubusercontent.com'), extensions: {} };
  const artifact = { digest: { algorithm: 'sha256' as const, hex: createHash('sha256').update(read(...directory, 'artifact')).digest('hex') } };

  test('verifies, as the client spec allows and Rekor v2 does: it was VERIFY_TLOG_BODY_MISMATCH ("a hashedrekord entry logs a message signature")', () => {
    const result = verifyBundle(bundle, artifact, policy, trust);
    assert.equal(result.content, 'dsse');
    assert.deepEqual(result.tlogEntries, [{ baseUrl: 'https://rekor.sigstore.dev', logIndex: '1525557801', kind: 'hashedrekord/0.0.1', integratedTime: new Date('2026-05-13T19:47:33Z') }]);
  });

  test('a logged digest other than the envelope\'s pre-authentication encoding is VERIFY_TLOG_BODY_MISMATCH', () => {
    // The envelope's signature is the logged one, but over another payload: the log vouches for another envelope.
    const envelope = bundle['dsseEnvelope'] as Record<string, unknown>;
    const other = { ...bundle, dsseEnvelope: { ...envelope, payload: Buffer.from(`${Buffer.from(String(envelope['payload']), 'base64').toString('utf8')} `).toString('base64') } };
    assert.throws(() => verifyBundle(other, artifact, policy, trust), (error: Error & { code?: string }) => {
      assert.ok(error.code === 'VERIFY_TLOG_BODY_MISMATCH' || error.code === 'VERIFY_SIGNATURE_INVALID', `${error.code}: ${error.message}`);
      return true;
    });
  });
});

describe('conformance: the suite\'s v0.1 bundles of a.txt (public-good, 2023: an inclusion proof without a checkpoint, as Rekor answered then)', () => {
  const trust = loadTrustMaterial(read('public-good-trusted_root.json'), 'public-good-trusted_root.json');
  const BEACON = 'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
  const policy = { kind: 'certificate' as const, identity: exactly(BEACON), issuer: exactly('https://token.actions.githubusercontent.com'), extensions: {} };
  const artifact = { bytes: readFileSync(join(fixtures, 'conformance', 'legacy-v0.1', 'a.txt')) };
  const bundle = (name: string): Record<string, unknown> => JSON.parse(read('conformance', 'legacy-v0.1', name)) as Record<string, unknown>;

  test('verifies on its signed entry timestamp, as sigstore-python and sigstore-rust read it: it was "the checkpoint has no signature block"', () => {
    const result = verifyBundle(bundle('a.txt.sigstore'), artifact, policy, trust);
    assert.deepEqual(result.tlogEntries, [{ baseUrl: 'https://rekor.sigstore.dev', logIndex: '23891210', kind: 'hashedrekord/0.0.1', integratedTime: new Date('2023-06-15T18:21:13Z') }]);
  });

  test('its twin whose checkpoint-less inclusion proof does not hash to the root it gives is refused, as the suite requires: the proof proves nothing, but altered evidence is not ignored', () => {
    assert.throws(() => verifyBundle(bundle('a.txt.invalid_inclusion_proof.sigstore'), artifact, policy, trust), { code: 'VERIFY_TLOG_INCLUSION_INVALID', message: /tlogEntries\[0\]: inclusion proof: the entry hashes to root \S+, the proof says \S+/ });
    // The genuine bundle with its proof moved to another place in the tree: the path no longer leads to its root.
    const moved = bundle('a.txt.sigstore') as { verificationMaterial: { tlogEntries: { inclusionProof: { logIndex: string } }[] } };
    const entry = moved.verificationMaterial.tlogEntries[0];
    assert.ok(entry);
    entry.inclusionProof.logIndex = String(Number(entry.inclusionProof.logIndex) + 1);
    assert.throws(() => verifyBundle(moved, artifact, policy, trust), { code: 'VERIFY_TLOG_INCLUSION_INVALID' });
  });

  test('its invalid-SET twin is refused, and a v0.2 bundle without a checkpoint is malformed', () => {
    assert.throws(() => verifyBundle(bundle('a.txt.invalid_set.sigstore'), artifact, policy, trust), { code: 'VERIFY_TLOG_INCLUSION_INVALID', message: /signed entry timestamp does not verify/ });
    const v02 = { ...bundle('a.txt.sigstore'), mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.2' };
    assert.throws(() => verifyBundle(v02, artifact, policy, trust), { code: 'VERIFY_BUNDLE_INVALID', message: /inclusionProof\.checkpoint/ });
  });
});

describe('conformance: certificate chains in v0.1 bundles (staging): what follows the leaf must be the chain it claims', () => {
  const trust = loadTrustMaterial(read('conformance', 'trusted_root.staging.json'), 'trusted_root.staging.json');
  const policy = { kind: 'certificate' as const, identity: exactly('a@tny.town'), issuer: exactly('https://github.com/login/oauth'), extensions: {} };
  const bundle = (name: string): unknown => JSON.parse(read('conformance', 'chains', name));

  test('a root between the leaf and its issuer (has_root_in_chain) and a stranger after the leaf (missing_ski_aki) are refused, as the suite requires', () => {
    const hasRoot = { digest: { algorithm: 'sha256' as const, hex: 'b5c037f31d4a82c2baf002f083e5cb1def48c4aab51f3354488550d1f6b40903' } };
    assert.throws(() => verifyBundle(bundle('has_root_in_chain.txt.sigstore'), hasRoot, policy, trust), { code: 'VERIFY_CERTIFICATE_INVALID', message: /x509CertificateChain\.certificates\[1\] \("O=sigstore\.dev, CN=sigstore"\) did not issue certificates\[0\]/ });
    const artifact = { bytes: readFileSync(join(fixtures, 'conformance', 'chains', 'missing_ski_aki.txt')) };
    assert.throws(() => verifyBundle(bundle('missing_ski_aki.txt.sigstore'), artifact, policy, trust), { code: 'VERIFY_CERTIFICATE_INVALID', message: /certificates\[1\] \("CN=sigstore-conformance-bogus-cert"\) did not issue certificates\[0\]/ });
  });

  test('sigstore-js 1\'s whole chain (leaf, intermediate, root) still verifies; bytes that are no certificate, or the root and the intermediate swapped, are refused', () => {
    const publicGood = loadTrustMaterial(read('public-good-trusted_root.json'), 'public-good-trusted_root.json');
    const sigstoreJs = { kind: 'certificate' as const, identity: exactly('https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main'), issuer: exactly('https://token.actions.githubusercontent.com'), extensions: {} };
    const digest = { digest: { algorithm: 'sha512' as const, hex: '76176ffa33808b54602c7c35de5c6e9a4deb96066dba6533f50ac234f4f1f4c6b3527515dc17c06fbe2860030f410eee69ea20079bd3a2c6f3dcf3b329b10751' } };
    const original = JSON.parse(read('real-world', 'sigstore-js-1.3.0-provenance.sigstore.json')) as { verificationMaterial: { x509CertificateChain: { certificates: { rawBytes: string }[] } } };
    verifyBundle(original, digest, sigstoreJs, publicGood);
    const changed = (certificates: (chain: { rawBytes: string }[]) => { rawBytes: string }[]): unknown => {
      const copy = structuredClone(original);
      copy.verificationMaterial.x509CertificateChain.certificates = certificates(copy.verificationMaterial.x509CertificateChain.certificates);
      return copy;
    };
    assert.throws(() => verifyBundle(changed((chain) => [...chain, { rawBytes: 'AAAA' }]), digest, sigstoreJs, publicGood), { code: 'VERIFY_CERTIFICATE_INVALID', message: /x509CertificateChain\.certificates\[3\] is not a valid X\.509 certificate/ });
    assert.throws(() => verifyBundle(changed(([leaf, intermediate, root]) => [leaf, root, intermediate] as { rawBytes: string }[]), digest, sigstoreJs, publicGood), { code: 'VERIFY_CERTIFICATE_INVALID', message: /did not issue certificates\[0\]/ });
  });
});
