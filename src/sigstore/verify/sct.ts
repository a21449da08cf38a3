import { verify as verifyBytes, type KeyObject } from 'node:crypto';

/** A signed certificate timestamp (RFC 6962 3.2) embedded in a certificate. */
export interface SignedCertificateTimestamp {
  version: number;
  /** SHA-256 of the CT log's public key. */
  logId: Buffer;
  /** Milliseconds since the epoch, as the log signed them (8 bytes). */
  timestamp: Buffer;
  time: Date;
  extensions: Buffer;
  /** TLS HashAlgorithm code (4: SHA-256). */
  hashAlgorithm: number;
  signature: Buffer;
}

/** Reads TLS-encoded fields one after another, refusing any read past the end. */
class TlsReader {
  private offset = 0;
  constructor(private readonly bytes: Buffer) {}

  get done(): boolean {
    return this.offset === this.bytes.length;
  }

  block(length: number): Buffer {
    if (this.offset + length > this.bytes.length) throw new Error('truncated signed certificate timestamp list');
    const block = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return block;
  }

  uint8(): number {
    return this.block(1)[0] as number;
  }

  uint16(): number {
    return this.block(2).readUInt16BE(0);
  }
}

/**
 * The SCTs of a SignedCertificateTimestampList (RFC 6962 3.3: a two-byte length, then each SCT
 * behind its own two-byte length), read without building an ASN.1 tree; any length that does not
 * add up, or a byte left over, is an error.
 */
export function parseSctList(list: Buffer): SignedCertificateTimestamp[] {
  const outer = new TlsReader(list);
  const entries = new TlsReader(outer.block(outer.uint16()));
  if (!outer.done) throw new Error('bytes after the signed certificate timestamp list');
  const scts: SignedCertificateTimestamp[] = [];
  while (!entries.done) {
    const sct = new TlsReader(entries.block(entries.uint16()));
    const version = sct.uint8();
    const logId = sct.block(32);
    const timestamp = sct.block(8);
    const extensions = sct.block(sct.uint16());
    const hashAlgorithm = sct.uint8();
    sct.uint8(); // the signature algorithm: the log's key decides how the signature is checked
    const signature = sct.block(sct.uint16());
    if (!sct.done) throw new Error('bytes after a signed certificate timestamp');
    scts.push({ version, logId, timestamp, time: new Date(Number(timestamp.readBigUInt64BE(0))), extensions, hashAlgorithm, signature });
  }
  return scts;
}

const HASHES: Readonly<Record<number, string>> = { 4: 'sha256', 5: 'sha384', 6: 'sha512' };

/**
 * Whether a log's key signed the SCT over a precertificate entry (RFC 6962 3.2: version,
 * certificate_timestamp, the time, precert_entry, `preCert` = issuer key hash, 24-bit length and
 * TBS without the SCT list, then the extensions); an SCT with an unknown hash never verifies.
 */
export function verifySct(sct: SignedCertificateTimestamp, preCert: Buffer, key: KeyObject): boolean {
  const hash = HASHES[sct.hashAlgorithm];
  if (hash === undefined) return false;
  const extensionsLength = Buffer.alloc(2);
  extensionsLength.writeUInt16BE(sct.extensions.length);
  const signed = Buffer.concat([Buffer.from([sct.version, 0]), sct.timestamp, Buffer.from([0, 1]), preCert, extensionsLength, sct.extensions]);
  try {
    return verifyBytes(hash, signed, key, sct.signature);
  } catch {
    return false;
  }
}
