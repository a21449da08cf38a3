// The step that looks at the GitHub release before anything is signed, called on a run's state.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import type { Artifact } from '../../src/checksums/index.js';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { silentLogger } from '../../src/core/logger.js';
import { renderVerifyInstructions } from '../../src/instructions/verify.js';
import type { ReleaseAsset, ReleasesPort } from '../../src/github/releases.js';
import type { ReleaseState } from '../../src/release/state.js';
import { runPublishedReleaseStep } from '../../src/release/steps/published-release.js';

const GIB = 1024 ** 3;

/** A message-signature bundle of `bytes` as far as a re-run reads it: what it says it signed. */
function bundleOf(bytes: Buffer): Buffer {
  return Buffer.from(JSON.stringify({ messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(bytes).digest('base64') }, signature: '' } }));
}

test('an artifact of 2 GiB or more, which a GitHub release does not take, is refused before anything is signed or asked of GitHub', async () => {
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', sign: 'false', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  // Any request would fail the test: the refusal comes first.
  const releases = new Proxy({}, { get: (_target, name) => () => assert.fail(`GitHub was asked: ${String(name)}`) }) as ReleasesPort;
  const artifact = (name: string, size: number): Artifact => ({ name, path: `/dist/${name}`, size, hex: 'ab'.repeat(32), digests: { sha256: 'ab'.repeat(32) } });
  const state = { config, ports: { cwd: '/', env: {}, logger: silentLogger, githubRelease: { tag: 'v1.0.0', releases } }, outputDir: '/out', staged: [], artifacts: [artifact('small.tgz', 10), artifact('image.iso', 2 * GIB), artifact('fits.iso', 2 * GIB - 1)] } as ReleaseState;
  await assert.rejects(runPublishedReleaseStep(state), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'RELEASE_ASSET_TOO_LARGE', error.message);
    assert.match(error.message, /image\.iso \(2147483648 bytes\)/);
    assert.doesNotMatch(error.message, /fits\.iso/);
    assert.match(error.hint ?? '', /split/);
    return true;
  });
});

test('an empty artifact, which GitHub refuses as a release asset (size must be at least 1), is refused before anything is signed or asked of GitHub', async () => {
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', sign: 'false', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  const releases = new Proxy({}, { get: (_target, name) => () => assert.fail(`GitHub was asked: ${String(name)}`) }) as ReleasesPort;
  const artifact = (name: string, size: number): Artifact => ({ name, path: `/dist/${name}`, size, hex: 'ab'.repeat(32), digests: { sha256: 'ab'.repeat(32) } });
  const state = { config, ports: { cwd: '/', env: {}, logger: silentLogger, githubRelease: { tag: 'v1.0.0', releases } }, outputDir: '/out', staged: [], artifacts: [artifact('app.tgz', 10), artifact('.keep', 0), artifact('EMPTY', 0)] } as ReleaseState;
  await assert.rejects(runPublishedReleaseStep(state), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'RELEASE_ASSET_EMPTY', error.message);
    assert.match(error.message, /\.keep, EMPTY/);
    assert.doesNotMatch(error.message, /app\.tgz/);
    assert.match(error.hint ?? '', /subject-path/);
    return true;
  });
});

test('a re-run for a release published already checks that its VERIFY.md names every image this run resolved: an image tag that moved since is refused, not left unsigned in silence', async () => {
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', 'github-release': 'true', tag: 'v1.0.0', images: 'registry.test/acme/app:v1' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  const hex = createHash('sha256').update('app\n').digest('hex');
  const sums = Buffer.from(`${hex}  app.tgz\n`);
  const signed = `sha256:${'1'.repeat(64)}`;
  // VERIFY.md as the run that published wrote it (GitHub's instance: trust-kit verify-image).
  const verify = Buffer.from(renderVerifyInstructions({ checksumsFile: 'SHA256SUMS', algorithm: 'sha256', bundleFile: 'SHA256SUMS.sigstore.json', sbomFiles: [], signer: { kind: 'certificate', identity: 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0', issuer: 'https://token.actions.githubusercontent.com', instance: 'github', repository: 'acme/app' }, images: [`registry.test/acme/app@${signed}`] }));
  const assets: ReleaseAsset[] = [
    { id: 1, name: 'app.tgz', label: 'app.tgz', state: 'uploaded', size: 4, digest: `sha256:${hex}` },
    { id: 2, name: 'SHA256SUMS', label: 'SHA256SUMS', state: 'uploaded', size: sums.length, digest: `sha256:${createHash('sha256').update(sums).digest('hex')}` },
    { id: 3, name: 'VERIFY.md', label: 'VERIFY.md', state: 'uploaded', size: verify.length, digest: undefined },
    { id: 4, name: 'SHA256SUMS.sigstore.json', label: 'SHA256SUMS.sigstore.json', state: 'uploaded', size: bundleOf(sums).length, digest: undefined },
  ];
  const releases = {
    findRelease: async () => ({ id: 7, tagName: 'v1.0.0', draft: false, immutable: false, body: '', uploadUrl: '' }),
    listAssets: async () => assets,
    downloadAsset: async (id: number) => (id === 2 ? sums : id === 3 ? verify : id === 4 ? bundleOf(sums) : assert.fail(`asset ${id} downloaded`)),
  } as unknown as ReleasesPort;
  const artifact: Artifact = { name: 'app.tgz', path: '/dist/app.tgz', size: 4, hex, digests: { sha256: hex } };
  const state = (digest: string) => ({ config, ports: { cwd: '/', env: {}, logger: silentLogger, githubRelease: { tag: 'v1.0.0', releases } }, outputDir: '/out', staged: [], artifacts: [artifact], imageSubjects: [{ reference: { registry: 'registry.test', repository: 'acme/app', digest }, mediaType: 'application/vnd.oci.image.manifest.v1+json', size: 1 }] }) as unknown as ReleaseState;
  const same = await runPublishedReleaseStep(state(signed));
  assert.equal(same.alreadyPublished?.outcome, 'verified');
  assert.deepEqual(same.images, [`registry.test/acme/app@${signed}`], 'the images output says which images the release signed');
  // An output directory that holds an earlier run's files is left as it is, and said not to be this release's (it was left in silence).
  const warned: string[] = [];
  const holding = { ...state(signed), plan: { outputDir: '/out', target: '/out', force: true, replacing: ['SHA512SUMS', 'VERIFY.md'] }, ports: { cwd: '/', env: {}, logger: { ...silentLogger, warn: (message: string) => void warned.push(message) }, githubRelease: { tag: 'v1.0.0', releases } } } as unknown as ReleaseState;
  assert.equal((await runPublishedReleaseStep(holding)).alreadyPublished?.outcome, 'verified');
  assert.deepEqual(warned, ["the output directory /out was left as it was: its 2 entries (SHA512SUMS, VERIFY.md) are an earlier run's, not this release's files, which are the published release's assets on GitHub"]);
  const moved = `sha256:${'2'.repeat(64)}`;
  await assert.rejects(runPublishedReleaseStep(state(moved)), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'RELEASE_PUBLISHED_DIFFERS');
    assert.match(error.message, new RegExp(`registry\\.test/acme/app@sha256:2{64} is not among the images VERIFY\\.md names`));
    return true;
  });
});

test('a re-run reads a published checksums file back only up to 16 MiB (docs/security/limits.md): a bigger one is never downloaded and counts as not this run\'s', async () => {
  const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', 'github-release': 'true', tag: 'v1.0.0' }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
  const hex = createHash('sha256').update('app\n').digest('hex');
  const sums = Buffer.from(`${hex}  app.tgz\n`);
  const artifact: Artifact = { name: 'app.tgz', path: '/dist/app.tgz', size: 4, hex, digests: { sha256: hex } };
  const rerun = (listedSize: number): Promise<unknown> => {
    const assets: ReleaseAsset[] = [
      { id: 1, name: 'app.tgz', label: 'app.tgz', state: 'uploaded', size: 4, digest: `sha256:${hex}` },
      { id: 2, name: 'SHA256SUMS', label: 'SHA256SUMS', state: 'uploaded', size: listedSize, digest: undefined },
      { id: 3, name: 'SHA256SUMS.sigstore.json', label: 'SHA256SUMS.sigstore.json', state: 'uploaded', size: bundleOf(sums).length, digest: undefined },
      { id: 4, name: 'VERIFY.md', label: 'VERIFY.md', state: 'uploaded', size: 1, digest: undefined },
    ];
    const releases = {
      findRelease: async () => ({ id: 7, tagName: 'v1.0.0', draft: false, immutable: false, body: '', uploadUrl: '' }),
      listAssets: async () => assets,
      downloadAsset: async (id: number, maxBytes: number) => (id === 3 ? bundleOf(sums) : id === 2 && listedSize <= 16 * 1024 ** 2 && maxBytes === 16 * 1024 ** 2 ? sums : assert.fail(`asset ${id} of ${listedSize} bytes downloaded (at most ${maxBytes})`)),
    } as unknown as ReleasesPort;
    return runPublishedReleaseStep({ config, ports: { cwd: '/', env: {}, logger: silentLogger, githubRelease: { tag: 'v1.0.0', releases } }, outputDir: '/out', staged: [], artifacts: [artifact] } as unknown as ReleaseState);
  };
  assert.equal(((await rerun(sums.length)) as { alreadyPublished?: { outcome: string } }).alreadyPublished?.outcome, 'verified');
  await assert.rejects(rerun(16 * 1024 ** 2 + 1), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'RELEASE_PUBLISHED_DIFFERS', error.message);
    assert.match(error.message, /SHA256SUMS does not list exactly this run's artifacts/);
    return true;
  });
});

test('a re-run ends green only when the published release holds what this run would publish beside the checksums file: its signature (of this very file), the SBOMs it lists, VERIFY.md', async () => {
  const hex = createHash('sha256').update('app\n').digest('hex');
  const sbomBytes = Buffer.from('{"spdxVersion":"SPDX-2.3"}\n');
  const sbomHex = createHash('sha256').update(sbomBytes).digest('hex');
  const sums = Buffer.from(`${hex}  app.tgz\n${sbomHex}  sbom.spdx.json\n`);
  const artifact: Artifact = { name: 'app.tgz', path: '/dist/app.tgz', size: 4, hex, digests: { sha256: hex } };
  const all: ReleaseAsset[] = [
    { id: 1, name: 'app.tgz', label: 'app.tgz', state: 'uploaded', size: 4, digest: `sha256:${hex}` },
    { id: 2, name: 'SHA256SUMS', label: 'SHA256SUMS', state: 'uploaded', size: sums.length, digest: undefined },
    { id: 3, name: 'SHA256SUMS.sigstore.json', label: 'SHA256SUMS.sigstore.json', state: 'uploaded', size: bundleOf(sums).length, digest: undefined },
    { id: 4, name: 'VERIFY.md', label: 'VERIFY.md', state: 'uploaded', size: 1, digest: undefined },
    { id: 5, name: 'sbom.spdx.json', label: 'sbom.spdx.json', state: 'uploaded', size: sbomBytes.length, digest: `sha256:${sbomHex}` },
  ];
  const rerun = (assets: readonly ReleaseAsset[], raw: Record<string, string> = {}, bundle = bundleOf(sums)): Promise<unknown> => {
    const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'spdx-json', 'github-release': 'true', tag: 'v1.0.0', ...raw }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
    const releases = {
      findRelease: async () => ({ id: 7, tagName: 'v1.0.0', draft: false, immutable: false, body: '', uploadUrl: '' }),
      listAssets: async () => assets,
      downloadAsset: async (id: number) => (id === 2 ? sums : id === 3 ? bundle : assert.fail(`asset ${id} downloaded`)),
    } as unknown as ReleasesPort;
    return runPublishedReleaseStep({ config, ports: { cwd: '/', env: {}, logger: silentLogger, githubRelease: { tag: 'v1.0.0', releases } }, outputDir: '/out', staged: [], artifacts: [artifact], sbom: { entries: [{ name: 'sbom.spdx.json', hex: sbomHex }], lockfiles: [] } } as unknown as ReleaseState);
  };
  assert.equal(((await rerun(all)) as { alreadyPublished?: { outcome: string } }).alreadyPublished?.outcome, 'verified');
  const refused = async (assets: readonly ReleaseAsset[], said: RegExp, bundle?: Buffer): Promise<void> => {
    await assert.rejects(rerun(assets, {}, bundle), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'RELEASE_PUBLISHED_DIFFERS', error.message);
      assert.match(error.message, said);
      return true;
    });
  };
  await refused(all.filter((asset) => asset.id !== 3), /SHA256SUMS\.sigstore\.json, the signature of SHA256SUMS, is missing/);
  await refused(all, /SHA256SUMS\.sigstore\.json does not sign this SHA256SUMS/, bundleOf(Buffer.from('other\n')));
  await refused(all.filter((asset) => asset.id !== 5), /sbom\.spdx\.json is missing/);
  await refused(all.map((asset) => (asset.id === 5 ? { ...asset, digest: `sha256:${'0'.repeat(64)}` } : asset)), /sbom\.spdx\.json is not the file SHA256SUMS lists/);
  await refused(all.filter((asset) => asset.id !== 4), /VERIFY\.md is missing/);
  // A run that may go unsigned (on-missing-token: skip) and writes no VERIFY.md asks for neither.
  assert.equal(((await rerun(all.filter((asset) => asset.id !== 3 && asset.id !== 4), { 'on-missing-token': 'skip', 'verify-instructions': 'false' })) as { alreadyPublished?: { outcome: string } }).alreadyPublished?.outcome, 'verified');
});

test('a re-run with per-artifact bundles, an audit log or required attestations ends green only when the release holds each, signing what it should: one missing, or another file\'s, fails the line VERIFY.md gives for it', async () => {
  const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
  const files = { app: Buffer.from('app\n'), zip: Buffer.from('zip\n'), log: Buffer.from('{"kind":"checksums"}\n') };
  const sums = Buffer.from(`${sha(files.app)}  app.tgz\n${sha(files.zip)}  app.zip\n`);
  const artifacts: Artifact[] = [
    { name: 'app.tgz', path: '/dist/app.tgz', size: 4, hex: sha(files.app), digests: { sha256: sha(files.app) } },
    { name: 'app.zip', path: '/dist/app.zip', size: 4, hex: sha(files.zip), digests: { sha256: sha(files.zip) } },
  ];
  const contents = new Map<number, Buffer>([
    [3, sums],
    [4, bundleOf(sums)],
    [6, bundleOf(files.app)],
    [7, bundleOf(files.zip)],
    [8, files.log],
    [9, bundleOf(files.log)],
  ]);
  const asset = (id: number, name: string, size = contents.get(id)?.length ?? 4): ReleaseAsset => ({ id, name, label: name, state: 'uploaded', size, digest: undefined });
  const all: ReleaseAsset[] = [
    { ...asset(1, 'app.tgz'), digest: `sha256:${sha(files.app)}` },
    { ...asset(2, 'app.zip'), digest: `sha256:${sha(files.zip)}` },
    asset(3, 'SHA256SUMS'),
    asset(4, 'SHA256SUMS.sigstore.json'),
    asset(5, 'VERIFY.md', 1),
    asset(6, 'app.tgz.sigstore.json'),
    asset(7, 'app.zip.sigstore.json'),
    asset(8, 'trust-kit-audit.jsonl'),
    asset(9, 'trust-kit-audit.jsonl.sigstore.json'),
    asset(10, 'attestations.intoto.jsonl', 1),
  ];
  const rerun = (assets: readonly ReleaseAsset[], raw: Record<string, string>, swapped: Map<number, Buffer> = new Map()): Promise<unknown> => {
    const config = releaseConfig({ 'subject-path': ['dist'], base: 'dist', 'sbom-format': 'none', 'github-release': 'true', tag: 'v1.0.0', ...raw }, cliNamer(), { base: '.', outputDir: 'out', ephemeralKeyWithoutToken: false });
    const releases = {
      findRelease: async () => ({ id: 7, tagName: 'v1.0.0', draft: false, immutable: false, body: '', uploadUrl: '' }),
      listAssets: async () => assets,
      downloadAsset: async (id: number) => swapped.get(id) ?? contents.get(id) ?? assert.fail(`asset ${id} downloaded`),
    } as unknown as ReleasesPort;
    return runPublishedReleaseStep({ config, ports: { cwd: '/', env: {}, logger: silentLogger, githubRelease: { tag: 'v1.0.0', releases } }, outputDir: '/out', staged: [], artifacts } as unknown as ReleaseState);
  };
  const options = { 'artifact-bundles': 'true', 'audit-log': 'true', attest: 'true' };
  assert.equal(((await rerun(all, options)) as { alreadyPublished?: { outcome: string } }).alreadyPublished?.outcome, 'verified');
  const refused = async (assets: readonly ReleaseAsset[], said: RegExp, swapped?: Map<number, Buffer>): Promise<void> => {
    await assert.rejects(rerun(assets, options, swapped), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'RELEASE_PUBLISHED_DIFFERS', error.message);
      assert.match(error.message, said);
      return true;
    });
  };
  await refused(all.filter((entry) => entry.id !== 6), /app\.tgz\.sigstore\.json, the signature of app\.tgz, is missing/);
  // The zip's bundle uploaded under the tarball's bundle's name.
  await refused(all, /app\.tgz\.sigstore\.json does not sign this app\.tgz/, new Map([[6, bundleOf(files.zip)]]));
  await refused(all.filter((entry) => entry.id !== 8), /trust-kit-audit\.jsonl is missing/);
  await refused(all.filter((entry) => entry.id !== 9), /trust-kit-audit\.jsonl\.sigstore\.json, the signature of trust-kit-audit\.jsonl, is missing/);
  await refused(all.filter((entry) => entry.id !== 10), /attestations\.intoto\.jsonl is missing/);
  // A run that makes none of them asks for none.
  assert.equal(((await rerun(all.filter((entry) => entry.id < 6), {})) as { alreadyPublished?: { outcome: string } }).alreadyPublished?.outcome, 'verified');
});
