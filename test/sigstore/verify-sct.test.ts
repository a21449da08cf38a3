// Embedded SCTs read straight from the certificate (RFC 6962 3.3) agree with @sigstore/core's
// ASN.1 reader on a real Fulcio certificate, verify with the CT log's key, and a list whose
// lengths do not add up is refused rather than read past or around.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { X509Certificate } from '@sigstore/core';
import { loadTrustMaterial } from '../../src/sigstore/verify/index.js';
import { ParsedCertificate } from '../../src/sigstore/verify/certificate.js';
import { certificateFields, tbsWithoutExtension } from '../../src/sigstore/verify/der.js';
import { parseSctList, verifySct } from '../../src/sigstore/verify/sct.js';

const conformance = join(import.meta.dirname, '..', 'fixtures', 'sigstore', 'conformance');
const bundle = JSON.parse(readFileSync(join(conformance, 'rekor2-dsse-happy-path', 'bundle.sigstore.json'), 'utf8')) as { verificationMaterial: { certificate: { rawBytes: string } } };
const leafDer = Buffer.from(bundle.verificationMaterial.certificate.rawBytes, 'base64');
const SCT_OID_DER = Buffer.from([0x2b, 0x06, 0x01, 0x04, 0x01, 0xd6, 0x79, 0x02, 0x04, 0x02]);

test('the SCTs of a staging Fulcio certificate are those @sigstore/core reads, and verify with the staging CT log', () => {
  const ours = ParsedCertificate.parse(leafDer, 'leaf').signedCertificateTimestamps ?? [];
  const theirs = X509Certificate.parse(leafDer as Buffer<ArrayBuffer>).extSCT?.signedCertificateTimestamps ?? [];
  assert.ok(ours.length > 0);
  assert.deepEqual(
    ours.map((sct) => [sct.version, sct.logId, sct.timestamp, sct.time.getTime(), sct.extensions, sct.hashAlgorithm, sct.signature]),
    theirs.map((sct) => [sct.version, Buffer.from(sct.logID), Buffer.from(sct.timestamp), sct.datetime.getTime(), Buffer.from(sct.extensions), sct.hashAlgorithm, Buffer.from(sct.signature)]),
  );
  const trust = loadTrustMaterial(readFileSync(join(conformance, 'trusted_root.staging.json'), 'utf8'), 'staging');
  const issuer = trust.roots[0]?.certificateAuthorities.map((authority) => authority.chain[0]).find((ca) => ca !== undefined && ParsedCertificate.parse(leafDer, 'leaf').signedBy(ca));
  assert.ok(issuer !== undefined);
  const tbs = tbsWithoutExtension(leafDer, SCT_OID_DER);
  const length = Buffer.alloc(3);
  length.writeUIntBE(tbs.length, 0, 3);
  const preCert = Buffer.concat([createHash('sha256').update(certificateFields(issuer.der).subjectPublicKeyInfo).digest(), length, tbs]);
  const sct = ours[0];
  assert.ok(sct !== undefined);
  const log = trust.roots[0]?.ctlogs.find((candidate) => candidate.logId.equals(sct.logId));
  assert.ok(log !== undefined);
  assert.equal(verifySct(sct, preCert, log.publicKey), true);
  assert.equal(verifySct({ ...sct, timestamp: Buffer.alloc(8) }, preCert, log.publicKey), false, 'another time');
  assert.equal(verifySct({ ...sct, hashAlgorithm: 2 }, preCert, log.publicKey), false, 'SHA-1 is not a hash an SCT verifies with');
});

test('a list whose lengths do not add up is refused', () => {
  const sct = Buffer.concat([Buffer.from([0]), Buffer.alloc(32, 1), Buffer.alloc(8), Buffer.from([0, 0, 4, 3, 0, 2, 0xaa, 0xbb])]);
  const entry = Buffer.concat([Buffer.from([0, sct.length]), sct]);
  const list = (body: Buffer, declared = body.length): Buffer => Buffer.concat([Buffer.from([declared >> 8, declared & 0xff]), body]);
  assert.deepEqual(parseSctList(list(entry))[0]?.signature, Buffer.from([0xaa, 0xbb]));
  assert.throws(() => parseSctList(list(entry, entry.length + 1)), /truncated/);
  assert.throws(() => parseSctList(Buffer.concat([list(entry), Buffer.from([0])])), /bytes after the signed certificate timestamp list/);
  assert.throws(() => parseSctList(list(Buffer.concat([Buffer.from([0, sct.length + 1]), sct, Buffer.from([0])]))), /bytes after a signed certificate timestamp/);
  assert.throws(() => parseSctList(list(Buffer.concat([Buffer.from([0, sct.length - 1]), sct.subarray(0, -1)]))), /truncated/);
  assert.deepEqual(parseSctList(list(Buffer.alloc(0))), []);
});
