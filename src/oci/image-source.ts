import type { RegistryClient } from './client.js';
import { formatImageReference, parseImageReference } from './reference.js';
import { imageConfig, imageManifest, checkPlatform, MAX_METADATA_BYTES, platformManifest, type ImageSource, type Platform } from '../sbom/image/manifest.js';

/** The largest layer pulled for an SBOM: the uncompressed budget of the image reader bounds the rest. */
const MAX_LAYER_BYTES = 64 * 1024 ** 3;

/**
 * An image in a registry (`registry:REF`) as the image SBOM reads it: the tag resolved once to a
 * digest, an index (and the indexes it lists) narrowed to the platform's manifest, the config read
 * whole and each layer streamed from the registry when its turn comes (checked against its digest
 * by the client).
 */
export async function registryImageSource(client: RegistryClient, text: string, platform: Platform | undefined): Promise<ImageSource> {
  const reference = parseImageReference(text);
  const name = `registry:${text}`;
  const resolved = await client.resolve(reference);
  const pinned = resolved.reference;
  // Indexes under the index are walked too: each entry fetched by its digest, checked by the client.
  const found = await platformManifest(name, { bytes: resolved.bytes, mediaType: resolved.mediaType, where: `${name}: index ${pinned.digest}` }, async (entry) => {
    const fetched = await client.getManifest({ ...pinned, digest: entry.digest });
    return { bytes: fetched.bytes, mediaType: fetched.mediaType, where: formatImageReference(fetched.reference) };
  }, platform);
  const digest = found.digest ?? pinned.digest;
  const where = formatImageReference({ ...pinned, digest });
  const manifest = imageManifest(found.bytes, where);
  const config = imageConfig(await client.readBlob(reference, manifest.config.digest, MAX_METADATA_BYTES), manifest.layers.length, `${where}: config`);
  checkPlatform(config, platform, where);
  return {
    name,
    digest,
    platform: config.platform,
    // No more than the manifest declares (its digest is checked, so its sizes are the image's): a registry streaming past that
    // (an endless body just above the slowest rate accepted) was read until 64 GiB, for days.
    layers: manifest.layers.map((layer, index) => ({ digest: layer.digest, diffId: config.diffIds[index] as string, open: () => client.openBlob(reference, layer.digest, layer.size >= 0 ? Math.min(layer.size, MAX_LAYER_BYTES) : MAX_LAYER_BYTES, layer.size >= 0 && layer.size <= MAX_LAYER_BYTES ? 'declared' : 'limit') })),
  };
}
