import { isTrustKitError } from '../core/errors.js';
import { blobFromBytes, type ReferrersVia, type RegistryClient } from './client.js';
import { OciError } from './errors.js';
import { MEDIA_TYPES, type Descriptor } from './manifest.js';
import { formatImageReference, type DigestReference } from './reference.js';

/** The media type (and referrer artifactType) of a Sigstore v0.3 bundle: what cosign 3 attaches to images. */
export const SIGSTORE_BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The predicate type of the statement cosign 3 signs for an image signature (a signature, not an attestation). */
export const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
/** cosign's annotation naming the predicate type of the bundle a referrer carries. */
export const BUNDLE_PREDICATE_TYPE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
const EMPTY_CONFIG = Buffer.from('{}');

/** A manifest to sign: its pinned reference and the descriptor fields a referrer's `subject` repeats. */
export interface ImageSubject {
  readonly reference: DigestReference;
  readonly mediaType: string;
  readonly size: number;
}

/** The in-toto statement cosign 3 signs for an image: its digest as the subject, the cosign/sign predicate, an empty predicate. */
export function imageSignatureStatement(subject: ImageSubject): {
  _type: string;
  subject: { name: string; digest: Record<string, string> }[];
  predicateType: string;
  predicate: Record<string, never>;
} {
  const [algorithm, hex] = subject.reference.digest.split(':') as [string, string];
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: `${subject.reference.registry}/${subject.reference.repository}`, digest: { [algorithm]: hex } }],
    predicateType: COSIGN_SIGN_PREDICATE_TYPE,
    predicate: {},
  };
}

/**
 * The referrer manifest cosign 3 writes for a DSSE bundle (`WriteAttestationNewBundleFormat`): the
 * empty config, the bundle as the one layer, the image as subject, annotations naming the content
 * and predicate type. `created` is the caller's clock (SOURCE_DATE_EPOCH for reproducible output).
 */
export function bundleReferrerManifest(subject: ImageSubject, bundle: Uint8Array, predicateType: string, created: Date): Buffer {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      artifactType: SIGSTORE_BUNDLE_MEDIA_TYPE,
      config: { mediaType: MEDIA_TYPES.ociEmpty, digest: blobFromBytes(EMPTY_CONFIG).digest, size: EMPTY_CONFIG.length },
      layers: [{ mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE, digest: blobFromBytes(bundle).digest, size: bundle.byteLength }],
      subject: { mediaType: subject.mediaType, digest: subject.reference.digest, size: subject.size },
      annotations: {
        'org.opencontainers.image.created': created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        'dev.sigstore.bundle.content': 'dsse-envelope',
        [BUNDLE_PREDICATE_TYPE_ANNOTATION]: predicateType,
      },
    }),
  );
}

/** Pushes a DSSE bundle as a referrer of an image, as cosign 3 does; returns the referrer's digest and how it was indexed. */
export async function attachBundle(client: RegistryClient, subject: ImageSubject, bundle: Uint8Array, predicateType: string, created: Date): Promise<{ digest: string; via: ReferrersVia }> {
  const manifest = bundleReferrerManifest(subject, bundle, predicateType, created);
  await client.pushBlob(subject.reference, blobFromBytes(EMPTY_CONFIG));
  await client.pushBlob(subject.reference, blobFromBytes(bundle));
  return client.pushReferrer(subject.reference, manifest, MEDIA_TYPES.ociManifest);
}

/** The layer media type of cosign 2's image signatures (a "simple signing" payload). */
export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** cosign 2's signature layer annotations. */
export const LEGACY_ANNOTATIONS = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle',
} as const;

/** The `critical.type` of cosign's simple-signing payloads; sigstore's payload reader refuses any other. */
export const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';

/** The tag cosign 2 keeps an image's signatures under: `sha256-<hex>.sig`. */
export function legacySignatureTag(digest: string): string {
  return `${digest.replace(':', '-')}.sig`;
}

/**
 * The payload cosign 2 signs for an image (containers/image "simple signing"): the repository as
 * ggcr names it (Docker Hub as `index.docker.io`), the manifest digest, the cosign type. Field
 * order is Go's, so the bytes are cosign's for the same image.
 */
export function simpleSigningPayload(subject: ImageSubject): Buffer {
  const registry = subject.reference.registry === 'docker.io' ? 'index.docker.io' : subject.reference.registry;
  return Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': `${registry}/${subject.reference.repository}` },
        image: { 'docker-manifest-digest': subject.reference.digest },
        type: COSIGN_SIGNATURE_TYPE,
      },
      optional: null,
    }),
  );
}

/**
 * The annotations of a cosign 2 signature layer, from a Sigstore message-signature bundle over the
 * payload: the signature, the certificate (PEM) when keyless, and the Rekor entry as cosign's
 * `bundle` annotation (signed entry timestamp and canonical body) when the bundle has a log entry.
 */
export function legacySignatureAnnotations(bundle: unknown): Record<string, string> {
  const invalid = (why: string): OciError =>
    new OciError('OCI_MANIFEST_INVALID', `the signature bundle cannot be written in cosign 2's format: ${why}`, { hint: 'this is a bug in trust-kit: please report it' });
  const root = bundle as {
    messageSignature?: { signature?: unknown };
    verificationMaterial?: {
      certificate?: { rawBytes?: unknown };
      x509CertificateChain?: { certificates?: { rawBytes?: unknown }[] };
      tlogEntries?: { logIndex?: unknown; logId?: { keyId?: unknown }; integratedTime?: unknown; inclusionPromise?: { signedEntryTimestamp?: unknown }; canonicalizedBody?: unknown }[];
    };
  };
  const signature = root.messageSignature?.signature;
  if (typeof signature !== 'string') throw invalid('it is not a message signature');
  const annotations: Record<string, string> = { [LEGACY_ANNOTATIONS.signature]: signature };
  const certificate = root.verificationMaterial?.certificate?.rawBytes ?? root.verificationMaterial?.x509CertificateChain?.certificates?.[0]?.rawBytes;
  if (typeof certificate === 'string') annotations[LEGACY_ANNOTATIONS.certificate] = pem(certificate);
  const entry = root.verificationMaterial?.tlogEntries?.[0];
  if (entry !== undefined) {
    const set = entry.inclusionPromise?.signedEntryTimestamp;
    const keyId = entry.logId?.keyId;
    if (typeof set !== 'string' || typeof keyId !== 'string' || typeof entry.canonicalizedBody !== 'string') throw invalid('its log entry has no signed entry timestamp');
    annotations[LEGACY_ANNOTATIONS.bundle] = JSON.stringify({
      SignedEntryTimestamp: set,
      Payload: {
        body: entry.canonicalizedBody,
        // Protobuf JSON leaves out zero values: the first entry of a log has no logIndex.
        integratedTime: Number(entry.integratedTime ?? 0),
        logIndex: Number(entry.logIndex ?? 0),
        logID: Buffer.from(keyId, 'base64').toString('hex'),
      },
    });
  }
  return annotations;
}

function pem(base64Der: string): string {
  const lines = base64Der.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** The layer media type of cosign 2's image attestations: a DSSE envelope. */
export const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';

/** The tag cosign 2 keeps an image's attestations under: `sha256-<hex>.att`. */
export function legacyAttestationTag(digest: string): string {
  return `${digest.replace(':', '-')}.att`;
}

/** What a cosign 2 manifest holds: signatures (`.sig`, simple-signing payloads) or attestations (`.att`, DSSE envelopes). */
export type LegacyKind = 'signature' | 'attestation';

/**
 * Adds a signature to an image's `sha256-<hex>.sig` manifest as cosign 2 does (or, for kind
 * `attestation`, a DSSE envelope to its `sha256-<hex>.att` manifest): the payload as a layer
 * carrying the signature annotations, appended to the layers already there (read-modify-write,
 * racy between two writers as in cosign); the same signature twice is kept once.
 */
export async function attachLegacySignature(client: RegistryClient, subject: ImageSubject, payload: Uint8Array, annotations: Readonly<Record<string, string>>, kind: LegacyKind = 'signature'): Promise<{ tag: string; digest: string }> {
  const tag = kind === 'signature' ? legacySignatureTag(subject.reference.digest) : legacyAttestationTag(subject.reference.digest);
  const repository = { registry: subject.reference.registry, repository: subject.reference.repository };
  let layers: Descriptor[] = [];
  try {
    const existing = await client.getManifest({ ...repository, tag });
    if (existing.manifest.kind !== 'image') throw new OciError('OCI_MANIFEST_INVALID', `${tag} in ${formatImageReference(repository)} is an index, not cosign's signature manifest`, { hint: 'something else wrote that tag; remove it' });
    layers = [...existing.manifest.manifest.layers];
  } catch (error) {
    if (!(isTrustKitError(error) && error.code === 'OCI_NOT_FOUND')) throw error;
  }
  const layer: Descriptor = { mediaType: kind === 'signature' ? SIMPLE_SIGNING_MEDIA_TYPE : DSSE_ENVELOPE_MEDIA_TYPE, digest: blobFromBytes(payload).digest, size: payload.byteLength, annotations };
  const same = (other: Descriptor): boolean => other.digest === layer.digest && other.annotations?.[LEGACY_ANNOTATIONS.signature] === annotations[LEGACY_ANNOTATIONS.signature];
  if (!layers.some(same)) layers.push(layer);
  const config = Buffer.from(JSON.stringify({ architecture: '', os: '', config: {}, rootfs: { type: 'layers', diff_ids: layers.map((entry) => entry.digest) } }));
  await client.pushBlob(repository, blobFromBytes(payload));
  await client.pushBlob(repository, blobFromBytes(config));
  const manifest = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociManifest, config: { mediaType: MEDIA_TYPES.ociConfig, digest: blobFromBytes(config).digest, size: config.length }, layers }),
  );
  const { digest } = await client.putManifest(repository, manifest, MEDIA_TYPES.ociManifest, tag);
  return { tag, digest };
}
