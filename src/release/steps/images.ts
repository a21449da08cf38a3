import { systemClock } from '../../core/clock.js';
import { isTrustKitError } from '../../core/errors.js';
import { counted } from '../../core/plural.js';
import { registryClientFor } from '../../images/registry.js';
import { resolveImages } from '../../images/resolve.js';
import { signImages } from '../../images/sign.js';
import { formatImageReference, parseImageReference, type ImageReference, type RegistryClient } from '../../oci/index.js';
import { ReleaseError } from '../errors.js';
import { PartialStepFailure, type ReleaseState, type ReleaseStepRun } from '../state.js';

/** The configured references parsed, every bad one named in one error. */
function parseReferences(references: readonly string[]): ImageReference[] {
  const parsed: ImageReference[] = [];
  const problems: string[] = [];
  for (const reference of references) {
    try {
      parsed.push(parseImageReference(reference));
    } catch (error) {
      if (!isTrustKitError(error)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) {
    throw new ReleaseError('RELEASE_IMAGE_REFERENCE', `images: ${problems.join('; ')}`, { hint: 'name each image as registry/repository:tag or registry/repository@sha256:<hex>' });
  }
  return parsed;
}

/** A registry client for the configured images' registries. */
async function imagesClient(config: Readonly<ReleaseState>['config'], env: Readonly<ReleaseState>['ports']['env'], references: readonly ImageReference[]): Promise<RegistryClient> {
  return registryClientFor({ 'allow-http-registry': config.images?.allowHttp === true }, env, references, config.sign?.retry);
}

/**
 * Resolves the configured images while the artifacts are hashed: each tag once to its digest, and
 * with `recursive` each platform manifest of an index. A bad reference or a missing image fails
 * the run before a certificate is asked for and before anything is written.
 */
export const runResolveImagesStep: ReleaseStepRun = async ({ config, ports }) => {
  const images = config.images;
  if (images === undefined) throw new Error('resolve-images runs when images are configured');
  const references = parseReferences(images.references);
  const client = await imagesClient(config, ports.env, references);
  try {
    return { imageSubjects: await resolveImages(client, references, { recursive: images.recursive, logger: ports.logger }) };
  } finally {
    client.close();
  }
};

/**
 * Signs the resolved images in the session that signed the checksums file (one certificate for
 * the checksums, the attestations and the images): signatures attached as OCI referrers (and
 * cosign 2's `.sig` manifest unless `signature-format` is cosign3). Nothing is written to the
 * output directory: the signatures live in the registry.
 */
export const runImagesStep: ReleaseStepRun = async ({ config, ports, session, imageSubjects }) => {
  // Signing was skipped (on-missing-token: warn|skip): nothing is signed, and the summary says why.
  if (session === undefined) return {};
  const images = config.images;
  if (images === undefined || imageSubjects === undefined) throw new Error('images run after resolve-images');
  const client = await imagesClient(config, ports.env, imageSubjects.map((subject) => subject.reference));
  const signedImages: string[] = [];
  try {
    const created = (ports.clock ?? systemClock).now();
    await signImages(client, session, imageSubjects, { format: images.format, created, logger: ports.logger, onSigned: (signed) => signedImages.push(formatImageReference(signed.subject.reference)) });
  } catch (error) {
    // Images signed before the failure are attached in the registry: the log names them, and so does the run's report.
    if (signedImages.length === 0) throw error;
    ports.logger.warn(`signed before the failure (their signatures are in the registry): ${signedImages.join(', ')}`);
    throw new PartialStepFailure(error, { images: signedImages });
  } finally {
    client.close();
  }
  ports.logger.info(`images: ${counted(signedImages.length, 'image')} signed in the checksums file's session`);
  return { images: signedImages };
};
