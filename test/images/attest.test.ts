// Attesting images in both formats: what the registry holds is what is reported, a failure half-way included.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { attestConfig } from '../../src/config/attest.js';
import { cliNamer } from '../../src/config/inputs.js';
import { fixedClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { attestImages, type AttachedAttestation } from '../../src/images/attest.js';
import { RegistryClient, legacySignatureTag } from '../../src/oci/index.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';
import { FAST_RETRY, scripted, type ScriptedAnswer } from '../oci/support.js';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const digestOf = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;

test("images attested before a later push failed are each reported as attached, one whose referrer was attached when its cosign 2 .att push then failed too", async (t) => {
  const dir = await tempDir(t);
  assert.equal((await cli(['generate-key-pair'], dir, { HOME: dir, TRUST_KIT_KEY_PASSPHRASE: '' })).code, 0);
  await writeFile(join(dir, 'predicate.json'), '{"passed":1}');
  const first = digestOf('first image');
  const second = digestOf('second image');
  // The registry takes every referrer and the first image's .att tag, and refuses the second's.
  const refusedTag = legacySignatureTag(second).replace(/\.sig$/, '.att');
  const transport = scripted((request): ScriptedAnswer => {
    const path = request.url.pathname;
    if (request.method === 'HEAD' && path.includes('/blobs/')) return { status: 200, headers: { 'content-length': '0' } };
    if (request.method === 'GET' && /\/manifests\/sha256-[0-9a-f]{64}\.att$/.test(path)) return { status: 404, body: JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'no' }] }) };
    if (request.method === 'PUT' && path.endsWith(`/manifests/${refusedTag}`)) return { status: 403, body: JSON.stringify({ errors: [{ code: 'DENIED', message: 'tag pushes are not allowed' }] }) };
    if (request.method === 'PUT' && path.includes('/manifests/')) {
      const reference = path.slice(path.lastIndexOf('/') + 1);
      const pushed = request.body instanceof Uint8Array ? `sha256:${createHash('sha256').update(request.body).digest('hex')}` : reference;
      return { status: 201, headers: { 'docker-content-digest': pushed, ...(reference.startsWith('sha256:') ? { 'oci-subject': 'x' } : {}) } };
    }
    return { status: 404 };
  });
  const client = new RegistryClient({ transport, retry: FAST_RETRY });
  const config = attestConfig({ type: 'custom', predicate: 'predicate.json', 'predicate-type': 'https://example.com/test/v1', key: 'trust-kit.key', subject: [] }, cliNamer({ subject: 'IMAGE' }), { base: '.', outputDir: '.' });
  const subjects = [first, second].map((digest) => ({ reference: { registry: 'registry.example', repository: 'acme/app', digest }, mediaType: OCI_MANIFEST, size: 9 }));
  const heard: AttachedAttestation[] = [];
  const ports = { cwd: dir, env: { TRUST_KIT_KEY_PASSPHRASE: '' }, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger, clock: fixedClock(new Date('2026-01-01T00:00:00Z')) };
  await assert.rejects(attestImages(client, subjects, config, ports, { format: 'both', created: new Date('2026-01-01T00:00:00Z'), onAttached: (attached) => heard.push(attached) }), { code: 'OCI_DENIED' });
  assert.deepEqual(
    heard.map((entry) => [entry.subject.reference.digest, /^sha256:[0-9a-f]{64}$/.test(entry.referrer?.digest ?? ''), entry.legacyTag]),
    [
      [first, true, legacySignatureTag(first).replace(/\.sig$/, '.att')],
      [second, true, undefined],
    ],
  );
});
