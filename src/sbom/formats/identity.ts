import { createHash } from 'node:crypto';
import type { Sbom } from '../model.js';

/** The RFC 4122 URL namespace, under which trust-kit names SBOM documents (UUID version 5). */
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** A name-based UUID (RFC 4122 version 5, SHA-1): the same name always gives the same UUID. */
export function uuidV5(name: string, namespace: Buffer = URL_NAMESPACE): string {
  const bytes = createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A SHA-256 over everything an SBOM says, in its (sorted) order: the seed of the document's
 * namespace and serial number, so equal content gives an equal identifier and different content a different one.
 */
export function contentDigest(sbom: Sbom): string {
  const known = digests.get(sbom);
  if (known !== undefined) return known;
  // The bytes of one JSON array of it all, hashed a few thousand items at a time: one call per item
  // costs more than the hashing itself, one string of everything is tens of MiB on big SBOMs.
  const hasher = createHash('sha256');
  hasher.update(`[${JSON.stringify([sbom.tool, sbom.organization ?? '', sbom.created.toISOString(), sbom.root]).slice(1, -1)}`);
  for (const items of [sbom.packages, sbom.relationships, sbom.files, sbom.unknowns]) {
    hasher.update(',[');
    for (let start = 0; start < items.length; start += DIGEST_BATCH) {
      hasher.update(`${start === 0 ? '' : ','}${JSON.stringify(items.slice(start, start + DIGEST_BATCH)).slice(1, -1)}`);
    }
    hasher.update(']');
  }
  hasher.update(']');
  const digest = hasher.digest('hex');
  digests.set(sbom, digest);
  return digest;
}

/** Items serialised per hash update in {@link contentDigest}. */
const DIGEST_BATCH = 2_000;

/** Digests already computed: one SBOM is usually encoded in several formats. SBOMs are not changed once made. */
const digests = new WeakMap<Sbom, string>();

/** The document's UUID for one format: derived from the content, so reproducible. */
export function documentUuid(sbom: Sbom, format: string): string {
  return uuidV5(`https://trust-kit.dev/sbom/${format}/${contentDigest(sbom)}`);
}

/** `path:line: reason` for an Unknown. */
export function unknownText(unknown: Sbom['unknowns'][number]): string {
  return `${unknown.path}${unknown.line === undefined ? '' : `:${unknown.line}`}: ${unknown.reason}`;
}

/** The distinct files a package was found in, for `sourceInfo` and properties. */
export function sourceFiles(pkg: Sbom['packages'][number]): string[] {
  // Most packages are found once: no search.
  if (pkg.locations.length === 1) return [(pkg.locations[0] as Sbom['packages'][number]['locations'][number]).path];
  const files: string[] = [];
  // A package is found in few files (often one, at many install paths): a list beats a set here.
  for (const location of pkg.locations) if (!files.includes(location.path)) files.push(location.path);
  return files;
}
