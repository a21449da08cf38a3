import { createHash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import * as der from './der.js';
import { json } from './http.js';
import type { Route, RouteResponse } from './http.js';
import type { GitHubOidcIssuer } from './oidc.js';
import { extension, issueCertificate, OID_COMMON_NAME, OID_ORGANIZATION, randomSerial, signCertificate, STACK_ORGANIZATION, tbsCertificate, toPEM } from './x509.js';

const OID_SUBJECT_ALT_NAME = '2.5.29.17';
const OID_CODE_SIGNING = '1.3.6.1.5.5.7.3.3';
const OID_SCT_LIST = '1.3.6.1.4.1.11129.2.4.2';
const FULCIO_OID = '1.3.6.1.4.1.57264.1';
const GITHUB_URL = 'https://github.com';
const LEAF_LIFETIME_MS = 10 * 60 * 1000;
const CA_BACKDATE_MS = 24 * 60 * 60 * 1000;
const CA_LIFETIME_MS = 10 * 365 * 24 * 60 * 60 * 1000;

/** A certificate with the key that signs under it. */
interface Authority {
  readonly certificate: Buffer;
  readonly name: der.Der;
  readonly privateKey: KeyObject;
  readonly spki: Buffer;
}

/** A Fulcio extension: legacy ones (.1.1 to .1.6) hold raw bytes, the others a DER UTF8String. */
interface ClaimExtension {
  readonly oid: string;
  readonly value: string;
  readonly legacy?: boolean;
}

/** Claims real Fulcio refuses to certify a GitHub workflow without. */
const REQUIRED_GITHUB_CLAIMS = [
  'sub', 'sha', 'event_name', 'repository', 'workflow', 'ref', 'job_workflow_ref', 'job_workflow_sha',
  'runner_environment', 'repository_id', 'repository_owner', 'repository_owner_id', 'workflow_ref',
  'workflow_sha', 'run_id', 'run_attempt',
] as const;

/** A certificate transparency log that hands out the SCTs Fulcio embeds in its certificates (RFC 6962). */
export class CertificateTransparencyLog {
  readonly privateKey: KeyObject;
  readonly publicKeyDer: Buffer;
  readonly logID: Buffer;

  constructor(private readonly clock: () => Date) {
    const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    this.privateKey = pair.privateKey;
    this.publicKeyDer = pair.publicKey.export({ format: 'der', type: 'spki' });
    this.logID = createHash('sha256').update(this.publicKeyDer).digest();
  }

  /** Signs a precertificate entry for the TBS certificate issued under the key with SPKI `issuerSpki`. */
  signedCertificateTimestamp(tbsCertificate: Buffer, issuerSpki: Buffer): Buffer {
    const timestamp = Buffer.alloc(8);
    timestamp.writeBigUInt64BE(BigInt(this.clock().getTime()));
    const tbsLength = Buffer.alloc(3);
    tbsLength.writeUIntBE(tbsCertificate.length, 0, 3);
    const signed = Buffer.concat([
      Buffer.from([0, 0]), // v1, certificate_timestamp
      timestamp,
      Buffer.from([0, 1]), // precert_entry
      createHash('sha256').update(issuerSpki).digest(),
      tbsLength,
      tbsCertificate,
      Buffer.from([0, 0]), // no extensions
    ]);
    const signature = sign('sha256', signed, this.privateKey);
    const signatureLength = Buffer.alloc(2);
    signatureLength.writeUInt16BE(signature.length);
    return Buffer.concat([
      Buffer.from([0]),
      this.logID,
      timestamp,
      Buffer.from([0, 0]),
      Buffer.from([4, 3]), // sha256, ecdsa
      signatureLength,
      signature,
    ]);
  }
}

/** A Fulcio-like certificate authority: a root, an intermediate, and 10-minute code-signing leaves with an SCT. */
export class FulcioCA {
  readonly root: Authority;
  readonly intermediate: Authority;
  /** Start and end of the CA certificates' validity (the start is a day before the stack's clock at start-up). */
  readonly validFrom: Date;
  readonly validUntil: Date;

  /** `startedAt` anchors the CA certificates' validity; `clock` dates the leaves. */
  constructor(
    private readonly clock: () => Date,
    private readonly ctlog: CertificateTransparencyLog,
    startedAt: Date,
    organization = STACK_ORGANIZATION,
  ) {
    const now = startedAt.getTime();
    this.validFrom = new Date(Math.floor((now - CA_BACKDATE_MS) / 1000) * 1000);
    this.validUntil = new Date(Math.floor((now + CA_LIFETIME_MS) / 1000) * 1000);
    const rootKeys = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    const rootName = der.name([[OID_ORGANIZATION, organization], [OID_COMMON_NAME, 'sigstore']]);
    const rootSpki = rootKeys.publicKey.export({ format: 'der', type: 'spki' });
    const rootCertificate = issueCertificate({
      subject: rootName,
      spki: rootSpki,
      issuerName: rootName,
      issuerKey: rootKeys.privateKey,
      issuerSpki: rootSpki,
      notBefore: this.validFrom,
      notAfter: this.validUntil,
      ca: { pathLength: 1 },
    });
    this.root = { certificate: rootCertificate, name: rootName, privateKey: rootKeys.privateKey, spki: rootSpki };
    const intermediateKeys = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    const intermediateName = der.name([[OID_ORGANIZATION, organization], [OID_COMMON_NAME, 'sigstore-intermediate']]);
    const intermediateSpki = intermediateKeys.publicKey.export({ format: 'der', type: 'spki' });
    const intermediateCertificate = issueCertificate({
      subject: intermediateName,
      spki: intermediateSpki,
      issuerName: rootName,
      issuerKey: rootKeys.privateKey,
      issuerSpki: rootSpki,
      notBefore: this.validFrom,
      notAfter: this.validUntil,
      ca: { pathLength: 0 },
      extendedKeyUsage: { oid: OID_CODE_SIGNING, critical: false },
    });
    this.intermediate = {
      certificate: intermediateCertificate,
      name: intermediateName,
      privateKey: intermediateKeys.privateKey,
      spki: intermediateSpki,
    };
  }

  /** The chain Fulcio returns after a leaf, and the trusted root lists: intermediate, then root. */
  get chain(): Buffer[] {
    return [this.intermediate.certificate, this.root.certificate];
  }

  /** Issues a leaf for `publicKey` with a URI SAN and the given Fulcio extensions, with an embedded SCT. */
  issueLeaf(publicKey: KeyObject, subjectAlternativeName: string, claimExtensions: readonly ClaimExtension[]): Buffer {
    const notBefore = this.clock();
    const template = {
      subject: der.sequence(),
      spki: publicKey.export({ format: 'der', type: 'spki' }),
      issuerName: this.intermediate.name,
      issuerKey: this.intermediate.privateKey,
      issuerSpki: this.intermediate.spki,
      notBefore,
      notAfter: new Date(notBefore.getTime() + LEAF_LIFETIME_MS),
      serial: randomSerial(),
      extendedKeyUsage: { oid: OID_CODE_SIGNING, critical: false },
      extensions: [
        // The subject is empty, so the SAN is critical (RFC 5280 4.2.1.6).
        extension(OID_SUBJECT_ALT_NAME, der.sequence(der.implicitPrimitive(6, Buffer.from(subjectAlternativeName, 'ascii'))), true),
        ...claimExtensions.map((e) => extension(e.oid, e.legacy ? Buffer.from(e.value, 'utf8') : der.utf8String(e.value))),
      ],
    };
    // The SCT signs the TBS without the SCT extension (the precertificate minus its poison), as RFC 6962 has it.
    const sct = this.ctlog.signedCertificateTimestamp(tbsCertificate(template), this.intermediate.spki);
    const sctList = Buffer.concat([u16(sct.length + 2), u16(sct.length), sct]);
    const tbs = tbsCertificate({ ...template, extensions: [...template.extensions, extension(OID_SCT_LIST, der.octetString(sctList))] });
    return signCertificate(tbs, this.intermediate.privateKey);
  }
}

/** Fulcio's v2 signing-certificate API for GitHub Actions tokens from the loopback issuer. */
export function fulcioRoutes(ca: FulcioCA, issuer: GitHubOidcIssuer): Route[] {
  return [
    {
      method: 'POST',
      path: '/api/v2/signingCert',
      handle: ({ body, headers }) => createSigningCertificate(ca, issuer, body, headers.authorization),
    },
    {
      method: 'POST',
      path: '/api/v1/signingCert',
      handle: ({ body, headers }) => createLegacySigningCertificate(ca, issuer, body, headers.authorization),
    },
    {
      method: 'GET',
      path: '/api/v2/trustBundle',
      handle: () => json(200, { chains: [{ certificates: ca.chain.map(toPEM) }] }),
    },
  ];
}

function createSigningCertificate(ca: FulcioCA, issuer: GitHubOidcIssuer, body: Buffer, authorization: string | undefined): RouteResponse {
  let request: SigningCertificateRequest;
  try {
    request = parseRequest(body, authorization);
  } catch (error) {
    return grpcError(400, 3, `The request could not be parsed: ${(error as Error).message}`);
  }
  let claims: Record<string, unknown>;
  try {
    claims = issuer.verifyToken(request.token, 'sigstore');
  } catch (error) {
    return grpcError(401, 16, `There was an error processing the identity token: ${(error as Error).message}`);
  }
  const missing = REQUIRED_GITHUB_CLAIMS.filter((claim) => typeof claims[claim] !== 'string' || claims[claim] === '');
  if (missing.length > 0) {
    return grpcError(401, 16, `There was an error processing the identity token: missing ${missing.join(', ')} claim`);
  }
  let publicKey: KeyObject;
  let csr: CertificationRequest | undefined;
  try {
    if ('csr' in request.key) {
      csr = parseCertificationRequest(request.key.csr);
      publicKey = csr.publicKey;
    } else {
      publicKey = createPublicKey(request.key.publicKeyPEM);
    }
  } catch {
    return grpcError(400, 3, 'The public key supplied in the request could not be parsed');
  }
  if (csr !== undefined) {
    // A CSR proves possession by its own signature (what sigstore-python sends).
    if (!verify(csr.hash, csr.signedPart, publicKey, csr.signature)) {
      return grpcError(400, 3, 'The certificate signing request signature could not be verified');
    }
  } else if ('proofOfPossession' in request.key) {
    const subject = String(claims['sub']);
    const algorithm = publicKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    if (!verify(algorithm, Buffer.from(subject, 'utf8'), publicKey, request.key.proofOfPossession)) {
      return grpcError(400, 3, 'The signature supplied in the request could not be verified');
    }
  }
  const leaf = ca.issueLeaf(publicKey, `${GITHUB_URL}/${String(claims['job_workflow_ref'])}`, githubExtensions(claims));
  // 200, as real Fulcio's v2 API answers (only the legacy v1 API answers 201); sigstore-go refuses anything but 200.
  return json(200, {
    signedCertificateEmbeddedSct: { chain: { certificates: [leaf, ...ca.chain].map(toPEM) } },
  });
}

/**
 * Fulcio's legacy v1 API, which cosign 2 uses without a signing config: `{publicKey: {content}, signedEmailAddress}`
 * (base64 of the PEM key and of the signature over the token's subject), the token as `Authorization: Bearer`;
 * answered with 201 and the PEM chain, leaf first (its SCT embedded, so no `SCT` header).
 */
function createLegacySigningCertificate(ca: FulcioCA, issuer: GitHubOidcIssuer, body: Buffer, authorization: string | undefined): RouteResponse {
  let v2Body: Buffer;
  try {
    const request = JSON.parse(body.toString('utf8')) as { publicKey?: { content?: unknown }; signedEmailAddress?: unknown; certificateSigningRequest?: unknown };
    const content = request.publicKey?.content;
    const proof = request.signedEmailAddress;
    if (typeof request.certificateSigningRequest === 'string') {
      v2Body = Buffer.from(JSON.stringify({ certificateSigningRequest: request.certificateSigningRequest }));
    } else if (typeof content === 'string' && typeof proof === 'string') {
      const key = Buffer.from(content, 'base64');
      // cosign sends the PEM's bytes; other v1 clients sent DER.
      const pem = key.toString('latin1').startsWith('-----BEGIN') ? key.toString('latin1') : createPublicKey({ key, format: 'der', type: 'spki' }).export({ format: 'pem', type: 'spki' }).toString();
      v2Body = Buffer.from(JSON.stringify({ publicKeyRequest: { publicKey: { content: pem }, proofOfPossession: proof } }));
    } else {
      throw new Error('expected publicKey.content and signedEmailAddress, or certificateSigningRequest');
    }
  } catch (error) {
    return grpcError(400, 3, `The request could not be parsed: ${(error as Error).message}`);
  }
  const answer = createSigningCertificate(ca, issuer, v2Body, authorization);
  if (answer.status !== 200) return answer;
  const { signedCertificateEmbeddedSct } = JSON.parse(answer.body.toString()) as { signedCertificateEmbeddedSct: { chain: { certificates: string[] } } };
  return { status: 201, body: signedCertificateEmbeddedSct.chain.certificates.join(''), contentType: 'application/pem-certificate-chain' };
}

/** A request for a certificate: the token, and the key as a public key with a signed subject, or as a CSR. */
interface SigningCertificateRequest {
  readonly token: string;
  readonly key: { readonly publicKeyPEM: string; readonly proofOfPossession: Buffer } | { readonly csr: Buffer };
}

/** The request body; the token may instead come as `Authorization: Bearer` (as sigstore-python sends it). */
function parseRequest(body: Buffer, authorization: string | undefined): SigningCertificateRequest {
  const request = JSON.parse(body.toString('utf8')) as {
    credentials?: { oidcIdentityToken?: unknown };
    publicKeyRequest?: { publicKey?: { content?: unknown }; proofOfPossession?: unknown };
    certificateSigningRequest?: unknown;
  };
  const bearer = /^bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  const token = request.credentials?.oidcIdentityToken ?? bearer;
  const publicKeyPEM = request.publicKeyRequest?.publicKey?.content;
  const proof = request.publicKeyRequest?.proofOfPossession;
  const csr = request.certificateSigningRequest;
  if (typeof token === 'string' && typeof csr === 'string') {
    return { token, key: { csr: Buffer.from(csr, 'base64') } };
  }
  if (typeof token !== 'string' || typeof publicKeyPEM !== 'string' || typeof proof !== 'string') {
    throw new Error('expected credentials.oidcIdentityToken, and publicKeyRequest.publicKey.content and publicKeyRequest.proofOfPossession, or certificateSigningRequest');
  }
  return { token, key: { publicKeyPEM, proofOfPossession: Buffer.from(proof, 'base64') } };
}

/** The parts of a PKCS#10 certification request that prove possession of its key. */
interface CertificationRequest {
  readonly publicKey: KeyObject;
  /** The DER CertificationRequestInfo, which the signature covers. */
  readonly signedPart: Buffer;
  readonly hash: string | null;
  readonly signature: Buffer;
}

const CSR_SIGNATURE_HASHES: ReadonlyMap<string, string | null> = new Map([
  [der.oid('1.2.840.10045.4.3.2').toString('hex'), 'sha256'],
  [der.oid('1.2.840.10045.4.3.3').toString('hex'), 'sha384'],
  [der.oid('1.2.840.10045.4.3.4').toString('hex'), 'sha512'],
  [der.oid('1.3.101.112').toString('hex'), null],
]);

/** Reads a CSR sent as PEM or DER (Fulcio's certificateSigningRequest holds the PEM's bytes). */
function parseCertificationRequest(bytes: Buffer): CertificationRequest {
  const text = bytes.toString('latin1');
  const pem = /-----BEGIN CERTIFICATE REQUEST-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE REQUEST-----/.exec(text);
  const derBytes = pem?.[1] === undefined ? bytes : Buffer.from(pem[1].replace(/\s/g, ''), 'base64');
  const [info, algorithm, signature] = der.children(der.readElement(derBytes));
  if (info === undefined || algorithm === undefined || signature === undefined || signature.tag !== 0x03) {
    throw new Error('not a certification request');
  }
  const [, , spki] = der.children(info);
  const [algorithmOid] = der.children(algorithm);
  const hash = algorithmOid === undefined ? undefined : CSR_SIGNATURE_HASHES.get(algorithmOid.whole.toString('hex'));
  if (spki === undefined || hash === undefined) {
    throw new Error('unsupported certification request');
  }
  return { publicKey: createPublicKey({ key: spki.whole, format: 'der', type: 'spki' }), signedPart: info.whole, hash, signature: signature.content.subarray(1) };
}

/** The extensions real Fulcio's github-workflow principal embeds, in OID order. */
function githubExtensions(claims: Record<string, unknown>): ClaimExtension[] {
  const claim = (name: string): string => String(claims[name]);
  const extensions: ClaimExtension[] = [
    { oid: `${FULCIO_OID}.1`, value: claim('iss'), legacy: true },
    { oid: `${FULCIO_OID}.2`, value: claim('event_name'), legacy: true },
    { oid: `${FULCIO_OID}.3`, value: claim('sha'), legacy: true },
    { oid: `${FULCIO_OID}.4`, value: claim('workflow'), legacy: true },
    { oid: `${FULCIO_OID}.5`, value: claim('repository'), legacy: true },
    { oid: `${FULCIO_OID}.6`, value: claim('ref'), legacy: true },
    { oid: `${FULCIO_OID}.8`, value: claim('iss') },
    { oid: `${FULCIO_OID}.9`, value: `${GITHUB_URL}/${claim('job_workflow_ref')}` },
    { oid: `${FULCIO_OID}.10`, value: claim('job_workflow_sha') },
    { oid: `${FULCIO_OID}.11`, value: claim('runner_environment') },
    { oid: `${FULCIO_OID}.12`, value: `${GITHUB_URL}/${claim('repository')}` },
    { oid: `${FULCIO_OID}.13`, value: claim('sha') },
    { oid: `${FULCIO_OID}.14`, value: claim('ref') },
    { oid: `${FULCIO_OID}.15`, value: claim('repository_id') },
    { oid: `${FULCIO_OID}.16`, value: `${GITHUB_URL}/${claim('repository_owner')}` },
    { oid: `${FULCIO_OID}.17`, value: claim('repository_owner_id') },
    { oid: `${FULCIO_OID}.18`, value: `${GITHUB_URL}/${claim('workflow_ref')}` },
    { oid: `${FULCIO_OID}.19`, value: claim('workflow_sha') },
    { oid: `${FULCIO_OID}.20`, value: claim('event_name') },
    {
      oid: `${FULCIO_OID}.21`,
      value: `${GITHUB_URL}/${claim('repository')}/actions/runs/${claim('run_id')}/attempts/${claim('run_attempt')}`,
    },
  ];
  if (typeof claims['repository_visibility'] === 'string') {
    extensions.push({ oid: `${FULCIO_OID}.22`, value: claims['repository_visibility'] });
  }
  return extensions;
}

function u16(value: number): Buffer {
  const bytes = Buffer.alloc(2);
  bytes.writeUInt16BE(value);
  return bytes;
}

function grpcError(status: number, code: number, message: string): RouteResponse {
  return json(status, { code, message, details: [] });
}
