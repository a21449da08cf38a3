import { createHash, randomBytes, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import * as der from './der.js';

export const OID_COMMON_NAME = '2.5.4.3';
export const OID_ORGANIZATION = '2.5.4.10';
const OID_ECDSA_SHA384 = '1.2.840.10045.4.3.3';
const OID_BASIC_CONSTRAINTS = '2.5.29.19';
const OID_KEY_USAGE = '2.5.29.15';
const OID_EXT_KEY_USAGE = '2.5.29.37';
const OID_SUBJECT_KEY_ID = '2.5.29.14';
const OID_AUTHORITY_KEY_ID = '2.5.29.35';

/** The organisation named in every certificate of the stack. */
export const STACK_ORGANIZATION = 'trust-kit.test';

/** What goes into a certificate the stack issues (always signed ECDSA-with-SHA384 by a P-384 issuer key). */
export interface CertificateTemplate {
  readonly subject: der.Der;
  readonly spki: Buffer;
  readonly issuerName: der.Der;
  readonly issuerKey: KeyObject;
  readonly issuerSpki: Buffer;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** Positive serial; 20 random bytes when absent. */
  readonly serial?: Buffer;
  /**
   * A CA certificate with this path length (none when undefined) and key usage bits (keyCertSign and
   * cRLSign unless given, no key usage extension when null); otherwise a digitalSignature leaf. `cA: false` keeps all that but says
   * in the basic constraints that it is no CA, for tests of verifiers.
   */
  readonly ca?: { readonly pathLength: number | undefined; readonly keyUsage?: number | null; readonly cA?: false };
  readonly extendedKeyUsage?: { readonly oid: string; readonly critical: boolean };
  /** Further extensions, after the standard ones. */
  readonly extensions?: readonly der.Der[];
}

/** A positive 20-byte serial number, as RFC 5280 and the CA/B forum ask. */
export function randomSerial(): Buffer {
  const serial = randomBytes(20);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  return serial;
}

/** The DER TBSCertificate of a template. */
export function tbsCertificate(template: CertificateTemplate): Buffer {
  const standard = [
    ...(template.ca
      ? [extension(OID_BASIC_CONSTRAINTS, template.ca.cA === false ? der.sequence() : der.sequence(der.boolean(true), ...(template.ca.pathLength === undefined ? [] : [der.integer(template.ca.pathLength)])), true)]
      : []),
    ...(template.ca?.keyUsage === null ? [] : [extension(OID_KEY_USAGE, keyUsage(template.ca ? (template.ca.keyUsage ?? 0x06) : 0x80), true)]),
    ...(template.extendedKeyUsage
      ? [extension(OID_EXT_KEY_USAGE, der.sequence(der.oid(template.extendedKeyUsage.oid)), template.extendedKeyUsage.critical)]
      : []),
    extension(OID_SUBJECT_KEY_ID, der.octetString(keyIdentifier(template.spki))),
    extension(OID_AUTHORITY_KEY_ID, der.sequence(der.implicitPrimitive(0, keyIdentifier(template.issuerSpki)))),
  ];
  return der.sequence(
    der.explicit(0, der.integer(2)),
    der.integer(template.serial ?? randomSerial()),
    der.sequence(der.oid(OID_ECDSA_SHA384)),
    template.issuerName,
    der.sequence(der.time(template.notBefore), der.time(template.notAfter)),
    template.subject,
    template.spki,
    der.explicit(3, der.sequence(...standard, ...(template.extensions ?? []))),
  );
}

/** Signs a TBSCertificate into a DER certificate. */
export function signCertificate(tbs: Buffer, issuerKey: KeyObject): Buffer {
  const signature = sign('sha384', tbs, issuerKey);
  return der.sequence(tbs, der.sequence(der.oid(OID_ECDSA_SHA384)), der.bitString(signature));
}

/** Issues a DER certificate from a template. */
export function issueCertificate(template: CertificateTemplate): Buffer {
  return signCertificate(tbsCertificate({ ...template, serial: template.serial ?? randomSerial() }), template.issuerKey);
}

/** An X.509 extension. */
export function extension(oid: string, value: Buffer, critical = false): der.Der {
  return der.sequence(der.oid(oid), ...(critical ? [der.boolean(true)] : []), der.octetString(value));
}

/** A KeyUsage BIT STRING of one byte of bits (digitalSignature = 0x80 ... decipherOnly excluded), trailing zero bits unused as DER asks. */
function keyUsage(bits: number): der.Der {
  let unusedBits = 0;
  while (unusedBits < 7 && (bits & (1 << unusedBits)) === 0) unusedBits += 1;
  return der.tlv(0x03, Buffer.from([unusedBits, bits]));
}

/** RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits. */
function keyIdentifier(spki: Buffer): Buffer {
  const [, subjectPublicKey] = der.children(der.readElement(spki));
  if (!subjectPublicKey) {
    throw new Error('SPKI without a public key');
  }
  return createHash('sha1').update(subjectPublicKey.content.subarray(1)).digest();
}

/** PEM text of a DER certificate. */
export function toPEM(certificate: Buffer): string {
  const lines = certificate.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** One attribute (O, CN) of an X509Certificate's subject, as Node prints it (one `KEY=value` per line). */
export function nameField(subject: string, key: string): string {
  return subject.split('\n').find((line) => line.startsWith(`${key}=`))?.slice(key.length + 1) ?? '';
}
