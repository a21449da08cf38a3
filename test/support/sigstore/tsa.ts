import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import * as der from './der.js';
import { json } from './http.js';
import type { Route, RouteResponse } from './http.js';
import { extension, issueCertificate, OID_COMMON_NAME, OID_ORGANIZATION, randomSerial, STACK_ORGANIZATION, toPEM } from './x509.js';

const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_TST_INFO = '1.2.840.113549.1.9.16.1.4';
const OID_CONTENT_TYPE = '1.2.840.113549.1.9.3';
const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';
const OID_SIGNING_CERTIFICATE = '1.2.840.113549.1.9.16.2.12';
const OID_SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';
const OID_SHA256 = '2.16.840.1.101.3.4.2.1';
const OID_ECDSA_SHA256 = '1.2.840.10045.4.3.2';
const OID_TIME_STAMPING = '1.3.6.1.5.5.7.3.8';
/** The policy sigstore's timestamp-authority uses when a request names none. */
const DEFAULT_POLICY = '1.3.6.1.4.1.57264.2';
const HASH_OIDS: Readonly<Record<string, { oid: string; length: number }>> = {
  sha256: { oid: OID_SHA256, length: 32 },
  sha384: { oid: '2.16.840.1.101.3.4.2.2', length: 48 },
  sha512: { oid: '2.16.840.1.101.3.4.2.3', length: 64 },
};

/** A parsed timestamp request (the JSON form of sigstore's timestamp-authority, or an RFC 3161 TimeStampReq). */
interface TimestampRequest {
  readonly hashOID: string;
  readonly hashedMessage: Buffer;
  readonly policy: string;
  readonly nonce: Buffer | undefined;
  readonly certReq: boolean;
}

/** How a token departs from RFC 3161 and RFC 5652, for tests of verifiers; every flaw is still signed by the TSA. */
export interface TokenFlaws {
  /** The TSTInfo's version (RFC 3161: 1). */
  readonly tstInfoVersion?: number;
  /** genTime as a UTCTime (RFC 3161: GeneralizedTime). */
  readonly utcGenTime?: boolean;
  /** The signed content-type attribute's value (RFC 5652: the eContentType, id-ct-TSTInfo), or null for none. */
  readonly contentType?: string | null;
  /** A second SignerInfo after the TSA's, a copy of it (RFC 3161 2.4.2: the TSA's signature alone). */
  readonly secondSigner?: boolean;
  /**
   * The ESS signing-certificate attribute (RFC 3161 2.4.1, RFC 5816): `v1` for signingCertificate (a SHA-1 hash) rather
   * than v2, `null` for none; `of` the certificate it names (the signing certificate unless given).
   */
  readonly signingCertificate?: { readonly version?: 1 | 2; readonly of?: Buffer } | null;
  /** The signed signing-time attribute's time (RFC 5652 11.3; genTime unless given), or null for none. */
  readonly signingTime?: Date | null;
  /** The response's PKIStatus (RFC 3161 2.4.2: 0 granted, 1 grantedWithMods), with the token all the same. */
  readonly status?: number;
  /** A signed attribute given twice (RFC 5652 11: one each), or one holding its value twice (one value each). */
  readonly repeated?: { readonly attribute: SignedAttributeName; readonly as: 'attribute' | 'value' };
  /** genTime's text as written, in place of the time's (RFC 3161 2.4.2: a GeneralizedTime ending in Z). */
  readonly genTimeText?: string;
  /** The eContent as a constructed OCTET STRING of two segments, as BER allows (DER: one primitive OCTET STRING); the signature is unchanged, being over the TSTInfo's bytes. */
  readonly constructedEContent?: boolean;
}

/** The signed attributes a token's flaws can repeat. */
export type SignedAttributeName = 'messageDigest' | 'signingTime' | 'signingCertificate';

/** Thrown for a request the TSA answers with 400. */
class BadRequestError extends Error {}

/** An RFC 3161 timestamp authority: a root and a timeStamping signing certificate; genTime in whole seconds. */
export class TimestampAuthority {
  /** Signing certificate first, then the root, as the trusted root lists a TSA chain. */
  readonly chain: Buffer[];
  private readonly signingKey: KeyObject;
  private readonly signerName: der.Der;
  private readonly rootName: der.Der;
  private readonly signerSerial: Buffer;

  /**
   * `profile` breaks the chain's profile, for tests of verifiers: the signing certificate's extended
   * key usages (none for an empty list), whether that extension is critical and whether the signing
   * certificate is a CA, the root's basic constraints.
   */
  constructor(
    private readonly clock: () => Date,
    validFrom: Date,
    notAfter: Date,
    profile: { signerExtendedKeyUsage?: string | readonly string[]; signerExtendedKeyUsageCritical?: boolean; signerIsCA?: boolean; rootIsCA?: boolean } = {},
  ) {
    const rootKeys = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    const signerKeys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    this.signingKey = signerKeys.privateKey;
    this.rootName = der.name([[OID_ORGANIZATION, STACK_ORGANIZATION], [OID_COMMON_NAME, 'tsa']]);
    this.signerName = der.name([[OID_ORGANIZATION, STACK_ORGANIZATION], [OID_COMMON_NAME, 'tsa signing']]);
    this.signerSerial = randomSerial();
    const rootSpki = rootKeys.publicKey.export({ format: 'der', type: 'spki' });
    const root = issueCertificate({
      subject: this.rootName,
      spki: rootSpki,
      issuerName: this.rootName,
      issuerKey: rootKeys.privateKey,
      issuerSpki: rootSpki,
      notBefore: validFrom,
      notAfter,
      ca: { pathLength: 0, ...(profile.rootIsCA === false ? { cA: false as const } : {}) },
    });
    const usages = typeof profile.signerExtendedKeyUsage === 'string' ? [profile.signerExtendedKeyUsage] : (profile.signerExtendedKeyUsage ?? [OID_TIME_STAMPING]);
    const signer = issueCertificate({
      subject: this.signerName,
      spki: signerKeys.publicKey.export({ format: 'der', type: 'spki' }),
      issuerName: this.rootName,
      issuerKey: rootKeys.privateKey,
      issuerSpki: rootSpki,
      notBefore: validFrom,
      notAfter,
      serial: this.signerSerial,
      ...(profile.signerIsCA === true ? { ca: { pathLength: 0 } } : {}),
      // RFC 3161 2.3: the only, critical, extended key usage of a TSA certificate is timeStamping.
      extensions: usages.length === 0 ? [] : [extension('2.5.29.37', der.sequence(...usages.map((usage) => der.oid(usage))), profile.signerExtendedKeyUsageCritical ?? true)],
    });
    this.chain = [signer, root];
  }

  /** POST /api/v1/timestamp: JSON requests as sigstore-js sends them, or DER application/timestamp-query. */
  routes(): Route[] {
    return [
      {
        method: 'POST',
        path: '/api/v1/timestamp',
        handle: ({ headers, body }) => this.answer(headers['content-type'] ?? '', body),
      },
      {
        method: 'GET',
        path: '/api/v1/timestamp/certchain',
        handle: () => ({
          status: 200,
          body: this.chain.map(toPEM).join(''),
          contentType: 'application/pem-certificate-chain',
        }),
      },
    ];
  }

  /** A TimeStampResp (status granted) over the request's message imprint, with `flaws` if any. */
  timestamp(request: TimestampRequest, flaws: TokenFlaws = {}): Buffer {
    const genTime = new Date(Math.floor(this.clock().getTime() / 1000) * 1000);
    const tstInfo = der.sequence(
      der.integer(flaws.tstInfoVersion ?? 1),
      der.oid(request.policy),
      der.sequence(der.sequence(der.oid(request.hashOID), der.nullValue()), der.octetString(request.hashedMessage)),
      der.integer(randomBytes(16)),
      flaws.genTimeText !== undefined ? der.tlv(0x18, Buffer.from(flaws.genTimeText, 'latin1')) : flaws.utcGenTime === true ? der.time(genTime) : generalizedTime(genTime),
      der.sequence(der.integer(1)), // accuracy: 1 second
      ...(request.nonce ? [der.tlv(0x02, request.nonce)] : []),
    );
    const ess = flaws.signingCertificate === null ? undefined : { version: flaws.signingCertificate?.version ?? 2, of: flaws.signingCertificate?.of ?? (this.chain[0] as Buffer) };
    const signingCertificate = der.sequence(
      der.sequence(
        der.sequence(
          der.octetString(createHash(ess?.version === 1 ? 'sha1' : 'sha256').update(ess?.of ?? Buffer.alloc(0)).digest()),
          der.sequence(der.sequence(der.explicit(4, this.rootName)), der.integer(this.signerSerial)),
        ),
      ),
    );
    const signedAttribute = (name: SignedAttributeName, type: string, value: der.Der): der.Der[] => {
      const once = flaws.repeated?.attribute === name && flaws.repeated.as === 'value' ? der.sequence(der.oid(type), der.set(value, value)) : attribute(type, value);
      return flaws.repeated?.attribute === name && flaws.repeated.as === 'attribute' ? [once, once] : [once];
    };
    const attributes = [
      ...(flaws.contentType === null ? [] : [attribute(OID_CONTENT_TYPE, der.oid(flaws.contentType ?? OID_TST_INFO))]),
      ...(flaws.signingTime === null ? [] : signedAttribute('signingTime', OID_SIGNING_TIME, der.time(flaws.signingTime ?? genTime))),
      ...signedAttribute('messageDigest', OID_MESSAGE_DIGEST, der.octetString(createHash('sha256').update(tstInfo).digest())),
      ...(ess === undefined ? [] : signedAttribute('signingCertificate', ess.version === 1 ? OID_SIGNING_CERTIFICATE : OID_SIGNING_CERTIFICATE_V2, signingCertificate)),
    ];
    // CMS signs the DER SET OF the attributes; the SignerInfo carries them as [0] IMPLICIT.
    const signedAttributes = der.set(...attributes);
    const signature = sign('sha256', signedAttributes, this.signingKey);
    const signerInfo = der.sequence(
      der.integer(1),
      der.sequence(this.rootName, der.integer(this.signerSerial)),
      der.sequence(der.oid(OID_SHA256)),
      Buffer.concat([Buffer.from([0xa0]), signedAttributes.subarray(1)]),
      der.sequence(der.oid(OID_ECDSA_SHA256)),
      der.octetString(signature),
    );
    const signedData = der.sequence(
      der.integer(3),
      der.set(der.sequence(der.oid(OID_SHA256))),
      der.sequence(der.oid(OID_TST_INFO), der.explicit(0, flaws.constructedEContent === true ? der.tlv(0x24, Buffer.concat([der.octetString(tstInfo.subarray(0, 10)), der.octetString(tstInfo.subarray(10))])) : der.octetString(tstInfo))),
      ...(request.certReq ? [der.tlv(0xa0, this.chain[0] as Buffer)] : []),
      der.set(...(flaws.secondSigner === true ? [signerInfo, signerInfo] : [signerInfo])),
    );
    const token = der.sequence(der.oid(OID_SIGNED_DATA), der.explicit(0, signedData));
    return der.sequence(der.sequence(der.integer(flaws.status ?? 0)), token);
  }

  private answer(contentType: string, body: Buffer): RouteResponse {
    let request: TimestampRequest;
    try {
      request = contentType.startsWith('application/timestamp-query') ? parseDERRequest(body) : parseJSONRequest(body);
    } catch (error) {
      if (error instanceof BadRequestError || error instanceof SyntaxError) {
        return json(400, { code: 400, message: `invalid timestamp request: ${error.message}` });
      }
      throw error;
    }
    return { status: 201, body: this.timestamp(request), contentType: 'application/timestamp-reply' };
  }
}

function parseJSONRequest(body: Buffer): TimestampRequest {
  const request = JSON.parse(body.toString('utf8')) as {
    artifactHash?: unknown;
    hashAlgorithm?: unknown;
    certificates?: unknown;
    nonce?: unknown;
    tsaPolicyOID?: unknown;
  };
  const hash = typeof request.hashAlgorithm === 'string' ? HASH_OIDS[request.hashAlgorithm] : undefined;
  if (!hash || typeof request.artifactHash !== 'string') {
    throw new BadRequestError('expected artifactHash (base64) and hashAlgorithm (sha256, sha384 or sha512)');
  }
  const hashedMessage = Buffer.from(request.artifactHash, 'base64');
  if (hashedMessage.length !== hash.length) {
    throw new BadRequestError(`artifactHash is ${hashedMessage.length} bytes, ${request.hashAlgorithm} needs ${hash.length}`);
  }
  let nonce: Buffer | undefined;
  if (request.nonce !== undefined) {
    if (typeof request.nonce !== 'number' || !Number.isSafeInteger(request.nonce) || request.nonce < 0) {
      throw new BadRequestError('nonce must be a non-negative integer');
    }
    nonce = der.integer(request.nonce).subarray(2);
  }
  return {
    hashOID: hash.oid,
    hashedMessage,
    policy: typeof request.tsaPolicyOID === 'string' ? request.tsaPolicyOID : DEFAULT_POLICY,
    nonce,
    certReq: request.certificates === true,
  };
}

/** RFC 3161 2.4.1 TimeStampReq. */
function parseDERRequest(body: Buffer): TimestampRequest {
  try {
    const fields = der.children(der.readElement(body));
    const [version, imprint, ...rest] = fields;
    if (version?.tag !== 0x02 || imprint?.tag !== 0x30) {
      throw new BadRequestError('TimeStampReq needs a version and a messageImprint');
    }
    const [algorithm, hashed] = der.children(imprint);
    const algorithmOID = algorithm ? der.children(algorithm)[0] : undefined;
    const hash = Object.values(HASH_OIDS).find((h) => algorithmOID && der.oid(h.oid).equals(algorithmOID.whole));
    if (!hash || hashed?.tag !== 0x04 || hashed.content.length !== hash.length) {
      throw new BadRequestError('messageImprint must be a SHA-256, SHA-384 or SHA-512 digest');
    }
    const policy = rest.find((f) => f.tag === 0x06);
    return {
      hashOID: hash.oid,
      hashedMessage: Buffer.from(hashed.content),
      policy: policy ? decodeOID(policy.content) : DEFAULT_POLICY,
      nonce: rest.find((f) => f.tag === 0x02)?.content,
      certReq: rest.some((f) => f.tag === 0x01 && f.content[0] !== 0),
    };
  } catch (error) {
    throw error instanceof BadRequestError ? error : new BadRequestError((error as Error).message);
  }
}

function decodeOID(content: Buffer): string {
  const arcs: bigint[] = [];
  let value = 0n;
  for (const byte of content) {
    value = (value << 7n) | BigInt(byte & 0x7f);
    if ((byte & 0x80) === 0) {
      arcs.push(value);
      value = 0n;
    }
  }
  const [first = 0n, ...rest] = arcs;
  const head = first < 80n ? [first / 40n, first % 40n] : [2n, first - 80n];
  return [...head, ...rest].join('.');
}

function attribute(type: string, value: der.Der): der.Der {
  return der.sequence(der.oid(type), der.set(value));
}

/** GeneralizedTime with whole seconds, as RFC 3161 allows and @sigstore/core parses. */
function generalizedTime(date: Date): der.Der {
  const digits = date.toISOString().slice(0, 19).replace(/[-:T]/g, '');
  return der.tlv(0x18, Buffer.from(`${digits}Z`, 'ascii'));
}
