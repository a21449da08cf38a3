import { IMAGE_SOURCE_PREFIXES } from './argument.js';
import { ImageSbomError } from './errors.js';
import type { ImageSource, Platform } from './manifest.js';
import { dockerArchiveSource, ociLayoutSource } from './sources.js';

export { IMAGE_SOURCE_PREFIXES, isImageArgument } from './argument.js';
export { ImageSbomError, type ImageSbomErrorCode } from './errors.js';
export { distroOf, imageNameOf, imageSbom, type ImageSbomOptions } from './image.js';
export { DEFAULT_IMAGE_LIMITS, squashLayers, type ImageLimits, type LayerSource } from './layers.js';
export { DEFAULT_PLATFORM, MAX_INDEX_MANIFESTS, MAX_NESTED_INDEXES, checkedDigest, imageConfig, imageManifest, isIndex, parsePlatform, platformText, selectPlatform, type ImageSource, type Platform } from './manifest.js';
export { OS_CATALOGERS } from './catalogers/index.js';
export { dockerArchiveSource, ociLayoutSource } from './sources.js';


/**
 * Opens an image named with a source prefix (paths relative to `cwd`); `registry:` images come
 * through `registry`, which the caller wires to a registry client.
 */
export async function openImageSource(argument: string, platform: Platform | undefined, registry: (reference: string, platform: Platform | undefined) => Promise<ImageSource>, cwd = '.'): Promise<ImageSource> {
  const [prefix, rest] = [argument.slice(0, argument.indexOf(':') + 1), argument.slice(argument.indexOf(':') + 1)];
  if (rest === '') throw new ImageSbomError('IMAGE_SOURCE_INVALID', `"${argument.slice(0, 200)}" names no image after ${prefix}`, { hint: 'write registry:REF, oci-dir:PATH or docker-archive:FILE' });
  if (prefix === 'oci-dir:') return ociLayoutSource(rest, platform, cwd);
  if (prefix === 'docker-archive:') return dockerArchiveSource(rest, platform, cwd);
  if (prefix === 'registry:') return registry(rest, platform);
  throw new ImageSbomError('IMAGE_SOURCE_INVALID', `"${argument.slice(0, 200)}" has no image source prefix trust-kit reads`, { hint: `write ${IMAGE_SOURCE_PREFIXES.map((known) => `${known}...`).join(', ')}` });
}
