// Bundles made by other Sigstore clients for real releases (see test/fixtures/sigstore/real-world/README.md),
// verified offline against the public-good trusted root: every rule of the verifier must let them through.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { exactly, GITHUB_ACTIONS_ISSUER, loadTrustMaterial, verifyBundle, type CertificatePolicy } from '../../src/sigstore/verify/index.js';

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
});
