import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { RegistryClient } from '../../src/oci/index.js';
import { registryImageSource } from '../../src/oci/image-source.js';
import { FAST_RETRY, scripted } from './support.js';

const digestOf = (bytes: string | Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

test('a layer streamed past the size its manifest declares is refused there (OCI_DIGEST_MISMATCH: other bytes than the manifest names, not a limit to raise), not read on to the 64 GiB cap', { timeout: 20_000 }, async () => {
  const layer = 'eleven byte';
  const config = JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [digestOf('uncompressed')] } });
  const manifest = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf(config), size: config.length }, layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: digestOf(layer), size: layer.length }] });
  let sent = 0;
  const transport = scripted((request) => {
    const path = new URL(request.url).pathname;
    if (path.endsWith('/manifests/v1')) return { status: 200, headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json', 'docker-content-digest': digestOf(manifest) }, body: manifest };
    if (path.endsWith(`/blobs/${digestOf(config)}`)) return { status: 200, body: config };
    // The layer: endless zeros, as fast as they are read.
    return { status: 200, body: Readable.from((function* () { for (;;) { sent += 65_536; yield Buffer.alloc(65_536); } })()) };
  });
  const source = await registryImageSource(new RegistryClient({ transport, retry: FAST_RETRY }), 'registry.example/acme/app:v1', undefined);
  const stream = await (source.layers[0]?.open() ?? Promise.reject(new Error('no layer')));
  await assert.rejects(
    (async () => {
      for await (const _chunk of stream);
    })(),
    (error: Error & { code?: string }) => {
      assert.equal(error.code, 'OCI_DIGEST_MISMATCH');
      assert.match(error.message, /of registry\.example\/acme\/app is larger than the 11 its manifest declares/);
      assert.doesNotMatch((error as { hint?: string }).hint ?? '', /raise the limit/);
      return true;
    },
  );
  assert.ok(sent < 1024 * 1024, `read on for ${sent} bytes`);
});
