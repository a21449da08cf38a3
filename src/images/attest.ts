import { ImagesError } from './errors.js';
import type { AttestConfig } from '../config/attest.js';
import { runAttestation, type AttestPorts, type AttestResult, type AttestSkipped } from '../attest/run.js';
import { attachBundle, formatImageReference, type ImageSubject, type ReferrersVia, type RegistryClient } from '../oci/index.js';
import { imageSubjectName } from './resolve.js';

/** One attestation attached to an image. */
export interface AttachedAttestation {
  subject: ImageSubject;
  predicateType: string;
  /** The referrer manifest's digest. */
  digest: string;
  via: ReferrersVia;
}

/**
 * Attests images as `trust-kit attest` attests files (the same types, one signing session, the
 * bundles written to the output directory), one statement per image whose subject is the image's
 * repository and manifest digest, then attaches each bundle to its image as cosign 3 does (an
 * OCI 1.1 referrer, or the referrers tag on registries without the API).
 */
export async function attestImages(
  client: RegistryClient,
  subjects: readonly ImageSubject[],
  config: AttestConfig,
  ports: AttestPorts,
  /** The referrers' creation time: SOURCE_DATE_EPOCH's for reproducible manifests. */
  created: Date,
): Promise<{ result: AttestResult; attached: AttachedAttestation[] } | AttestSkipped> {
  const byName = new Map(subjects.map((subject) => [`${imageSubjectName(subject)}@${subject.reference.digest}`, subject]));
  const result = await runAttestation({ ...config, subjectReferences: [...byName.keys()], subjectPaths: [], checksums: undefined, perSubject: true }, { ...ports, artifactsList: undefined });
  if ('skipped' in result) return result;
  const attached: AttachedAttestation[] = [];
  for (const attestation of result.attestations) {
    const listed = attestation.statement.subject[0];
    const digest = listed === undefined ? undefined : Object.entries(listed.digest)[0];
    const subject = listed === undefined || digest === undefined ? undefined : byName.get(`${listed.name}@${digest[0]}:${digest[1]}`);
    // runAttestation made one statement per subject it was given: each names one of these images.
    if (subject === undefined) throw new ImagesError('IMAGES_INTERNAL', `an attestation names no image of this run: ${JSON.stringify(listed).slice(0, 300)}`, { hint: 'this is a bug in trust-kit: please report it' });
    const pushed = await attachBundle(client, subject, Buffer.from(JSON.stringify(attestation.bundle)), attestation.statement.predicateType, created);
    ports.logger.info(`attested ${formatImageReference(subject.reference)}: ${attestation.statement.predicateType} bundle ${pushed.digest} (${pushed.via === 'api' ? 'referrers API' : 'referrers tag'})`);
    attached.push({ subject, predicateType: attestation.statement.predicateType, digest: pushed.digest, via: pushed.via });
  }
  return { result, attached };
}
