/** A DER-encoded ASN.1 value. */
export type Der = Buffer;

function encodeLength(length: number): Buffer {
  if (length < 0x80) {
    return Buffer.from([length]);
  }
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) {
    bytes.unshift(rest % 256);
  }
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** A TLV with the given tag byte. */
export function tlv(tag: number, content: Buffer): Der {
  return Buffer.concat([Buffer.from([tag]), encodeLength(content.length), content]);
}

/** SEQUENCE of the given elements. */
export const sequence = (...elements: Der[]): Der => tlv(0x30, Buffer.concat(elements));
/** SET of the given elements (sorted, as DER requires for SET OF). */
export const set = (...elements: Der[]): Der => tlv(0x31, Buffer.concat([...elements].sort(Buffer.compare)));
/** OCTET STRING. */
export const octetString = (bytes: Buffer): Der => tlv(0x04, bytes);
/** BIT STRING with no unused bits. */
export const bitString = (bytes: Buffer): Der => tlv(0x03, Buffer.concat([Buffer.from([0]), bytes]));
/** UTF8String. */
export const utf8String = (text: string): Der => tlv(0x0c, Buffer.from(text, 'utf8'));
/** BOOLEAN. */
export const boolean = (value: boolean): Der => tlv(0x01, Buffer.from([value ? 0xff : 0]));
/** NULL. */
export const nullValue = (): Der => Buffer.from([0x05, 0x00]);
/** [n] EXPLICIT wrapper (constructed context-specific tag). */
export const explicit = (n: number, inner: Der): Der => tlv(0xa0 | n, inner);
/** [n] IMPLICIT primitive context-specific value. */
export const implicitPrimitive = (n: number, bytes: Buffer): Der => tlv(0x80 | n, bytes);

/** INTEGER from a non-negative bigint or unsigned big-endian bytes. */
export function integer(value: bigint | number | Buffer): Der {
  let bytes: Buffer;
  if (Buffer.isBuffer(value)) {
    bytes = value;
  } else {
    const hex = BigInt(value).toString(16);
    bytes = Buffer.from(hex.length % 2 === 0 ? hex : `0${hex}`, 'hex');
  }
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0 && (bytes[start + 1] ?? 0) < 0x80) {
    start += 1;
  }
  bytes = bytes.subarray(start);
  if ((bytes[0] ?? 0) >= 0x80) {
    bytes = Buffer.concat([Buffer.from([0]), bytes]);
  }
  return tlv(0x02, bytes);
}

/** OBJECT IDENTIFIER from dotted notation. */
export function oid(dotted: string): Der {
  const arcs = dotted.split('.').map((arc) => BigInt(arc));
  const [first = 0n, second = 0n, ...rest] = arcs;
  const bytes: number[] = [];
  for (const arc of [first * 40n + second, ...rest]) {
    const chunk: number[] = [];
    let value = arc;
    do {
      chunk.unshift(Number(value & 0x7fn));
      value >>= 7n;
    } while (value > 0n);
    for (let i = 0; i < chunk.length - 1; i += 1) {
      chunk[i] = (chunk[i] ?? 0) | 0x80;
    }
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

/** UTCTime (years 1950-2049) or GeneralizedTime otherwise, whole seconds, as RFC 5280 requires. */
export function time(date: Date): Der {
  const iso = date.toISOString();
  const digits = iso.slice(0, 19).replace(/[-:T]/g, '');
  const year = date.getUTCFullYear();
  return year >= 1950 && year < 2050
    ? tlv(0x17, Buffer.from(`${digits.slice(2)}Z`, 'ascii'))
    : tlv(0x18, Buffer.from(`${digits}Z`, 'ascii'));
}

/** A distinguished name of the given attributes, one RDN each (e.g. [['2.5.4.10', 'org'], ['2.5.4.3', 'cn']]). */
export function name(attributes: ReadonlyArray<readonly [string, string]>): Der {
  return sequence(...attributes.map(([type, value]) => set(sequence(oid(type), utf8String(value)))));
}

/** One decoded TLV: its tag, the whole encoding and the content bytes. */
export interface DerElement {
  readonly tag: number;
  readonly whole: Buffer;
  readonly content: Buffer;
}

/** Reads the TLV starting at `offset`. */
export function readElement(bytes: Buffer, offset = 0): DerElement {
  const tag = bytes[offset];
  let lengthByte = bytes[offset + 1];
  if (tag === undefined || lengthByte === undefined) {
    throw new Error('truncated DER');
  }
  let headerLength = 2;
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    length = 0;
    for (let i = 0; i < count; i += 1) {
      lengthByte = bytes[offset + 2 + i];
      if (lengthByte === undefined) {
        throw new Error('truncated DER length');
      }
      length = length * 256 + lengthByte;
    }
    headerLength += count;
  }
  const end = offset + headerLength + length;
  if (end > bytes.length) {
    throw new Error('DER element longer than its input');
  }
  return { tag, whole: bytes.subarray(offset, end), content: bytes.subarray(offset + headerLength, end) };
}

/** The child elements of a constructed element. */
export function children(element: DerElement): DerElement[] {
  const result: DerElement[] = [];
  for (let offset = 0; offset < element.content.length; ) {
    const child = readElement(element.content, offset);
    result.push(child);
    offset += child.whole.length;
  }
  return result;
}
