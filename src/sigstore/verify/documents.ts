// Sigstore bundles and trusted roots read from their protobuf JSON by this verifier alone, without
// @sigstore/protobuf-specs' generated readers and @sigstore/bundle's checks: loading and running
// those (a 150 KiB chunk of a hundred modules, bundled) was about 3 ms of every `verify-blob`. The
// reading is at least as strict as theirs: every known field has its JSON type (shape.ts; a null
// field of a bundle is absent, as protobuf JSON reads it), an enum is one of the names protobuf-specs knows,
// and a bundle holds what @sigstore/bundle requires of its version.
import { quoted } from '../../core/quote.js';
import { VerifyError } from './errors.js';
import { BUNDLE_SHAPE, findShapeViolation, TRUSTED_ROOT_SHAPE } from './shape.js';

/** The bundle media types this verifier reads (protobuf-specs' v0.1, v0.2 and v0.3, the last in both spellings). */
export const BUNDLE_MEDIA_TYPES = {
  v01: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
  v02: 'application/vnd.dev.sigstore.bundle+json;version=0.2',
  v03: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  v03Legacy: 'application/vnd.dev.sigstore.bundle+json;version=0.3',
} as const;

const MEDIA_TYPES = new Set<string>(Object.values(BUNDLE_MEDIA_TYPES));

/** protobuf-specs' HashAlgorithm names; another name is refused, as its reader refuses it. */
const HASH_ALGORITHMS = new Set(['HASH_ALGORITHM_UNSPECIFIED', 'SHA2_256', 'SHA2_384', 'SHA2_512', 'SHA3_256', 'SHA3_384']);

/** protobuf-specs' PublicKeyDetails names. */
const PUBLIC_KEY_DETAILS = new Set([
  'PUBLIC_KEY_DETAILS_UNSPECIFIED', 'PKCS1_RSA_PKCS1V5', 'PKCS1_RSA_PSS', 'PKIX_RSA_PKCS1V5', 'PKIX_RSA_PSS', 'PKIX_RSA_PKCS1V15_2048_SHA256', 'PKIX_RSA_PKCS1V15_3072_SHA256',
  'PKIX_RSA_PKCS1V15_4096_SHA256', 'PKIX_RSA_PSS_2048_SHA256', 'PKIX_RSA_PSS_3072_SHA256', 'PKIX_RSA_PSS_4096_SHA256', 'PKIX_ECDSA_P256_HMAC_SHA_256', 'PKIX_ECDSA_P256_SHA_256',
  'PKIX_ECDSA_P384_SHA_384', 'PKIX_ECDSA_P521_SHA_512', 'PKIX_ED25519', 'PKIX_ED25519_PH', 'PKIX_ECDSA_P384_SHA_256', 'PKIX_ECDSA_P521_SHA_256', 'LMS_SHA256', 'LMOTS_SHA256',
  'ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87',
]);

/** A transparency-log entry of a bundle, its bytes decoded; absent int64 fields read "0", as protobuf JSON has it. */
export interface TransparencyLogEntry {
  logIndex: string;
  logId: { keyId: Buffer };
  kindVersion: { kind: string; version: string };
  integratedTime: string;
  inclusionPromise?: { signedEntryTimestamp: Buffer };
  inclusionProof?: { logIndex: string; rootHash: Buffer; treeSize: string; hashes: Buffer[]; checkpoint?: { envelope: string } };
  canonicalizedBody: Buffer;
}

/** What signs a bundle: a key named by a hint, a certificate chain (v0.1, v0.2), or one certificate. */
export type VerificationContent =
  | { $case: 'publicKey'; publicKey: { hint: string } }
  | { $case: 'x509CertificateChain'; x509CertificateChain: { certificates: { rawBytes: Buffer }[] } }
  | { $case: 'certificate'; certificate: { rawBytes: Buffer } };

/** What a bundle signs: a message digest, or a DSSE envelope. */
export type BundleContent =
  | { $case: 'messageSignature'; messageSignature: { messageDigest: { algorithm: string; digest: Buffer }; signature: Buffer } }
  | { $case: 'dsseEnvelope'; dsseEnvelope: { payload: Buffer; payloadType: string; signatures: { sig: Buffer; keyid: string }[] } };

/** A Sigstore bundle, read and checked (see {@link decodeBundle}). */
export interface Bundle {
  mediaType: string;
  verificationMaterial: {
    content: VerificationContent;
    tlogEntries: TransparencyLogEntry[];
    timestampVerificationData?: { rfc3161Timestamps: { signedTimestamp: Buffer }[] };
  };
  content: BundleContent;
}

type Json = Record<string, unknown>;

/** The most missing fields one refusal names: 64 empty log entries made a message of 190. */
const LISTED_PROBLEMS = 8;

function bytes(value: unknown): Buffer {
  return typeof value === 'string' ? Buffer.from(value, 'base64') : Buffer.alloc(0);
}

function text(value: unknown, absent = ''): string {
  return typeof value === 'string' ? value : absent;
}

function object(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null ? (value as Json) : undefined;
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? (value as Json[]) : [];
}

/**
 * Refuses an object setting more than one member of a protobuf oneof: protobuf-specs' reader keeps the first it meets, another
 * verifier may keep another. A member set to null is not set (Go's protojson skips it before its own oneof check).
 */
function expectOneOf(value: Json, where: string, members: readonly string[]): void {
  const present = members.filter((member) => value[member] !== undefined && value[member] !== null);
  if (present.length > 1) throw new VerifyError('VERIFY_BUNDLE_INVALID', `the ${where} holds ${present.join(' and ')}; expected only one of ${members.join(', ')}`);
}

function logEntry(entry: Json): Omit<TransparencyLogEntry, 'logId' | 'kindVersion'> & { logId?: { keyId: Buffer }; kindVersion?: { kind: string; version: string } } {
  const logId = object(entry.logId);
  const kindVersion = object(entry.kindVersion);
  const promise = object(entry.inclusionPromise);
  const proof = object(entry.inclusionProof);
  const checkpoint = object(proof?.checkpoint);
  return {
    logIndex: text(entry.logIndex, '0'),
    ...(logId === undefined ? {} : { logId: { keyId: bytes(logId.keyId) } }),
    ...(kindVersion === undefined ? {} : { kindVersion: { kind: text(kindVersion.kind), version: text(kindVersion.version) } }),
    integratedTime: text(entry.integratedTime, '0'),
    ...(promise === undefined ? {} : { inclusionPromise: { signedEntryTimestamp: bytes(promise.signedEntryTimestamp) } }),
    ...(proof === undefined
      ? {}
      : {
          inclusionProof: {
            logIndex: text(proof.logIndex, '0'),
            rootHash: bytes(proof.rootHash),
            treeSize: text(proof.treeSize, '0'),
            hashes: list(proof.hashes).map(bytes),
            ...(checkpoint === undefined ? {} : { checkpoint: { envelope: text(checkpoint.envelope) } }),
          } as NonNullable<TransparencyLogEntry['inclusionProof']>,
        }),
    canonicalizedBody: bytes(entry.canonicalizedBody),
  };
}

/**
 * Reads a bundle's parsed JSON: its media type one of {@link BUNDLE_MEDIA_TYPES}, every known
 * field of its JSON type, one member of each oneof, and then what @sigstore/bundle requires: a
 * signature and digest (or one DSSE signature and a payload), verification material with a
 * certificate (none empty) or key, a log id and kind for every log entry, an inclusion promise in
 * each (v0.1) or an inclusion proof with a checkpoint (v0.2 and later), and one certificate rather
 * than a chain (v0.3). Throws VERIFY_BUNDLE_INVALID naming what is wrong.
 */
export function decodeBundle(json: unknown): Bundle {
  const mediaType = object(json)?.mediaType;
  // cosign 2's own format (`sign-blob --bundle` without --new-bundle-format): said as such, with how to make the one verifiers share.
  if (mediaType === undefined && typeof object(json)?.base64Signature === 'string') {
    throw new VerifyError('VERIFY_BUNDLE_INVALID', "not a Sigstore bundle: it is cosign 2's own bundle format (base64Signature, cert, rekorBundle), which `cosign sign-blob --bundle` writes without --new-bundle-format", {
      hint: 'sign again with `cosign sign-blob --new-bundle-format --bundle FILE.sigstore.json` (cosign 2.4 or later; cosign 3 writes it by default), or verify this one with cosign 2',
    });
  }
  if (typeof mediaType !== 'string' || !MEDIA_TYPES.has(mediaType)) {
    throw new VerifyError('VERIFY_BUNDLE_INVALID', `not a Sigstore bundle: expected mediaType ${[...MEDIA_TYPES].join(' or ')}, found ${quoted(mediaType ?? null)}`);
  }
  const malformed = (problem: string): VerifyError => new VerifyError('VERIFY_BUNDLE_INVALID', `malformed ${mediaType} bundle: ${problem}`);
  const violation = findShapeViolation(json, BUNDLE_SHAPE, '', true);
  if (violation !== undefined) throw malformed(`${violation.path} ${violation.problem}`);
  const bundle = json as Json;
  expectOneOf(bundle, 'bundle', ['messageSignature', 'dsseEnvelope']);
  const material = object(bundle.verificationMaterial);
  if (material !== undefined) expectOneOf(material, 'verificationMaterial', ['publicKey', 'x509CertificateChain', 'certificate']);

  const invalid: string[] = [];
  const messageSignature = object(bundle.messageSignature);
  const envelope = object(bundle.dsseEnvelope);
  let content: BundleContent | undefined;
  if (messageSignature !== undefined) {
    const digest = object(messageSignature.messageDigest);
    const algorithm = text(digest?.algorithm, 'HASH_ALGORITHM_UNSPECIFIED');
    if (!HASH_ALGORITHMS.has(algorithm)) throw malformed(`messageSignature.messageDigest.algorithm ${quoted(algorithm, 40)} is not a hash algorithm (${[...HASH_ALGORITHMS].join(', ')})`);
    content = { $case: 'messageSignature', messageSignature: { messageDigest: { algorithm, digest: bytes(digest?.digest) }, signature: bytes(messageSignature.signature) } };
    if (digest === undefined) invalid.push('messageSignature.messageDigest');
    else if (content.messageSignature.messageDigest.digest.length === 0) invalid.push('messageSignature.messageDigest.digest');
    if (content.messageSignature.signature.length === 0) invalid.push('messageSignature.signature');
  } else if (envelope !== undefined) {
    const signatures = list(envelope.signatures).map((signature) => ({ sig: bytes(signature.sig), keyid: text(signature.keyid) }));
    content = { $case: 'dsseEnvelope', dsseEnvelope: { payload: bytes(envelope.payload), payloadType: text(envelope.payloadType), signatures } };
    if (content.dsseEnvelope.payload.length === 0) invalid.push('dsseEnvelope.payload');
    // More than one is no missing field: said as what it is, as cosign says it (one signature is verified, and which would be a choice).
    if (signatures.length > 1) throw malformed(`dsseEnvelope.signatures holds ${signatures.length} signatures; a Sigstore bundle's envelope holds exactly one`);
    if (signatures.length !== 1) invalid.push('dsseEnvelope.signatures');
    else if (signatures[0]?.sig.length === 0) invalid.push('dsseEnvelope.signatures[0].sig');
  } else {
    invalid.push('messageSignature or dsseEnvelope');
  }

  let verification: VerificationContent | undefined;
  const entries = list(material?.tlogEntries).map(logEntry);
  if (material === undefined) {
    invalid.push('verificationMaterial');
  } else {
    const publicKey = object(material.publicKey);
    const chain = object(material.x509CertificateChain);
    const certificate = object(material.certificate);
    if (publicKey !== undefined) {
      verification = { $case: 'publicKey', publicKey: { hint: text(publicKey.hint) } };
    } else if (chain !== undefined) {
      const certificates = list(chain.certificates).map((entry) => ({ rawBytes: bytes(entry.rawBytes) }));
      verification = { $case: 'x509CertificateChain', x509CertificateChain: { certificates } };
      if (certificates.length === 0) invalid.push('verificationMaterial.x509CertificateChain.certificates');
      certificates.forEach((entry, index) => entry.rawBytes.length === 0 && invalid.push(`verificationMaterial.x509CertificateChain.certificates[${index}].rawBytes`));
      if (mediaType !== BUNDLE_MEDIA_TYPES.v01 && mediaType !== BUNDLE_MEDIA_TYPES.v02) invalid.push('verificationMaterial.x509CertificateChain (a v0.3 bundle carries one certificate)');
    } else if (certificate !== undefined) {
      verification = { $case: 'certificate', certificate: { rawBytes: bytes(certificate.rawBytes) } };
      if (verification.certificate.rawBytes.length === 0) invalid.push('verificationMaterial.certificate.rawBytes');
    } else {
      invalid.push('verificationMaterial.publicKey, x509CertificateChain or certificate');
    }
    entries.forEach((entry, index) => {
      if (entry.logId === undefined) invalid.push(`verificationMaterial.tlogEntries[${index}].logId`);
      if (entry.kindVersion === undefined) invalid.push(`verificationMaterial.tlogEntries[${index}].kindVersion`);
      if (mediaType === BUNDLE_MEDIA_TYPES.v01) {
        // A v0.1 bundle's inclusion proof may have no checkpoint (Rekor's answers before checkpoints, 2023): nothing signs its
        // root hash, so the entry stands on its signed promise, and the proof, kept, must still hash to the root it gives (tlog.ts).
        if (entry.inclusionPromise === undefined) invalid.push(`verificationMaterial.tlogEntries[${index}].inclusionPromise`);
      } else if (entry.inclusionProof === undefined) {
        invalid.push(`verificationMaterial.tlogEntries[${index}].inclusionProof`);
      } else if (entry.inclusionProof.checkpoint === undefined) {
        invalid.push(`verificationMaterial.tlogEntries[${index}].inclusionProof.checkpoint`);
      }
    });
  }
  if (invalid.length > 0 || content === undefined || verification === undefined) {
    const unlisted = invalid.length - LISTED_PROBLEMS;
    throw malformed(`missing or empty: ${invalid.slice(0, LISTED_PROBLEMS).join(', ')}${unlisted > 0 ? ` and ${unlisted} more` : ''}`);
  }
  const timestamps = object(material?.timestampVerificationData);
  return {
    mediaType,
    verificationMaterial: {
      content: verification,
      tlogEntries: entries as TransparencyLogEntry[],
      ...(timestamps === undefined ? {} : { timestampVerificationData: { rfc3161Timestamps: list(timestamps.rfc3161Timestamps).map((entry) => ({ signedTimestamp: bytes(entry.signedTimestamp) })) } }),
    },
    content,
  };
}

/** A validity period as the trusted root's JSON gives it (RFC 3339 times, checked by its shape). */
export interface RawValidity {
  start: string;
  end?: string;
}

/** A certificate authority or timestamp authority of a trusted root, its certificates decoded. */
export interface TrustedAuthority {
  uri: string;
  certificates: Buffer[];
  validFor: RawValidity;
}

/** A transparency log or CT log of a trusted root, its key and ids decoded. */
export interface TrustedLog {
  baseUrl: string;
  publicKey: { rawBytes: Buffer | undefined; keyDetails: string; validFor: RawValidity };
  logId: Buffer | undefined;
  checkpointKeyId: Buffer | undefined;
}

/** A trusted root (v0.1 or v0.2), read and checked (see {@link decodeTrustedRoot}). */
export interface TrustedRoot {
  certificateAuthorities: TrustedAuthority[];
  timestampAuthorities: TrustedAuthority[];
  tlogs: TrustedLog[];
  ctlogs: TrustedLog[];
}

/** The trusted-root media types of protobuf-specs (v0.1, as `gh attestation trusted-root` prints, and v0.2). */
const TRUSTED_ROOT_MEDIA_TYPES = new Set(['application/vnd.dev.sigstore.trustedroot+json;version=0.1', 'application/vnd.dev.sigstore.trustedroot.v0.2+json']);

/**
 * Reads a trusted root's parsed JSON: its media type, every known field of its JSON type (every
 * authority and log key saying from when it is trusted), and the enums (a log's hash algorithm,
 * a key's details) one of the names protobuf-specs knows. Throws SIGSTORE_TRUSTED_ROOT_INVALID
 * naming `label` and the field.
 */
export function decodeTrustedRoot(value: unknown, label: string): TrustedRoot {
  const mediaType = object(value)?.mediaType;
  if (typeof mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPES.has(mediaType)) {
    throw new VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: not a Sigstore trusted root: expected mediaType ${[...TRUSTED_ROOT_MEDIA_TYPES].join(' or ')}, found ${quoted(mediaType ?? null, 100)}`);
  }
  const violation = findShapeViolation(value, TRUSTED_ROOT_SHAPE, '');
  if (violation !== undefined) throw new VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: ${violation.path} ${violation.problem}`);
  const root = value as Json;
  const authorities = (field: 'certificateAuthorities' | 'timestampAuthorities'): TrustedAuthority[] =>
    list(root[field]).map((authority) => ({
      uri: text(authority.uri),
      certificates: list(object(authority.certChain)?.certificates).map((certificate) => bytes(certificate.rawBytes)),
      validFor: authority.validFor as RawValidity,
    }));
  const logs = (field: 'tlogs' | 'ctlogs'): TrustedLog[] =>
    list(root[field]).map((log, index) => {
      const publicKey = log.publicKey as Json;
      const hashAlgorithm = text(log.hashAlgorithm, 'HASH_ALGORITHM_UNSPECIFIED');
      const keyDetails = text(publicKey.keyDetails, 'PUBLIC_KEY_DETAILS_UNSPECIFIED');
      if (!HASH_ALGORITHMS.has(hashAlgorithm)) throw new VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: ${field}[${index}].hashAlgorithm ${quoted(hashAlgorithm, 40)} is not a hash algorithm`);
      if (!PUBLIC_KEY_DETAILS.has(keyDetails)) throw new VerifyError('SIGSTORE_TRUSTED_ROOT_INVALID', `${label}: ${field}[${index}].publicKey.keyDetails ${quoted(keyDetails, 40)} is not a key type`);
      const logId = object(log.logId);
      const checkpointKeyId = object(log.checkpointKeyId);
      return {
        baseUrl: text(log.baseUrl),
        publicKey: { rawBytes: publicKey.rawBytes === undefined ? undefined : bytes(publicKey.rawBytes), keyDetails, validFor: publicKey.validFor as RawValidity },
        logId: logId === undefined ? undefined : bytes(logId.keyId),
        checkpointKeyId: checkpointKeyId === undefined ? undefined : bytes(checkpointKeyId.keyId),
      };
    });
  return { certificateAuthorities: authorities('certificateAuthorities'), timestampAuthorities: authorities('timestampAuthorities'), tlogs: logs('tlogs'), ctlogs: logs('ctlogs') };
}
