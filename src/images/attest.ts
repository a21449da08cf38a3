import { ImagesError } from './errors.js';
import type { AttestConfig } from '../config/attest.js';
import { runAttestation, type AttestPorts, type AttestResult, type AttestSkipped } from '../attest/run.js';
import { attachBundle, attachLegacySignature, formatImageReference, legacySignatureAnnotations, type ImageSubject, type ReferrersVia, type RegistryClient } from '../oci/index.js';
import { imageSubjectName } from './resolve.js';

/** Which formats image signatures and attestations are attached in: cosign 3's referrers, cosign 2's tags, or both. */
export type ImageFormat = 'both' | 'cosign3' | 'cosign2';

/** One attestation attached to an image. */
export interface AttachedAttestation {
  subject: ImageSubject;
  predicateType: string;
  /** The referrer manifest's digest (cosign 3's format). */
  referrer?: { digest: string; via: ReferrersVia };
  /** The `.att` manifest's tag (cosign 2's format). */
  legacyTag?: string;
}

/**
 * The layer cosign 2 writes to an image's `.att` manifest for a DSSE bundle: the envelope, and the
 * annotations of its signature layers (an empty signature, the certificate, the Rekor entry) plus
 * the predicate type.
 */
export function legacyAttestationLayer(bundle: unknown, predicateType: string): { envelope: Buffer; annotations: Record<string, string> } {
  const root = bundle as { dsseEnvelope?: { payloadType?: unknown; payload?: unknown; signatures?: { sig?: unknown; keyid?: unknown }[] }; verificationMaterial?: unknown };
  const envelope = root.dsseEnvelope;
  const signature = envelope?.signatures?.[0]?.sig;
  if (typeof envelope?.payloadType !== 'string' || typeof envelope.payload !== 'string' || typeof signature !== 'string') {
    throw new ImagesError('IMAGES_INTERNAL', 'the attestation bundle holds no DSSE envelope', { hint: 'this is a bug in trust-kit: please report it' });
  }
  // cosign checks the layer's SHA-256 against the Rekor entry's envelopeHash, which Rekor took over
  // the envelope text as submitted: the bytes sigstore-js sent (protobuf JSON: payload, payloadType,
  // then each signature's sig and a keyid only when set), not cosign's own field order.
  const keyid = envelope.signatures?.[0]?.keyid;
  const serialized = Buffer.from(JSON.stringify({ payload: envelope.payload, payloadType: envelope.payloadType, signatures: [{ sig: signature, ...(typeof keyid === 'string' && keyid !== '' ? { keyid } : {}) }] }));
  // cosign 2 writes an empty signature annotation on attestation layers: the signature is inside the envelope.
  const annotations = { ...legacySignatureAnnotations({ messageSignature: { signature: '' }, verificationMaterial: root.verificationMaterial }), predicateType };
  return { envelope: serialized, annotations };
}

/**
 * Attests images as `trust-kit attest` attests files (the same types, one signing session, the
 * bundles written to the output directory), one statement per image whose subject is the image's
 * repository and manifest digest, then attaches each bundle to its image as cosign 3 does (an
 * OCI 1.1 referrer, or the referrers tag on registries without the API) and, unless `format` is
 * cosign3, as cosign 2 does (a layer of the `sha256-<hex>.att` manifest). `onAttached` hears of
 * each image as soon as its attestation is attached, so a caller can report what was attached
 * before a later failure, and of an image whose referrer was attached when its `.att` then failed
 * (the entry has no `legacyTag`).
 */
export async function attestImages(
  client: RegistryClient,
  subjects: readonly ImageSubject[],
  config: AttestConfig,
  ports: AttestPorts,
  options: {
    /** The referrers' creation time: SOURCE_DATE_EPOCH's for reproducible manifests. */
    created: Date;
    format: ImageFormat;
    onAttached?: (attached: AttachedAttestation) => void;
  },
): Promise<{ result: AttestResult; attached: AttachedAttestation[] } | AttestSkipped> {
  const byName = new Map(subjects.map((subject) => [`${imageSubjectName(subject)}@${subject.reference.digest}`, subject]));
  // One repository's manifests (an index and its platforms, two tags) share a name: each is attested on its own.
  const result = await runAttestation({ ...config, subjectReferences: [...byName.keys()], subjectPaths: [], checksums: undefined, perSubject: true }, { ...ports, artifactsList: undefined }, { byDigest: true });
  if ('skipped' in result) return result;
  const attached: AttachedAttestation[] = [];
  for (const attestation of result.attestations) {
    const listed = attestation.statement.subject[0];
    const digest = listed === undefined ? undefined : Object.entries(listed.digest)[0];
    const subject = listed === undefined || digest === undefined ? undefined : byName.get(`${listed.name}@${digest[0]}:${digest[1]}`);
    // runAttestation made one statement per subject it was given: each names one of these images.
    if (subject === undefined) throw new ImagesError('IMAGES_INTERNAL', `an attestation names no image of this run: ${JSON.stringify(listed).slice(0, 300)}`, { hint: 'this is a bug in trust-kit: please report it' });
    const shown = formatImageReference(subject.reference);
    const predicateType = attestation.statement.predicateType;
    const entry: AttachedAttestation = { subject, predicateType };
    if (options.format !== 'cosign2') {
      entry.referrer = await attachBundle(client, subject, Buffer.from(JSON.stringify(attestation.bundle)), predicateType, options.created);
      ports.logger.info(`attested ${shown}: ${predicateType} bundle ${entry.referrer.digest} (${entry.referrer.via === 'api' ? 'referrers API' : 'referrers tag'})`);
    }
    if (options.format !== 'cosign3') {
      try {
        const layer = legacyAttestationLayer(attestation.bundle, predicateType);
        entry.legacyTag = (await attachLegacySignature(client, subject, layer.envelope, layer.annotations, 'attestation')).tag;
      } catch (error) {
        // The bundle referrer is attached and verifies: reported as what this image holds, not left out as if nothing were.
        if (entry.referrer !== undefined) options.onAttached?.(entry);
        throw error;
      }
      ports.logger.info(`attested ${shown}: ${predicateType} in ${entry.legacyTag}`);
    }
    attached.push(entry);
    options.onAttached?.(entry);
  }
  return { result, attached };
}
