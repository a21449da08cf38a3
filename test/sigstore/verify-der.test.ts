// Certificate fields read straight from the DER (serial number, issuer, key info), as timestamp
// matching and SCT checks use them, agree with a full ASN.1 parse; a v1 certificate has no version.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { X509Certificate } from '@sigstore/core';
import { certificateFields, oidText } from '../../src/sigstore/verify/der.js';
import * as der from '../support/sigstore/der.js';

test('serial number, issuer and key info of every certificate of the public-good trusted root are those of a full parse', () => {
  const root = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'sigstore', 'public-good-trusted_root.json'), 'utf8')) as Record<'certificateAuthorities' | 'timestampAuthorities', { certChain: { certificates: { rawBytes: string }[] } }[]>;
  const certificates = [...root.certificateAuthorities, ...root.timestampAuthorities].flatMap((authority) => authority.certChain.certificates.map((certificate) => Buffer.from(certificate.rawBytes, 'base64')));
  assert.ok(certificates.length >= 4);
  for (const bytes of certificates) {
    const parsed = X509Certificate.parse(bytes as Buffer<ArrayBuffer>);
    const fields = certificateFields(bytes);
    assert.deepEqual([fields.serialNumber, fields.issuer, fields.subjectPublicKeyInfo], [Buffer.from(parsed.serialNumber), Buffer.from(parsed.issuer), Buffer.from(parsed.publicKey)]);
  }
});

test('a v1 certificate (no version field) and a malformed one', () => {
  const spki = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ format: 'der', type: 'spki' });
  const issuer = der.name([['2.5.4.3', 'v1 issuer']]);
  const algorithm = der.sequence(der.oid('1.2.840.10045.4.3.2'));
  const tbs = der.sequence(der.integer(0x1234), algorithm, issuer, der.sequence(der.time(new Date(0)), der.time(new Date(1e12))), der.name([['2.5.4.3', 'v1 subject']]), spki);
  const fields = certificateFields(der.sequence(tbs, algorithm, der.bitString(Buffer.alloc(8))));
  assert.deepEqual(fields.serialNumber, Buffer.from([0x12, 0x34]));
  assert.deepEqual(fields.issuer, issuer.subarray(2));
  assert.deepEqual(fields.subjectPublicKeyInfo, spki);
  assert.throws(() => certificateFields(der.sequence(der.sequence(algorithm, issuer), algorithm)), /malformed TBSCertificate/);
});

test('strict DER: a length in a longer form than needed, the universal tag 0 and long-form tags are refused', () => {
  const spki = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ format: 'der', type: 'spki' });
  const name = der.name([['2.5.4.3', 'n']]);
  const algorithm = der.sequence(der.oid('1.2.840.10045.4.3.2'));
  const tbs = (serial: Buffer): Buffer => der.sequence(serial, algorithm, name, der.sequence(der.time(new Date(0)), der.time(new Date(1e12))), name, spki);
  const certificate = (serial: Buffer): Buffer => der.sequence(tbs(serial), algorithm, der.bitString(Buffer.alloc(8)));
  assert.deepEqual(certificateFields(certificate(Buffer.from([0x02, 0x01, 0x05]))).serialNumber, Buffer.from([5]));
  assert.throws(() => certificateFields(certificate(Buffer.from([0x02, 0x81, 0x01, 0x05]))), /non-minimal DER length/);
  assert.throws(() => certificateFields(certificate(Buffer.from([0x02, 0x82, 0x00, 0x01, 0x05]))), /non-minimal DER length/);
  assert.throws(() => certificateFields(certificate(Buffer.from([0x00, 0x01, 0x05]))), /unsupported DER tag 0x0/);
  assert.throws(() => certificateFields(certificate(Buffer.from([0x1f, 0x01, 0x05]))), /unsupported DER tag 0x1f/);
});

test('an OBJECT IDENTIFIER reads one way: empty, cut short or padded with 0x80 is refused', () => {
  assert.equal(oidText(Buffer.from([0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02])), '1.2.840.10045.4.3.2');
  assert.equal(oidText(Buffer.from([0x2b, 0x06, 0x01, 0x04, 0x01, 0x83, 0xbf, 0x30, 0x01, 0x01])), '1.3.6.1.4.1.57264.1.1');
  assert.throws(() => oidText(Buffer.alloc(0)), /malformed OBJECT IDENTIFIER/);
  // The last component's continuation bit is set: "1.2.840" with a dangling byte must not read as 1.2.840.
  assert.throws(() => oidText(Buffer.from([0x2a, 0x86, 0x48, 0x86])), /malformed OBJECT IDENTIFIER/);
  assert.throws(() => oidText(Buffer.from([0x2a, 0x80, 0x86, 0x48])), /malformed OBJECT IDENTIFIER/);
  assert.throws(() => oidText(Buffer.from([0x80, 0x2a])), /malformed OBJECT IDENTIFIER/);
});
