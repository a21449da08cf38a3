import type { RegistryClient } from './client.js';
import { formatImageReference, parseImageReference } from './reference.js';
import { DEFAULT_PLATFORM, imageConfig, imageManifest, indexEntries, selectPlatform, checkPlatform, MAX_METADATA_BYTES, type ImageSource, type Platform } from '../sbom/image/manifest.js';

/** The largest layer pulled for an SBOM: the uncompressed budget of the image reader bounds the rest. */
const MAX_LAYER_BYTES = 64 * 1024 ** 3;

/**
 * An image in a registry (`registry:REF`) as the image SBOM reads it: the tag resolved once to a
 * digest, an index narrowed to the platform's manifest, the config read whole and each layer
 * streamed from the registry when its turn comes (checked against its digest by the client).
 */
export async function registryImageSource(client: RegistryClient, text: string, platform: Platform | undefined): Promise<ImageSource> {
  const reference = parseImageReference(text);
  const name = `registry:${text}`;
  let fetched = await client.resolve(reference);
  if (fetched.manifest.kind === 'index') {
    const entry = selectPlatform(indexEntries(fetched.bytes, `${name}: index ${fetched.reference.digest}`), platform ?? DEFAULT_PLATFORM, formatImageReference(fetched.reference));
    fetched = await client.getManifest({ ...fetched.reference, digest: entry.digest });
  }
  const where = formatImageReference(fetched.reference);
  const manifest = imageManifest(fetched.bytes, where);
  const config = imageConfig(await client.readBlob(reference, manifest.config.digest, MAX_METADATA_BYTES), manifest.layers.length, `${where}: config`);
  checkPlatform(config, platform, where);
  return {
    name,
    digest: fetched.reference.digest,
    platform: config.platform,
    layers: manifest.layers.map((layer, index) => ({ digest: layer.digest, diffId: config.diffIds[index] as string, open: () => client.openBlob(reference, layer.digest, MAX_LAYER_BYTES) })),
  };
}
