// Signing images in both formats: what the registry holds is what is reported, a failure half-way included.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { DEFAULT_RETRY_POLICY } from '../../src/core/retry.js';
import { silentLogger } from '../../src/core/logger.js';
import { signImages, type SignedImage } from '../../src/images/sign.js';
import { RegistryClient, legacySignatureTag } from '../../src/oci/index.js';
import { createSigningSession, ephemeralSigningKey } from '../../src/sigstore/sign/index.js';
import { FAST_RETRY, scripted, type ScriptedAnswer } from '../oci/support.js';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const digest = `sha256:${createHash('sha256').update('the image').digest('hex')}`;

test('an image whose bundle referrer was attached when its cosign 2 .sig push then failed is reported with the referrer (signed before the failure), not as unsigned', async () => {
  const sigTag = legacySignatureTag(digest);
  const transport = scripted((request): ScriptedAnswer => {
    const path = request.url.pathname;
    if (request.method === 'HEAD' && path.includes('/blobs/')) return { status: 200, headers: { 'content-length': '0' } };
    if (request.method === 'GET' && path.endsWith(`/manifests/${sigTag}`)) return { status: 404, body: JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'no' }] }) };
    if (request.method === 'PUT' && path.endsWith(`/manifests/${sigTag}`)) return { status: 403, body: JSON.stringify({ errors: [{ code: 'DENIED', message: 'tag pushes are not allowed' }] }) };
    if (request.method === 'PUT' && path.includes('/manifests/sha256:')) return { status: 201, headers: { 'oci-subject': digest, 'docker-content-digest': path.slice(path.lastIndexOf('/') + 1) } };
    return { status: 404 };
  });
  const client = new RegistryClient({ transport, retry: FAST_RETRY });
  const session = createSigningSession({ backend: { instance: 'key', key: ephemeralSigningKey() }, retry: DEFAULT_RETRY_POLICY });
  const heard: SignedImage[] = [];
  const subject = { reference: { registry: 'registry.example', repository: 'acme/app', digest }, mediaType: OCI_MANIFEST, size: 9 };
  await assert.rejects(signImages(client, session, [subject], { format: 'both', created: new Date('2026-01-01T00:00:00Z'), logger: silentLogger, onSigned: (signed) => heard.push(signed) }), { code: 'OCI_DENIED' });
  assert.equal(heard.length, 1);
  assert.match(heard[0]?.referrer?.digest ?? '', /^sha256:[0-9a-f]{64}$/);
  assert.equal(heard[0]?.legacyTag, undefined);
});
