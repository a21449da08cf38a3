import type { Logger } from '../core/logger.js';
import {
  COSIGN_SIGN_PREDICATE_TYPE,
  attachBundle,
  attachLegacySignature,
  formatImageReference,
  imageSignatureStatement,
  legacySignatureAnnotations,
  simpleSigningPayload,
  type ImageSubject,
  type RegistryClient,
} from '../oci/index.js';
import type { SigningSession } from '../sigstore/sign/index.js';
import type { ImageFormat } from './attest.js';

/** Where one image's signatures went. */
export interface SignedImage {
  subject: ImageSubject;
  /** The bundle referrer (cosign 3's format). */
  referrer?: { digest: string; via: 'api' | 'tag' };
  /** The `.sig` tag (cosign 2's format). */
  legacyTag?: string;
}

/**
 * Signs images with an open session (one certificate for all of them, and for whatever else the
 * session signs): cosign 3's signed statement attached as a bundle referrer and, unless `format`
 * is cosign3, cosign 2's simple-signing signature in the `.sig` manifest. `onSigned` hears of each
 * image as soon as it is signed, so a caller can report what was attached before a later failure,
 * and of an image whose referrer was attached when its `.sig` then failed (the entry has no `legacyTag`).
 */
export async function signImages(
  client: RegistryClient,
  session: SigningSession,
  subjects: readonly ImageSubject[],
  options: { format: ImageFormat; created: Date; logger: Logger; onSigned?: (signed: SignedImage) => void },
): Promise<SignedImage[]> {
  const signed: SignedImage[] = [];
  for (const subject of subjects) {
    const shown = formatImageReference(subject.reference);
    const entry: SignedImage = { subject };
    if (options.format !== 'cosign2') {
      const bundle = await session.signStatement(imageSignatureStatement(subject), shown);
      entry.referrer = await attachBundle(client, subject, Buffer.from(JSON.stringify(bundle.bundle)), COSIGN_SIGN_PREDICATE_TYPE, options.created);
      options.logger.info(`signed ${shown}: bundle ${entry.referrer.digest} (${entry.referrer.via === 'api' ? 'referrers API' : 'referrers tag'})`);
    }
    if (options.format !== 'cosign3') {
      try {
        const payload = simpleSigningPayload(subject);
        const bundle = await session.signBlob(payload, `${shown} (cosign 2 signature)`);
        entry.legacyTag = (await attachLegacySignature(client, subject, payload, legacySignatureAnnotations(bundle.bundle))).tag;
      } catch (error) {
        // The bundle referrer is attached and verifies: reported as what this image holds, not left out as if nothing were.
        if (entry.referrer !== undefined) options.onSigned?.(entry);
        throw error;
      }
      options.logger.info(`signed ${shown}: ${entry.legacyTag}`);
    }
    signed.push(entry);
    options.onSigned?.(entry);
  }
  return signed;
}
