import assert from 'node:assert/strict';
import { access, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { run } from '../../src/actions/release/main.js';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { IDENTITY, ISSUER } from '../interop/matrix.js';
import { requirePeer, runPeer } from '../interop/tools.js';
import { recordingIO } from '../support/action-io.js';
import { cli } from '../support/cli.js';
import { buildImage, debianFiles, pushImage } from '../support/oci/images.js';
import { haveTools, startReferrersRegistry } from '../support/oci/registries.js';
import { startSigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';
import { clientFor } from '../oci/support.js';

/** The words of a POSIX shell line whose arguments are plain or single-quoted, as VERIFY.md writes them. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((match) => (match[1] === undefined ? (match[2] ?? '') : match[1].replaceAll("'\\''", "'")));
}

test('the root action signs the checksums file and two images with one certificate; cosign 3 verifies an image with VERIFY.md\'s command', async (t) => {
  if (!haveTools(t, ['referrers-registry'])) return;
  const cosign3 = requirePeer(t, 'cosign3');
  if (cosign3 === undefined) return;
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  const event = join(cwd, 'event.json');
  await writeFile(event, JSON.stringify({ repository: { visibility: 'public' } }));
  const registry = await startReferrersRegistry(t);
  const client = clientFor(t, registry);
  const app = { registry: registry.name, repository: 'acme/app' };
  const first = buildImage(debianFiles('release image 1'));
  const second = buildImage(debianFiles('release image 2'));
  await pushImage(client, app, first, 'v1');
  await pushImage(client, app, second, 'v2');
  const io = recordingIO();
  await run(
    {
      'subject-path': 'dist',
      base: 'dist',
      'sbom-format': 'none',
      images: `${registry.name}/acme/app:v1\n${registry.name}/acme/app:v2`,
      'signature-format': 'cosign3',
      'allow-http-registry': 'true',
      'fulcio-url': stack.fulcioURL,
      'rekor-url': stack.rekorURL ?? '',
      'trusted-root': stack.trustedRootPath,
    },
    io,
    cwd,
    { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: event, HOME: cwd },
  );
  assert.equal(stack.requests.fulcio, 1, 'one certificate for the checksums file and both images');
  const signed = [first, second].map((image) => `${registry.name}/acme/app@${image.digest}`);
  assert.equal(io.outputs.images, signed.join('\n'));
  assert.equal(io.outputs['failed-step'], '');

  const instructions = await readFile(join(cwd, 'trust-kit-out', 'VERIFY.md'), 'utf8');
  const commands = instructions.split('\n').filter((line) => line.startsWith('cosign verify '));
  assert.deepEqual(commands.map((line) => shellWords(line)[2]), signed);
  const words = shellWords(commands[0] ?? '');
  assert.deepEqual(words.slice(3, 7), ['--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER]);
  // VERIFY.md names the private deployment's trusted root by file name, in trust-kit-roots/ beside the files.
  const verifyDir = await tempDir(t);
  await mkdir(join(verifyDir, 'trust-kit-roots'));
  await copyFile(stack.trustedRootPath, join(verifyDir, 'trust-kit-roots', basename(stack.trustedRootPath)));
  const verified = await runPeer(cosign3, [...words.slice(1), '--allow-http-registry'], verifyDir);
  assert.equal(verified.code, 0, verified.stderr);
  const refused = await runPeer(cosign3, [...words.slice(1).map((word) => (word === IDENTITY ? `${IDENTITY}x` : word)), '--allow-http-registry'], verifyDir);
  assert.notEqual(refused.code, 0, 'cosign 3 must refuse another identity');
});

test('a missing image or a bad reference fails the release while the artifacts are hashed: no certificate asked for, nothing signed; the checksums file is kept, as when an SBOM fails', async (t) => {
  if (!haveTools(t, ['referrers-registry'])) return;
  const stack = await startSigstoreStack();
  t.after(() => stack.close());
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  const event = join(cwd, 'event.json');
  await writeFile(event, JSON.stringify({ repository: { visibility: 'public' } }));
  const registry = await startReferrersRegistry(t);
  const inputs = { 'subject-path': 'dist', base: 'dist', 'sbom-format': 'none', force: 'true', 'allow-http-registry': 'true', 'fulcio-url': stack.fulcioURL, 'rekor-url': stack.rekorURL ?? '', 'trusted-root': stack.trustedRootPath };
  const env = { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: event, HOME: cwd };
  for (const [images, code] of [[`${registry.name}/acme/absent:v1`, 'OCI_NOT_FOUND'], ['ghcr.io/Acme/App:v1', 'RELEASE_IMAGE_REFERENCE']] as const) {
    const io = recordingIO();
    await assert.rejects(run({ ...inputs, images }, io, cwd, env), { code });
    assert.equal(io.outputs['failed-step'], 'resolve-images');
    assert.match(io.summary, /resolving the images/);
  }
  assert.equal(stack.requests.fulcio, 0);
  await access(join(cwd, 'trust-kit-out', 'SHA256SUMS'));
  await assert.rejects(access(join(cwd, 'trust-kit-out', 'SHA256SUMS.sigstore.json')));
});

test('trust-kit release --image: images need signing (the error names --image), and the flag is repeatable', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'dist'));
  const refused = await cli(['release', '--no-sign', '--image', 'ghcr.io/acme/app:v1', 'dist'], cwd);
  assert.equal(refused.code, 2, refused.stderr);
  assert.match(refused.stderr, /CONFIG_INVALID: --image: needs signing/);
  const config = releaseConfig({ 'subject-path': ['dist'], images: ['ghcr.io/acme/app:v1', 'ghcr.io/acme/app:v2'], recursive: true }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  assert.deepEqual(config.images, { references: ['ghcr.io/acme/app:v1', 'ghcr.io/acme/app:v2'], format: 'both', recursive: true, allowHttp: false });
});
