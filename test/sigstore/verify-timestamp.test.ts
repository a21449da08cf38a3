// RFC 3161 timestamps read straight from their DER (timestamp.ts) agree with @sigstore/core's
// reader on what they say, and never accept what it refuses: every byte of a token flipped in turn.
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, sign, X509Certificate as NodeX509Certificate } from 'node:crypto';
import { test } from 'node:test';
import { RFC3161Timestamp } from '@sigstore/core';
import { parseRfc3161, verifyRfc3161, type SignedTime } from '../../src/sigstore/verify/timestamp.js';
import * as der from '../support/sigstore/der.js';
import { TimestampAuthority } from '../support/sigstore/tsa.js';

const SIGNATURE = Buffer.from('the bundle\'s signature');
const now = new Date();
const tsa = new TimestampAuthority(() => now, new Date(now.getTime() - 3_600_000), new Date(now.getTime() + 3_600_000));
const CERTIFICATE = tsa.chain[0] as Buffer;
const key = new NodeX509Certificate(CERTIFICATE).publicKey;
const token = tsa.timestamp({ hashOID: '2.16.840.1.101.3.4.2.1', hashedMessage: createHash('sha256').update(SIGNATURE).digest(), policy: '1.2.3.4', nonce: Buffer.from([1, 2, 3]), certReq: true });

function ours(der: Buffer): boolean {
  try {
    verifyRfc3161(parseRfc3161(der), SIGNATURE, key, CERTIFICATE);
    return true;
  } catch {
    return false;
  }
}

function theirs(der: Buffer): boolean {
  try {
    RFC3161Timestamp.parse(der as Buffer<ArrayBuffer>).verify(SIGNATURE, key);
    return true;
  } catch {
    return false;
  }
}

test('a TSA token: the signer, the time and the signature, as @sigstore/core reads them', () => {
  const parsed = parseRfc3161(token);
  const reference = RFC3161Timestamp.parse(token as Buffer<ArrayBuffer>);
  assert.deepEqual([parsed.signingTime.latest, parsed.signerSerialNumber, parsed.signerIssuer], [reference.signingTime, Buffer.from(reference.signerSerialNumber), Buffer.from(reference.signerIssuer)]);
  assert.equal(ours(token), true);
  assert.throws(() => verifyRfc3161(parsed, Buffer.from('another signature'), key, CERTIFICATE), /message imprint does not match the signature it is to date: the timestamp was made for another signature/);
  assert.throws(() => verifyRfc3161({ ...parsed, tstInfo: Buffer.concat([parsed.tstInfo, Buffer.from([0])]) }, SIGNATURE, key, CERTIFICATE), /signed data does not match tstInfo/);
  assert.throws(() => verifyRfc3161({ ...parsed, signature: Buffer.from(parsed.signature).fill(1, 10, 12) }, SIGNATURE, key, CERTIFICATE), /signature verification failed/);
  assert.throws(() => parseRfc3161(Buffer.concat([token, Buffer.from([0])])), /bytes after a DER element/);
  assert.throws(() => parseRfc3161(token.subarray(0, 7).fill(0x30, 0, 1)), /DER element overruns its parent/);
  // Elements nested past 32 levels are refused before the token is read, wherever they are.
  const nested = (depth: number): Buffer => (depth === 0 ? Buffer.from([0x05, 0x00]) : der.sequence(nested(depth - 1)));
  assert.throws(() => parseRfc3161(der.sequence(nested(32), token)), /nested too deeply/);
  assert.throws(() => parseRfc3161(der.sequence(nested(31), token)), (error: Error) => !/nested too deeply/.test(error.message));
});

test('no token with a byte changed is accepted that @sigstore/core refuses, and a changed signed byte is refused', () => {
  const parsed = parseRfc3161(token);
  const signed = [parsed.tstInfo, parsed.signature].map((part) => [part.byteOffset - token.byteOffset, part.byteOffset - token.byteOffset + part.length] as const);
  for (let index = 0; index < token.length; index++) {
    for (const mask of [0x01, 0x80]) {
      const changed = Buffer.from(token);
      changed[index] = (changed[index] as number) ^ mask;
      const accepted = ours(changed);
      if (accepted) assert.equal(theirs(changed), true, `byte ${index} ^ ${mask}: accepted here, refused by @sigstore/core`);
      if (signed.some(([start, end]) => index >= start && index < end)) assert.equal(accepted, false, `byte ${index} ^ ${mask} of the TSTInfo or the signature: accepted`);
    }
  }
});

test('a genTime that is no time (month 13, hour 24) is refused when the token is read, not compared later as NaN', () => {
  const genTime = parseRfc3161(token).signingTime.latest.toISOString().replace(/[-:T]/g, '').replace(/\.\d{3}Z$/, 'Z');
  const at = token.indexOf(Buffer.from(genTime, 'latin1'));
  assert.ok(at > 0, 'the token carries its genTime as GeneralizedTime');
  for (const [offset, digits] of [[4, '13'], [8, '24'], [6, '32']] as const) {
    const changed = Buffer.from(token);
    changed.write(digits, at + offset, 'latin1');
    assert.throws(() => parseRfc3161(changed), /malformed timestamp: genTime \d{14}Z is not a time/, `${digits} at ${offset}`);
  }
});

test('a genTime keeps its fraction of a second, to the millisecond, and a finer fraction as the milliseconds it falls between: a token less than 1 ms past a window\'s end is past it, less than 1 ms before its start before it; a fraction DER does not allow (trailing zeros, more than 9 digits) or a day no month has is refused', () => {
  const request = { hashOID: '2.16.840.1.101.3.4.2.1', hashedMessage: createHash('sha256').update(SIGNATURE).digest(), policy: '1.2.3.4', nonce: undefined, certReq: false };
  const whole = now.toISOString().slice(0, 19).replace(/[-:T]/g, '');
  const second = Date.parse(`${now.toISOString().slice(0, 19)}Z`);
  const read = (genTimeText: string): SignedTime => parseRfc3161(tsa.timestamp(request, { genTimeText })).signingTime;
  for (const [fraction, earliest, latest] of [['', 0, 0], ['.001', 1, 1], ['.5', 500, 500], ['.25', 250, 250], ['.999', 999, 999], ['.0001', 0, 1], ['.123456789', 123, 124], ['.9999', 999, 1000]] as const) {
    const time = read(`${whole}${fraction}Z`);
    assert.deepEqual([time.earliest.getTime(), time.latest.getTime()], [second + earliest, second + latest], fraction);
  }
  assert.equal(ours(tsa.timestamp(request, { genTimeText: `${whole}.5Z` })), true, 'a token with a fraction verifies');
  for (const text of [`${whole}.500Z`, `${whole}.0Z`, `${whole}.Z`, `${whole}.1234567891Z`, `${whole}+0000`, `${whole},5Z`]) {
    assert.throws(() => read(text), /is not a DER GeneralizedTime \(YYYYMMDDHHMMSS, then a fraction of up to 9 digits without trailing zeros, then Z\)/, text);
  }
  assert.throws(() => read('20260230120000Z'), /malformed timestamp: genTime 20260230120000Z is not a time/);
});

test('a TSTInfo in a constructed OCTET STRING (BER, which CMS allows) is refused, as cosign and sigstore-js refuse it, though the TSA signed it', () => {
  const request = { hashOID: '2.16.840.1.101.3.4.2.1', hashedMessage: createHash('sha256').update(SIGNATURE).digest(), policy: '1.2.3.4', nonce: undefined, certReq: false };
  assert.equal(ours(tsa.timestamp(request, {})), true, 'the same request in DER verifies');
  assert.throws(() => parseRfc3161(tsa.timestamp(request, { constructedEContent: true })), /malformed timestamp: eContent is a constructed \(BER\) OCTET STRING; a DER token has a primitive one, and cosign and sigstore-js read no other/);
});

test('a token that breaks RFC 3161 or RFC 5652 is refused though the TSA signed it: TSTInfo version, genTime type and text, content-type attribute, repeated attributes or values, a second signer, a status other than granted', () => {
  const request = { hashOID: '2.16.840.1.101.3.4.2.1', hashedMessage: createHash('sha256').update(SIGNATURE).digest(), policy: '1.2.3.4', nonce: undefined, certReq: false };
  assert.equal(ours(tsa.timestamp(request, {})), true, 'the same request without flaws verifies');
  for (const [what, flaws, reason] of [
    ['TSTInfo version 2', { tstInfoVersion: 2 }, /TSTInfo version 2, expected 1/],
    ['TSTInfo version 0', { tstInfoVersion: 0 }, /TSTInfo version 0, expected 1/],
    ['genTime as a UTCTime', { utcGenTime: true }, /genTime is not a GeneralizedTime/],
    ['no content-type attribute', { contentType: null }, /0 content types, expected 1/],
    ['a content type other than TSTInfo', { contentType: '1.2.840.113549.1.7.1' }, /signed content type is 1\.2\.840\.113549\.1\.7\.1, expected id-ct-TSTInfo/],
    ['a second SignerInfo', { secondSigner: true }, /2 signer infos, expected the TSA's alone/],
    // Go's reader of responses (sigstore-go, cosign) takes granted alone: a token "with modifications" is not the one asked for.
    ['status grantedWithMods', { status: 1 }, /the timestamp response's status is 1 \(grantedWithMods\), not granted \(0\)/],
    ['status rejection', { status: 2 }, /the timestamp response's status is 2, not granted \(0\)/],
    // RFC 5652 11: one attribute of each type, each with one value; a second one is a second claim that readers may pick apart.
    ['two message-digest attributes', { repeated: { attribute: 'messageDigest', as: 'attribute' } }, /2 message digests, expected 1/],
    ['a message-digest attribute of two values', { repeated: { attribute: 'messageDigest', as: 'value' } }, /message-digest attribute holds 2 values, expected 1/],
    ['two signing-time attributes', { repeated: { attribute: 'signingTime', as: 'attribute' } }, /2 signing times, expected at most 1/],
    ['a signing-time attribute of two values', { repeated: { attribute: 'signingTime', as: 'value' } }, /signing-time attribute holds 2 values, expected 1/],
    ['two signing-certificate attributes', { repeated: { attribute: 'signingCertificate', as: 'attribute' } }, /2 signing-certificate attributes, expected at most 1/],
    ['a signing-certificate attribute of two values', { repeated: { attribute: 'signingCertificate', as: 'value' } }, /signing-certificate attribute holds 2 values, expected 1/],
    ['a genTime with text after its Z', { genTimeText: `${now.toISOString().slice(0, 19).replace(/[-:T]/g, '')}Z0` }, /malformed timestamp: genTime "\d{14}Z0" is not a DER GeneralizedTime/],
  ] as const) {
    const token = tsa.timestamp(request, flaws);
    assert.throws(() => verifyRfc3161(parseRfc3161(token), SIGNATURE, key, CERTIFICATE), reason, what);
  }
});

test('the signed ESS signing-certificate attribute, when present, must name the certificate whose key verifies the token (the signer identifier beside it is unsigned)', () => {
  const request = { hashOID: '2.16.840.1.101.3.4.2.1', hashedMessage: createHash('sha256').update(SIGNATURE).digest(), policy: '1.2.3.4', nonce: undefined, certReq: false };
  const verified = (flaws: Parameters<typeof tsa.timestamp>[1]): void => verifyRfc3161(parseRfc3161(tsa.timestamp(request, flaws)), SIGNATURE, key, CERTIFICATE);
  // signingCertificateV2 (SHA-256) as sigstore's timestamp-authority writes it, signingCertificate (SHA-1) as RFC 3161 first did, or none, which sigstore-go accepts.
  for (const flaws of [{}, { signingCertificate: { version: 1 as const } }, { signingCertificate: null }]) verified(flaws);
  for (const version of [1, 2] as const) {
    assert.throws(() => verified({ signingCertificate: { version, of: tsa.chain[1] as Buffer } }), new RegExp(`the signed signingCertificate${version === 2 ? 'V2' : ''} attribute names another certificate than the timestamp authority's`), `v${version}`);
  }
});

test('a signature its algorithm identifier calls ECDSA is checked as ECDSA: an RSA key\'s PKCS #1 signature under that label is refused', () => {
  const parsed = parseRfc3161(token);
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const relabelled = { ...parsed, signature: sign('sha256', parsed.signedAttributes, rsa.privateKey) };
  assert.throws(() => verifyRfc3161(relabelled, SIGNATURE, rsa.publicKey, CERTIFICATE), /the timestamp's signature algorithm is ECDSA, but the timestamp authority's key is an rsa key/);
});

test('a message imprint by SHA-1 or MD5, or by a hash other than the one it names, is refused', () => {
  for (const [what, hashOID, hashedMessage, reason] of [
    ['SHA-1', '1.3.14.3.2.26', createHash('sha1').update(SIGNATURE).digest(), /unsupported message imprint hash 1\.3\.14\.3\.2\.26/],
    ['MD5', '1.2.840.113549.2.5', createHash('md5').update(SIGNATURE).digest(), /unsupported message imprint hash 1\.2\.840\.113549\.2\.5/],
    ['SHA-512 named, SHA-256 given', '2.16.840.1.101.3.4.2.3', createHash('sha256').update(SIGNATURE).digest(), /message imprint does not match/],
  ] as const) {
    const stamped = tsa.timestamp({ hashOID, hashedMessage, policy: '1.2.3.4', nonce: undefined, certReq: false });
    assert.throws(() => verifyRfc3161(parseRfc3161(stamped), SIGNATURE, key, CERTIFICATE), reason, what);
  }
});
