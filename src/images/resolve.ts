import type { Logger } from '../core/logger.js';
import { formatImageReference, type ImageReference, type ImageSubject, type RegistryClient } from '../oci/index.js';

/**
 * The manifests a run signs or attests: each reference's tag resolved once to its digest (logged),
 * and with `recursive` each platform manifest of a multi-arch index after the index, each fetched
 * (checked against the digest the index lists) and described as the registry serves it. Everything
 * is resolved before anything is signed, so a missing image fails the run before a certificate is asked for.
 */
export async function resolveImages(client: RegistryClient, references: readonly ImageReference[], options: { recursive: boolean; logger: Logger }): Promise<ImageSubject[]> {
  const subjects: ImageSubject[] = [];
  // A manifest named twice (two references to one image, an index listing an entry twice) is signed once.
  const seen = new Set<string>();
  const add = (subject: ImageSubject): void => {
    seen.add(formatImageReference(subject.reference));
    subjects.push(subject);
  };
  for (const reference of references) {
    const resolved = await client.resolve(reference);
    options.logger.info(`${formatImageReference(reference)} is ${formatImageReference(resolved.reference)}`);
    if (!seen.has(formatImageReference(resolved.reference))) add({ reference: resolved.reference, mediaType: resolved.mediaType, size: resolved.bytes.length });
    if (options.recursive && resolved.manifest.kind === 'index') {
      for (const child of resolved.manifest.manifest.manifests) {
        const pinned = { ...resolved.reference, digest: child.digest };
        if (seen.has(formatImageReference(pinned))) continue;
        // Signing a digest the registry does not have, or naming it by the index's word for its type and size, would attach referrers to nothing there.
        const fetched = await client.getManifest(pinned);
        add({ reference: pinned, mediaType: fetched.mediaType, size: fetched.bytes.length });
      }
    }
  }
  return subjects;
}

/** The name an image's statements give it: its repository, as cosign names the subject of the statements it signs. */
export function imageSubjectName(subject: ImageSubject): string {
  return `${subject.reference.registry}/${subject.reference.repository}`;
}
