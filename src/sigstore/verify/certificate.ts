import { X509Certificate as NodeX509Certificate, type KeyObject } from 'node:crypto';
import { certificateFields, contentOf, derChildren, derNode, oidText, readExtensions, sequenceOf, type CertificateFields, type RawExtension } from './der.js';
import { quoted } from '../../core/quote.js';
import { VerifyError } from './errors.js';
import { parseSctList, type SignedCertificateTimestamp } from './sct.js';

/** Fulcio's certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md) that policies and reports name. */
export const FULCIO_OIDS = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  /** GitHub Workflow Repository (deprecated, raw bytes): `owner/repo`, which cosign's --certificate-github-workflow-repository reads. */
  githubWorkflowRepositoryV1: '1.3.6.1.4.1.57264.1.5',
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerURI: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryURI: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryOwnerURI: '1.3.6.1.4.1.57264.1.16',
  buildConfigURI: '1.3.6.1.4.1.57264.1.18',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  runInvocationURI: '1.3.6.1.4.1.57264.1.21',
  sourceRepositoryVisibility: '1.3.6.1.4.1.57264.1.22',
} as const;

/** The name of one of {@link FULCIO_OIDS}. */
export type FulcioExtensionName = Exclude<keyof typeof FULCIO_OIDS, 'issuerV1' | 'githubWorkflowRepositoryV1'>;

/** The extended key usage of Fulcio's certificates, leaves and CAs. */
export const CODE_SIGNING_EKU = '1.3.6.1.5.5.7.3.3';
/** The extended key usage of a timestamp authority's signing certificate (RFC 3161 2.3). */
export const TIME_STAMPING_EKU = '1.3.6.1.5.5.7.3.8';
const ANY_EKU = '2.5.29.37.0';
const EKU_OID = '2.5.29.37';
const BASIC_CONSTRAINTS_OID = '2.5.29.19';
const BOOLEAN = 0x01;
const INTEGER = 0x02;
const KEY_USAGE_OID = '2.5.29.15';
const BIT_STRING = 0x03;
const OCTET_STRING = 0x04;
const SAN_OID = '2.5.29.17';
/** The GeneralName tags of an otherName, a URI and an email address (RFC 5280 4.2.1.6). */
const OTHER_NAME = 0xa0;
const URI_NAME = 0x86;
/** The otherName type of Fulcio's username identity ("<user>!<issuer host>", a UTF8String): https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md. */
const FULCIO_USERNAME_OID = '1.3.6.1.4.1.57264.1.7';
const OID_TAG = 0x06;
const EMAIL_NAME = 0x81;
const SCT_OID = '1.3.6.1.4.1.11129.2.4.2';
const UTF8_STRING = 0x0c;
/** Key usage, extended key usage, subject alternative name, basic constraints, key identifiers: what a leaf's checks read. */
const PROCESSED_EXTENSIONS = new Set(['2.5.29.15', EKU_OID, SAN_OID, BASIC_CONSTRAINTS_OID, '2.5.29.14', '2.5.29.35']);

/**
 * An X.509 certificate parsed once: OpenSSL's parse for its key, validity and signature checks,
 * its extensions, serial number, issuer and key info read straight from the DER on demand, so a
 * certificate seen again (in the trusted root, or the same Fulcio leaf across a release's bundles)
 * costs nothing more.
 */
export class ParsedCertificate {
  readonly der: Buffer;
  readonly publicKey: KeyObject;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly isCA: boolean;
  private readonly native: NodeX509Certificate;
  private fields: CertificateFields | undefined;
  private rawExtensions: RawExtension[] | undefined;

  private constructor(der: Buffer) {
    this.der = der;
    this.native = new NodeX509Certificate(der);
    this.publicKey = this.native.publicKey;
    this.notBefore = this.native.validFromDate;
    this.notAfter = this.native.validToDate;
    this.isCA = this.native.ca;
  }

  /** Parses DER bytes, turning any parse failure into a coded error naming `what`. */
  static parse(der: Buffer, what: string): ParsedCertificate {
    try {
      // OpenSSL reads the first element and ignores what follows; Go's x509 (cosign, sigstore-go) refuses trailing data.
      derNode(der);
      const certificate = new ParsedCertificate(der);
      const oids = certificate.extensions.map((extension) => extension.oid);
      const repeated = oids.find((oid, index) => oids.indexOf(oid) !== index);
      // RFC 5280 4.2: one instance per extension; with two, readers disagree on which one counts (a second SAN, a second issuer).
      if (repeated !== undefined) throw new Error(`extension ${repeated} appears more than once`);
      return certificate;
    } catch (error) {
      throw new VerifyError('VERIFY_CERTIFICATE_INVALID', `${what} is not a valid X.509 certificate: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  /** The serial number INTEGER's content bytes, as a timestamp's signer identifier gives it. */
  get serialNumber(): Buffer {
    return this.derFields.serialNumber;
  }

  /** The issuer name's DER bytes (the Name SEQUENCE's content). */
  get issuer(): Buffer {
    return this.derFields.issuer;
  }

  /** The SubjectPublicKeyInfo element's DER bytes, exactly as the certificate holds them. */
  get subjectPublicKeyInfo(): Buffer {
    return this.derFields.subjectPublicKeyInfo;
  }

  private get derFields(): CertificateFields {
    this.fields ??= certificateFields(this.der);
    return this.fields;
  }

  /** Whether `issuer` issued this certificate: names chain and `issuer`'s key signed it. */
  signedBy(issuer: ParsedCertificate): boolean {
    try {
      return this.native.checkIssued(issuer.native) && this.native.verify(issuer.publicKey);
    } catch {
      return false;
    }
  }

  /** Whether the certificate was valid at `time`. */
  validAt(time: Date): boolean {
    return this.notBefore <= time && time <= this.notAfter;
  }

  /** Subject and issuer distinguished names as OpenSSL prints them, for messages. */
  get displayNames(): { subject: string; issuer: string } {
    return { subject: distinguishedName(this.native.subject), issuer: distinguishedName(this.native.issuer) };
  }

  /** The certificate's extensions, read from its DER on first use. */
  get extensions(): readonly RawExtension[] {
    this.rawExtensions ??= readExtensions(this.der);
    return this.rawExtensions;
  }

  /** The extension with `oid`, if present. */
  extension(oid: string): RawExtension | undefined {
    return this.extensions.find((extension) => extension.oid === oid);
  }

  /**
   * The names of the subject alternative name extension, URIs, email addresses and Fulcio's username
   * otherName as text (other kinds as empty text, so they still count): Fulcio puts exactly one identity there.
   */
  get subjectAltNames(): string[] {
    const names = this.extension(SAN_OID);
    const list = names === undefined ? [] : sequenceOf(names.value);
    if (list === undefined) throw new VerifyError('VERIFY_CERTIFICATE_INVALID', 'the certificate\'s subject alternative name extension is malformed');
    return list.map((name) => {
      if (name.tag === OTHER_NAME) return fulcioUsername(name.content);
      if (name.tag !== URI_NAME && name.tag !== EMAIL_NAME) return '';
      // Both are IA5Strings (ASCII), and Go's x509 (Fulcio, cosign) refuses anything else, and a URI with a control character: read as UTF-8 here, they would be look-alikes no other verifier accepts.
      if (name.content.some((byte) => byte >= 0x80)) throw new VerifyError('VERIFY_CERTIFICATE_INVALID', `the certificate's subject alternative name ${quoted(name.content.toString('utf8'), 200)} is not an IA5String (ASCII)`);
      if (name.tag === URI_NAME && name.content.some((byte) => byte < 0x20 || byte === 0x7f)) throw new VerifyError('VERIFY_CERTIFICATE_INVALID', `the certificate's subject alternative name URI ${quoted(name.content.toString('latin1'), 200)} holds a control character`);
      return name.content.toString('ascii');
    });
  }

  /**
   * Whether the extended key usage names code signing. An absent EKU counts as no: RFC 5280 reads it
   * as any usage, but Fulcio always names code signing, so a leaf without it was issued for something else.
   */
  get allowsCodeSigning(): boolean {
    return this.extendedKeyUsages?.includes(CODE_SIGNING_EKU) ?? false;
  }

  /**
   * Whether a chain certificate's extended key usage allows `usage`: as Go's x509 (cosign,
   * sigstore-go) reads a chain, a certificate without the extension allows any, one with it must
   * name the usage or anyExtendedKeyUsage.
   */
  allowsExtendedKeyUsage(usage: string): boolean {
    const usages = this.extendedKeyUsages;
    return usages === undefined || usages.includes(usage) || usages.includes(ANY_EKU);
  }

  /** The OIDs the extended key usage extension names (none when it cannot be read); undefined when it is absent. */
  private get extendedKeyUsages(): string[] | undefined {
    const ext = this.extension(EKU_OID);
    if (ext === undefined) return undefined;
    return (sequenceOf(ext.value) ?? []).flatMap((entry) => (entry.tag === 0x06 ? [oidText(entry.content)] : []));
  }

  /** The extended key usage extension as a leaf's profile is checked on: its usages and whether it is critical; undefined when absent. */
  get extendedKeyUsage(): { usages: string[]; critical: boolean } | undefined {
    const usages = this.extendedKeyUsages;
    return usages === undefined ? undefined : { usages, critical: this.extension(EKU_OID)?.critical === true };
  }

  /** Whether the key may sign certificates: a key usage extension, when present, sets keyCertSign (bit 5), as Go's x509 requires of every issuer. */
  get allowsCertSign(): boolean {
    const ext = this.extension(KEY_USAGE_OID);
    if (ext === undefined) return true;
    const bits = contentOf(ext.value, BIT_STRING);
    return bits !== undefined && bits.length >= 2 && ((bits[1] as number) & 0x04) !== 0;
  }

  /**
   * Whether basic constraints say CA, whatever the key usage says: OpenSSL's `ca` (Node's
   * X509Certificate#ca) also asks for keyCertSign, so a leaf claiming CA:TRUE without it read as
   * no CA. An extension that cannot be read counts as a claim.
   */
  get claimsCA(): boolean {
    const ext = this.extension(BASIC_CONSTRAINTS_OID);
    if (ext === undefined) return false;
    const fields = sequenceOf(ext.value);
    if (fields === undefined) return true;
    const flag = fields.find((field) => field.tag === BOOLEAN)?.content;
    return flag !== undefined && (flag.length !== 1 || flag[0] !== 0);
  }

  /**
   * The basic constraints' pathLenConstraint: how many CA certificates may follow this one towards
   * a leaf. Undefined without one; -1 for an extension that cannot be read, which no chain passes.
   */
  get pathLengthConstraint(): number | undefined {
    const ext = this.extension(BASIC_CONSTRAINTS_OID);
    if (ext === undefined) return undefined;
    const fields = sequenceOf(ext.value);
    if (fields === undefined) return -1;
    const length = fields.find((field) => field.tag === INTEGER)?.content;
    if (length === undefined) return undefined;
    // A non-negative INTEGER small enough to mean anything: one content byte, or two for 128..255.
    if (length.length === 0 || length.length > 2 || (length[0] as number) >= 0x80 || (length.length === 2 && length[0] !== 0)) return -1;
    return length.readUIntBE(0, length.length);
  }

  /**
   * The first critical extension outside those a signing certificate is read by (RFC 5280 4.2: a
   * certificate with a critical extension the reader does not process must be refused), such as
   * the CT precertificate poison.
   */
  get unprocessedCriticalExtension(): string | undefined {
    return this.extensions.find((extension) => extension.critical && !PROCESSED_EXTENSIONS.has(extension.oid))?.oid;
  }

  /** Whether the key usage extension is present and sets digitalSignature (bit 0), as Fulcio's leaves do. */
  get allowsDigitalSignature(): boolean {
    const bits = contentOf(this.extension(KEY_USAGE_OID)?.value ?? Buffer.alloc(0), BIT_STRING);
    return bits !== undefined && bits.length >= 2 && ((bits[1] as number) & 0x80) !== 0;
  }

  /**
   * The value of a Fulcio extension as text: v1 extensions hold raw bytes, v2 ones a DER
   * UTF8String; a v2 one holding anything else is refused (VERIFY_CERTIFICATE_INVALID), as Go's
   * readers (cosign, sigstore-go) refuse it, rather than read as raw text.
   */
  fulcioExtension(oid: string): string | undefined {
    const ext = this.extension(oid);
    if (ext === undefined) return undefined;
    if (oid === FULCIO_OIDS.issuerV1 || oid === FULCIO_OIDS.githubWorkflowRepositoryV1) return ext.value.toString('utf8');
    const text = contentOf(ext.value, UTF8_STRING);
    if (text === undefined) throw new VerifyError('VERIFY_CERTIFICATE_INVALID', `the certificate's Fulcio extension ${oid} is not a DER UTF8String, as Fulcio writes it`, { hint: 'the certificate was not issued by a Fulcio that follows its own profile: do not trust it' });
    return text.toString('utf8');
  }

  /** The embedded signed certificate timestamps (RFC 6962 3.3: a TLS-encoded list in a DER OCTET STRING), parsed from their extension alone. */
  get signedCertificateTimestamps(): SignedCertificateTimestamp[] | undefined {
    const ext = this.extension(SCT_OID);
    if (ext === undefined) return undefined;
    const list = contentOf(ext.value, OCTET_STRING);
    if (list === undefined) throw new Error('the SCT list extension does not hold an OCTET STRING');
    return parseSctList(list);
  }
}

/** Node reports an empty name (Fulcio leaves have one) as undefined, despite its types. */
function distinguishedName(name: string | undefined): string {
  return (name ?? '').replaceAll('\n', ', ');
}


/** The first `length` characters of a long value (a digest, a key), for messages. */
export function abbreviate(value: string, length = 16): string {
  return value.length <= length ? value : `${value.slice(0, length)}\u2026`;
}

/**
 * The text of an otherName SAN (its type id and [0] EXPLICIT value) when it is Fulcio's username
 * identity, as sigstore-go, cosign and sigstore-python match it; empty text for another type.
 */
function fulcioUsername(content: Buffer): string {
  try {
    const [type, explicit, ...rest] = derChildren({ tag: OTHER_NAME, whole: content, content });
    if (type?.tag !== OID_TAG || explicit?.tag !== OTHER_NAME || rest.length > 0) throw new Error('not a type id and a value');
    if (oidText(type.content) !== FULCIO_USERNAME_OID) return '';
    const value = derNode(explicit.content);
    if (value.tag !== UTF8_STRING) throw new Error('not a UTF8String');
    return new TextDecoder('utf-8', { fatal: true }).decode(value.content);
  } catch {
    throw new VerifyError('VERIFY_CERTIFICATE_INVALID', 'the certificate\'s otherName subject alternative name is not an OID and a UTF-8 UTF8String, as Fulcio writes it');
  }
}
