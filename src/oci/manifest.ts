import { parseDigestReference } from '../core/digest.js';
import { isTrustKitError } from '../core/errors.js';
import { printable } from '../core/logger.js';
import { boundedText, quoted } from '../core/quote.js';
import { OciError } from './errors.js';

/** Media types of the manifests a registry serves, OCI's and Docker's. */
export const MEDIA_TYPES = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociEmpty: 'application/vnd.oci.empty.v1+json',
} as const;

/** Every manifest media type the client accepts, for the Accept header. */
export const MANIFEST_MEDIA_TYPES: readonly string[] = [
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerManifest,
  MEDIA_TYPES.dockerManifestList,
];

const INDEX_MEDIA_TYPES = new Set<string>([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList]);
const IMAGE_MEDIA_TYPES = new Set<string>([MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest]);

/** The largest manifest the client reads or writes: the 4 MiB registries themselves enforce. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/** The platform of one entry of a multi-arch index. */
export interface Platform {
  readonly architecture: string;
  readonly os: string;
  readonly variant?: string;
}

/** A content descriptor: what a manifest says about a blob or another manifest. */
export interface Descriptor {
  readonly mediaType: string;
  readonly digest: string;
  readonly size: number;
  readonly artifactType?: string;
  readonly annotations?: Readonly<Record<string, string>>;
  readonly platform?: Platform;
}

/** The annotation cosign 3 and trust-kit write on a referrer (and a registry copies into its listing): when it was made. */
const CREATED_ANNOTATION = 'org.opencontainers.image.created';

/**
 * Referrers newest first by the time their listing says they were made (RFC 3339, which sorts as
 * text in UTC), those without one after, in the registry's order: a bound on the referrers read
 * then keeps an image's latest signatures, which a registry listing by digest would leave to chance.
 */
export function newestFirst(descriptors: readonly Descriptor[]): Descriptor[] {
  const created = (descriptor: Descriptor): string => {
    const value = descriptor.annotations?.[CREATED_ANNOTATION];
    return value !== undefined && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(value) ? value : '';
  };
  return descriptors.map((descriptor, index) => ({ descriptor, index, time: created(descriptor) })).sort((a, b) => (a.time === b.time ? a.index - b.index : a.time < b.time ? 1 : -1)).map(({ descriptor }) => descriptor);
}

/** An image manifest (OCI image manifest or Docker v2 schema 2). */
export interface ImageManifest {
  readonly schemaVersion: 2;
  readonly mediaType: string;
  readonly artifactType?: string;
  readonly config: Descriptor;
  readonly layers: readonly Descriptor[];
  readonly subject?: Descriptor;
  readonly annotations?: Readonly<Record<string, string>>;
}

/** A multi-platform index (OCI image index or Docker manifest list); also the referrers list's shape. */
export interface ImageIndex {
  readonly schemaVersion: 2;
  readonly mediaType: string;
  readonly artifactType?: string;
  readonly manifests: readonly Descriptor[];
  readonly subject?: Descriptor;
  readonly annotations?: Readonly<Record<string, string>>;
}

/** A parsed manifest, tagged with its kind. */
export type Manifest = { readonly kind: 'image'; readonly manifest: ImageManifest } | { readonly kind: 'index'; readonly manifest: ImageIndex };

/** Whether a media type is a multi-platform index. */
export function isIndexMediaType(mediaType: string): boolean {
  return INDEX_MEDIA_TYPES.has(mediaType);
}

/**
 * Parses manifest bytes. The media type comes from the document when it names one, else from the
 * response's Content-Type; a document that names a type other than the one served is refused, as is
 * schema 1 and anything whose descriptors are malformed.
 */
export function parseManifest(bytes: Uint8Array, contentType: string | undefined, source: string): Manifest {
  // The reasons quote the document (its media types, digests, annotation keys) and the Content-Type: the registry's text.
  const hint = 'the registry returned something that is not an OCI or Docker v2 manifest; check the reference';
  // What the registry sent is quoted in `why` (a manifest holds up to 4 MiB): one printable line, bounded.
  const invalid = (why: string): OciError => new OciError('OCI_MANIFEST_INVALID', `manifest ${source} is invalid: ${boundedText(why, 600)}`, { hint });
  let document: unknown;
  try {
    document = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    throw new OciError('OCI_MANIFEST_INVALID', `manifest ${source} is not JSON: ${printable((error as Error).message)}`, { cause: error, hint });
  }
  if (!isRecord(document)) throw invalid('it is not a JSON object');
  if (document.schemaVersion !== 2) throw invalid(`schemaVersion is ${quoted(document.schemaVersion)}, only 2 is supported`);
  const served = contentType?.split(';')[0]?.trim();
  const named = document.mediaType;
  if (named !== undefined && typeof named !== 'string') throw invalid('mediaType is not a string');
  if (named !== undefined && served !== undefined && MANIFEST_MEDIA_TYPES.includes(served) && named !== served) {
    throw invalid(`it says it is ${named} but was served as ${served}`);
  }
  const mediaType = named ?? served ?? (Array.isArray(document.manifests) ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest);
  const common = {
    schemaVersion: 2 as const,
    mediaType,
    ...optionalString(document, 'artifactType', invalid),
    ...(document.subject === undefined ? {} : { subject: parseDescriptor(document.subject, 'subject', invalid) }),
    ...(document.annotations === undefined ? {} : { annotations: parseAnnotations(document.annotations, 'annotations', invalid) }),
  };
  if (INDEX_MEDIA_TYPES.has(mediaType)) {
    if (!Array.isArray(document.manifests)) throw invalid('an index needs a manifests array');
    const manifests = document.manifests.map((entry, i) => parseDescriptor(entry, `manifests[${i}]`, invalid));
    return { kind: 'index', manifest: { ...common, manifests } };
  }
  if (IMAGE_MEDIA_TYPES.has(mediaType)) {
    if (!Array.isArray(document.layers)) throw invalid('an image manifest needs a layers array');
    const config = parseDescriptor(document.config, 'config', invalid);
    const layers = document.layers.map((entry, i) => parseDescriptor(entry, `layers[${i}]`, invalid));
    return { kind: 'image', manifest: { ...common, config, layers } };
  }
  throw invalid(`media type ${mediaType} is not one of ${MANIFEST_MEDIA_TYPES.join(', ')}`);
}

function parseDescriptor(value: unknown, where: string, invalid: (why: string) => OciError): Descriptor {
  if (!isRecord(value)) throw invalid(`${where} is not an object`);
  const { mediaType, digest, size } = value;
  if (typeof mediaType !== 'string' || mediaType.length === 0) throw invalid(`${where}.mediaType is missing`);
  if (typeof digest !== 'string') throw invalid(`${where}.digest is missing`);
  try {
    parseDigestReference(digest);
  } catch (error) {
    if (!isTrustKitError(error)) throw error;
    throw invalid(`${where}.digest: ${error.message}`);
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) throw invalid(`${where}.size is not a non-negative integer`);
  let platform: Platform | undefined;
  if (value.platform !== undefined) {
    const p = value.platform;
    if (!isRecord(p) || typeof p.architecture !== 'string' || typeof p.os !== 'string' || (p.variant !== undefined && typeof p.variant !== 'string')) {
      throw invalid(`${where}.platform needs string architecture and os`);
    }
    platform = { architecture: p.architecture, os: p.os, ...(typeof p.variant === 'string' ? { variant: p.variant } : {}) };
  }
  return {
    mediaType,
    digest,
    size,
    ...optionalString(value, 'artifactType', invalid),
    ...(value.annotations === undefined ? {} : { annotations: parseAnnotations(value.annotations, `${where}.annotations`, invalid) }),
    ...(platform === undefined ? {} : { platform }),
  };
}

function parseAnnotations(value: unknown, where: string, invalid: (why: string) => OciError): Record<string, string> {
  if (!isRecord(value)) throw invalid(`${where} is not an object`);
  const annotations: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== 'string') throw invalid(`${where}[${JSON.stringify(key.slice(0, 100))}] is not a string`);
    annotations[key] = entry;
  }
  return annotations;
}

function optionalString(record: Record<string, unknown>, key: 'artifactType', invalid: (why: string) => OciError): { artifactType?: string } {
  const value = record[key];
  if (value === undefined) return {};
  if (typeof value !== 'string') throw invalid(`${key} is not a string`);
  return { [key]: value };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
