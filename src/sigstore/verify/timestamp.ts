import { createHash, timingSafeEqual, verify as verifyBytes, type KeyObject } from 'node:crypto';
import { quoted } from '../../core/quote.js';
import { derChildren, derNode, expectWholeElements, oidText, type DerNode } from './der.js';

const SEQUENCE = 0x30;
const SET = 0x31;
const OID = 0x06;
const INTEGER = 0x02;
const OCTET_STRING = 0x04;
const CONSTRUCTED_OCTET_STRING = 0x24;
const EXPLICIT_0 = 0xa0;
const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;

const SIGNED_DATA = '1.2.840.113549.1.7.2';
const TST_INFO = '1.2.840.113549.1.9.16.1.4';
const CONTENT_TYPE = '1.2.840.113549.1.9.3';
const MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const SIGNING_TIME = '1.2.840.113549.1.9.5';
const SIGNING_CERTIFICATE = '1.2.840.113549.1.9.16.2.12';
const SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';
const HASHES: Readonly<Record<string, string>> = { '2.16.840.1.101.3.4.2.1': 'sha256', '2.16.840.1.101.3.4.2.2': 'sha384', '2.16.840.1.101.3.4.2.3': 'sha512' };
const ECDSA_HASHES: Readonly<Record<string, string>> = { '1.2.840.10045.4.3.1': 'sha224', '1.2.840.10045.4.3.2': 'sha256', '1.2.840.10045.4.3.3': 'sha384', '1.2.840.10045.4.3.4': 'sha512' };
/**
 * A DER GeneralizedTime (X.690 11.7): seconds, then a fraction of 1 to 9 digits without trailing zeros
 * when it has one, then Z; what Go's reader (sigstore-go, cosign) takes, a time that serializes back to itself.
 */
const TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{0,8}[1-9]))?Z$/;
/** A DER UTCTime (RFC 5280 4.1.2.5.1: seconds, Z), as CMS encodes a signing time before 2050. */
const UTC = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;

/**
 * A signed time, to the millisecond: one with a finer fraction lies between `earliest` (rounded
 * down) and `latest` (rounded up), which are the same otherwise. A window's start is compared with
 * `earliest` and its end with `latest`, so that a time before a start or past an end by less than a
 * millisecond is still outside, as sigstore-go reads it (to the nanosecond).
 */
export interface SignedTime {
  earliest: Date;
  latest: Date;
}

/**
 * An RFC 3161 timestamp as a bundle carries it (a TimeStampResp), read once from its DER without
 * an ASN.1 tree: the signer it names, the time, and the pieces its signature is checked on.
 */
export interface Rfc3161Timestamp {
  /** genTime. */
  signingTime: SignedTime;
  /** The signer's serial number (INTEGER content) and issuer (Name content), as its IssuerAndSerialNumber gives them. */
  signerSerialNumber: Buffer;
  signerIssuer: Buffer;
  /** The TSTInfo's DER, which the signed message-digest attribute covers. */
  tstInfo: Buffer;
  imprint: { hash: string; digest: Buffer };
  signerDigest: string;
  /** The signed attributes' DER, its [0] tag as the SET it is signed as. */
  signedAttributes: Buffer;
  messageDigest: Buffer;
  /** The signed ESS attribute naming the signing certificate by a hash of it (RFC 3161 2.4.1, RFC 5816), when the token has one. */
  signingCertificate?: { attribute: 'signingCertificate' | 'signingCertificateV2'; hash: string; digest: Buffer };
  /** The signed signing-time attribute (RFC 5652 11.3), when the token has one: the time the TSA's CMS signer claims, beside genTime. */
  signingTimeAttribute?: SignedTime;
  signatureHash: string;
  signature: Buffer;
}

function child(node: DerNode | undefined, index: number, tag: number | undefined, what: string): DerNode {
  const found = node === undefined ? undefined : derChildren(node)[index];
  if (found === undefined || (tag !== undefined && found.tag !== tag)) throw new Error(`malformed timestamp: ${what}`);
  return found;
}

function oid(node: DerNode, what: string): string {
  if (node.tag !== OID) throw new Error(`malformed timestamp: ${what}`);
  return oidText(node.content);
}

function known(table: Readonly<Record<string, string>>, id: string, what: string): string {
  const name = table[id];
  if (name === undefined) throw new Error(`unsupported ${what} ${id}`);
  return name;
}

function time(node: DerNode): SignedTime {
  // RFC 3161 2.4.2: genTime is a GeneralizedTime; Go's reader of TSTInfo (sigstore-go, cosign) refuses a UTCTime.
  if (node.tag !== GENERALIZED_TIME) throw new Error('malformed timestamp: genTime is not a GeneralizedTime');
  const text = node.content.toString('latin1');
  const match = TIME.exec(text);
  if (match === null) throw new Error(`malformed timestamp: genTime ${quoted(text, 40)} is not a DER GeneralizedTime (YYYYMMDDHHMMSS, then a fraction of up to 9 digits without trailing zeros, then Z)`);
  const date = timeOf(Number(match[1]), match);
  // Month 13, February 30 or hour 24 is no time: refused here, not compared later as NaN or as another day.
  if (date === undefined) throw new Error(`malformed timestamp: genTime ${match[0]} is not a time`);
  return date;
}

/**
 * The time a GeneralizedTime or UTCTime says (`year`, then month to second and a fraction in the
 * match's groups 2 to 7), as a {@link SignedTime}. Undefined for a date no calendar has.
 */
function timeOf(year: number, match: RegExpExecArray): SignedTime | undefined {
  const [month, day, hour, minute, second] = [2, 3, 4, 5, 6].map((group) => Number(match[group]));
  const fraction = match[7] ?? '';
  const milliseconds = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const at = new Date(Date.UTC(year, (month ?? 0) - 1, day, hour, minute, second));
  // Date.UTC carries an overflow into the next field (February 30 is March 2) and reads years below 100 as 19xx.
  const same = at.getUTCFullYear() === year && at.getUTCMonth() === (month ?? 0) - 1 && at.getUTCDate() === day && at.getUTCHours() === hour && at.getUTCMinutes() === minute && at.getUTCSeconds() === second;
  if (!same) return undefined;
  const earliest = new Date(at.getTime() + milliseconds);
  // DER writes no trailing zero, so digits past the third are a fraction of a millisecond.
  return { earliest, latest: fraction.length > 3 ? new Date(earliest.getTime() + 1) : earliest };
}

/**
 * The bytes of the OCTET STRING holding the TSTInfo, which must be primitive, as DER has it. CMS's
 * BER also allows one constructed of segments, but cosign (its digest then covers the segments'
 * headers, and fails) and sigstore-js (which crashes) take none: a token they refuse is refused here.
 */
function octets(node: DerNode): Buffer {
  if (node.tag === CONSTRUCTED_OCTET_STRING) throw new Error('malformed timestamp: eContent is a constructed (BER) OCTET STRING; a DER token has a primitive one, and cosign and sigstore-js read no other');
  if (node.tag !== OCTET_STRING) throw new Error('malformed timestamp: eContent is not an OCTET STRING');
  return node.content;
}

/** Reads a TimeStampResp (status, then the token: a CMS SignedData over a TSTInfo with one signer and signed attributes); throws on anything else. */
export function parseRfc3161(der: Buffer): Rfc3161Timestamp {
  const response = derNode(der);
  if (response.tag !== SEQUENCE) throw new Error('malformed timestamp: not a TimeStampResp');
  // Nothing in a timestamp is skipped unread: every constructed element holds whole elements.
  expectWholeElements(response, 32, 'malformed timestamp: nested too deeply');
  // PKIStatus granted (0) alone, as Go's reader of responses (sigstore-go, cosign) takes it: grantedWithMods (1) is a token other than the one asked for, anything else carries none.
  const status = child(child(response, 0, SEQUENCE, 'status'), 0, INTEGER, 'status');
  if (status.content.length !== 1 || status.content[0] !== 0) {
    const value = status.content.length === 1 ? String(status.content[0]) : `0x${status.content.toString('hex').slice(0, 16)}`;
    throw new Error(`the timestamp response's status is ${value}${value === '1' ? ' (grantedWithMods)' : ''}, not granted (0)`);
  }
  const token = derChildren(response)[1];
  if (token === undefined) throw new Error('timeStampToken is missing');
  if (oid(child(token, 0, undefined, 'contentType'), 'contentType') !== SIGNED_DATA) throw new Error('incorrect content type');
  const signedData = child(derChildren(token).find((node) => node.tag === EXPLICIT_0), 0, SEQUENCE, 'SignedData');
  const parts = derChildren(signedData);
  const encapsulated = child(signedData, 2, SEQUENCE, 'encapContentInfo');
  if (oid(child(encapsulated, 0, undefined, 'eContentType'), 'eContentType') !== TST_INFO) throw new Error('incorrect encapsulated content type');
  const tstInfoNode = derNode(octets(child(child(encapsulated, 1, EXPLICIT_0, 'eContent'), 0, undefined, 'eContent')));
  if (tstInfoNode.tag !== SEQUENCE) throw new Error('malformed timestamp: TSTInfo');
  // RFC 3161 2.4.2: version v1, a policy and a serial number; another version is a structure this reader does not know.
  const version = child(tstInfoNode, 0, INTEGER, 'TSTInfo version').content;
  if (version.length !== 1 || version[0] !== 1) throw new Error(`the timestamp has TSTInfo version ${version.length === 1 ? String(version[0]) : `0x${version.toString('hex').slice(0, 16)}`}, expected 1`);
  oid(child(tstInfoNode, 1, undefined, 'policy'), 'policy');
  child(tstInfoNode, 3, INTEGER, 'serialNumber');
  const messageImprint = child(tstInfoNode, 2, SEQUENCE, 'messageImprint');
  const signerInfos = parts.at(-1);
  if (signerInfos?.tag !== SET) throw new Error('malformed timestamp: signerInfos');
  // RFC 3161 2.4.2: the token carries the TSA's signature and no other; Go's CMS reader (sigstore-go) checks every one, this reader the first.
  const signerCount = derChildren(signerInfos).length;
  if (signerCount !== 1) throw new Error(`the timestamp carries ${signerCount} signer infos, expected the TSA's alone`);
  const signerInfo = child(signerInfos, 0, SEQUENCE, 'SignerInfo');
  const signer = child(signerInfo, 1, SEQUENCE, 'sid');
  const signedAttributes = child(signerInfo, 3, EXPLICIT_0, 'signedAttrs');
  const attributes = (type: string): DerNode[] => derChildren(signedAttributes).filter((attribute) => oid(child(attribute, 0, undefined, 'attribute type'), 'attribute type') === type);
  const digests = attributes(MESSAGE_DIGEST);
  if (digests.length !== 1) throw new Error(`the signed attributes hold ${digests.length} message digests, expected 1`);
  // RFC 5652 5.3: the signed content-type attribute is what binds the signature to a TSTInfo; the eContentType beside it is signed by nobody.
  const contentTypes = attributes(CONTENT_TYPE);
  if (contentTypes.length !== 1) throw new Error(`the signed attributes hold ${contentTypes.length} content types, expected 1`);
  const contentTypeValues = derChildren(child(contentTypes[0], 1, SET, 'content type values'));
  const contentType = contentTypeValues.length === 1 ? oid(contentTypeValues[0] as DerNode, 'content type') : `(${contentTypeValues.length} values)`;
  if (contentType !== TST_INFO) throw new Error(`the signed content type is ${contentType}, expected id-ct-TSTInfo (${TST_INFO})`);
  const digestValues = derChildren(child(digests[0], 1, SET, 'messageDigest values'));
  if (digestValues.length !== 1) throw new Error(`the signed message-digest attribute holds ${digestValues.length} values, expected 1`);
  const signingCertificate = readSigningCertificate([...attributes(SIGNING_CERTIFICATE), ...attributes(SIGNING_CERTIFICATE_V2)]);
  const signingTimes = attributes(SIGNING_TIME);
  if (signingTimes.length > 1) throw new Error(`the signed attributes hold ${signingTimes.length} signing times, expected at most 1`);
  const signingTimeValues = signingTimes[0] === undefined ? [] : derChildren(child(signingTimes[0], 1, SET, 'signing time values'));
  if (signingTimes.length === 1 && signingTimeValues.length !== 1) throw new Error(`the signed signing-time attribute holds ${signingTimeValues.length} values, expected 1`);
  return {
    signingTime: time(child(tstInfoNode, 4, undefined, 'genTime')),
    signerSerialNumber: child(signer, 1, 0x02, 'sid serial number').content,
    signerIssuer: child(signer, 0, SEQUENCE, 'sid issuer').content,
    tstInfo: tstInfoNode.whole,
    imprint: { hash: known(HASHES, oid(child(child(messageImprint, 0, SEQUENCE, 'hashAlgorithm'), 0, undefined, 'hashAlgorithm'), 'hashAlgorithm'), 'message imprint hash'), digest: child(messageImprint, 1, OCTET_STRING, 'hashedMessage').content },
    signerDigest: known(HASHES, oid(child(child(signerInfo, 2, SEQUENCE, 'digestAlgorithm'), 0, undefined, 'digestAlgorithm'), 'digestAlgorithm'), 'signer digest'),
    signedAttributes: Buffer.concat([Buffer.from([SET]), signedAttributes.whole.subarray(1)]),
    messageDigest: child(child(digests[0], 1, SET, 'messageDigest values'), 0, OCTET_STRING, 'messageDigest').content,
    ...(signingCertificate === undefined ? {} : { signingCertificate }),
    ...(signingTimeValues[0] === undefined ? {} : { signingTimeAttribute: attributeTime(signingTimeValues[0]) }),
    signatureHash: known(ECDSA_HASHES, oid(child(child(signerInfo, 4, SEQUENCE, 'signatureAlgorithm'), 0, undefined, 'signatureAlgorithm'), 'signatureAlgorithm'), 'signature algorithm'),
    signature: child(signerInfo, 5, OCTET_STRING, 'signature').content,
  };
}

/** A signing-time attribute's value: a UTCTime (years 1950 to 2049) or a GeneralizedTime, as RFC 5652 11.3 encodes it. */
function attributeTime(node: DerNode): SignedTime {
  const text = node.content.toString('latin1');
  const match = node.tag === UTC_TIME ? UTC.exec(text) : node.tag === GENERALIZED_TIME ? TIME.exec(text) : null;
  if (match === null) throw new Error('malformed timestamp: the signed signing-time attribute is not a UTCTime or GeneralizedTime');
  const year = node.tag === UTC_TIME ? Number(match[1]) + (Number(match[1]) >= 50 ? 1900 : 2000) : Number(match[1]);
  const date = timeOf(year, match);
  if (date === undefined) throw new Error(`malformed timestamp: the signed signing-time ${match[0]} is not a time`);
  return date;
}

/**
 * The first ESSCertID(v2) of a signingCertificate(V2) attribute: the certificate that verifies the signature
 * (RFC 5035 5.4), by a SHA-1 hash (v1) or the hash its AlgorithmIdentifier names, SHA-256 by default (v2).
 */
function readSigningCertificate(found: DerNode[]): Rfc3161Timestamp['signingCertificate'] {
  if (found.length === 0) return undefined;
  if (found.length > 1) throw new Error(`the signed attributes hold ${found.length} signing-certificate attributes, expected at most 1`);
  const attribute = found[0] as DerNode;
  const values = derChildren(child(attribute, 1, SET, 'signing certificate values'));
  if (values.length !== 1) throw new Error(`the signed signing-certificate attribute holds ${values.length} values, expected 1`);
  const first = child(child(values[0], 0, SEQUENCE, 'signing certificate ids'), 0, SEQUENCE, 'ESSCertID');
  if (oid(child(attribute, 0, undefined, 'attribute type'), 'attribute type') === SIGNING_CERTIFICATE) {
    return { attribute: 'signingCertificate', hash: 'sha1', digest: child(first, 0, OCTET_STRING, 'ESSCertID certHash').content };
  }
  const named = derChildren(first)[0]?.tag === SEQUENCE;
  const hash = named ? known(HASHES, oid(child(child(first, 0, SEQUENCE, 'ESSCertIDv2 hashAlgorithm'), 0, undefined, 'ESSCertIDv2 hashAlgorithm'), 'ESSCertIDv2 hashAlgorithm'), 'signing certificate hash') : 'sha256';
  return { attribute: 'signingCertificateV2', hash, digest: child(first, named ? 1 : 0, OCTET_STRING, 'ESSCertIDv2 certHash').content };
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Checks that a timestamp covers `data` (its message imprint), that its signed attributes cover
 * its TSTInfo (the message-digest attribute) and name `certificate` (DER) when they name one, and
 * that `key`, the certificate's, signed them; throws saying which fails.
 */
export function verifyRfc3161(timestamp: Rfc3161Timestamp, data: Buffer, key: KeyObject, certificate: Buffer): void {
  if (!sameBytes(createHash(timestamp.imprint.hash).update(data).digest(), timestamp.imprint.digest)) throw new Error('message imprint does not match the signature it is to date: the timestamp was made for another signature');
  if (!sameBytes(createHash(timestamp.signerDigest).update(timestamp.tstInfo).digest(), timestamp.messageDigest)) throw new Error('signed data does not match tstInfo');
  // The signer identifier is outside the signature: only this signed attribute says which certificate the TSA signed under.
  const named = timestamp.signingCertificate;
  if (named !== undefined && !sameBytes(createHash(named.hash).update(certificate).digest(), named.digest)) {
    throw new Error(`the signed ${named.attribute} attribute names another certificate than the timestamp authority's in the trusted root`);
  }
  // Node verifies with whatever the key is: an RSA key would check a PKCS #1 signature under an ECDSA label, which Go's CMS reader refuses.
  if (key.asymmetricKeyType !== 'ec') throw new Error(`the timestamp's signature algorithm is ECDSA, but the timestamp authority's key is an ${key.asymmetricKeyType ?? 'unknown'} key`);
  let valid: boolean;
  try {
    valid = verifyBytes(timestamp.signatureHash, timestamp.signedAttributes, key, timestamp.signature);
  } catch {
    valid = false;
  }
  if (!valid) throw new Error('signature verification failed');
}
