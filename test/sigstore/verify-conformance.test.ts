// trust-kit's verifier on material other implementations made: a bundle of the Sigstore
// conformance suite and the public-good trusted root @sigstore/tuf ships.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
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
  const key = loadPublicKey(read(...directory, 'key.pub'), 'key.pub');
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
    const other = loadPublicKey(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ format: 'pem', type: 'spki' }).toString(), 'other.pub');
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
