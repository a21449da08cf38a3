/** A DER element's position in a buffer: where its header starts, where its content starts and ends. */
interface Element {
  tag: number;
  start: number;
  contentStart: number;
  end: number;
}

/**
 * The element at `offset`, strictly DER as @sigstore/core reads it: one-byte tags other than the
 * universal tag 0, and lengths in their shortest form (a long form only from 128, without
 * leading zero bytes), so one encoding has one reading.
 */
function readElement(bytes: Uint8Array, offset: number, limit: number): Element {
  if (offset + 2 > limit) throw new Error('truncated DER element');
  const tag = bytes[offset] as number;
  if ((tag & 0x1f) === 0x1f || (tag & 0xdf) === 0) throw new Error(`unsupported DER tag 0x${tag.toString(16)}`);
  let length = bytes[offset + 1] as number;
  let contentStart = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || contentStart + count > limit) throw new Error('unsupported DER length');
    if (bytes[contentStart] === 0) throw new Error('non-minimal DER length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[contentStart + i] as number);
    if (length < 0x80) throw new Error('non-minimal DER length');
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > limit) throw new Error('DER element overruns its parent');
  return { tag, start: offset, contentStart, end };
}

function childrenOf(bytes: Uint8Array, parent: Element): Element[] {
  const children: Element[] = [];
  for (let offset = parent.contentStart; offset < parent.end; ) {
    const child = readElement(bytes, offset, parent.end);
    children.push(child);
    offset = child.end;
  }
  return children;
}

function header(tag: number, length: number): Buffer {
  if (length < 0x80) return Buffer.from([tag, length]);
  const octets: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) octets.unshift(rest % 256);
  return Buffer.from([tag, 0x80 | octets.length, ...octets]);
}

function wrap(tag: number, content: Buffer): Buffer {
  return Buffer.concat([header(tag, content.length), content]);
}

const SEQUENCE = 0x30;

/** A certificate's bytes as a Buffer, its TBSCertificate and the TBSCertificate's fields. */
function tbsOf(certificate: Uint8Array): { bytes: Buffer; tbs: Element; fields: Element[] } {
  const bytes = Buffer.from(certificate.buffer, certificate.byteOffset, certificate.byteLength);
  const tbs = childrenOf(bytes, readElement(bytes, 0, bytes.length))[0];
  if (tbs === undefined || tbs.tag !== SEQUENCE) throw new Error('not a certificate');
  return { bytes, tbs, fields: childrenOf(bytes, tbs) };
}
const EXTENSIONS_TAG = 0xa3;

/**
 * The DER of a certificate's TBSCertificate with one extension removed (RFC 6962's precertificate
 * TBS, without the SCT list), cut out of the original bytes: re-encoding a parsed tree costs more
 * than the rest of a verification. `oidDer` is the extension's OID content bytes.
 */
export function tbsWithoutExtension(certificate: Uint8Array, oidDer: Uint8Array): Buffer {
  const { bytes, tbs, fields } = tbsOf(certificate);
  const explicit = fields.find((field) => field.tag === EXTENSIONS_TAG);
  if (explicit === undefined) return bytes.subarray(tbs.start, tbs.end);
  const list = childrenOf(bytes, explicit)[0];
  if (list === undefined || list.tag !== SEQUENCE) throw new Error('malformed extensions');
  const kept = childrenOf(bytes, list).filter((extension) => {
    const oid = childrenOf(bytes, extension)[0];
    return oid === undefined || !bytes.subarray(oid.contentStart, oid.end).equals(oidDer);
  });
  const extensions = wrap(EXTENSIONS_TAG, wrap(SEQUENCE, Buffer.concat(kept.map((extension) => bytes.subarray(extension.start, extension.end)))));
  return wrap(SEQUENCE, Buffer.concat([bytes.subarray(tbs.contentStart, explicit.start), extensions, bytes.subarray(explicit.end, tbs.end)]));
}

const INTEGER = 0x02;
const EXPLICIT_VERSION = 0xa0;

/** The fields of a certificate that name it and its key, as they sit in its DER. */
export interface CertificateFields {
  /** The serial number INTEGER's content. */
  serialNumber: Buffer;
  /** The issuer Name SEQUENCE's content (RFC 5652's IssuerAndSerialNumber compares both so). */
  issuer: Buffer;
  /** The whole SubjectPublicKeyInfo element (RFC 6962 hashes it into an SCT's issuer key hash). */
  subjectPublicKeyInfo: Buffer;
}

/**
 * A certificate's serial number, issuer and public key info, read from its TBSCertificate without
 * building an ASN.1 tree (a v1 certificate has no version field before them).
 */
export function certificateFields(certificate: Uint8Array): CertificateFields {
  const { bytes, fields } = tbsOf(certificate);
  const [serial, , issuer, , , key] = fields[0]?.tag === EXPLICIT_VERSION ? fields.slice(1) : fields;
  if (serial?.tag !== INTEGER || issuer?.tag !== SEQUENCE || key?.tag !== SEQUENCE) throw new Error('malformed TBSCertificate');
  return { serialNumber: bytes.subarray(serial.contentStart, serial.end), issuer: bytes.subarray(issuer.contentStart, issuer.end), subjectPublicKeyInfo: bytes.subarray(key.start, key.end) };
}

/** One X.509 extension as it sits in the certificate's bytes. */
export interface RawExtension {
  oid: string;
  critical: boolean;
  /** The extnValue OCTET STRING's content. */
  value: Buffer;
  /** The whole Extension element, for parsers that want it. */
  element: Buffer;
}

/** Dotted OID text; an empty OID, a component padded with a leading 0x80 or one cut short is refused, so one encoding has one reading. */
function decodeOid(bytes: Buffer): string {
  if (bytes.length === 0 || ((bytes.at(-1) as number) & 0x80) !== 0) throw new Error('malformed OBJECT IDENTIFIER');
  const parts: number[] = [];
  let value = 0;
  // An indexed loop: entries() makes an [index, byte] pair per byte, most of what reading a certificate's extensions allocated.
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] as number;
    if (byte === 0x80 && (index === 0 || ((bytes[index - 1] as number) & 0x80) === 0)) throw new Error('malformed OBJECT IDENTIFIER');
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      if (parts.length === 0) parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

const BOOLEAN = 0x01;
const OCTET_STRING = 0x04;
const OBJECT_IDENTIFIER = 0x06;

/**
 * A certificate's extensions read straight from its DER, without building an ASN.1 tree: a
 * Fulcio certificate carries a dozen, and the tree costs more than the rest of a verification.
 */
export function readExtensions(certificate: Uint8Array): RawExtension[] {
  const { bytes, fields } = tbsOf(certificate);
  const explicit = fields.find((field) => field.tag === EXTENSIONS_TAG);
  if (explicit === undefined) return [];
  const list = childrenOf(bytes, explicit)[0];
  if (list === undefined || list.tag !== SEQUENCE) throw new Error('malformed extensions');
  return childrenOf(bytes, list).map((extension) => {
    const [oid, second, third] = childrenOf(bytes, extension);
    const value = third ?? second;
    if (oid?.tag !== OBJECT_IDENTIFIER || value?.tag !== OCTET_STRING || (third !== undefined && second?.tag !== BOOLEAN)) throw new Error('malformed extension');
    return {
      oid: decodeOid(bytes.subarray(oid.contentStart, oid.end)),
      critical: third !== undefined && bytes[second?.contentStart ?? 0] !== 0,
      value: bytes.subarray(value.contentStart, value.end),
      element: bytes.subarray(extension.start, extension.end),
    };
  });
}

/** The content of a DER element that is exactly `bytes`, when its tag is `tag`. */
export function contentOf(bytes: Buffer, tag: number): Buffer | undefined {
  try {
    const element = readElement(bytes, 0, bytes.length);
    return element.tag === tag && element.end === bytes.length ? bytes.subarray(element.contentStart, element.end) : undefined;
  } catch {
    return undefined;
  }
}

/** The elements of a DER SEQUENCE that is exactly `bytes`, as tag and content. */
export function sequenceOf(bytes: Buffer): { tag: number; content: Buffer }[] | undefined {
  try {
    const element = readElement(bytes, 0, bytes.length);
    if (element.tag !== SEQUENCE || element.end !== bytes.length) return undefined;
    return childrenOf(bytes, element).map((child) => ({ tag: child.tag, content: bytes.subarray(child.contentStart, child.end) }));
  } catch {
    return undefined;
  }
}

/** Dotted OID text from an OBJECT IDENTIFIER's content bytes. */
export function oidText(content: Buffer): string {
  return decodeOid(content);
}

const OID = 0x06;
const ORGANIZATION_OID = '2.5.4.10';

/** The organization (O) values of a DER X.501 Name given by its content (its RDN sets, as ParsedCertificate.issuer has it), in order. */
export function organizationsOf(nameContent: Buffer): string[] {
  try {
    const organizations: string[] = [];
    const whole: Element = { tag: SEQUENCE, start: 0, contentStart: 0, end: nameContent.length };
    for (const relativeName of childrenOf(nameContent, whole)) {
      for (const attribute of childrenOf(nameContent, relativeName)) {
        const [type, value] = childrenOf(nameContent, attribute);
        if (type?.tag === OID && value !== undefined && decodeOid(nameContent.subarray(type.contentStart, type.end)) === ORGANIZATION_OID) {
          organizations.push(nameContent.subarray(value.contentStart, value.end).toString('utf8'));
        }
      }
    }
    return organizations;
  } catch {
    return [];
  }
}

/** A DER element of a parsed buffer: its tag, its whole encoding and its content, and its children when asked. */
export interface DerNode {
  tag: number;
  /** The element's whole encoding (header and content). */
  whole: Buffer;
  content: Buffer;
}

/** The single DER element that `bytes` is (nothing may follow it). */
export function derNode(bytes: Buffer): DerNode {
  const element = readElement(bytes, 0, bytes.length);
  if (element.end !== bytes.length) throw new Error('bytes after a DER element');
  return { tag: element.tag, whole: bytes.subarray(element.start, element.end), content: bytes.subarray(element.contentStart, element.end) };
}

/**
 * Throws unless every constructed element within `node` holds a whole number of DER elements, each
 * at most `maxDepth` levels down (`tooDeep` the message otherwise): read by offsets alone, without
 * making a Buffer per element, since a timestamp carries its authority's certificates (hundreds of
 * elements).
 */
export function expectWholeElements(node: DerNode, maxDepth: number, tooDeep: string): void {
  const bytes = node.whole;
  const check = (element: Element, depth: number): void => {
    if (depth > maxDepth) throw new Error(tooDeep);
    if ((element.tag & 0x20) === 0) return;
    for (let offset = element.contentStart; offset < element.end; ) {
      const child = readElement(bytes, offset, element.end);
      check(child, depth + 1);
      offset = child.end;
    }
  };
  check(readElement(bytes, 0, bytes.length), 0);
}

/** Each node's children, read once: a reader that checks a whole tree and then walks it (an RFC 3161 timestamp) reads each element once. */
const childrenRead = new WeakMap<DerNode, readonly DerNode[]>();

/** The elements a constructed DER element holds, in order (the same array for the same node). */
export function derChildren(node: DerNode): readonly DerNode[] {
  let children = childrenRead.get(node);
  if (children === undefined) {
    const whole: Element = { tag: node.tag, start: 0, contentStart: 0, end: node.content.length };
    children = childrenOf(node.content, whole).map((child) => ({
      tag: child.tag,
      whole: node.content.subarray(child.start, child.end),
      content: node.content.subarray(child.contentStart, child.end),
    }));
    childrenRead.set(node, children);
  }
  return children;
}
