import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { run } from '../../src/actions/sign/main.js';
import { IDENTITY, ISSUER } from '../interop/matrix.js';
import { recordingIO } from '../support/action-io.js';
import { cli } from '../support/cli.js';
import { buildImage, debianFiles, pushImage } from '../support/oci/images.js';
import { haveTools, startReferrersRegistry } from '../support/oci/registries.js';
import { startSigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';
import { clientFor } from '../oci/support.js';

test('the sign action signs the files and the images input in one session (one certificate); the images verify', async (t) => {
  if (!haveTools(t, ['referrers-registry'])) return;
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'SHA256SUMS'), 'checksums\n');
  const event = join(cwd, 'event.json');
  await writeFile(event, JSON.stringify({ repository: { visibility: 'public' } }));
  const registry = await startReferrersRegistry(t);
  const client = clientFor(t, registry);
  const app = { registry: registry.name, repository: 'acme/app' };
  const first = buildImage(debianFiles('action image 1'));
  const second = buildImage(debianFiles('action image 2'));
  await pushImage(client, app, first, 'v1');
  await pushImage(client, app, second, 'v2');
  const io = recordingIO();
  await run(
    {
      checksums: 'SHA256SUMS',
      images: `${registry.name}/acme/app:v1\n${registry.name}/acme/app:v2`,
      'allow-http-registry': 'true',
      'fulcio-url': stack.fulcioURL,
      'rekor-url': stack.rekorURL ?? '',
      'trusted-root': stack.trustedRootPath,
    },
    io,
    cwd,
    { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: event, HOME: cwd },
  );
  assert.equal(stack.requests.fulcio, 1, 'one certificate for the file and both images');
  assert.deepEqual(io.outputs, {
    'bundle-paths': 'SHA256SUMS.sigstore.json',
    images: [first, second].map((image) => `${registry.name}/acme/app@${image.digest}`).join('\n'),
    signed: 'true',
    // The stack's own Fulcio and Rekor: a deployment that is neither instance.
    instance: 'custom',
  });
  // The reference is the user's text: its `@` is escaped, so GitHub's renderer never takes it for an address.
  assert.match(io.summary, new RegExp(`\\| ${registry.name.replace(/\./g, '\\.')}/acme/app\\\\@${first.digest} \\| referrer sha256:[0-9a-f]{64}, sha256-[0-9a-f]{64}\\.sig \\|`));
  for (const image of [first, second]) {
    const verified = await cli(['verify-image', '--allow-http-registry', '--trusted-root', stack.trustedRootPath, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, `${registry.name}/acme/app@${image.digest}`], cwd, { HOME: cwd });
    assert.equal(verified.code, 0, verified.stderr);
  }
});

test('the sign action signs images alone, and refuses a missing image before asking for a certificate', async (t) => {
  if (!haveTools(t, ['referrers-registry'])) return;
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const cwd = await tempDir(t);
  const event = join(cwd, 'event.json');
  await writeFile(event, JSON.stringify({ repository: { visibility: 'public' } }));
  const registry = await startReferrersRegistry(t);
  const client = clientFor(t, registry);
  const image = buildImage(debianFiles('images alone'));
  await pushImage(client, { registry: registry.name, repository: 'acme/app' }, image, 'v1');
  const inputs = { 'allow-http-registry': 'true', 'signature-format': 'cosign3', 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath };
  const env = { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: event, HOME: cwd };
  await assert.rejects(run({ ...inputs, images: `${registry.name}/acme/absent:v1` }, recordingIO(), cwd, env), { code: 'OCI_NOT_FOUND' });
  assert.equal(stack.requests.fulcio, 0);
  const io = recordingIO();
  await run({ ...inputs, images: `${registry.name}/acme/app:v1` }, io, cwd, env);
  assert.equal(io.outputs.images, `${registry.name}/acme/app@${image.digest}`);
  assert.equal(io.outputs['bundle-paths'], '');
  assert.equal(io.outputs.signed, 'true');
});

test('the sign action refuses a bad SOURCE_DATE_EPOCH (the images\' signatures\' creation time) before a certificate is asked for or a file signed', async (t) => {
  if (!haveTools(t, ['referrers-registry'])) return;
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'SHA256SUMS'), 'checksums\n');
  const event = join(cwd, 'event.json');
  await writeFile(event, JSON.stringify({ repository: { visibility: 'public' } }));
  const registry = await startReferrersRegistry(t);
  const image = buildImage(debianFiles('bad epoch'));
  await pushImage(clientFor(t, registry), { registry: registry.name, repository: 'acme/app' }, image, 'v1');
  const io = recordingIO();
  const inputs = { checksums: 'SHA256SUMS', images: `${registry.name}/acme/app:v1`, 'allow-http-registry': 'true', 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath };
  await assert.rejects(run(inputs, io, cwd, { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: event, HOME: cwd, SOURCE_DATE_EPOCH: '1700000000\n' }), { code: 'CLOCK_INVALID_SOURCE_DATE_EPOCH' });
  assert.equal(stack.requests.fulcio, 0, 'no certificate asked for');
  assert.equal(stack.requests.rekor, 0, 'nothing in the transparency log');
  assert.deepEqual(io.outputs, { signed: 'false', 'bundle-paths': '', images: '' });
  assert.match(io.summary, /CLOCK_INVALID_SOURCE_DATE_EPOCH[\s\S]*Nothing was signed\./);
});
