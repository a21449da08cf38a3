import { createHash } from 'node:crypto';
import { printable } from '../../core/logger.js';
import { ImageSbomError } from './errors.js';
import type { LayerSource } from './layers.js';

/** The most bytes of an index, manifest or config read from a layout or archive (as the registry client bounds them). */
export const MAX_METADATA_BYTES = 4 * 1024 * 1024;

/** How many indexes may nest under the one an image is named by (an OCI layout's index.json, a registry's manifest): registries and buildx nest one, rarely two. */
export const MAX_NESTED_INDEXES = 4;

/** The most manifests (indexes and the image's) read to find an image's platform manifest under its index. */
export const MAX_INDEX_MANIFESTS = 64;

/** An OS and CPU an image is built for: `linux/amd64`, `linux/arm64/v8`. */
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

/** syft's default: images are read for linux/amd64 unless told otherwise. */
export const DEFAULT_PLATFORM: Platform = { os: 'linux', architecture: 'amd64' };

/** `os/arch[/variant]` as `--platform` takes it. */
export function parsePlatform(text: string): Platform {
  const parts = text.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[a-z0-9_.-]+$/i.test(part))) {
    throw new ImageSbomError('IMAGE_SOURCE_INVALID', `--platform "${text.slice(0, 100)}" is not os/arch[/variant]`, { hint: 'give a platform such as linux/amd64 or linux/arm64/v8' });
  }
  const [os, architecture, variant] = parts as [string, string, string?];
  return variant === undefined ? { os, architecture } : { os, architecture, variant };
}

/** `os/arch[/variant]`. */
export function platformText(platform: Platform): string {
  return [platform.os, platform.architecture, ...(platform.variant === undefined ? [] : [platform.variant])].join('/');
}

/** A content descriptor: what a manifest or index points at. */
export interface ContentDescriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  /** An attestation manifest (buildx's provenance or SBOM of an image beside it), not an image. */
  attestation?: true;
}

/** An image as its source serves it: the manifest's digest, the platform its config says, and its layers bottom first. */
export interface ImageSource {
  /** How the user named the image (`oci-dir:./layout`), for messages. */
  name: string;
  /**
   * How the SBOM records a local image (`oci-dir:layout`, `docker-archive:app.tar`): the last
   * component of its path, so that the same image gives the same SBOM from any directory, named
   * by a relative or an absolute path; `name` when absent (a registry reference names no directory).
   */
  label?: string;
  /** The image manifest's digest, when the source has one. */
  digest?: string;
  platform: Platform;
  layers: LayerSource[];
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** Checks a digest before it becomes part of a path: only sha256, lowercase hex. */
export function checkedDigest(value: unknown, where: string): string {
  if (typeof value !== 'string' || !DIGEST.test(value)) {
    const what = typeof value === 'string' ? `"${printable(value.slice(0, 100))}" is not a sha256 digest` : value === undefined ? 'names no digest' : `its digest is ${printable(String(JSON.stringify(value)).slice(0, 100))}, not a sha256 digest`;
    throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where}: ${what}`, { hint: 'the image metadata is damaged or uses a digest algorithm trust-kit does not read (only sha256)' });
  }
  return value;
}

function invalidDescriptor(where: string, what: string): ImageSbomError {
  return new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where}: ${what}`, { hint: 'the image metadata is damaged; save or pull the image again' });
}

/** Throws unless `bytes` hash to `digest`. */
export function checkDigest(bytes: Buffer, digest: string, where: string): void {
  const actual = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  if (actual !== digest) throw new ImageSbomError('IMAGE_DIGEST_MISMATCH', `${where}: the content hashes to ${actual}, not ${digest}`, { hint: 'the layout or archive was altered or damaged; save the image again' });
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function notAnObject(where: string): ImageSbomError {
  return new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} is not a JSON object`, { hint: 'the image metadata is damaged; save or pull the image again' });
}

function objectOf(bytes: Buffer, where: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} is not JSON: ${printable((error as Error).message)}`, { cause: error, hint: 'the image metadata is damaged; save or pull the image again' });
  }
  if (!isJsonObject(value)) throw notAnObject(where);
  return value;
}

function descriptorOf(value: unknown, where: string): ContentDescriptor {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  // The OCI spec requires both; a size that is no byte count would be compared with the blob's, and printed, as a number.
  if (record.mediaType !== undefined && typeof record.mediaType !== 'string') throw invalidDescriptor(where, `its mediaType is ${printable(JSON.stringify(record.mediaType).slice(0, 100))}, not a string`);
  if (typeof record.size !== 'number' || !Number.isSafeInteger(record.size) || record.size < 0) throw invalidDescriptor(where, `its size is ${printable(String(JSON.stringify(record.size)).slice(0, 100))}, not a byte count`);
  const descriptor: ContentDescriptor = {
    mediaType: typeof record.mediaType === 'string' ? record.mediaType : '',
    digest: checkedDigest(record.digest, where),
    size: record.size,
  };
  const platform = record.platform as Record<string, unknown> | undefined;
  if (typeof platform?.os === 'string' && typeof platform.architecture === 'string') {
    descriptor.platform = { os: platform.os, architecture: platform.architecture, ...(typeof platform.variant === 'string' ? { variant: platform.variant } : {}) };
  }
  // buildx marks them so, and gives them the platform unknown/unknown; a hand-made index may keep only one of the two.
  const annotations = record.annotations as Record<string, unknown> | undefined;
  if (annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' || (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown')) descriptor.attestation = true;
  return descriptor;
}

/** Whether a media type (or a document without one, but with `manifests`) is an index or manifest list. */
export function isIndex(mediaType: string, document: Record<string, unknown>): boolean {
  return mediaType.endsWith('image.index.v1+json') || mediaType.endsWith('manifest.list.v2+json') || (mediaType === '' && Array.isArray(document.manifests) && !Array.isArray(document.layers));
}

/** The entries of an index or manifest list. */
function entriesOf(document: Record<string, unknown>, where: string): ContentDescriptor[] {
  if (!Array.isArray(document.manifests)) throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} has no manifests list`, { hint: 'the index is damaged; save or pull the image again' });
  return document.manifests.map((entry, index) => descriptorOf(entry, `${where}: manifests[${index}]`));
}

/** The variant an architecture means without one, as containerd's platforms package normalizes it: `arm` is `v7`, `arm64` is `v8`. */
const DEFAULT_VARIANTS: Readonly<Record<string, string>> = { arm: 'v7', arm64: 'v8' };

/**
 * Whether an entry serves the platform, variants compared as docker, containerd and syft compare
 * them: an absent variant is the architecture's default (`linux/arm` asks for `v7`, not whichever
 * arm image an index lists first, `v6` in alpine's and busybox's), and any where there is none.
 */
function platformMatches(entry: Platform, wanted: Platform, defaults = true): boolean {
  if (entry.os !== wanted.os || entry.architecture !== wanted.architecture) return false;
  const want = wanted.variant ?? (defaults ? DEFAULT_VARIANTS[wanted.architecture] : undefined);
  const have = entry.variant ?? (defaults ? DEFAULT_VARIANTS[entry.architecture] : undefined);
  return want === undefined || have === undefined || want === have;
}

/**
 * The index entry for the platform: the matching one; when the index has a single entry without
 * a platform, that one. Attestation manifests are never images, whatever platform is asked for.
 */
export function selectPlatform(entries: readonly ContentDescriptor[], wanted: Platform, where: string): ContentDescriptor {
  const images = entries.filter((entry) => entry.attestation !== true);
  const found = platformEntry(images, wanted, images.length === 1, where);
  if (found !== undefined) return found;
  throw notFound(where, wanted, offeredPlatforms(entries), unnamedImages(images));
}

/**
 * The matching entry of an index's images, or (`sole`: the index lists nothing else) its one image
 * when that has no platform. Two different images for the platform are IMAGE_PLATFORM_AMBIGUOUS:
 * the first was taken without a word, where syft and go-containerregistry refuse.
 */
function platformEntry(images: readonly ContentDescriptor[], wanted: Platform, sole: boolean, where = 'the index'): ContentDescriptor | undefined {
  const matches = images.filter((entry) => entry.platform !== undefined && platformMatches(entry.platform, wanted));
  const digests = [...new Set(matches.map((entry) => entry.digest))];
  if (digests.length > 1) {
    throw new ImageSbomError('IMAGE_PLATFORM_AMBIGUOUS', `${where} has ${digests.length} images for ${platformText(wanted)} (${printable(digests.slice(0, 5).join(', '))}${digests.length > 5 ? ', ...' : ''}): which one is meant is not said`, {
      hint: 'name the image by its digest (registry:REPOSITORY@sha256:..., or an index or layout holding that one image), or a platform with its variant',
    });
  }
  const [match] = matches;
  if (match !== undefined) return match;
  const [only] = images;
  return sole && images.length === 1 && only?.platform === undefined ? only : undefined;
}

function offeredPlatforms(entries: readonly ContentDescriptor[]): string[] {
  return entries.flatMap((entry) => (entry.platform === undefined || entry.attestation === true ? [] : [platformText(entry.platform)]));
}

/** The digests of an index's images that name no platform, which no --platform can pick. */
function unnamedImages(images: readonly ContentDescriptor[]): string[] {
  return images.flatMap((entry) => (entry.platform === undefined && !isIndex(entry.mediaType, {}) ? [entry.digest] : []));
}

function notFound(where: string, wanted: Platform, offered: readonly string[], unnamed: readonly string[]): ImageSbomError {
  const shownUnnamed = [...new Set(unnamed)];
  const unnamedText = shownUnnamed.length === 0 ? '' : `${offered.length === 0 ? ' (' : '; '}${shownUnnamed.length === 1 ? 'an image that names' : `${shownUnnamed.length} images that name`} no platform: ${printable(shownUnnamed.slice(0, 5).join(', '))}${shownUnnamed.length > 5 ? ', ...' : ''}`;
  const offeredText = offered.length === 0 ? '' : ` (it has ${printable([...new Set(offered)].join(', ').slice(0, 500))}`;
  const closing = offeredText !== '' || unnamedText !== '' ? ')' : '';
  return new ImageSbomError('IMAGE_PLATFORM_NOT_FOUND', `${where} has no image for ${platformText(wanted)}${offeredText}${unnamedText}${closing}`, {
    hint: shownUnnamed.length === 0 ? 'choose one of its platforms with --platform os/arch[/variant]' : `${offered.length === 0 ? '' : 'choose one of its platforms with --platform os/arch[/variant], or '}name an image without a platform by its digest (registry:REPOSITORY@sha256:...)`,
  });
}

/** A manifest or index as read from its source: its bytes, the media type it was named or served with (may be empty), and where it is, for messages. */
export interface ReadManifest {
  bytes: Buffer;
  mediaType: string;
  where: string;
  /** Its digest, when it was reached through an index entry. */
  digest?: string;
}

/**
 * The platform's image manifest under `top` (an image manifest is its own answer). In each index, a
 * listed image for the platform (or the index's one image without a platform) is taken first, then
 * the indexes it lists are walked in order (an index whose own platform is another is skipped, one
 * walked once however often it is listed). Attestation manifests are passed over. At most
 * MAX_NESTED_INDEXES indexes nest under `top` and MAX_INDEX_MANIFESTS manifests are read: an index
 * can list tens of thousands of entries in its 4 MiB, each a read.
 */
export async function platformManifest(name: string, top: ReadManifest, read: (entry: ContentDescriptor, where: string) => Promise<ReadManifest>, platform: Platform | undefined): Promise<ReadManifest> {
  const wanted = platform ?? DEFAULT_PLATFORM;
  const walked = new Set<string>();
  const offered: string[] = [];
  const unnamed: string[] = [];
  let reads = 0;
  const readEntry = async (entry: ContentDescriptor): Promise<ReadManifest> => {
    if (++reads > MAX_INDEX_MANIFESTS) {
      throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${name}: finding the ${platformText(wanted)} image would read more than ${MAX_INDEX_MANIFESTS} manifests under its index`, { hint: 'the index lists more indexes than an image has; name the platform image by digest' });
    }
    return { ...(await read(entry, `${name}: manifest ${entry.digest}`)), digest: entry.digest };
  };
  const walk = async (current: ReadManifest, depth: number): Promise<ReadManifest | undefined> => {
    const listed = indexDocumentEntries(current);
    if (listed === undefined) return current;
    if (depth > MAX_NESTED_INDEXES) {
      throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${name}: indexes nest more than ${MAX_NESTED_INDEXES} deep under its index (at ${current.where})`, { hint: 'the index is damaged or hostile; name the platform image by digest' });
    }
    const entries = listed.filter((entry) => entry.attestation !== true);
    offered.push(...offeredPlatforms(entries));
    unnamed.push(...unnamedImages(entries));
    const indexes = entries.filter((entry) => isIndex(entry.mediaType, {}));
    const image = platformEntry(entries.filter((entry) => !isIndex(entry.mediaType, {})), wanted, entries.length === 1, current.where);
    // An entry named an image may still be served as an index: walked, what it is decides, not what its index calls it.
    if (image !== undefined) {
      const found = await walk(await readEntry(image), depth + 1);
      if (found !== undefined) return found;
    }
    for (const entry of indexes) {
      if (walked.has(entry.digest) || (entry.platform !== undefined && !platformMatches(entry.platform, wanted))) continue;
      walked.add(entry.digest);
      const found = await walk(await readEntry(entry), depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const found = await walk(top, 0);
  if (found === undefined) throw notFound(name, wanted, offered, unnamed);
  return found;
}

/**
 * The entries of a read manifest that is an index (by the media type it came with, else its own,
 * else its shape), from one parse of it; undefined for any other document.
 */
function indexDocumentEntries(manifest: ReadManifest): ContentDescriptor[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifest.bytes.toString('utf8'));
  } catch {
    // Not JSON: not an index; reading it as an image manifest says what is wrong with it.
    return undefined;
  }
  const document = isJsonObject(parsed) ? parsed : undefined;
  const mediaType = manifest.mediaType !== '' ? manifest.mediaType : typeof document?.mediaType === 'string' ? document.mediaType : '';
  if (!isIndex(mediaType, document ?? {})) return undefined;
  if (document === undefined) throw notAnObject(manifest.where);
  return entriesOf(document, manifest.where);
}

/** An image manifest's config and layer descriptors. */
export function imageManifest(bytes: Buffer, where: string): { config: ContentDescriptor; layers: ContentDescriptor[] } {
  const document = objectOf(bytes, where);
  if (!Array.isArray(document.layers)) throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} has no layers list (is it an image manifest?)`, { hint: 'give an image, not an artifact or signature manifest' });
  return { config: descriptorOf(document.config, `${where}: config`), layers: document.layers.map((layer, index) => descriptorOf(layer, `${where}: layers[${index}]`)) };
}

/** What SBOMs need of an image config: its platform and the uncompressed layers' digests. */
export interface ImageConfig {
  platform: Platform;
  diffIds: string[];
}

/** Reads an image config, checking that it names one diff ID per layer. */
export function imageConfig(bytes: Buffer, layerCount: number, where: string): ImageConfig {
  const document = objectOf(bytes, where);
  const rootfs = document.rootfs as Record<string, unknown> | undefined;
  const diffIds = Array.isArray(rootfs?.diff_ids) ? rootfs.diff_ids.map((id, index) => checkedDigest(id, `${where}: rootfs.diff_ids[${index}]`)) : undefined;
  if (diffIds?.length !== layerCount) {
    throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} names ${diffIds?.length ?? 'no'} layer diff IDs for ${layerCount} layers`, { hint: 'the config does not belong to this manifest, or is damaged; save or pull the image again' });
  }
  const os = typeof document.os === 'string' ? document.os : '';
  const architecture = typeof document.architecture === 'string' ? document.architecture : '';
  return { platform: { os, architecture, ...(typeof document.variant === 'string' ? { variant: document.variant } : {}) }, diffIds };
}

/** Throws when the image's config is for another platform than the one asked for explicitly. */
export function checkPlatform(config: ImageConfig, wanted: Platform | undefined, where: string): void {
  // A config that names no variant is taken at its word for any (many arm images' configs leave it out).
  if (wanted === undefined || config.platform.os === '' || platformMatches(config.platform, wanted, false)) return;
  throw new ImageSbomError('IMAGE_PLATFORM_NOT_FOUND', `${where} is an image for ${platformText(config.platform)}, not ${platformText(wanted)}`, { hint: `leave out --platform, or give --platform ${platformText(config.platform)}` });
}
