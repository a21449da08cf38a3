import { parseDigestReference } from '../core/digest.js';
import type { Logger } from '../core/logger.js';
import { formatImageReference, type FetchedManifest, type ImageReference, type ImageSubject, type RegistryClient } from '../oci/index.js';
import { ImagesError } from './errors.js';

/** How deep `recursive` follows indexes listed in indexes: real ones nest one level, if at all. */
const MAX_INDEX_DEPTH = 8;
/**
 * The most manifests one run signs: a multi-arch image with an attestation manifest per platform
 * is a few dozen; an index of a registry's choosing can list tens of thousands in its 4 MiB, each
 * another certificate use and log entry, and nested indexes multiply them.
 */
export const MAX_IMAGE_SUBJECTS = 1000;

/**
 * The manifests a run signs or attests: each reference's tag resolved once to its digest (logged),
 * and with `recursive` every manifest a multi-arch index lists after the index (indexes it lists
 * walked in turn, as cosign walks them), each fetched (checked against the digest its index lists)
 * and described as the registry serves it. Everything is resolved before anything is signed, so a
 * missing image fails the run before a certificate is asked for.
 */
export async function resolveImages(client: RegistryClient, references: readonly ImageReference[], options: { recursive: boolean; logger: Logger }): Promise<ImageSubject[]> {
  const subjects: ImageSubject[] = [];
  // A manifest named twice (two references to one image, an index listing an entry twice) is signed once.
  const seen = new Set<string>();
  const add = (subject: ImageSubject): void => {
    if (subjects.length === MAX_IMAGE_SUBJECTS) {
      throw new ImagesError('IMAGES_TOO_MANY', `${formatImageReference(subject.reference)} would be manifest ${MAX_IMAGE_SUBJECTS + 1} to sign; a run signs at most ${MAX_IMAGE_SUBJECTS}`, {
        hint: 'check what the index lists (--recursive, input "recursive: true", signs every manifest under it), or sign the platform manifests you mean by digest',
      });
    }
    seen.add(formatImageReference(subject.reference));
    subjects.push(subject);
  };
  const walk = async (index: FetchedManifest, depth: number): Promise<void> => {
    if (index.manifest.kind !== 'index') return;
    if (depth > MAX_INDEX_DEPTH) {
      throw new ImagesError('IMAGES_INDEX_TOO_DEEP', `${formatImageReference(index.reference)} nests indexes more than ${MAX_INDEX_DEPTH} levels deep`, { hint: 'sign the platform manifests by digest instead of --recursive (input "recursive: true")' });
    }
    for (const child of index.manifest.manifest.manifests) {
      // An index may spell a digest in uppercase hex: signed as spelt, it would name a digest no verifier looks up, and repeat the lowercase entry.
      const pinned = { ...index.reference, digest: canonicalDigest(child.digest) };
      requireSha256(`${formatImageReference(pinned)} (listed by ${formatImageReference(index.reference)})`, pinned.digest);
      if (seen.has(formatImageReference(pinned))) continue;
      // Signing a digest the registry does not have, or naming it by the index's word for its type and size, would attach referrers to nothing there.
      const fetched = await client.getManifest(pinned);
      add({ reference: fetched.reference, mediaType: fetched.mediaType, size: fetched.bytes.length });
      await walk(fetched, depth + 1);
    }
  };
  for (const reference of references) {
    if (reference.digest !== undefined) requireSha256(formatImageReference(reference), reference.digest);
    const resolved = await client.resolve(reference);
    options.logger.info(`${formatImageReference(reference)} is ${formatImageReference(resolved.reference)}`);
    if (!seen.has(formatImageReference(resolved.reference))) add({ reference: resolved.reference, mediaType: resolved.mediaType, size: resolved.bytes.length });
    if (options.recursive) await walk(resolved, 1);
  }
  return subjects;
}

/** `algorithm:hex` with the hex in lowercase (parseManifest has checked the digest's form). */
function canonicalDigest(digest: string): string {
  const { algorithm, hex } = parseDigestReference(digest);
  return `${algorithm}:${hex}`;
}

/** Refuses a manifest named by another digest than sha256: cosign and verify-image look an image's signatures up by its sha256 digest, so a signature of another would verify nowhere. */
function requireSha256(shown: string, digest: string): void {
  if (digest.startsWith('sha256:')) return;
  throw new ImagesError('IMAGES_DIGEST_UNSUPPORTED', `${shown} is named by a ${digest.split(':', 1)[0] ?? ''} digest; images are signed and attested by their sha256 digest`, {
    hint: 'name the image by tag or by its sha256 digest (and list platform manifests by their sha256 digests in the index)',
  });
}

/** The name an image's statements give it: its repository, as cosign names the subject of the statements it signs. */
export function imageSubjectName(subject: ImageSubject): string {
  return `${subject.reference.registry}/${subject.reference.repository}`;
}
