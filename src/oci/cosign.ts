import { blobFromBytes, type ReferrersVia, type RegistryClient } from './client.js';
import { MEDIA_TYPES } from './manifest.js';
import type { DigestReference } from './reference.js';

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
